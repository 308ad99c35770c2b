import { ROLE_PERMISSIONS } from "@/lib/authz/permissions";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus, Role } from "@/lib/generated/prisma/enums";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { searchKey } from "@/lib/text/slug";
import { EMPTY_DOC, richTextDocSchema, type RichTextDoc } from "./rich-text";
import type { ArticleListFilters } from "./schemas";
import { articlePolicyScope } from "./policy-scope";
import { CONTENT_COLUMNS } from "./revision-content";
import { ARTICLE_WORKFLOW, articleConditions } from "./workflow";

export const ARTICLE_PAGE_SIZE = 25;
/**
 * Counting stops here: an exact count of 50,000 drafts reads 50,000 index
 * entries on every page view, while "more than 10,000" costs a bounded scan
 * and tells an editor the same thing — narrow the filters.
 */
export const ARTICLE_COUNT_LIMIT = 10_000;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// ---------------------------------------------------------------------------
// List with keyset pagination
// ---------------------------------------------------------------------------

/** Where a page ends: the (updatedAt, id) of its last row, as in the list's indexes. */
type Cursor = { updatedAt: Date; id: string };

function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.updatedAt.toISOString(), row.id])).toString("base64url");
}

/** An unreadable or forged cursor means "first page", never an error. */
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
    if (!Array.isArray(value) || value.length !== 2) return null;
    const [iso, id] = value;
    const updatedAt = new Date(typeof iso === "string" ? iso : Number.NaN);
    if (Number.isNaN(updatedAt.getTime()) || typeof id !== "string" || !UUID.test(id)) return null;
    return { updatedAt, id };
  } catch {
    return null;
  }
}

/**
 * Rows after `cursor` in the order (updatedAt desc, id asc) — or its mirror.
 * The leading `updatedAt <= x` is what lets Postgres seek in the
 * (…, updated_at DESC, id) indexes instead of reading the skipped pages.
 */
function after(cursor: Cursor, updatedDescending: boolean): Prisma.ArticleWhereInput {
  return updatedDescending
    ? { updatedAt: { lte: cursor.updatedAt }, OR: [{ updatedAt: { lt: cursor.updatedAt } }, { id: { gt: cursor.id } }] }
    : { updatedAt: { gte: cursor.updatedAt }, OR: [{ updatedAt: { gt: cursor.updatedAt } }, { id: { lt: cursor.id } }] };
}

function orderBy(updatedDescending: boolean): Prisma.ArticleOrderByWithRelationInput[] {
  return updatedDescending ? [{ updatedAt: "desc" }, { id: "asc" }] : [{ updatedAt: "asc" }, { id: "desc" }];
}

/** LIKE wildcards typed by a person are searched for literally: they are dropped from the key. */
function searchPattern(q: string | undefined): string | undefined {
  const key = q ? searchKey(q).replace(/[%_\\]/g, "").trim() : "";
  return key || undefined;
}

function filterWhere(filters: ArticleListFilters): Prisma.ArticleWhereInput {
  const text = searchPattern(filters.q);
  return {
    status: filters.status,
    locale: filters.locale,
    createdById: filters.authorId,
    categoryId: filters.categoryId,
    // search_text is already folded to lower-case ASCII; a trigram GIN index serves this LIKE.
    ...(text ? { searchText: { contains: text } } : {}),
  };
}

/**
 * Index filters are counted along the list's own index, stopping after the
 * limit. A text search is counted from its trigram bitmap instead, which is
 * cheaper than ordering its matches first.
 */
function countArticles(where: Prisma.ArticleWhereInput, isTextSearch: boolean): Promise<number> {
  if (isTextSearch) return db.article.count({ where });
  return db.article.count({ where, orderBy: orderBy(true), take: ARTICLE_COUNT_LIMIT + 1 });
}

export type ArticleListItem = {
  id: string;
  title: string;
  locale: string;
  status: ArticleStatus;
  updatedAt: Date;
  categoryName: string | null;
  authorNames: string[];
  createdByName: string;
};

export type ArticleListPage = {
  items: ArticleListItem[];
  /** Matching articles, up to ARTICLE_COUNT_LIMIT; `totalIsCapped` when there are more. */
  total: number;
  totalIsCapped: boolean;
  nextCursor: string | null;
  previousCursor: string | null;
};

/**
 * One page of the newsroom's article list. Only orderings that match the
 * (filter…, updated_at DESC, id) indexes are served, so a page costs an index
 * seek at 100,000 articles; the created-* sorts of the filter schema have no
 * index behind them and fall back to the default order.
 */
export async function listArticles({
  actor,
  filters,
  locale,
}: {
  actor: Actor;
  filters: ArticleListFilters;
  /** Language for category names. */
  locale?: Locale;
}): Promise<ArticleListPage> {
  assertCan(actor, "article.read");
  const cursor = decodeCursor(filters.cursor);
  const ascending = filters.sort === "updated-asc";
  const backwards = Boolean(cursor) && filters.direction === "prev";
  // Walking back from a cursor reads the mirrored order, then flips the page.
  const scanDescending = ascending === backwards;
  const where = filterWhere(filters);

  const [rows, total] = await Promise.all([
    db.article.findMany({
      where: cursor ? { AND: [where, after(cursor, scanDescending)] } : where,
      orderBy: orderBy(scanDescending),
      take: ARTICLE_PAGE_SIZE + 1,
      select: {
        id: true,
        title: true,
        locale: true,
        status: true,
        updatedAt: true,
        createdBy: { select: { name: true } },
        category: { select: { key: true, translations: { where: { locale: locale ?? "vi" }, select: { name: true } } } },
        authors: { orderBy: { position: "asc" }, select: { user: { select: { name: true } } } },
      },
    }),
    countArticles(where, Boolean(searchPattern(filters.q))),
  ]);

  const hasMore = rows.length > ARTICLE_PAGE_SIZE;
  const page = rows.slice(0, ARTICLE_PAGE_SIZE);
  if (backwards) page.reverse();
  const first = page[0];
  const last = page[page.length - 1];

  return {
    items: page.map((row) => ({
      id: row.id,
      title: row.title,
      locale: row.locale,
      status: row.status,
      updatedAt: row.updatedAt,
      categoryName: row.category ? (row.category.translations[0]?.name ?? row.category.key) : null,
      authorNames: row.authors.map((author) => author.user.name),
      createdByName: row.createdBy.name,
    })),
    total: Math.min(total, ARTICLE_COUNT_LIMIT),
    totalIsCapped: total > ARTICLE_COUNT_LIMIT,
    nextCursor: last && (backwards || hasMore) ? encodeCursor(last) : null,
    previousCursor: first && (backwards ? hasMore : Boolean(cursor)) ? encodeCursor(first) : null,
  };
}

// ---------------------------------------------------------------------------
// Editor
// ---------------------------------------------------------------------------

export type ArticleTransitionOption = { to: ArticleStatus; requiresNote: boolean };

export type ArticleTimelineEntry = {
  id: string;
  from: ArticleStatus;
  to: ArticleStatus;
  note: string | null;
  actorName: string;
  at: string;
};

export type ArticleTranslationLink = { id: string; locale: string; title: string; status: ArticleStatus };

/** Everything the editor page shows; dates as ISO strings so it crosses into client components as is. */
export type ArticleEditorData = {
  id: string;
  translationGroupId: string;
  locale: Locale;
  status: ArticleStatus;
  version: number;
  title: string;
  slug: string;
  sapo: string;
  body: RichTextDoc;
  categoryId: string | null;
  byline: string;
  sourceLine: string;
  coverImageUrl: string | null;
  seoTitle: string;
  metaDescription: string;
  socialImageUrl: string | null;
  canonicalUrl: string | null;
  tags: string[];
  authors: { id: string; name: string }[];
  createdBy: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  publishedAt: string | null;
  /** The slug readers reach the published snapshot under, when one is live. */
  publishedSlug: string | null;
  canEdit: boolean;
  allowedTransitions: ArticleTransitionOption[];
  timeline: ArticleTimelineEntry[];
  translations: ArticleTranslationLink[];
  /** Locales this story has no article in yet, when the actor may create one. */
  missingLocales: Locale[];
};

/** A body stored before the allow-list existed (or edited by hand) opens as an empty document, not a crash. */
function editorBody(body: unknown): RichTextDoc {
  const parsed = richTextDocSchema.safeParse(body);
  return parsed.success ? (parsed.data as RichTextDoc) : EMPTY_DOC;
}

export async function getArticleForEditor({ actor, articleId }: { actor: Actor; articleId: string }): Promise<ArticleEditorData> {
  assertCan(actor, "article.read");
  if (!UUID.test(articleId)) throw notFound();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      translationGroupId: true,
      locale: true,
      status: true,
      version: true,
      ...CONTENT_COLUMNS,
      createdAt: true,
      updatedAt: true,
      publishedAt: true,
      createdBy: { select: { id: true, name: true } },
      createdById: true,
      assignment: { select: { writerId: true } },
      authors: { orderBy: { position: "asc" }, select: { user: { select: { id: true, name: true } } } },
      tags: { orderBy: { createdAt: "asc" }, select: { tag: { select: { name: true } } } },
      published: { select: { slug: true } },
      transitions: {
        orderBy: { createdAt: "asc" },
        select: { id: true, fromStatus: true, toStatus: true, note: true, createdAt: true, actor: { select: { name: true } } },
      },
      translationGroup: {
        select: { articles: { select: { id: true, locale: true, title: true, status: true }, orderBy: { locale: "asc" } } },
      },
    },
  });
  if (!article || !isLocale(article.locale)) throw notFound();

  const scope = articlePolicyScope(article);
  const allowedTransitions = ARTICLE_WORKFLOW.allowedTargets(actor, scope, articleConditions(article)).map((to) => ({
    to,
    requiresNote: Boolean(ARTICLE_WORKFLOW.rule(article.status, to, articleConditions(article))?.requiresNote),
  }));
  const siblings = article.translationGroup.articles;
  const present = new Set(siblings.map((sibling) => sibling.locale));

  return {
    id: article.id,
    translationGroupId: article.translationGroupId,
    locale: article.locale,
    status: article.status,
    version: article.version,
    title: article.title,
    slug: article.slug,
    sapo: article.sapo,
    body: editorBody(article.body),
    categoryId: article.categoryId,
    byline: article.byline,
    sourceLine: article.sourceLine,
    coverImageUrl: article.coverImageUrl,
    seoTitle: article.seoTitle,
    metaDescription: article.metaDescription,
    socialImageUrl: article.socialImageUrl,
    canonicalUrl: article.canonicalUrl,
    tags: article.tags.map((entry) => entry.tag.name),
    authors: article.authors.map((author) => author.user),
    createdBy: article.createdBy,
    createdAt: article.createdAt.toISOString(),
    updatedAt: article.updatedAt.toISOString(),
    publishedAt: article.publishedAt?.toISOString() ?? null,
    publishedSlug: article.published?.slug ?? null,
    canEdit: article.status !== "ARCHIVED" && can(actor, "article.edit", scope),
    allowedTransitions,
    timeline: article.transitions.map((entry) => ({
      id: entry.id,
      from: entry.fromStatus,
      to: entry.toStatus,
      note: entry.note,
      actorName: entry.actor.name,
      at: entry.createdAt.toISOString(),
    })),
    translations: siblings.filter((sibling) => sibling.id !== article.id),
    missingLocales: can(actor, "article.create") ? LOCALES.filter((locale) => !present.has(locale)) : [],
  };
}

// ---------------------------------------------------------------------------
// Pickers
// ---------------------------------------------------------------------------

export type CategoryOption = { id: string; name: string };

/** Categories in their editorial order, named in the given language (the key when untranslated). */
export async function listCategories({ actor, locale }: { actor: Actor; locale: Locale }): Promise<CategoryOption[]> {
  assertCan(actor, "article.read");
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { id: true, key: true, translations: { where: { locale }, select: { name: true } } },
  });
  return categories.map((category) => ({ id: category.id, name: category.translations[0]?.name ?? category.key }));
}

/** Roles whose holders may write articles, read from the permission table. */
const AUTHOR_ROLES = (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) =>
  (ROLE_PERMISSIONS[role] as readonly string[]).includes("article.create"),
);

export type PersonOption = { id: string; name: string };

/** Active people who can author articles, for the authors picker and the author filter. */
export async function listAuthorCandidates({ actor }: { actor: Actor }): Promise<PersonOption[]> {
  assertCan(actor, "article.read");
  return db.user.findMany({
    where: { isActive: true, roles: { hasSome: AUTHOR_ROLES } },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** A published story as the related-news picker offers it: one entry per translation group. */
export type PublishedStoryOption = { translationGroupId: string; title: string; locales: Locale[] };

const STORY_OPTION_LIMIT = 10;

/**
 * Published stories for the related-news picker, by title text or by the
 * translation groups a block already names. Only stories with a published
 * snapshot are offered; the title shown is the one published in `locale`
 * when there is one.
 */
export async function searchPublishedStories({
  actor,
  locale,
  q,
  translationGroupIds,
}: {
  actor: Actor;
  locale: Locale;
  q?: string;
  translationGroupIds?: string[];
}): Promise<PublishedStoryOption[]> {
  assertCan(actor, "article.read");
  const text = searchPattern(q);
  const ids = (translationGroupIds ?? []).filter((id) => UUID.test(id));
  if (!text && ids.length === 0) return [];
  const rows = await db.publishedArticle.findMany({
    where: ids.length ? { translationGroupId: { in: ids } } : { article: { searchText: { contains: text } } },
    orderBy: [{ publishedAt: "desc" }, { articleId: "asc" }],
    take: STORY_OPTION_LIMIT * LOCALES.length,
    select: { translationGroupId: true, title: true, locale: true },
  });
  const groups = new Map<string, PublishedStoryOption>();
  for (const row of rows) {
    if (!isLocale(row.locale)) continue;
    const group = groups.get(row.translationGroupId) ?? { translationGroupId: row.translationGroupId, title: row.title, locales: [] };
    if (row.locale === locale) group.title = row.title;
    group.locales.push(row.locale);
    groups.set(row.translationGroupId, group);
  }
  const options = [...groups.values()];
  if (ids.length) return ids.flatMap((id) => options.filter((option) => option.translationGroupId === id));
  return options.slice(0, STORY_OPTION_LIMIT);
}
