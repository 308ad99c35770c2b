/**
 * Autosave: a person's own working copy of an article, one per (article, person),
 * overwritten every few seconds of idle typing. It never touches the article row
 * or its version, so it cannot overwrite anyone's save — a peer CMS loses edits
 * because autosave there writes the shared document last-wins (Payload #15486).
 * The copy remembers the version it was typed over (`baseVersion`); bringing it
 * back into the editor resumes from that version, so the real save that follows
 * meets the same compare-and-set as any other and a newer save is a CONFLICT.
 */
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EMPTY_DOC, richTextDocSchema, type RichTextDoc } from "./rich-text";
import { ARTICLE_POLICY_SELECT, articlePolicyScope } from "./policy-scope";
import { CONTENT_COLUMNS, diffableContents, readArticleContent } from "./revision-content";
import { diffArticleContent } from "./revision-diff";
import type { WorkingCopy } from "./schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function articleScopeOrThrow({ actor, articleId }: { actor: Actor; articleId: string }) {
  assertCan(actor, "article.read");
  if (!UUID.test(articleId)) throw notFound();
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { ...ARTICLE_POLICY_SELECT, id: true, locale: true, version: true },
  });
  if (!article) throw notFound();
  return { ...article, ...articlePolicyScope(article) };
}

/** Stores the person's working copy; the article itself is not written. Answers when it was stored. */
export async function autosaveArticle({
  actor,
  articleId,
  baseVersion,
  draft,
}: {
  actor: Actor;
  articleId: string;
  baseVersion: number;
  draft: WorkingCopy;
}): Promise<{ savedAt: string }> {
  const article = await articleScopeOrThrow({ actor, articleId });
  // Only someone who could save the text may park it here.
  assertCan(actor, "article.edit", article);
  if (article.status === "ARCHIVED") throw new AppError("INVALID_TRANSITION", "articles.invalidTransition");
  const data = { ...draft, body: draft.body as Prisma.InputJsonValue, baseVersion };
  const row = await db.articleAutosave.upsert({
    where: { articleId_userId: { articleId, userId: actor.id } },
    create: { ...data, articleId, userId: actor.id },
    update: data,
    select: { updatedAt: true },
  });
  return { savedAt: row.updatedAt.toISOString() };
}

/** An autosaved copy as the editor offers it back: in the editor's own shapes. */
export type AutosaveOffer = {
  savedAt: string;
  baseVersion: number;
  /** Someone saved the story after this copy was typed: saving it will meet a conflict and a diff first. */
  isBehind: boolean;
  content: {
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
  };
};

/**
 * The person's own autosaved copy, when it holds something the saved article does
 * not. Offered even when others saved since: dropping it would lose the person's text.
 */
export async function getArticleAutosave({ actor, articleId }: { actor: Actor; articleId: string }): Promise<AutosaveOffer | null> {
  const article = await articleScopeOrThrow({ actor, articleId });
  const row = await db.articleAutosave.findUnique({
    where: { articleId_userId: { articleId, userId: actor.id } },
    select: { ...CONTENT_COLUMNS, tags: true, authorIds: true, baseVersion: true, updatedAt: true },
  });
  if (!row) return null;
  const { baseVersion, updatedAt, ...copy } = row;
  const { version: _version, ...saved } = await readArticleContent(db, articleId);
  const [a, b] = await diffableContents(db, [saved, copy], article.locale);
  if (!diffArticleContent(a, b).hasChanges) return null;
  const people = await db.user.findMany({ where: { id: { in: copy.authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(people.map((person) => [person.id, person.name]));
  const body = richTextDocSchema.safeParse(copy.body);
  const { authorIds, ...fields } = copy;
  return {
    savedAt: updatedAt.toISOString(),
    baseVersion,
    isBehind: baseVersion < article.version,
    content: {
      ...fields,
      body: body.success ? (body.data as RichTextDoc) : EMPTY_DOC,
      authors: authorIds.filter((id) => nameOf.has(id)).map((id) => ({ id, name: nameOf.get(id)! })),
    },
  };
}

/** Throws the person's own working copy away. */
export async function discardArticleAutosave({ actor, articleId }: { actor: Actor; articleId: string }): Promise<void> {
  await articleScopeOrThrow({ actor, articleId });
  await db.articleAutosave.deleteMany({ where: { articleId, userId: actor.id } });
}
