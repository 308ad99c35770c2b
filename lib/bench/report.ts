/** The bench's figures: a compact table on the terminal and the same facts as JSON. */
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { CsvImportBenchResult } from "./csv-import-bench";
import type { DelegationStatsBenchResult } from "./delegation-stats-bench";
import type { DirectoryBenchResult } from "./directory-bench";
import type { ListBenchResult } from "./list-bench";
import type { MediaBenchResult } from "./media-bench";
import type { PageBenchResult } from "./page-bench";
import type { RenderBenchResult } from "./render-bench";
import type { SeedSummary } from "./seed-articles";

export type DatabaseFacts = {
  label: string;
  postgres: string;
  reused: boolean;
  seed: SeedSummary | null;
  migrationsApplied: string[];
  articles: number;
  byLocale: Record<string, number>;
  byStatus: Record<string, number>;
  publishedSnapshots: number;
  users: number;
  translationGroups: number;
  averageBodyBytes: number;
  databaseBytes: number;
};

export type BuildFacts = { built: boolean; reason: string; seconds: number | null };

export type BenchReport = {
  startedAt: string;
  totalSeconds: number;
  machine: { node: string; cpus: number; platform: string; commit: string | null };
  options: Record<string, unknown>;
  database: DatabaseFacts;
  newsroomList: ListBenchResult;
  directorySearch: DirectoryBenchResult | { skipped: string };
  csvImport: CsvImportBenchResult | { skipped: string };
  delegationStats: DelegationStatsBenchResult | { skipped: string };
  imageProcessing: MediaBenchResult;
  storyRendering: RenderBenchResult;
  publicPage: ({ build: BuildFacts } & PageBenchResult) | { skipped: string };
};

export const REPORT_PATH = path.resolve(import.meta.dirname, "../..", ".data", "bench-report.json");

const ms = (value: number) => value.toFixed(1).padStart(7);
const count = (value: number) => value.toLocaleString("en-US");
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

export function formatReport(report: BenchReport): string {
  const { database, newsroomList, publicPage } = report;
  const lines: string[] = [];
  const seeded = database.seed
    ? `seeded in ${database.seed.seconds.toFixed(1)} s`
    : "reused (already seeded; --fresh to seed again)";
  lines.push("", "=== npm run bench ===================================================================");
  lines.push(`database   ${database.label}, PostgreSQL ${database.postgres}, ${seeded}`);
  lines.push(
    `data       ${count(database.articles)} articles (vi ${count(database.byLocale.vi ?? 0)}, en ${count(database.byLocale.en ?? 0)}), ` +
      `${count(database.publishedSnapshots)} published snapshots, ${count(database.translationGroups)} stories, ${database.users} people; ` +
      `body ≈ ${(database.averageBodyBytes / 1024).toFixed(1)} KB; database ${mb(database.databaseBytes)}`,
  );
  lines.push(`machine    Node ${report.machine.node}, ${report.machine.cpus} cores, commit ${report.machine.commit ?? "?"}`);
  lines.push("");
  lines.push(`newsroom list — listArticles in process, ADMIN, ${newsroomList.overall.runs / newsroomList.cases.length} runs each after ${newsroomList.warmup} warm-up (ms)`);
  lines.push(`  ${"filter".padEnd(28)}${"p50".padStart(7)}${"p95".padStart(8)}  ${"total".padStart(7)}  ${"SQL page/count".padStart(14)}  plan of the page query / the count`);
  for (const result of newsroomList.cases) {
    const page = result.plan.page;
    const countPlan = result.plan.count;
    const plan = `${page.seqScanOnArticle ? "SEQ SCAN! " : ""}${page.scans.join(" + ")} / ${countPlan.seqScanOnArticle ? "SEQ SCAN! " : ""}${countPlan.scans.join(" + ")}`;
    const sql = `${page.executionMs.toFixed(1)}/${countPlan.executionMs.toFixed(1)}`;
    lines.push(`  ${result.name.padEnd(28)}${ms(result.timings.p50)} ${ms(result.timings.p95)}  ${result.total.padStart(7)}  ${sql.padStart(14)}  ${plan}`);
  }
  lines.push(`  ${"overall".padEnd(28)}${ms(newsroomList.overall.p50)} ${ms(newsroomList.overall.p95)}`);
  const seqScans = newsroomList.cases.filter((result) => result.plan.page.seqScanOnArticle || result.plan.count.seqScanOnArticle);
  lines.push("  (SQL page/count: server execution time of EXPLAIN ANALYZE of the hand-written equivalent, once)");
  lines.push(`  index use: ${seqScans.length ? `Seq Scan on article in ${seqScans.map((result) => result.name).join(", ")}` : "every plan uses an index, no Seq Scan on article"}`);
  lines.push("");
  lines.push(...formatDirectory(report));
  lines.push(...formatDelegationStats(report));
  const media = report.imageProcessing;
  lines.push(`image processing — one ${media.source.width}×${media.source.height} JPEG (${mb(media.source.bytes)}) into ${media.renditions} renditions + master, ${media.timings.runs} runs`);
  lines.push(`  time       median ${media.timings.p50.toFixed(0)} ms, min ${media.timings.min.toFixed(0)} ms, max ${media.timings.max.toFixed(0)} ms`);
  lines.push(`  memory     peak RSS ${media.peakRssMb} MB (${media.peakRssAboveBaselineMb} MB above the level before the run); output ${mb(media.renditionBytes)}`);
  lines.push("");
  const rendering = report.storyRendering;
  lines.push(
    `story rendering — RichText to HTML in process: ${count(rendering.words)} words, ${rendering.figures} figures, ${rendering.footnotes} footnotes, ${rendering.timings.runs} runs`,
  );
  lines.push(`  time       median ${rendering.timings.p50.toFixed(1)} ms, p95 ${rendering.timings.p95.toFixed(1)} ms; HTML ${count(rendering.htmlBytes)} B`);
  lines.push("");
  if ("skipped" in publicPage) {
    lines.push(`public page — skipped (${publicPage.skipped})`);
  } else {
    const { load, build } = publicPage;
    lines.push(`public page — ${publicPage.url}`);
    lines.push(`  build      ${build.built ? `built in ${build.seconds?.toFixed(0)} s (${build.reason})` : `reused ${build.reason}`}`);
    lines.push(
      `  first GET  ${publicPage.firstRequest.ms} ms (x-nextjs-cache: ${publicPage.firstRequest.cache ?? "-"}), ` +
        `second ${publicPage.secondRequest.ms} ms (${publicPage.secondRequest.cache ?? "-"})`,
    );
    lines.push(`  HTML       ${count(publicPage.htmlBytes)} B, gzip ${count(publicPage.gzipBytes)} B`);
    lines.push(
      `  load       ${load.connections} connections × ${load.durationSeconds} s: ${count(load.requestsPerSecond)} req/s avg, ` +
        `latency p50 ${load.latencyP50Ms} ms, p99 ${load.latencyP99Ms} ms, max ${load.latencyMaxMs} ms`,
    );
    lines.push(`             ${count(load.requests)} requests, non-2xx ${load.non2xx}, errors ${load.errors}, timeouts ${load.timeouts}`);
  }
  lines.push("", `total ${report.totalSeconds.toFixed(0)} s · JSON: ${path.relative(process.cwd(), REPORT_PATH)}`);
  return lines.join("\n");
}

function formatDirectory({ directorySearch: directory, csvImport }: BenchReport): string[] {
  if ("skipped" in directory || "skipped" in csvImport) return [`directory search and CSV import — skipped (--skip-directory)`, ""];
  const lines: string[] = [];
  const seeded = directory.seed ? `seeded in ${directory.seed.seconds.toFixed(1)} s` : "reused";
  lines.push(`directory search — listContacts in process, ADMIN, ${count(directory.people)} people (${seeded}), ${directory.overall.runs / directory.cases.length} runs each after ${directory.warmup} warm-up (ms)`);
  lines.push(`  ${"query".padEnd(28)}${"p50".padStart(7)}${"p95".padStart(8)}  ${"rows".padStart(4)}  ${"SQL".padStart(6)}  plan of the page query`);
  for (const result of directory.cases) {
    const plan = `${result.plan.seqScanOnContact ? "SEQ SCAN! " : ""}${result.plan.scans.join(" + ")}`;
    lines.push(`  ${result.name.padEnd(28)}${ms(result.timings.p50)} ${ms(result.timings.p95)}  ${String(result.rows).padStart(4)}  ${result.plan.executionMs.toFixed(1).padStart(6)}  ${plan}`);
  }
  lines.push(`  ${"overall".padEnd(28)}${ms(directory.overall.p50)} ${ms(directory.overall.p95)}`);
  const seqScans = directory.cases.filter((result) => result.plan.seqScanOnContact);
  lines.push(`  index use: ${seqScans.length ? `Seq Scan on press_contact in ${seqScans.map((result) => result.name).join(", ")}` : "every plan uses an index, no Seq Scan on press_contact"}`);
  lines.push("");
  lines.push(`CSV import — ${count(csvImport.rows)} people (${mb(csvImport.fileBytes)}), importContacts "all" mode into the ${count(directory.people)}-person directory`);
  lines.push(
    `  time       ${(csvImport.wallMs / 1000).toFixed(2)} s (read ${csvImport.phasesMs.parsing} ms, check ${csvImport.phasesMs.validating} ms, write ${csvImport.phasesMs.writing} ms), ` +
      `${count(csvImport.rowsPerSecond)} rows/s; imported ${count(csvImport.imported)}, errors ${csvImport.errors}`,
  );
  lines.push(`  memory     peak RSS ${csvImport.peakRssMb} MB (${csvImport.peakRssAboveBaselineMb} MB above the level before), heap +${csvImport.peakHeapAboveBaselineMb} MB`);
  lines.push("");
  return lines;
}

function formatDelegationStats({ delegationStats: stats }: BenchReport): string[] {
  if ("skipped" in stats) return [`delegation statistics — skipped (${stats.skipped})`, ""];
  const seeded = stats.seed ? `seeded in ${stats.seed.seconds.toFixed(1)} s` : "reused";
  const lines = [
    `delegation statistics — periodStatistics in process, ADMIN, ${count(stats.delegations)} applications, ${count(stats.members)} members (${seeded}), ${stats.overall.runs / stats.cases.length} runs each after ${stats.warmup} warm-up (ms)`,
    `  ${"period".padEnd(28)}${"p50".padStart(7)}${"p95".padStart(8)}  ${"deleg.".padStart(6)}  ${"SQL".padStart(11)}  plans (grouped figures / topics)`,
  ];
  for (const result of stats.cases) {
    const sql = `${result.plans.grouped.executionMs.toFixed(1)}/${result.plans.topics.executionMs.toFixed(1)}`;
    lines.push(`  ${result.name.padEnd(28)}${ms(result.timings.p50)} ${ms(result.timings.p95)}  ${String(result.delegations).padStart(6)}  ${sql.padStart(11)}  ${result.plans.grouped.scans.join(" + ")} / ${result.plans.topics.scans.join(" + ")}`);
  }
  lines.push(`  ${"overall".padEnd(28)}${ms(stats.overall.p50)} ${ms(stats.overall.p95)}`, "");
  return lines;
}

export async function writeReport(report: BenchReport): Promise<void> {
  await mkdir(path.dirname(REPORT_PATH), { recursive: true });
  await writeFile(REPORT_PATH, `${JSON.stringify(report, null, 2)}\n`);
}
