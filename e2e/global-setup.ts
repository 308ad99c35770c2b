/**
 * Once per end-to-end run: a database (DATABASE_URL's server, or an embedded
 * PostgreSQL when unset) with a fresh, migrated and seeded `newsroom_e2e`;
 * the production build; and `next start` on it. The returned teardown stops
 * the app and then the database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { setTimeout as sleep } from "node:timers/promises";
import { startEmbeddedPostgres, type DatabaseServer } from "../prisma/tools/database-server";
import { BASE_URL, E2E_DATABASE, E2E_DIST_DIR, E2E_PORT, EMBEDDED_E2E_DATA_DIR, EMBEDDED_E2E_PORT, PROJECT_ROOT } from "./server";

/** Test-only keys for personal data at rest: the seed writes with them and the app reads with them. */
const E2E_DATA_KEYS = {
  DATA_ENCRYPTION_KEYS: "e2e:ZTJlLW9ubHkta2V5LTAwMDAwMDAwMDAwMDAwMDAwMDA=",
  DATA_INDEX_KEY: "ZTJlLW9ubHktaW5kZXgta2V5LTAwMDAwMDAwMDAwMDA=",
};

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: PROJECT_ROOT, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} exited with ${code}`))));
  });
}

function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function openServer(): Promise<DatabaseServer> {
  const configured = process.env.DATABASE_URL;
  if (configured) return { url: configured, isEmbedded: false, stop: async () => {} };
  return startEmbeddedPostgres({ dataDir: EMBEDDED_E2E_DATA_DIR, port: EMBEDDED_E2E_PORT, database: "postgres" });
}

async function waitUntilServing(app: ChildProcess): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 250) {
    if (app.exitCode !== null) throw new Error(`next start exited with ${app.exitCode}`);
    try {
      const response = await fetch(`${BASE_URL}/api/auth/csrf`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`The app did not answer at ${BASE_URL} within a minute`);
}

/** Stops the whole process group: `npx` starts next, which starts its own workers. */
function stopApp(app: ChildProcess): Promise<void> {
  if (app.exitCode !== null || !app.pid) return Promise.resolve();
  return new Promise((resolve) => {
    app.once("exit", () => resolve());
    process.kill(-app.pid!, "SIGTERM");
    setTimeout(() => {
      if (app.exitCode === null) process.kill(-app.pid!, "SIGKILL");
    }, 10_000).unref();
  });
}

export default async function globalSetup() {
  const server = await openServer();
  let app: ChildProcess | undefined;
  try {
    const url = databaseUrl(server.url, E2E_DATABASE);
    await run(process.execPath, ["--import", "tsx", "e2e/prepare-database.ts", url], { ...process.env, ...E2E_DATA_KEYS });

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: url,
      NEXT_DIST_DIR: E2E_DIST_DIR,
      NEXTAUTH_URL: BASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-used-anywhere-else",
      ...E2E_DATA_KEYS,
      NEXT_TELEMETRY_DISABLED: "1",
      LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    };
    if (!process.env.E2E_SKIP_BUILD) await run("npx", ["next", "build"], env);
    app = spawn("npx", ["next", "start", "--port", String(E2E_PORT)], { cwd: PROJECT_ROOT, env, stdio: "inherit", detached: true });
    await waitUntilServing(app);
    // The specs reach the same database for fixtures and checks.
    process.env.E2E_DATABASE_URL = url;
  } catch (error) {
    if (app) await stopApp(app);
    await server.stop();
    throw error;
  }

  const started = app;
  return async function globalTeardown() {
    try {
      await stopApp(started);
    } finally {
      await server.stop();
    }
  };
}
