/**
 * Run by the end-to-end global setup in a process of its own (like the
 * database tier's template migration): recreates the e2e database, applies the
 * committed migrations and seeds the demo newsroom the journeys sign in to.
 */
import pg from "pg";
import { disconnectDb } from "../lib/db";
import { deployMigrations } from "../prisma/tools/migrations";
import { seedIfEmpty } from "../prisma/seed";

const [databaseUrl] = process.argv.slice(2);
if (!databaseUrl) throw new Error("usage: prepare-database.ts <database url>");

const target = new URL(databaseUrl);
const name = decodeURIComponent(target.pathname.slice(1));
const admin = new URL(databaseUrl);
admin.pathname = "/postgres";
const client = new pg.Client({ connectionString: admin.toString() });
await client.connect();
try {
  const quoted = `"${name.replaceAll('"', '""')}"`;
  await client.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${quoted}`);
} finally {
  await client.end();
}

await deployMigrations(databaseUrl);
process.env.DATABASE_URL = databaseUrl;
if (!(await seedIfEmpty())) throw new Error("The fresh e2e database was not seeded.");
await disconnectDb();
process.exit(0);
