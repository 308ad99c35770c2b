/**
 * Assignment: who writes an article, who edits it, and by when. It is kept per
 * article rather than per story (translation group) because the Vietnamese and
 * English versions are routinely written and edited by different people on
 * different deadlines. It lives in its own row with its own version, so that
 * (re)assigning never bumps the article's content version — the one the
 * editor's optimistic concurrency compares — and cannot turn someone's save
 * into a conflict.
 */
import { ROLE_PERMISSIONS, type Permission } from "@/lib/authz/permissions";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb, todayInVietnam, type CalendarDate } from "@/lib/i18n/calendar-date";
import { getCollaborationArticleOrThrow } from "./article-scope";
import type { AssignArticleInput } from "./schemas";

export type AssignmentPerson = { id: string; name: string };

export type ArticleAssignmentData = {
  /** 0 while the article has never been assigned. */
  version: number;
  writer: AssignmentPerson | null;
  editor: AssignmentPerson | null;
  dueDate: CalendarDate | null;
  isOverdue: boolean;
  updatedAt: string | null;
  assignedByName: string | null;
};

/** Work that is finished is never late. */
const DONE_STATES = ["PUBLISHED", "UNPUBLISHED", "ARCHIVED"] as const;

export function isOverdue(dueDate: CalendarDate | null, status: string, now: Date = new Date()): boolean {
  return dueDate !== null && !(DONE_STATES as readonly string[]).includes(status) && dueDate < todayInVietnam(now);
}

const ASSIGNMENT_SELECT = {
  version: true,
  dueDate: true,
  updatedAt: true,
  writer: { select: { id: true, name: true } },
  editor: { select: { id: true, name: true } },
  assignedBy: { select: { name: true } },
} as const;

type AssignmentRow = Prisma.ArticleAssignmentGetPayload<{ select: typeof ASSIGNMENT_SELECT }>;

function toData(row: AssignmentRow | null, status: string, now: Date): ArticleAssignmentData {
  const dueDate = row?.dueDate ? calendarDateFromDb(row.dueDate) : null;
  return {
    version: row?.version ?? 0,
    writer: row?.writer ?? null,
    editor: row?.editor ?? null,
    dueDate,
    isOverdue: isOverdue(dueDate, status, now),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    assignedByName: row?.assignedBy.name ?? null,
  };
}

export async function getArticleAssignment({ actor, articleId, now = new Date() }: { actor: Actor; articleId: string; now?: Date }): Promise<ArticleAssignmentData> {
  const article = await getCollaborationArticleOrThrow({ actor, articleId });
  const row = await db.articleAssignment.findUnique({ where: { articleId }, select: ASSIGNMENT_SELECT });
  return toData(row, article.status, now);
}

/** Roles holding a permission, read from the permission table (never role names in code). */
function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => (ROLE_PERMISSIONS[role] as readonly string[]).includes(permission));
}

/** Writers are people who may write articles; editors, people who may review them. */
const ELIGIBLE_ROLES = { writer: rolesWith("article.create"), editor: rolesWith("article.review") };

export type AssignmentCandidates = { writers: AssignmentPerson[]; editors: AssignmentPerson[] };

/** Active people the assignment pickers offer. */
export async function listAssignmentCandidates({ actor }: { actor: Actor }): Promise<AssignmentCandidates> {
  assertCan(actor, "article.assign");
  const people = await db.user.findMany({
    where: { isActive: true, roles: { hasSome: [...new Set([...ELIGIBLE_ROLES.writer, ...ELIGIBLE_ROLES.editor])] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, roles: true },
  });
  const holding = (roles: Role[]) => people.filter((person) => person.roles.some((role) => roles.includes(role))).map(({ id, name }) => ({ id, name }));
  return { writers: holding(ELIGIBLE_ROLES.writer), editors: holding(ELIGIBLE_ROLES.editor) };
}

/**
 * A new person must be active and eligible for the part; whoever already holds
 * it may stay (a deactivated writer does not block moving the due date).
 */
async function checkPeople(input: AssignArticleInput, current: { writerId: string | null; editorId: string | null } | null) {
  const fieldErrors: Record<string, ["validation.invalid"]> = {};
  for (const part of ["writer", "editor"] as const) {
    const id = input[`${part}Id`];
    if (!id || id === current?.[`${part}Id`]) continue;
    const person = await db.user.findFirst({ where: { id, isActive: true, roles: { hasSome: ELIGIBLE_ROLES[part] } }, select: { id: true } });
    if (!person) fieldErrors[`${part}Id`] = ["validation.invalid"];
  }
  if (Object.keys(fieldErrors).length) throw validationError(fieldErrors);
}

function conflict(): AppError {
  return new AppError("CONFLICT", "collaboration.assignment.conflict");
}

/**
 * Sets the writer, editor and due date as a compare-and-set on the
 * assignment's own version: of two people assigning at once, one wins and the
 * other gets CONFLICT with nothing written. The first assignment is an insert
 * keyed by the article, so two first assignments race on the primary key.
 */
export async function assignArticle({ actor, input, now = new Date() }: { actor: Actor; input: AssignArticleInput; now?: Date }): Promise<ArticleAssignmentData> {
  const article = await getCollaborationArticleOrThrow({ actor, articleId: input.articleId });
  assertCan(actor, "article.assign");
  const current = await db.articleAssignment.findUnique({ where: { articleId: article.id }, select: { writerId: true, editorId: true, version: true } });
  if ((current?.version ?? 0) !== input.version) throw conflict();
  await checkPeople(input, current);

  const data = {
    writerId: input.writerId,
    editorId: input.editorId,
    dueDate: input.dueDate ? calendarDateToDb(input.dueDate) : null,
    assignedById: actor.id,
  };
  if (input.version === 0) {
    try {
      await db.articleAssignment.create({ data: { articleId: article.id, ...data } });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") throw conflict();
      throw error;
    }
  } else {
    const { count } = await db.articleAssignment.updateMany({
      where: { articleId: article.id, version: input.version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
  }
  const row = await db.articleAssignment.findUnique({ where: { articleId: article.id }, select: ASSIGNMENT_SELECT });
  return toData(row, article.status, now);
}

/** What the editor's assignment panel needs: the assignment, and the pickers when the person may assign. */
export async function getAssignmentPanelData({ actor, articleId }: { actor: Actor; articleId: string }) {
  const assignment = await getArticleAssignment({ actor, articleId });
  const canAssign = can(actor, "article.assign");
  if (!canAssign) return { assignment, canAssign, candidates: { writers: [], editors: [] } };
  const candidates = await listAssignmentCandidates({ actor });
  // Whoever holds a part stays selectable even when no longer eligible (deactivated, role changed).
  const withCurrent = (people: AssignmentPerson[], current: AssignmentPerson | null) =>
    current && !people.some((person) => person.id === current.id) ? [...people, current] : people;
  return {
    assignment,
    canAssign,
    candidates: { writers: withCurrent(candidates.writers, assignment.writer), editors: withCurrent(candidates.editors, assignment.editor) },
  };
}
