/**
 * EXPLAIN ANALYZE of the newsroom list's SQL, written by hand to match what
 * listArticles asks Prisma for (lib/articles/queries.ts): the page — filters,
 * `ORDER BY updated_at DESC, id` and 26 rows, plus the keyset condition on
 * page 2 — and the capped count. The relations of the page (creator,
 * category name, authors) are loaded by key and not explained here.
 */
import type pg from "pg";
import { ARTICLE_COUNT_LIMIT, ARTICLE_PAGE_SIZE } from "@/lib/articles/queries";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/text/slug";

export type ListFilterInput = { status?: ArticleStatus; locale?: "vi" | "en"; authorId?: string; categoryId?: string; q?: string };

export type PlanSummary = {
  /** Scan nodes, e.g. "Index Scan article_status_updated_at_id_idx". */
  scans: string[];
  seqScanOnArticle: boolean;
  usesIndex: boolean;
  executionMs: number;
};

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function whereOf(filters: ListFilterInput, after?: { updatedAt: Date; id: string }) {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const bind = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  if (filters.status) conditions.push(`status = ${bind(filters.status)}::"ArticleStatus"`);
  if (filters.locale) conditions.push(`locale = ${bind(filters.locale)}`);
  if (filters.authorId) conditions.push(`created_by_id = ${bind(filters.authorId)}::uuid`);
  if (filters.categoryId) conditions.push(`category_id = ${bind(filters.categoryId)}::uuid`);
  const key = filters.q ? searchKey(filters.q).replace(/[%_\\]/g, "").trim() : "";
  if (key) conditions.push(`search_text LIKE ('%' || ${bind(key)} || '%')`);
  if (after) {
    const at = bind(after.updatedAt);
    conditions.push(`updated_at <= ${at}::timestamptz AND (updated_at < ${at}::timestamptz OR id > ${bind(after.id)}::uuid)`);
  }
  return { where: conditions.length ? `WHERE ${conditions.join(" AND ")}` : "", params, isTextSearch: Boolean(key) };
}

function scansOf(node: PlanNode, into: PlanNode[] = []): PlanNode[] {
  if (node["Node Type"].includes("Scan")) into.push(node);
  for (const child of node.Plans ?? []) scansOf(child, into);
  return into;
}

async function explain(client: pg.Client, sql: string, params: unknown[]): Promise<PlanSummary> {
  const { rows } = await client.query<{ "QUERY PLAN": [{ Plan: PlanNode; "Execution Time": number }] }>(
    `EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`,
    params,
  );
  const [{ Plan: plan, "Execution Time": executionMs }] = rows[0]["QUERY PLAN"];
  const scans = scansOf(plan);
  return {
    scans: scans.map((scan) => `${scan["Node Type"]} ${scan["Index Name"] ?? scan["Relation Name"] ?? ""}`.trim()),
    seqScanOnArticle: scans.some((scan) => scan["Node Type"] === "Seq Scan" && scan["Relation Name"] === "article"),
    usesIndex: scans.some((scan) => Boolean(scan["Index Name"])),
    executionMs: Math.round(executionMs * 100) / 100,
  };
}

/** Plans of one list page and its count, as listArticles runs them. */
export async function explainList(
  client: pg.Client,
  filters: ListFilterInput,
  after?: { updatedAt: Date; id: string },
): Promise<{ page: PlanSummary; count: PlanSummary }> {
  const page = whereOf(filters, after);
  const pagePlan = await explain(
    client,
    `SELECT id, title, locale, status, updated_at, created_by_id, category_id FROM article ${page.where}
     ORDER BY updated_at DESC, id ASC LIMIT ${ARTICLE_PAGE_SIZE + 1}`,
    page.params,
  );
  // The count never carries the cursor; a text search counts its whole bitmap, the others stop at the cap.
  const count = whereOf(filters);
  const countPlan = await explain(
    client,
    count.isTextSearch
      ? `SELECT count(*) FROM article ${count.where}`
      : `SELECT count(*) FROM (SELECT id FROM article ${count.where} ORDER BY updated_at DESC, id ASC LIMIT ${ARTICLE_COUNT_LIMIT + 1}) AS capped`,
    count.params,
  );
  return { page: pagePlan, count: countPlan };
}
