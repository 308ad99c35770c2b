import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

function createClient() {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set: start the app with `npm run dev` or set it.");
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) }),
    // Password hashes are read only where sign-in asks for them explicitly.
    omit: { user: { passwordHash: true } },
  });
}

type Client = ReturnType<typeof createClient>;
const globalForDb = globalThis as unknown as { newsroomDb?: Client };

/** One client per process (and per dev-server reload). Created on first use. */
export const db: Client = new Proxy({} as Client, {
  get(_target, property) {
    globalForDb.newsroomDb ??= createClient();
    const value = Reflect.get(globalForDb.newsroomDb, property);
    return typeof value === "function" ? value.bind(globalForDb.newsroomDb) : value;
  },
});

export type Db = Client;
export type Tx = Parameters<Parameters<Client["$transaction"]>[0]>[0];

/** Closes the pool; used by scripts and tests that end the process. */
export async function disconnectDb() {
  await globalForDb.newsroomDb?.$disconnect();
  globalForDb.newsroomDb = undefined;
}
