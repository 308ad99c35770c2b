/**
 * Once per run of the database tier: picks the server (DATABASE_URL, or an
 * embedded PostgreSQL of its own when unset), drops databases abandoned by
 * earlier runs, and builds one migrated template for the test files to clone.
 */
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type DatabaseServer } from "@/prisma/tools/database-server";
import {
  createDatabase,
  databaseUrl,
  dropAbandonedDatabases,
  dropRunDatabases,
  runPrefix,
} from "./test-databases";

// Its own data directory and port, so tests never touch the dev database and
// can run while `npm run dev` does.
const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
const EMBEDDED_DATA_DIR = path.join(PROJECT_ROOT, ".data", "postgres-test");
const EMBEDDED_PORT = Number(process.env.EMBEDDED_TEST_PG_PORT ?? 54330);
const MIGRATE_SCRIPT = path.resolve(import.meta.dirname, "migrate-template.ts");

async function migrate(url: string): Promise<void> {
  await promisify(execFile)(process.execPath, ["--import", "tsx", MIGRATE_SCRIPT, url], { cwd: PROJECT_ROOT });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/**
 * A run killed outright (SIGKILL, a CI timeout) leaves its embedded server
 * running, which would keep every later run from starting one. Such an orphan
 * has lost its parent node process; it is shut down. A server whose parent
 * still runs belongs to a run in progress and is left alone.
 */
async function stopOrphanedEmbeddedServer(): Promise<void> {
  const lock = await readFile(path.join(EMBEDDED_DATA_DIR, "postmaster.pid"), "utf8").catch(() => null);
  const pid = Number(lock?.split("\n")[0]);
  if (!pid || !isAlive(pid)) return;
  // Linux only: elsewhere the server's own start-up error explains the clash.
  const stat = await readFile(`/proc/${pid}/stat`, "utf8").catch(() => null);
  const parent = Number(stat?.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  const parentCommand = parent ? await readFile(`/proc/${parent}/cmdline`, "utf8").catch(() => "") : "";
  if (!stat || parentCommand.includes("node")) {
    throw new Error(`Another test run's PostgreSQL (pid ${pid}) is using ${EMBEDDED_DATA_DIR}; wait for it or set DATABASE_URL.`);
  }
  process.kill(pid, "SIGINT"); // PostgreSQL's fast shutdown
  for (let waited = 0; isAlive(pid) && waited < 10_000; waited += 100) await sleep(100);
}

async function openServer(): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  await stopOrphanedEmbeddedServer();
  return startEmbeddedPostgres({ dataDir: EMBEDDED_DATA_DIR, port: EMBEDDED_PORT, database: "postgres" });
}

export default async function setup(project: TestProject) {
  const server = await openServer();
  const prefix = runPrefix();
  const template = `${prefix}_template`;
  try {
    await dropAbandonedDatabases(server.url);
    await createDatabase(server.url, template);
    await migrate(databaseUrl(server.url, template));
  } catch (error) {
    await dropRunDatabases(server.url, prefix).catch(() => []);
    await server.stop();
    throw error;
  }
  project.provide("testDatabases", { serverUrl: server.url, template, prefix });

  return async function teardown() {
    try {
      await dropRunDatabases(server.url, prefix);
    } finally {
      await server.stop();
    }
  };
}
