/**
 * The production app as child processes: `next build` into its own folder
 * (.next-bench, so dev and end-to-end builds are untouched) and `next start`
 * on a free loopback port. The bench never imports Next; it runs its CLI.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync } from "node:fs";
import { mkdir, readdir, readFile, stat } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const PROJECT_ROOT = path.resolve(import.meta.dirname, "../..");
export const BENCH_DIST_DIR = ".next-bench";
const NEXT_BIN = path.join(PROJECT_ROOT, "node_modules", "next", "dist", "bin", "next");
const LOG_DIR = path.join(PROJECT_ROOT, ".data");
/** What the build is made of; the bench's own files and tests are not. */
const BUILD_INPUTS = ["app", "components", "lib", "proxy.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json"];
const NOT_BUILD_INPUT = (file: string) => file.startsWith(path.join(PROJECT_ROOT, "lib", "bench")) || /\.test\.tsx?$/.test(file);

async function newestInput(entry: string): Promise<number> {
  const info = await stat(entry).catch(() => null);
  if (!info) return 0;
  if (!info.isDirectory()) return NOT_BUILD_INPUT(entry) ? 0 : info.mtimeMs;
  const children = await readdir(entry);
  const times = await Promise.all(children.map((child) => newestInput(path.join(entry, child))));
  return Math.max(0, ...times);
}

/** Why a build is needed, or null when .next-bench/BUILD_ID is newer than every input. */
export async function staleBuildReason(): Promise<string | null> {
  const buildId = await stat(path.join(PROJECT_ROOT, BENCH_DIST_DIR, "BUILD_ID")).catch(() => null);
  if (!buildId) return `no ${BENCH_DIST_DIR}/BUILD_ID yet`;
  const newest = Math.max(...(await Promise.all(BUILD_INPUTS.map((input) => newestInput(path.join(PROJECT_ROOT, input))))));
  return newest > buildId.mtimeMs ? "sources changed since the last bench build" : null;
}

export function benchAppEnv(databaseUrl: string, port: number, secret: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    NEXT_DIST_DIR: BENCH_DIST_DIR,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
  };
}

function logStream(name: string) {
  return createWriteStream(path.join(LOG_DIR, name), { flags: "w" });
}

async function tail(name: string, lines = 30): Promise<string> {
  const text = await readFile(path.join(LOG_DIR, name), "utf8").catch(() => "");
  return text.trimEnd().split("\n").slice(-lines).join("\n");
}

/** `next build` into .next-bench; output goes to .data/bench-build.log. */
export async function buildApp(env: NodeJS.ProcessEnv): Promise<void> {
  await mkdir(LOG_DIR, { recursive: true });
  const log = logStream("bench-build.log");
  const child = spawn(process.execPath, [NEXT_BIN, "build"], { cwd: PROJECT_ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", resolve);
  });
  log.end();
  if (code !== 0) throw new Error(`next build failed (exit ${code}); last lines of .data/bench-build.log:\n${await tail("bench-build.log")}`);
}

/** A port nobody listens on right now, on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export type RunningApp = { origin: string; stop: () => Promise<void> };

/**
 * `next start` on 127.0.0.1:<port> in a process group of its own, so stopping
 * it also stops anything it spawned. Resolves once it answers HTTP.
 */
export async function startApp(env: NodeJS.ProcessEnv, port: number): Promise<RunningApp> {
  if (!existsSync(path.join(PROJECT_ROOT, BENCH_DIST_DIR, "BUILD_ID"))) throw new Error(`No build in ${BENCH_DIST_DIR}: run without --no-build.`);
  await mkdir(LOG_DIR, { recursive: true });
  const log = logStream("bench-server.log");
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "--port", String(port), "--hostname", "127.0.0.1"], {
    cwd: PROJECT_ROOT,
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // Already gone.
      }
      const stopped = await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]);
      if (!stopped) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          // Already gone.
        }
        await exited;
      }
    }
    log.end();
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  try {
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${await tail("bench-server.log")}`);
      // `/` answers with a redirect and reads no database: a cheap "are you up".
      const answered = await fetch(`${origin}/`, { redirect: "manual" }).then(
        () => true,
        () => false,
      );
      if (answered) return { origin, stop };
      await sleep(250);
    }
    throw new Error(`next start did not answer within 60 s:\n${await tail("bench-server.log")}`);
  } catch (error) {
    await stop();
    throw error;
  }
}

export const serverLogTail = () => tail("bench-server.log");
