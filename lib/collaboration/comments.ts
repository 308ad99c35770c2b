/**
 * Editorial comments: newsroom-only notes on an article, in threads one level
 * deep (a top-level comment and its replies). They are never copied into the
 * published snapshot and no public query reads this table. Comment text is
 * plain text, stored as typed and rendered escaped by React — never as HTML —
 * so a comment cannot inject markup into a colleague's editor (stored XSS).
 */
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import { getCollaborationArticleOrThrow, isUuid } from "./article-scope";
import type { AddCommentInput, DeleteCommentInput, EditCommentInput, ResolveCommentInput } from "./schemas";

/** A thread is long at a few dozen comments; this bounds a pathological one. */
export const COMMENTS_SHOWN = 500;

export type ArticleCommentData = {
  id: string;
  version: number;
  authorName: string;
  /** Null once deleted: the thread shows "comment deleted" in its place. */
  body: string | null;
  createdAt: string;
  editedAt: string | null;
  isDeleted: boolean;
  /** The signed-in person wrote it and it still stands: they may edit or delete it. */
  isOwn: boolean;
};

export type CommentThreadData = ArticleCommentData & {
  resolvedAt: string | null;
  resolvedByName: string | null;
  replies: ArticleCommentData[];
};

const COMMENT_SELECT = {
  id: true,
  parentId: true,
  version: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  resolvedAt: true,
  authorId: true,
  author: { select: { name: true } },
  resolvedBy: { select: { name: true } },
} as const;

/** The article's threads, oldest first, each with its replies oldest first. */
export async function listArticleComments({ actor, articleId }: { actor: Actor; articleId: string }): Promise<CommentThreadData[]> {
  await getCollaborationArticleOrThrow({ actor, articleId });
  assertCan(actor, "article.comment");
  const rows = await db.articleComment.findMany({
    where: { articleId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: COMMENTS_SHOWN,
    select: COMMENT_SELECT,
  });
  const comment = (row: (typeof rows)[number]): ArticleCommentData => ({
    id: row.id,
    version: row.version,
    authorName: row.author.name,
    body: row.deletedAt ? null : row.body,
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    isDeleted: Boolean(row.deletedAt),
    isOwn: row.authorId === actor.id && !row.deletedAt,
  });
  const threads = new Map<string, CommentThreadData>();
  for (const row of rows) {
    if (row.parentId) continue;
    threads.set(row.id, { ...comment(row), resolvedAt: row.resolvedAt?.toISOString() ?? null, resolvedByName: row.resolvedBy?.name ?? null, replies: [] });
  }
  for (const row of rows) if (row.parentId) threads.get(row.parentId)?.replies.push(comment(row));
  return [...threads.values()];
}

/** Adds a comment, or a reply; a reply to a reply joins its thread, so threads stay one level deep. */
export async function addComment({ actor, input }: { actor: Actor; input: AddCommentInput }): Promise<{ id: string }> {
  const article = await getCollaborationArticleOrThrow({ actor, articleId: input.articleId });
  assertCan(actor, "article.comment");
  let parentId: string | null = null;
  if (input.parentId) {
    const parent = await db.articleComment.findUnique({ where: { id: input.parentId }, select: { articleId: true, parentId: true } });
    // A comment of another article is not a parent here, whatever its id.
    if (!parent || parent.articleId !== article.id) throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { parentId: ["validation.invalid"] } });
    parentId = parent.parentId ?? input.parentId;
  }
  return db.articleComment.create({ data: { articleId: article.id, parentId, authorId: actor.id, body: input.body }, select: { id: true } });
}

/** A comment the actor may see: on an article they read, with the permission to comment. */
async function getCommentOrThrow({ actor, commentId }: { actor: Actor; commentId: string }) {
  assertCan(actor, "article.comment");
  if (!isUuid(commentId)) throw notFound();
  const comment = await db.articleComment.findUnique({ where: { id: commentId }, select: { id: true, articleId: true, parentId: true, authorId: true, deletedAt: true, version: true } });
  if (!comment) throw notFound();
  return comment;
}

function changedMeanwhile(): AppError {
  return new AppError("CONFLICT", "collaboration.comments.conflict");
}

/** Compare-and-set on the comment's version: a stale edit, delete or resolve changes nothing. */
async function updateIfUnchanged(commentId: string, version: number, data: Parameters<typeof db.articleComment.updateMany>[0]["data"]) {
  const { count } = await db.articleComment.updateMany({ where: { id: commentId, version, deletedAt: null }, data: { ...data, version: { increment: 1 } } });
  if (count === 0) throw changedMeanwhile();
}

/** Only its author edits a comment, and only while it stands. */
async function getOwnCommentOrThrow({ actor, commentId }: { actor: Actor; commentId: string }) {
  const comment = await getCommentOrThrow({ actor, commentId });
  if (comment.authorId !== actor.id) throw forbidden();
  if (comment.deletedAt) throw new AppError("CONFLICT", "collaboration.comments.alreadyDeleted");
  return comment;
}

export async function editComment({ actor, input, now = new Date() }: { actor: Actor; input: EditCommentInput; now?: Date }): Promise<void> {
  await getOwnCommentOrThrow({ actor, commentId: input.commentId });
  await updateIfUnchanged(input.commentId, input.version, { body: input.body, editedAt: now });
}

/**
 * Deleting keeps the row, so the replies keep their thread; the text itself is
 * erased, not hidden, and the thread shows "comment deleted" in its place.
 */
export async function deleteComment({ actor, input, now = new Date() }: { actor: Actor; input: DeleteCommentInput; now?: Date }): Promise<void> {
  await getOwnCommentOrThrow({ actor, commentId: input.commentId });
  await updateIfUnchanged(input.commentId, input.version, { body: "", deletedAt: now });
}

/** Resolves or reopens a thread (top-level comments only), recording who and when. */
export async function setCommentResolved({ actor, input, now = new Date() }: { actor: Actor; input: ResolveCommentInput; now?: Date }): Promise<void> {
  const comment = await getCommentOrThrow({ actor, commentId: input.commentId });
  if (comment.parentId) throw new AppError("VALIDATION", "collaboration.comments.repliesNotResolvable");
  const { count } = await db.articleComment.updateMany({
    where: { id: comment.id, version: input.version },
    data: input.resolved ? { resolvedAt: now, resolvedById: actor.id, version: { increment: 1 } } : { resolvedAt: null, resolvedById: null, version: { increment: 1 } },
  });
  if (count === 0) throw changedMeanwhile();
}

/** The article a comment belongs to, for revalidating its editor page after a change. */
export async function articleIdOfComment(commentId: string): Promise<string | null> {
  if (!isUuid(commentId)) return null;
  return (await db.articleComment.findUnique({ where: { id: commentId }, select: { articleId: true } }))?.articleId ?? null;
}
