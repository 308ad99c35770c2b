/**
 * The bench's own database, apart from dev and tests: `newsroom_bench` on the
 * server of DATABASE_URL when it is set, else on an embedded PostgreSQL with
 * its own data directory and port. A complete seed is recorded in the
 * database's comment, so a later run reuses it instead of seeding again.
 */
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "@/prisma/tools/database-server";

export const BENCH_DATABASE = "newsroom_bench";
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const EMBEDDED_DATA_DIR = path.join(PROJECT_ROOT, ".data", "postgres-bench");
const EMBEDDED_PORT = 54331;
/** Bump when the generated data changes shape, so older bench databases are seeded again. */
const SEED_FORMAT = "newsroom-bench seed v2";

/** The same server and credentials, another database. */
function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export type BenchServer = {
  /** The bench database. */
  url: string;
  /** The server's maintenance database, for CREATE and DROP. */
  adminUrl: string;
  /** Where it runs, without credentials, for the report. */
  label: string;
  isEmbedded: boolean;
  stop: () => Promise<void>;
};

export async function openBenchServer(): Promise<BenchServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    const url = databaseUrl(configured, BENCH_DATABASE);
    const host = new URL(configured).host;
    // CREATE/DROP run from another database of the server: the configured one, unless it is the bench's own.
    const adminUrl = decodeURIComponent(new URL(configured).pathname.slice(1)) === BENCH_DATABASE ? databaseUrl(configured, "postgres") : configured;
    return { url, adminUrl, label: `${BENCH_DATABASE} on ${host} (DATABASE_URL's server)`, isEmbedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, database: BENCH_DATABASE });
  return {
    url: server.url,
    adminUrl: databaseUrl(server.url, "postgres"),
    label: `${BENCH_DATABASE} on embedded PostgreSQL 127.0.0.1:${EMBEDDED_PORT} (.data/postgres-bench)`,
    isEmbedded: true,
    stop: server.stop,
  };
}

export const seedMarker = (articles: number) => `${SEED_FORMAT}: ${articles} articles`;

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The seed recorded on the bench database; null when it does not exist or was never fully seeded. */
export function readSeedMarker(server: BenchServer): Promise<string | null> {
  return withClient(server.adminUrl, async (client) => {
    const { rows } = await client.query<{ comment: string | null }>(
      "SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1",
      [BENCH_DATABASE],
    );
    return rows[0]?.comment ?? null;
  });
}

/** Drops the bench database (only that one) and creates it empty. */
export function recreateBenchDatabase(server: BenchServer): Promise<void> {
  return withClient(server.adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS "${BENCH_DATABASE}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${BENCH_DATABASE}"`);
  });
}

/** Written last, after the seed committed: a run killed halfway leaves no marker and is seeded again. */
export function writeSeedMarker(server: BenchServer, marker: string): Promise<void> {
  return withClient(server.adminUrl, (client) => client.query(`COMMENT ON DATABASE "${BENCH_DATABASE}" IS ${client.escapeLiteral(marker)}`).then(() => {}));
}

export function withBenchClient<T>(server: BenchServer, work: (client: pg.Client) => Promise<T>): Promise<T> {
  return withClient(server.url, work);
}

export type DataFacts = {
  postgres: string;
  articles: number;
  byLocale: Record<string, number>;
  byStatus: Record<string, number>;
  publishedSnapshots: number;
  users: number;
  translationGroups: number;
  averageBodyBytes: number;
  databaseBytes: number;
};

/** What the bench database holds, for the report. The body size is sampled from 2% of the table's pages. */
export async function dataFacts(client: pg.Client): Promise<DataFacts> {
  const grouped = async (column: "locale" | "status") => {
    const { rows } = await client.query<{ key: string; n: number }>(`SELECT ${column}::text AS key, count(*)::int AS n FROM article GROUP BY 1 ORDER BY 1`);
    return Object.fromEntries(rows.map((row) => [row.key, row.n]));
  };
  const scalar = async (sql: string) => Number(Object.values((await client.query(sql)).rows[0] ?? {})[0] ?? 0);
  const byLocale = await grouped("locale");
  return {
    postgres: String((await client.query("SHOW server_version")).rows[0].server_version),
    articles: Object.values(byLocale).reduce((sum, n) => sum + n, 0),
    byLocale,
    byStatus: await grouped("status"),
    publishedSnapshots: await scalar("SELECT count(*) FROM published_article"),
    users: await scalar('SELECT count(*) FROM "user"'),
    translationGroups: await scalar("SELECT count(*) FROM translation_group"),
    averageBodyBytes: Math.round(await scalar("SELECT avg(octet_length(body::text)) FROM article TABLESAMPLE SYSTEM (2) REPEATABLE (1)")),
    databaseBytes: await scalar("SELECT pg_database_size(current_database())"),
  };
}
