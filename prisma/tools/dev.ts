/**
 * `npm run dev`: the database (DATABASE_URL, or an embedded PostgreSQL under
 * .data/ when unset), migrated and seeded on first run, then `next dev`.
 * Ctrl-C stops Next and then the database, cleanly.
 */
import { spawn } from "node:child_process";
import { localSecret, setLocalDataKeys } from "./local-secret";
import { openDatabaseServer } from "./database-server";
import { deployMigrations } from "./migrations";
import { seedIfEmpty } from "../seed";

const server = await openDatabaseServer();
console.log(server.isEmbedded ? `Embedded PostgreSQL at ${new URL(server.url).host}` : "Using DATABASE_URL");
const applied = await deployMigrations(server.url);
if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);
process.env.DATABASE_URL = server.url;
await setLocalDataKeys();
if (await seedIfEmpty()) console.log("Seeded demo data (see README for the demo accounts).");

const port = process.env.PORT ?? "3000";
const next = spawn("npx", ["next", "dev", "--port", port], {
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: server.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? (await localSecret("nextauth-secret")),
  },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (next.exitCode === null) next.kill("SIGTERM");
  await server.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
next.on("exit", (code) => void stop(code ?? 0));
