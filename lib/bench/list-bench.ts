/**
 * The newsroom's article list as an administrator sees it, timed in process:
 * listArticles itself (page query, relations and capped count through
 * Prisma), one call at a time, so the figures are server time without HTTP.
 */
import type pg from "pg";
import { listArticles } from "@/lib/articles/queries";
import { articleListFiltersSchema } from "@/lib/articles/schemas";
import type { Actor } from "@/lib/authz/policy";
import { explainList, type ListFilterInput, type PlanSummary } from "./query-plans";
import { summarize, type Timings } from "./stats";

export type ListCaseResult = {
  name: string;
  filters: ListFilterInput & { page?: number };
  timings: Timings;
  rows: number;
  total: string;
  plan: { page: PlanSummary; count: PlanSummary };
};

export type ListBenchResult = { warmup: number; cases: ListCaseResult[]; overall: Timings };

type Case = { name: string; filters: ListFilterInput; secondPage?: boolean };

async function benchCases(client: pg.Client): Promise<Case[]> {
  // The busiest author and the diplomacy desk: the filters an editor actually clicks.
  const author = await client.query<{ id: string }>("SELECT created_by_id AS id FROM article GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
  const category = await client.query<{ id: string }>("SELECT id FROM category WHERE key = 'diplomacy'");
  return [
    { name: "no filter", filters: {} },
    { name: "status=IN_REVIEW", filters: { status: "IN_REVIEW" } },
    { name: "locale=en status=PUBLISHED", filters: { locale: "en", status: "PUBLISHED" } },
    { name: "author (busiest)", filters: { authorId: author.rows[0].id } },
    { name: "category=diplomacy", filters: { categoryId: category.rows[0].id } },
    { name: 'q="Đắk Lắk"', filters: { q: "Đắk Lắk" } },
    { name: 'q="ngoại giao"', filters: { q: "ngoại giao" } },
    { name: "no filter, page 2", filters: {}, secondPage: true },
    { name: "status=IN_REVIEW, page 2", filters: { status: "IN_REVIEW" }, secondPage: true },
  ];
}

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const value = await work();
  return [value, performance.now() - started];
}

export async function benchNewsroomList({
  client,
  actorId,
  runs,
  warmup,
  log,
}: {
  client: pg.Client;
  actorId: string;
  runs: number;
  warmup: number;
  log: (line: string) => void;
}): Promise<ListBenchResult> {
  const actor: Actor = { id: actorId, roles: ["ADMIN"] };
  const list = (filters: ListFilterInput & { cursor?: string }) =>
    listArticles({ actor, filters: articleListFiltersSchema.parse(filters), locale: "vi" });

  const cases = await benchCases(client);
  const results: ListCaseResult[] = [];
  const everything: number[] = [];

  for (const benchCase of cases) {
    // Page 2 starts from page 1's cursor, as the "next" link does.
    const first = await list(benchCase.filters);
    const cursor = benchCase.secondPage ? (first.nextCursor ?? undefined) : undefined;
    const filters = { ...benchCase.filters, cursor };
    for (let i = 0; i < warmup; i++) await list(filters);

    const samples: number[] = [];
    let page = first;
    for (let i = 0; i < runs; i++) {
      const [result, ms] = await timed(() => list(filters));
      samples.push(ms);
      page = result;
    }
    everything.push(...samples);

    const lastOfFirst = first.items[first.items.length - 1];
    const plan = await explainList(client, benchCase.filters, benchCase.secondPage && lastOfFirst ? lastOfFirst : undefined);
    const timings = summarize(samples);
    results.push({
      name: benchCase.name,
      filters: { ...benchCase.filters, ...(benchCase.secondPage ? { page: 2 } : {}) },
      timings,
      rows: page.items.length,
      total: page.totalIsCapped ? `>${page.total}` : String(page.total),
      plan,
    });
    log(`  ${benchCase.name.padEnd(28)} p50 ${timings.p50.toFixed(1).padStart(6)} ms   p95 ${timings.p95.toFixed(1).padStart(6)} ms`);
  }
  return { warmup, cases: results, overall: summarize(everything) };
}
