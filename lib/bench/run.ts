/**
 * `npm run bench` — performance figures, printed and written to
 * .data/bench-report.json; nothing is asserted.
 *
 *   1. Database `newsroom_bench`, apart from dev and tests: on DATABASE_URL's server when set
 *      (only that database is dropped and created), else an embedded PostgreSQL
 *      (.data/postgres-bench, port 54331). Migrated with deployMigrations.
 *   2. Seeded with 100,000 articles in bulk SQL (seed-articles.ts) unless it already holds a
 *      complete seed of that size, which is reused (the seed is recorded in the database comment).
 *   3. The newsroom list: listArticles in process as an ADMIN, for common filters and page 2,
 *      p50/p95 per filter and overall, with EXPLAIN ANALYZE of the matching SQL.
 *   4. Image processing: one 12-megapixel JPEG into every rendition (media-bench.ts), median time
 *      and peak resident memory over --media-runs runs (default 5).
 *   5. Story rendering: a 5,000-word story with 20 figures and 30 footnotes through the real
 *      RichText renderer (render-bench.ts), median and p95 over --render-runs runs (default 50).
 *   6. The press-contacts directory: 50,000 people seeded once (directory-bench.ts; recorded in the
 *      comment of press_contact), listContacts timed for name searches (folded, with diacritics,
 *      rare), filters and page 2, p50/p95 with EXPLAIN ANALYZE; then a 10,000-person CSV through
 *      the real import in "all" mode (csv-import-bench.ts), time and memory, deleted afterwards.
 *   7. Delegation statistics: 5,000 applications and 30,000 members seeded once
 *      (delegation-stats-bench.ts; recorded in the comment of delegation), periodStatistics
 *      timed for two years, twelve months and one month, p50/p95 with EXPLAIN ANALYZE.
 *   8. A public story page /vi/bai-viet/<slug> on `next start` (build in .next-bench): first and
 *      cached request, HTML and gzip size, then autocannon with 50 connections for 15 s.
 *
 * Flags (npm run bench -- <flags>):
 *   --fresh             drop newsroom_bench and seed it again
 *   --articles <n>      how many articles to seed (default 100000; another count reseeds)
 *   --runs <n>          timed calls per list filter (default 50), after --warmup <n> (default 5)
 *   --no-build          use .next-bench as it is (fails when there is none)
 *   --rebuild           build even when .next-bench is up to date
 *   --skip-page         only the database part; no build, no server
 *   --skip-directory    no directory search and no CSV import
 *   --people <n>        directory people to seed (default 50000; another count reseeds the directory)
 *   --import-rows <n>   people in the imported CSV (default 10000)
 *   --skip-delegations  no delegation statistics
 *   --delegations <n>   applications to seed (default 5000), --delegation-members <n> (default 30000)
 *   --stats-runs <n>    timed periodStatistics calls per period (default 30)
 *   --media-runs <n>    image-processing runs (default 5)
 *   --render-runs <n>   story-rendering runs (default 50)
 *   --duration <s>      autocannon seconds (default 15)
 *   --connections <n>   autocannon connections (default 50)
 * Without --no-build/--rebuild, `next build` runs only when .next-bench/BUILD_ID is older than a
 * file under app/, components/ or lib/ (lib/bench and tests aside), proxy.ts, next.config.ts,
 * postcss.config.mjs or package-lock.json. Build and server output: .data/bench-build.log,
 * .data/bench-server.log.
 */
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import type pg from "pg";
import { disconnectDb } from "@/lib/db";
import { deployMigrations } from "@/prisma/tools/migrations";
import {
  dataFacts,
  openBenchServer,
  readSeedMarker,
  recreateBenchDatabase,
  seedMarker,
  withBenchClient,
  writeSeedMarker,
  type BenchServer,
} from "./bench-database";
import { benchCsvImport } from "./csv-import-bench";
import { benchDelegationStatistics, seedBenchDelegations } from "./delegation-stats-bench";
import { benchDirectorySearch, seedBenchDirectory } from "./directory-bench";
import { benchNewsroomList } from "./list-bench";
import { benchImageProcessing } from "./media-bench";
import { benchStoryRendering } from "./render-bench";
import { benchAppEnv, buildApp, freePort, serverLogTail, staleBuildReason, startApp, type RunningApp } from "./next-app";
import { benchArticlePage } from "./page-bench";
import { formatReport, writeReport, type BenchReport, type BuildFacts } from "./report";
import type { SeedSummary } from "./seed-articles";
import { seedBenchArticles } from "./seed-articles";

const { values: flags } = parseArgs({
  options: {
    fresh: { type: "boolean", default: false },
    articles: { type: "string", default: "100000" },
    runs: { type: "string", default: "50" },
    warmup: { type: "string", default: "5" },
    "no-build": { type: "boolean", default: false },
    rebuild: { type: "boolean", default: false },
    "skip-page": { type: "boolean", default: false },
    "skip-directory": { type: "boolean", default: false },
    people: { type: "string", default: "50000" },
    "import-rows": { type: "string", default: "10000" },
    "skip-delegations": { type: "boolean", default: false },
    delegations: { type: "string", default: "5000" },
    "delegation-members": { type: "string", default: "30000" },
    "stats-runs": { type: "string", default: "30" },
    "media-runs": { type: "string", default: "5" },
    "render-runs": { type: "string", default: "50" },
    duration: { type: "string", default: "15" },
    connections: { type: "string", default: "50" },
  },
});

function positive(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} takes a positive whole number, not "${value}"`);
  return number;
}
const options = {
  fresh: flags.fresh,
  articles: positive("articles", flags.articles),
  runs: positive("runs", flags.runs),
  warmup: Number(flags.warmup) || 0,
  build: flags["no-build"] ? "never" : flags.rebuild ? "always" : "when stale",
  skipPage: flags["skip-page"],
  skipDirectory: flags["skip-directory"],
  people: positive("people", flags.people),
  importRows: positive("import-rows", flags["import-rows"]),
  skipDelegations: flags["skip-delegations"],
  delegations: positive("delegations", flags.delegations),
  delegationMembers: positive("delegation-members", flags["delegation-members"]),
  statsRuns: positive("stats-runs", flags["stats-runs"]),
  mediaRuns: positive("media-runs", flags["media-runs"]),
  renderRuns: positive("render-runs", flags["render-runs"]),
  duration: positive("duration", flags.duration),
  connections: positive("connections", flags.connections),
};

const log = (line: string) => console.log(line);
const started = Date.now();
let server: BenchServer | undefined;
let app: RunningApp | undefined;

async function cleanUp() {
  await app?.stop().catch(() => {});
  app = undefined;
  await disconnectDb().catch(() => {});
  await server?.stop().catch(() => {});
  server = undefined;
}

// Ctrl-C stops the app server and the embedded database before leaving.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}

async function prepareDatabase(bench: BenchServer): Promise<{ seed: SeedSummary | null; migrationsApplied: string[] }> {
  const wanted = seedMarker(options.articles);
  const current = await readSeedMarker(bench);
  if (!options.fresh && current === wanted) {
    log(`Reusing ${bench.label}: ${current}`);
    return { seed: null, migrationsApplied: await deployMigrations(bench.url) };
  }
  log(`${options.fresh ? "--fresh" : current ? `Found "${current}"` : "No complete seed"}: creating ${bench.label} and seeding ${options.articles} articles`);
  await recreateBenchDatabase(bench);
  const migrationsApplied = await deployMigrations(bench.url);
  const seed = await withBenchClient(bench, (client) => seedBenchArticles(client, options.articles, log));
  await writeSeedMarker(bench, wanted);
  log(`Seeded in ${seed.seconds.toFixed(1)} s`);
  return { seed, migrationsApplied };
}

async function benchPublicPage(bench: BenchServer, slug: string): Promise<BenchReport["publicPage"]> {
  const port = await freePort();
  const env = benchAppEnv(bench.url, port, randomBytes(32).toString("base64url"));
  const stale = options.build === "never" ? null : options.build === "always" ? "--rebuild" : await staleBuildReason();
  const build: BuildFacts = { built: false, reason: stale ?? "(.next-bench is up to date)", seconds: null };
  if (stale) {
    log(`Building the app into .next-bench (${stale}); log in .data/bench-build.log …`);
    const buildStarted = Date.now();
    await buildApp(env);
    build.built = true;
    build.seconds = Math.round((Date.now() - buildStarted) / 1000);
  }
  log(`Starting next start on 127.0.0.1:${port} …`);
  app = await startApp(env, port);
  try {
    log(`Loading /vi/bai-viet/${slug} with ${options.connections} connections for ${options.duration} s …`);
    return { build, ...(await benchArticlePage({ origin: app.origin, slug, connections: options.connections, durationSeconds: options.duration })) };
  } catch (error) {
    log(`Server log (.data/bench-server.log):\n${await serverLogTail()}`);
    throw error;
  } finally {
    await app.stop();
    app = undefined;
  }
}

async function benchDelegations(client: pg.Client, actorId: string) {
  const seed = await seedBenchDelegations(client, options.delegations, options.delegationMembers, log);
  log(seed ? `Delegations seeded in ${seed.seconds.toFixed(1)} s` : `Reusing the delegations: ${options.delegations} applications`);
  log(`Delegation statistics (${options.statsRuns} runs per period):`);
  return benchDelegationStatistics({ client, actorId, delegations: options.delegations, members: options.delegationMembers, seed, runs: options.statsRuns, warmup: options.warmup, log });
}

function gitCommit(): string | null {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  } catch {
    return null;
  }
}

async function main() {
  server = await openBenchServer();
  const bench = server;
  const { seed, migrationsApplied } = await prepareDatabase(bench);
  // lib/db.ts opens its client on first use, from here on against the bench database.
  process.env.DATABASE_URL = bench.url;

  const { facts, list, slug, directory, csvImport, delegationStats } = await withBenchClient(bench, async (client) => {
    const facts = await dataFacts(client);
    const admin = await client.query<{ id: string }>(`SELECT id FROM "user" WHERE 'ADMIN' = ANY(roles) ORDER BY email LIMIT 1`);
    log(`Newsroom list (${options.runs} runs per filter):`);
    const list = await benchNewsroomList({ client, actorId: admin.rows[0].id, runs: options.runs, warmup: options.warmup, log });
    // A random story each run, so its first request really renders it.
    const story = await client.query<{ slug: string }>("SELECT slug FROM published_article WHERE locale = 'vi' ORDER BY random() LIMIT 1");
    const delegationStats = options.skipDelegations ? { skipped: "--skip-delegations" } : await benchDelegations(client, admin.rows[0].id);
    if (options.skipDirectory) return { facts, list, slug: story.rows[0].slug, directory: { skipped: "--skip-directory" }, csvImport: { skipped: "--skip-directory" }, delegationStats };
    const directorySeed = await seedBenchDirectory(client, options.people, log);
    log(directorySeed ? `Directory seeded in ${directorySeed.seconds.toFixed(1)} s` : `Reusing the directory: ${options.people} people`);
    log(`Directory search (${options.runs} runs per query):`);
    const directory = await benchDirectorySearch({ client, actorId: admin.rows[0].id, people: options.people, seed: directorySeed, runs: options.runs, warmup: options.warmup, log });
    const csvImport = await benchCsvImport({ client, actorId: admin.rows[0].id, rows: options.importRows, log });
    return { facts, list, slug: story.rows[0].slug, directory, csvImport, delegationStats };
  });
  await disconnectDb();

  const imageProcessing = await benchImageProcessing({ runs: options.mediaRuns, log });
  const storyRendering = benchStoryRendering({ runs: options.renderRuns, log });
  const publicPage = options.skipPage ? { skipped: "--skip-page" } : await benchPublicPage(bench, slug);
  const report: BenchReport = {
    startedAt: new Date(started).toISOString(),
    totalSeconds: Math.round((Date.now() - started) / 1000),
    machine: { node: process.version, cpus: os.availableParallelism(), platform: `${os.platform()} ${os.arch()}`, commit: gitCommit() },
    options,
    database: { label: bench.label, reused: seed === null, seed, migrationsApplied, ...facts },
    newsroomList: list,
    directorySearch: directory,
    csvImport,
    delegationStats,
    imageProcessing,
    storyRendering,
    publicPage,
  };
  await writeReport(report);
  log(formatReport(report));
}

let exitCode = 0;
try {
  await main();
} catch (error) {
  console.error(error);
  exitCode = 1;
} finally {
  await cleanUp();
}
// The WebAssembly schema engine leaves a timer behind; the bench is done.
process.exit(exitCode);
