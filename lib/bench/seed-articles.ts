/**
 * Fills an empty, migrated bench database with a newsroom of `count` articles
 * in bulk SQL: rows are generated in memory (story-rows.ts) and sent as JSON
 * batches through json_to_recordset; bodies are assembled on the server from
 * a bank of TipTap blocks; published snapshots are copied with one
 * INSERT … SELECT. Nothing here goes through the domain's mutations — this is
 * volume for measuring reads, not a test of writes.
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { slugify } from "@/lib/text/slug";
import { headingBank, paragraphBank } from "./corpus";
import { seededRandom } from "./random";
import { benchPeople, storyRows } from "./story-rows";
import { CATEGORIES, TAGS } from "./taxonomy";

const BATCH = 5_000;
const BLOCK_BANK_SIZE = 160;
/** Every fresh seed writes the same stories (ids and dates aside). */
const SEED = 20_261_123;

export type SeedSummary = { seconds: number; steps: Record<string, number> };

async function inBatches<T>(client: pg.Client, rows: T[], sql: string, extra: unknown[] = []): Promise<void> {
  for (let offset = 0; offset < rows.length; offset += BATCH) {
    await client.query(sql, [JSON.stringify(rows.slice(offset, offset + BATCH)), ...extra]);
  }
}

export async function seedBenchArticles(client: pg.Client, count: number, log: (line: string) => void): Promise<SeedSummary> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  let mark = started;
  const step = (name: string) => {
    const now = performance.now();
    steps[name] = Number(((now - mark) / 1000).toFixed(1));
    mark = now;
    log(`  ${name.padEnd(22)} ${steps[name].toFixed(1)} s`);
  };
  const random = seededRandom(SEED);
  const now = Date.now();
  const stamp = new Date(now).toISOString();

  // Throwaway data: commits need not wait for the disk.
  await client.query("SET synchronous_commit TO off");
  await client.query("SET maintenance_work_mem TO '256MB'");

  const users = benchPeople(random);
  await client.query(
    `INSERT INTO "user" (id, email, name, password_hash, roles, updated_at)
     SELECT id, email, name, 'bench:no-sign-in', roles::"Role"[], $2 FROM json_to_recordset($1::json) AS t(id uuid, email text, name text, roles text[])`,
    [JSON.stringify(users), stamp],
  );

  const categories = CATEGORIES.map((category, position) => ({ ...category, id: randomUUID(), position }));
  await client.query(
    `INSERT INTO category (id, key, position, updated_at) SELECT id, key, position, $2 FROM json_to_recordset($1::json) AS t(id uuid, key text, position int)`,
    [JSON.stringify(categories), stamp],
  );
  const translations = categories.flatMap((category) =>
    (["vi", "en"] as const).map((locale) => ({ id: randomUUID(), categoryId: category.id, locale, name: category[locale][0], slug: category[locale][1] })),
  );
  await client.query(
    `INSERT INTO category_translation (id, category_id, locale, name, slug, updated_at)
     SELECT id, "categoryId", locale, name, slug, $2 FROM json_to_recordset($1::json) AS t(id uuid, "categoryId" uuid, locale text, name text, slug text)`,
    [JSON.stringify(translations), stamp],
  );

  const tagIds = { vi: TAGS.map(() => randomUUID()), en: TAGS.map(() => randomUUID()) };
  const tags = (["vi", "en"] as const).flatMap((locale) =>
    TAGS.map((tag, index) => ({ id: tagIds[locale][index], locale, name: tag[locale === "vi" ? 0 : 1], slug: slugify(tag[locale === "vi" ? 0 : 1]) })),
  );
  await client.query(
    `INSERT INTO tag (id, locale, name, slug, updated_at) SELECT id, locale, name, slug, $2 FROM json_to_recordset($1::json) AS t(id uuid, locale text, name text, slug text)`,
    [JSON.stringify(tags), stamp],
  );

  // The bank bodies are assembled from; a temporary table of this session only.
  const blocks = [
    ...paragraphBank(random, BLOCK_BANK_SIZE).flatMap(([vi, en], n) => [{ kind: "p", locale: "vi", n, node: vi }, { kind: "p", locale: "en", n, node: en }]),
    ...headingBank().flatMap(([vi, en], n) => [{ kind: "h", locale: "vi", n, node: vi }, { kind: "h", locale: "en", n, node: en }]),
  ];
  const headingCount = blocks.filter((block) => block.kind === "h").length / 2;
  await client.query("CREATE TEMPORARY TABLE bench_block (kind text, locale text, n int, node jsonb, PRIMARY KEY (kind, locale, n))");
  await client.query(
    "INSERT INTO bench_block SELECT kind, locale, n, node FROM json_to_recordset($1::json) AS t(kind text, locale text, n int, node jsonb)",
    [JSON.stringify(blocks)],
  );

  const rows = storyRows({
    count,
    random,
    users,
    categories: categories.map((category) => [category.id, category.weight]),
    tagIds,
    blockBankSize: BLOCK_BANK_SIZE,
    now,
  });
  step("people and stories");

  await inBatches(
    client,
    rows.groups,
    `INSERT INTO translation_group (id, created_by_id, created_at, updated_at)
     SELECT id, "createdById", "createdAt", "createdAt" FROM json_to_recordset($1::json) AS t(id uuid, "createdById" uuid, "createdAt" timestamptz)`,
  );
  step("translation groups");

  // Paragraphs k = 0…n-1 come from the bank at (seed + 7k) mod size (7 is prime to the
  // size, so no paragraph repeats within a story); a heading sits after the third.
  await inBatches(
    client,
    rows.articles,
    `INSERT INTO article (id, translation_group_id, locale, status, title, slug, sapo, body, category_id, byline, source_line,
                          search_text, version, created_by_id, created_at, updated_at, published_at)
     SELECT t.id, t."groupId", t.locale, t.status::"ArticleStatus", t.title, t.slug, t.sapo,
            jsonb_build_object('type', 'doc', 'content', (
              SELECT jsonb_agg(block.node ORDER BY block.ord) FROM (
                SELECT k::numeric AS ord, p.node FROM generate_series(0, t.paragraphs - 1) AS k
                  JOIN bench_block p ON p.kind = 'p' AND p.locale = t.locale AND p.n = (t."bodySeed" + k * 7) % $2
                UNION ALL
                SELECT 2.5, h.node FROM bench_block h WHERE h.kind = 'h' AND h.locale = t.locale AND h.n = t."bodySeed" % $3
              ) AS block)),
            t."categoryId", t.byline, t."sourceLine", t."searchText", t.version, t."createdById", t."createdAt", t."updatedAt", t."publishedAt"
     FROM json_to_recordset($1::json) AS t(id uuid, "groupId" uuid, locale text, status text, title text, slug text, sapo text,
          "categoryId" uuid, byline text, "sourceLine" text, "searchText" text, version int, "createdById" uuid,
          "createdAt" timestamptz, "updatedAt" timestamptz, "publishedAt" timestamptz, "bodySeed" int, paragraphs int)`,
    [BLOCK_BANK_SIZE, headingCount],
  );
  step("articles");

  await inBatches(
    client,
    rows.authors,
    `INSERT INTO article_author (article_id, user_id, position, created_at)
     SELECT t."articleId", t."userId", t.position, a.created_at FROM json_to_recordset($1::json) AS t("articleId" uuid, "userId" uuid, position int)
     JOIN article a ON a.id = t."articleId"`,
  );
  await inBatches(
    client,
    rows.tags,
    `INSERT INTO article_tag (article_id, tag_id, created_at)
     SELECT t."articleId", t."tagId", a.created_at FROM json_to_recordset($1::json) AS t("articleId" uuid, "tagId" uuid)
     JOIN article a ON a.id = t."articleId"`,
  );
  step("authors and tags");

  // The snapshot publishing takes (lib/articles/mutations.ts publishSnapshot), for every PUBLISHED article.
  await client.query(
    `INSERT INTO published_article (article_id, translation_group_id, locale, title, slug, sapo, body, category_id, byline, source_line,
                                    cover_image_url, author_names, tag_names, published_at, created_at, updated_at)
     SELECT a.id, a.translation_group_id, a.locale, a.title, a.slug, a.sapo, a.body, a.category_id, a.byline, a.source_line, a.cover_image_url,
            ARRAY(SELECT u.name FROM article_author aa JOIN "user" u ON u.id = aa.user_id WHERE aa.article_id = a.id ORDER BY aa.position),
            ARRAY(SELECT tg.name FROM article_tag at JOIN tag tg ON tg.id = at.tag_id WHERE at.article_id = a.id ORDER BY at.created_at, tg.name),
            a.published_at, a.published_at, a.published_at
     FROM article a WHERE a.status = 'PUBLISHED'`,
  );
  step("published snapshots");

  await client.query("VACUUM (ANALYZE)");
  // Flush the ~800 MB just written now, not in the middle of the timings that follow
  // (needs superuser or pg_checkpoint; without it the server checkpoints in its own time).
  await client.query("CHECKPOINT").catch(() => {});
  step("vacuum, checkpoint");
  return { seconds: Number(((performance.now() - started) / 1000).toFixed(1)), steps };
}
