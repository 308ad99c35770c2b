/**
 * The writable content of an article as revisions and autosaves keep it, and the
 * one place that writes a revision. Kept apart from revisions.ts (queries and
 * restore) because mutations.ts calls it inside its transactions.
 */
import type { Db, Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleRevisionKind } from "@/lib/generated/prisma/enums";
import type { DiffableContent } from "./revision-diff";

export type ArticleContent = {
  title: string;
  slug: string;
  sapo: string;
  body: unknown;
  categoryId: string | null;
  byline: string;
  sourceLine: string;
  coverImageUrl: string | null;
  seoTitle: string;
  metaDescription: string;
  socialImageUrl: string | null;
  canonicalUrl: string | null;
  tags: string[];
  authorIds: string[];
};

/** The scalar content columns, shared by article, revision and autosave rows. */
export const CONTENT_COLUMNS = {
  title: true,
  slug: true,
  sapo: true,
  body: true,
  categoryId: true,
  byline: true,
  sourceLine: true,
  coverImageUrl: true,
  seoTitle: true,
  metaDescription: true,
  socialImageUrl: true,
  canonicalUrl: true,
} as const;

/** The content as the article row holds it now (inside a transaction: as this transaction wrote it). */
export async function readArticleContent(client: Tx | Db, articleId: string): Promise<ArticleContent & { version: number }> {
  const row = await client.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      ...CONTENT_COLUMNS,
      version: true,
      tags: { orderBy: [{ createdAt: "asc" }, { tag: { name: "asc" } }], select: { tag: { select: { name: true } } } },
      authors: { orderBy: { position: "asc" }, select: { userId: true } },
    },
  });
  const { tags, authors, ...rest } = row;
  return { ...rest, tags: tags.map((entry) => entry.tag.name), authorIds: authors.map((author) => author.userId) };
}

export type RevisionOrigin = { kind: Extract<ArticleRevisionKind, "SAVED" | "CREATED"> } | { kind: "RESTORED"; restoredFromNumber: number };

/**
 * Writes the next revision from what the article row holds now. Called in the
 * same transaction as the write it records, after the compare-and-set: a save
 * that loses its race rolls back and leaves no revision, and the row lock the
 * winning update holds keeps the numbering free of gaps and duplicates.
 */
export async function recordRevision(tx: Tx, { articleId, authorId, origin }: { articleId: string; authorId: string; origin: RevisionOrigin }) {
  const content = await readArticleContent(tx, articleId);
  const last = await tx.articleRevision.findFirst({ where: { articleId }, orderBy: { number: "desc" }, select: { number: true } });
  const { version, body, ...rest } = content;
  await tx.articleRevision.create({
    data: {
      ...rest,
      body: body as Prisma.InputJsonValue,
      articleId,
      number: (last?.number ?? 0) + 1,
      version,
      kind: origin.kind,
      restoredFromNumber: origin.kind === "RESTORED" ? origin.restoredFromNumber : null,
      authorId,
    },
  });
}

/** Content with category and author ids replaced by the names people read, for the diff. */
export async function diffableContents(client: Tx | Db, contents: ArticleContent[], locale: string): Promise<DiffableContent[]> {
  const categoryIds = [...new Set(contents.map((c) => c.categoryId).filter((id): id is string => Boolean(id)))];
  const userIds = [...new Set(contents.flatMap((c) => c.authorIds))];
  const [categories, people] = await Promise.all([
    client.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, key: true, translations: { where: { locale }, select: { name: true } } } }),
    client.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } }),
  ]);
  const categoryName = new Map(categories.map((c) => [c.id, c.translations[0]?.name ?? c.key]));
  const personName = new Map(people.map((p) => [p.id, p.name]));
  return contents.map(({ categoryId, authorIds, ...rest }) => ({
    ...rest,
    // A category deleted since keeps its id in history; the id is what is left to show.
    category: categoryId ? (categoryName.get(categoryId) ?? categoryId) : null,
    authors: authorIds.map((id) => personName.get(id) ?? id),
  }));
}
