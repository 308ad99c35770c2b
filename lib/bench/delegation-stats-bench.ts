/**
 * The delegation statistics at 5,000 applications and 30,000 members: seeded
 * once in bulk SQL into the bench database (the seed is recorded in the
 * comment of the delegation table, so a later run reuses it), then
 * periodStatistics timed in process for the default two years, one year and
 * one month, with EXPLAIN ANALYZE of its two statements to show which scans
 * the plans use.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import type { Actor } from "@/lib/authz/policy";
import { groupedFiguresSql, periodStatistics, topicFiguresSql } from "@/lib/delegations/statistics";
import { resolvePeriod, type StatisticsPeriodInput } from "@/lib/delegations/statistics-schemas";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pick, pickWeighted, randomInt, seededRandom, type Random } from "./random";
import { summarize, type Timings } from "./stats";

const FORMAT = "newsroom-bench delegations v1";
export const delegationsMarker = (delegations: number, members: number) => `${FORMAT}: ${delegations} delegations, ${members} members`;

const COUNTRIES = [["JP", 14], ["KR", 12], ["CN", 10], ["US", 9], ["FR", 8], ["DE", 6], ["GB", 6], ["RU", 5], ["TH", 5], ["AU", 4], ["SG", 3], ["LA", 4], ["KH", 4], ["IN", 3], ["IT", 2], ["CA", 2], ["CU", 1]] as const;
const KINDS = [["TV", 35], ["NEWSPAPER", 20], ["NEWS_AGENCY", 15], ["ONLINE", 20], ["RADIO", 10]] as const;
const TOPICS = ["Kinh tế", "Văn hóa", "Du lịch", "Di sản", "Chuyển đổi số", "Biến đổi khí hậu", "Nông nghiệp", "Đầu tư nước ngoài", "Giáo dục", "Y tế", "Năng lượng tái tạo", "Đồng bằng sông Cửu Long", "Economy", "Culture", "Tourism"];
const STATUSES = [["COMPLETED", 40], ["APPROVED", 8], ["ARRIVED", 2], ["IN_PROGRESS", 2], ["REJECTED", 10], ["WITHDRAWN", 6], ["CANCELLED", 4], ["SUBMITTED", 8], ["UNDER_REVIEW", 8], ["INFO_REQUESTED", 4], ["DRAFT", 3]] as const;
const DECIDED = new Set(["COMPLETED", "APPROVED", "ARRIVED", "IN_PROGRESS", "REJECTED"]);
const ENDED = new Set(["COMPLETED", "REJECTED", "WITHDRAWN", "CANCELLED"]);
const ROLES = [["REPORTER", 50], ["CAMERA", 20], ["PRODUCER", 10], ["PHOTOGRAPHER", 10], ["TECHNICIAN", 5], ["FIXER", 3], ["OTHER", 2]] as const;
const OUTLETS = ["Television", "Shimbun", "Daily", "Broadcasting", "Press Agency", "Online", "Radio", "Times", "Post"];
const DAY = 86_400_000;

export type DelegationSeed = { delegations: number; members: number; seconds: number };

/** Sizes that add up to `members` exactly: pairs around the mean (6 ± up to 5). */
function delegationSizes(random: Random, delegations: number, members: number): number[] {
  const mean = Math.floor(members / delegations);
  const sizes = Array.from({ length: delegations }, () => mean);
  for (let i = 0; i + 1 < delegations; i += 2) {
    const spread = randomInt(random, 0, mean - 1);
    sizes[i] += spread;
    sizes[i + 1] -= spread;
  }
  sizes[0] += members - mean * delegations;
  return sizes;
}

function delegationRow(random: Random, index: number, now: number) {
  const status = pickWeighted(random, STATUSES);
  const country = pickWeighted(random, COUNTRIES);
  const submitted = status === "DRAFT" ? null : new Date(now - randomInt(random, 0, 729) * DAY - randomInt(random, 0, DAY - 1));
  const decided = submitted && DECIDED.has(status) ? new Date(submitted.getTime() + randomInt(random, 2, 30) * DAY + randomInt(random, 0, DAY - 1)) : null;
  const ended = submitted && ENDED.has(status) ? new Date((decided ?? submitted).getTime() + randomInt(random, 1, 40) * DAY) : null;
  const topics = Array.from({ length: randomInt(random, 1, 3) }, () => pick(random, TOPICS));
  const year = submitted?.getUTCFullYear() ?? 0;
  return [
    randomUUID(),
    submitted ? `DL-${year}-B${String(index).padStart(5, "0")}` : null,
    status,
    `${country} ${pick(random, OUTLETS)} ${index % 97}`,
    pickWeighted(random, KINDS),
    country,
    `{${[...new Set(topics)].map((topic) => `"${topic}"`).join(",")}}`,
    submitted,
    decided,
    ended && ended.getTime() < now ? ended : null,
  ];
}

/** Replaces the bench database's applications with the generated ones, unless that seed is already there. */
export async function seedBenchDelegations(client: pg.Client, delegations: number, members: number, log: (line: string) => void): Promise<DelegationSeed | null> {
  const marker = await client.query<{ comment: string | null }>("SELECT obj_description('delegation'::regclass, 'pg_class') AS comment");
  if (marker.rows[0]?.comment === delegationsMarker(delegations, members)) return null;
  log(`Seeding delegations: ${delegations} applications, ${members} members …`);
  const started = performance.now();
  const random = seededRandom(5);
  const now = Date.now();
  const sizes = delegationSizes(random, delegations, members);
  await client.query("BEGIN");
  await client.query("DELETE FROM delegation");
  for (let start = 0; start < delegations; start += 1000) {
    const rows = Array.from({ length: Math.min(1000, delegations - start) }, (_, offset) => delegationRow(random, start + offset, now));
    await client.query(
      `INSERT INTO delegation (id, reference, status, outlet_name, outlet_kind, outlet_country, topics, submitted_at, decided_at, ended_at, updated_at)
       SELECT id, reference, status, outlet_name, outlet_kind, outlet_country, topics::text[], submitted_at, decided_at, ended_at, now()
       FROM unnest($1::uuid[], $2::text[], $3::"DelegationStatus"[], $4::text[], $5::"OutletKind"[], $6::bpchar[], $7::text[], $8::timestamptz[], $9::timestamptz[], $10::timestamptz[])
         AS seed(id, reference, status, outlet_name, outlet_kind, outlet_country, topics, submitted_at, decided_at, ended_at)`,
      Array.from({ length: 10 }, (_, column) => rows.map((row) => row[column])),
    );
    const memberRows = rows.flatMap((row, offset) =>
      Array.from({ length: sizes[start + offset] }, (_, position) => [randomUUID(), row[0], position, `Bench Member ${start + offset}-${position}`, random() < 0.85 ? row[5] : pickWeighted(random, COUNTRIES), pickWeighted(random, ROLES)]),
    );
    await client.query(
      `INSERT INTO delegation_member (id, delegation_id, position, passport_name, nationality, role, updated_at)
       SELECT *, now() FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::text[], $5::bpchar[], $6::"DelegationMemberRole"[])`,
      Array.from({ length: 6 }, (_, column) => memberRows.map((row) => row[column])),
    );
  }
  await client.query(`COMMENT ON TABLE delegation IS ${client.escapeLiteral(delegationsMarker(delegations, members))}`);
  await client.query("COMMIT");
  await client.query("ANALYZE delegation, delegation_member");
  return { delegations, members, seconds: (performance.now() - started) / 1000 };
}

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };
const scansOf = (node: PlanNode, into: PlanNode[] = []): PlanNode[] => {
  if (node["Node Type"].includes("Scan")) into.push(node);
  for (const child of node.Plans ?? []) scansOf(child, into);
  return into;
};

export type StatsPlan = { scans: string[]; executionMs: number };
export type StatsCaseResult = { name: string; period: { from: string; to: string }; delegations: number; reporters: number; timings: Timings; plans: { grouped: StatsPlan; topics: StatsPlan } };
export type DelegationStatsBenchResult = { delegations: number; members: number; seed: DelegationSeed | null; warmup: number; cases: StatsCaseResult[]; overall: Timings };

async function explain(client: pg.Client, sql: Prisma.Sql): Promise<StatsPlan> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql.text}`, sql.values as unknown[]);
  const [{ Plan: plan, "Execution Time": executionMs }] = rows[0]["QUERY PLAN"];
  // One line per distinct scan: the member count's index lookup runs once per application.
  const scans = [...new Set(scansOf(plan).map((scan) => `${scan["Node Type"]} ${scan["Index Name"] ?? scan["Relation Name"] ?? ""}`.trim()))];
  return { scans, executionMs: Math.round(executionMs * 100) / 100 };
}

export async function benchDelegationStatistics({ client, actorId, delegations, members, seed, runs, warmup, log }: { client: pg.Client; actorId: string; delegations: number; members: number; seed: DelegationSeed | null; runs: number; warmup: number; log: (line: string) => void }): Promise<DelegationStatsBenchResult> {
  const actor: Actor = { id: actorId, roles: ["ADMIN"] };
  const today = resolvePeriod({}).to;
  const yearAgo = new Date(Date.now() - 364 * DAY).toISOString().slice(0, 10);
  const monthStart = `${today.slice(0, 7)}-01`;
  const cases: { name: string; input: StatisticsPeriodInput }[] = [
    { name: "last two years (default)", input: {} },
    { name: "last 12 months", input: { from: yearAgo, to: today } },
    { name: "this month", input: { from: monthStart, to: today } },
  ];
  const results: StatsCaseResult[] = [];
  const everything: number[] = [];
  for (const benchCase of cases) {
    const run = () => periodStatistics({ actor, ...benchCase.input });
    for (let i = 0; i < warmup; i++) await run();
    const samples: number[] = [];
    let last = await run();
    for (let i = 0; i < runs; i++) {
      const started = performance.now();
      last = await run();
      samples.push(performance.now() - started);
    }
    everything.push(...samples);
    const period = resolvePeriod(benchCase.input);
    const plans = { grouped: await explain(client, groupedFiguresSql(period)), topics: await explain(client, topicFiguresSql(period)) };
    const timings = summarize(samples);
    results.push({ name: benchCase.name, period: { from: period.from, to: period.to }, delegations: last.delegations, reporters: last.reporters, timings, plans });
    log(`  ${benchCase.name.padEnd(28)} p50 ${timings.p50.toFixed(1).padStart(6)} ms   p95 ${timings.p95.toFixed(1).padStart(6)} ms   (${last.delegations} delegations, ${last.reporters} reporters)`);
  }
  return { delegations, members, seed, warmup, cases: results, overall: summarize(everything) };
}
