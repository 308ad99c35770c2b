/**
 * Names and lifecycle of the databases the database tier creates. Every name
 * starts with `newsroom_test_<host>_<pid>_<start>` so parallel runs (even from
 * other machines sharing one server) never touch each other's databases, and
 * databases left behind by a killed run can be recognised and dropped.
 */
import { createHash, randomBytes } from "node:crypto";
import os from "node:os";
import pg from "pg";

export type TestDatabases = {
  /** Any database on the server, used to create and drop the others. */
  serverUrl: string;
  /** The migrated database every test file's database is cloned from. */
  template: string;
  /** This run's name prefix. */
  prefix: string;
};

declare module "vitest" {
  export interface ProvidedContext {
    testDatabases: TestDatabases;
  }
}

const NAME_PREFIX = "newsroom_test_";
const HOST_TAG = createHash("sha256").update(os.hostname()).digest("hex").slice(0, 6);
/** A run never lasts this long; anything older was left by a run that died. */
const ABANDONED_AFTER_MS = 6 * 60 * 60 * 1000;
const NAME_PATTERN = /^newsroom_test_([0-9a-f]{6})_(\d+)_([0-9a-z]+)_/;

export function runPrefix(): string {
  return `${NAME_PREFIX}${HOST_TAG}_${process.pid}_${Date.now().toString(36)}`;
}

export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${randomBytes(5).toString("hex")}`;
}

export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Left behind by a run that is gone: its process died on this host, or it is far too old. */
export function isAbandoned(name: string, now = Date.now()): boolean {
  const match = NAME_PATTERN.exec(name);
  if (!match) return false;
  const [, hostTag, pid, startedAt] = match;
  if (now - parseInt(startedAt, 36) > ABANDONED_AFTER_MS) return true;
  return hostTag === HOST_TAG && Number(pid) !== process.pid && !processIsAlive(Number(pid));
}

async function withServer<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createDatabase(serverUrl: string, name: string, template?: string): Promise<void> {
  await withServer(serverUrl, async (client) => {
    await client.query(`CREATE DATABASE ${quoteIdentifier(name)}${template ? ` TEMPLATE ${quoteIdentifier(template)}` : ""}`);
    // Throwaway data: commits need not wait for the disk.
    await client.query(`ALTER DATABASE ${quoteIdentifier(name)} SET synchronous_commit TO off`);
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withServer(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`));
}

/** Drops the test databases `shouldDrop` picks; returns their names. */
async function dropWhere(serverUrl: string, shouldDrop: (name: string) => boolean): Promise<string[]> {
  return withServer(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE 'newsroom\\_test\\_%'",
    );
    const doomed = rows.map((row) => row.datname).filter(shouldDrop);
    for (const name of doomed) await client.query(`DROP DATABASE IF EXISTS ${quoteIdentifier(name)} WITH (FORCE)`);
    return doomed;
  });
}

export function dropAbandonedDatabases(serverUrl: string): Promise<string[]> {
  return dropWhere(serverUrl, (name) => isAbandoned(name));
}

export function dropRunDatabases(serverUrl: string, prefix: string): Promise<string[]> {
  return dropWhere(serverUrl, (name) => name.startsWith(`${prefix}_`));
}
