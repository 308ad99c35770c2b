/**
 * "My work": what is on the signed-in person's desk. Stories assigned to them
 * (as writer or editor), stories waiting for a step only they can take, and
 * open comment threads on their stories. Which workflow queues a person sees
 * follows their permissions, not their role names:
 *   article.review   → IN_REVIEW stories whose editor is them or not yet assigned
 *   article.publish  → APPROVED stories
 *   anyone who writes → their own stories sent back (CHANGES_REQUESTED)
 * "Their own" means created by them or assigned to them as writer. Every list
 * is capped; the page links to the full article list for the rest.
 */
import { can, assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { isOverdue } from "./assignments";

export const MY_WORK_LIMIT = 20;

export type MyWorkArticle = {
  id: string;
  title: string;
  locale: string;
  status: ArticleStatus;
  updatedAt: string;
  dueDate: CalendarDate | null;
  isOverdue: boolean;
  /** The parts the person holds on it. */
  asWriter: boolean;
  asEditor: boolean;
};

export type MyWorkComment = {
  id: string;
  articleId: string;
  articleTitle: string;
  authorName: string;
  body: string;
  createdAt: string;
  replyCount: number;
};

export type MyWorkList<T> = { items: T[]; hasMore: boolean };

export type MyWork = {
  assigned: MyWorkList<MyWorkArticle>;
  /** Present only for people who can take the step. */
  toReview: MyWorkList<MyWorkArticle> | null;
  toPublish: MyWorkList<MyWorkArticle> | null;
  sentBack: MyWorkList<MyWorkArticle> | null;
  openComments: MyWorkList<MyWorkComment>;
};

/** Finished work is off the desk. */
const OFF_THE_DESK: ArticleStatus[] = ["PUBLISHED", "UNPUBLISHED", "ARCHIVED"];

const ARTICLE_SELECT = {
  id: true,
  title: true,
  locale: true,
  status: true,
  updatedAt: true,
  assignment: { select: { writerId: true, editorId: true, dueDate: true } },
} as const;

function capped<T>(rows: T[]): MyWorkList<T> {
  return { items: rows.slice(0, MY_WORK_LIMIT), hasMore: rows.length > MY_WORK_LIMIT };
}

function toItem(actor: Actor, now: Date) {
  return (row: Prisma.ArticleGetPayload<{ select: typeof ARTICLE_SELECT }>): MyWorkArticle => {
    const dueDate = row.assignment?.dueDate ? calendarDateFromDb(row.assignment.dueDate) : null;
    return {
      id: row.id,
      title: row.title,
      locale: row.locale,
      status: row.status,
      updatedAt: row.updatedAt.toISOString(),
      dueDate,
      isOverdue: isOverdue(dueDate, row.status, now),
      asWriter: row.assignment?.writerId === actor.id,
      asEditor: row.assignment?.editorId === actor.id,
    };
  };
}

/** Stories in `status`, the longest waiting first (the (status, updated_at, id) index, read backwards). */
async function queue(actor: Actor, now: Date, where: Prisma.ArticleWhereInput) {
  const rows = await db.article.findMany({
    where,
    orderBy: [{ updatedAt: "asc" }, { id: "desc" }],
    take: MY_WORK_LIMIT + 1,
    select: ARTICLE_SELECT,
  });
  return capped(rows.map(toItem(actor, now)));
}

export async function getMyWork({ actor, now = new Date() }: { actor: Actor; now?: Date }): Promise<MyWork> {
  assertCan(actor, "article.read");
  const mine: Prisma.ArticleWhereInput = { OR: [{ createdById: actor.id }, { assignment: { writerId: actor.id } }, { assignment: { editorId: actor.id } }] };

  const [assignments, toReview, toPublish, sentBack, comments] = await Promise.all([
    // Served by the (writer_id, due_date) and (editor_id, due_date) indexes; overdue (earliest) first.
    db.articleAssignment.findMany({
      where: { OR: [{ writerId: actor.id }, { editorId: actor.id }], article: { status: { notIn: OFF_THE_DESK } } },
      orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { articleId: "asc" }],
      take: MY_WORK_LIMIT + 1,
      select: { article: { select: ARTICLE_SELECT } },
    }),
    can(actor, "article.review")
      ? queue(actor, now, { status: "IN_REVIEW", OR: [{ assignment: null }, { assignment: { editorId: null } }, { assignment: { editorId: actor.id } }] })
      : null,
    can(actor, "article.publish") ? queue(actor, now, { status: "APPROVED" }) : null,
    can(actor, "article.create")
      ? queue(actor, now, { status: "CHANGES_REQUESTED", OR: [{ createdById: actor.id }, { assignment: { writerId: actor.id } }] })
      : null,
    can(actor, "article.comment")
      ? db.articleComment.findMany({
          where: { parentId: null, resolvedAt: null, deletedAt: null, article: mine },
          orderBy: [{ createdAt: "desc" }, { id: "asc" }],
          take: MY_WORK_LIMIT + 1,
          select: {
            id: true,
            articleId: true,
            body: true,
            createdAt: true,
            author: { select: { name: true } },
            article: { select: { title: true } },
            _count: { select: { replies: true } },
          },
        })
      : [],
  ]);

  return {
    assigned: capped(assignments.map((row) => toItem(actor, now)(row.article))),
    toReview,
    toPublish,
    sentBack,
    openComments: capped(
      comments.map((row) => ({
        id: row.id,
        articleId: row.articleId,
        articleTitle: row.article.title,
        authorName: row.author.name,
        body: row.body,
        createdAt: row.createdAt.toISOString(),
        replyCount: row._count.replies,
      })),
    ),
  };
}
