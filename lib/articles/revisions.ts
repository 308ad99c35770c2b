/**
 * An article's revisions: the list, one revision, the diff of two, restoring
 * one as a new save, and comparing a person's unsaved draft with the latest save.
 * Reading follows the editor's policy (article.read); restoring is an edit.
 */
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { ArticleRevisionKind } from "@/lib/generated/prisma/enums";
import { updateArticle, type ArticleChange } from "./mutations";
import { CONTENT_COLUMNS, diffableContents, readArticleContent, type ArticleContent } from "./revision-content";
import { diffArticleContent, type ArticleDiff } from "./revision-diff";
import { updateArticleSchema, type WorkingCopy } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const REVISION_PAGE_SIZE = 50;

/** One revision as lists show it; the date as an ISO string so it crosses into client components. */
export type RevisionSummary = {
  number: number;
  version: number;
  kind: ArticleRevisionKind;
  restoredFromNumber: number | null;
  /** Who saved it; null for the BASELINE of an article older than revision history. */
  authorName: string | null;
  createdAt: string;
};

export type RevisionDetail = RevisionSummary & { content: ArticleContent };

const SUMMARY_SELECT = {
  number: true,
  version: true,
  kind: true,
  restoredFromNumber: true,
  createdAt: true,
  author: { select: { name: true } },
} as const;

type SummaryRow = {
  number: number;
  version: number;
  kind: ArticleRevisionKind;
  restoredFromNumber: number | null;
  createdAt: Date;
  author: { name: string } | null;
};

function summaryOf(row: SummaryRow): RevisionSummary {
  return {
    number: row.number,
    version: row.version,
    kind: row.kind,
    restoredFromNumber: row.restoredFromNumber,
    authorName: row.author?.name ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The article the revisions belong to, in the editor's scope: unknown ids are NOT_FOUND. */
async function articleOrThrow({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.read");
  if (!UUID.test(articleId)) throw notFound();
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, locale: true, version: true } });
  if (!article) throw notFound();
  return article;
}

export type RevisionPage = { items: RevisionSummary[]; nextBefore: number | null };

/** Newest first, a page at a time: `before` is the number the previous page ended at. */
export async function listArticleRevisions({
  actor,
  articleId,
  before,
  limit = REVISION_PAGE_SIZE,
}: {
  actor: Actor;
  articleId: string;
  before?: number;
  limit?: number;
}): Promise<RevisionPage> {
  await articleOrThrow({ actor, articleId });
  const rows = await db.articleRevision.findMany({
    where: { articleId, ...(before ? { number: { lt: before } } : {}) },
    orderBy: { number: "desc" },
    take: limit + 1,
    select: SUMMARY_SELECT,
  });
  const items = rows.slice(0, limit).map(summaryOf);
  return { items, nextBefore: rows.length > limit ? items[items.length - 1].number : null };
}

async function revisionOrThrow(articleId: string, number: number): Promise<RevisionDetail> {
  if (!Number.isSafeInteger(number) || number < 1) throw notFound();
  const row = await db.articleRevision.findUnique({
    where: { articleId_number: { articleId, number } },
    select: { ...SUMMARY_SELECT, ...CONTENT_COLUMNS, tags: true, authorIds: true },
  });
  if (!row) throw notFound();
  const { number: n, version, kind, restoredFromNumber, createdAt, author, ...content } = row;
  return { ...summaryOf({ number: n, version, kind, restoredFromNumber, createdAt, author }), content };
}

export async function getRevisionOrThrow({ actor, articleId, number }: { actor: Actor; articleId: string; number: number }): Promise<RevisionDetail> {
  await articleOrThrow({ actor, articleId });
  return revisionOrThrow(articleId, number);
}

export type RevisionComparison = { from: RevisionSummary; to: RevisionSummary; diff: ArticleDiff };

/** What changed from revision `from` to revision `to`; category names in `locale` (default: the article's). */
export async function diffRevisions({
  actor,
  articleId,
  from,
  to,
  locale,
}: {
  actor: Actor;
  articleId: string;
  from: number;
  to: number;
  locale?: string;
}): Promise<RevisionComparison> {
  const article = await articleOrThrow({ actor, articleId });
  const [before, after] = await Promise.all([revisionOrThrow(articleId, from), revisionOrThrow(articleId, to)]);
  const [a, b] = await diffableContents(db, [before.content, after.content], locale ?? article.locale);
  const { content: _before, ...fromSummary } = before;
  const { content: _after, ...toSummary } = after;
  return { from: fromSummary, to: toSummary, diff: diffArticleContent(a, b) };
}

/**
 * Brings a revision's content back as a new save: the same compare-and-set as an
 * edit (a stale `version` is CONFLICT and writes nothing; a published story starts
 * a new draft while readers keep the published snapshot), recorded as RESTORED.
 */
export async function restoreRevision({
  actor,
  articleId,
  revisionNumber,
  version,
}: {
  actor: Actor;
  articleId: string;
  revisionNumber: number;
  version: number;
}): Promise<ArticleChange> {
  await articleOrThrow({ actor, articleId });
  const { content } = await revisionOrThrow(articleId, revisionNumber);
  // A category deleted since the revision cannot be pointed at again; the story goes back uncategorised.
  const categoryExists = content.categoryId ? Boolean(await db.category.findUnique({ where: { id: content.categoryId }, select: { id: true } })) : false;
  // Through the update schema, so a restore meets exactly the rules a save meets.
  const input = updateArticleSchema.parse({
    ...content,
    articleId,
    version,
    categoryId: categoryExists ? content.categoryId : null,
    coverImageUrl: content.coverImageUrl ?? "",
    socialImageUrl: content.socialImageUrl ?? "",
    canonicalUrl: content.canonicalUrl ?? "",
  });
  return updateArticle({ actor, input, origin: { kind: "RESTORED", restoredFromNumber: revisionNumber } });
}

export type DraftComparison = {
  /** The article's version now: saving the draft over it is a deliberate overwrite of what the diff shows. */
  latestVersion: number;
  latest: RevisionSummary | null;
  diff: ArticleDiff;
};

/** What a person's unsaved draft changes relative to the article as last saved (for a conflict, by someone else). */
export async function compareDraftWithLatest({
  actor,
  articleId,
  draft,
  locale,
}: {
  actor: Actor;
  articleId: string;
  draft: WorkingCopy;
  locale?: string;
}): Promise<DraftComparison> {
  const article = await articleOrThrow({ actor, articleId });
  const [saved, latestRow] = await Promise.all([
    readArticleContent(db, articleId),
    db.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: SUMMARY_SELECT }),
  ]);
  const { version, ...savedContent } = saved;
  const [a, b] = await diffableContents(db, [savedContent, draft], locale ?? article.locale);
  return { latestVersion: version, latest: latestRow ? summaryOf(latestRow) : null, diff: diffArticleContent(a, b) };
}
