/**
 * What a trip produced: stories by the participating outlets (coverage, each
 * over its own version) and our own articles linked to the trip. Press
 * officers keep both once the trip has begun; the desk reads them.
 */
import { can, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CoverageTone } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import type { MessageKey } from "@/lib/i18n/translator";
import { isUuid } from "@/lib/text/uuid";
import { assertManagesTrip, getTripScopeOrThrow, lockTrip, recordTripActivity, type TripScope } from "./access";
import type { AddCoverageInput, RemoveCoverageInput, TripArticleInput, UpdateCoverageInput } from "./coverage-schemas";
import { COVERAGE_STATUSES } from "./workflow";

export type CoverageItem = {
  id: string;
  version: number;
  outlet: { id: string; name: string } | null;
  title: string;
  url: string;
  language: string;
  publishedOn: CalendarDate;
  reach: number | null;
  tone: CoverageTone;
};

/** After a change: enough for the caller to refresh the page and, for a public trip, the reader site. */
export type CoverageChange = { id: string; version: number; isPublicTrip: boolean };

const COVERAGE_SELECT = {
  id: true,
  version: true,
  title: true,
  url: true,
  language: true,
  publishedOn: true,
  reach: true,
  tone: true,
  outlet: { select: { id: true, name: true } },
} satisfies Prisma.TripCoverageSelect;

/** The trip's coverage, oldest story first (the order it came out in). */
export async function listTripCoverage({ actor, tripId }: { actor: Actor; tripId: string }): Promise<CoverageItem[]> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  const rows = await db.tripCoverage.findMany({ where: { tripId: trip.id }, orderBy: [{ publishedOn: "asc" }, { createdAt: "asc" }], select: COVERAGE_SELECT });
  return rows.map((row) => ({ ...row, publishedOn: calendarDateFromDb(row.publishedOn) }));
}

/** Field-level checks that need the trip and the directory; the schema has done the rest. */
async function assertCoverageFits(tx: Tx, trip: TripScope, input: AddCoverageInput, coverageId?: string): Promise<void> {
  const fieldErrors: Record<string, MessageKey[]> = {};
  // A story about the trip cannot come out before the trip began.
  if (input.publishedOn < trip.startsOn) fieldErrors.publishedOn = ["coverage.beforeTrip"];
  if (input.outletId && !(await tx.outlet.findUnique({ where: { id: input.outletId }, select: { id: true } }))) fieldErrors.outletId = ["coverage.unknownOutlet"];
  const sameUrl = await tx.tripCoverage.findFirst({ where: { tripId: trip.id, url: input.url, NOT: coverageId ? { id: coverageId } : undefined }, select: { id: true } });
  if (sameUrl) fieldErrors.url = ["coverage.duplicateUrl"];
  if (Object.keys(fieldErrors).length) throw validationError(fieldErrors);
}

/** The writable fields, named one by one: parsed input is never spread into `data`. */
function coverageData(input: AddCoverageInput) {
  return {
    outletId: input.outletId,
    title: input.title,
    url: input.url,
    language: input.language,
    publishedOn: calendarDateToDb(input.publishedOn),
    reach: input.reach,
    tone: input.tone,
  };
}

/** The database's own guard against a duplicate address; the check above sees it first under the trip lock. */
function duplicateUrl(error: unknown): AppError | unknown {
  const isDuplicate =
    error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("url");
  return isDuplicate ? validationError({ url: ["coverage.duplicateUrl"] }) : error;
}

const isPublic = async (tx: Tx, tripId: string) => (await tx.trip.findUniqueOrThrow({ where: { id: tripId }, select: { isPublic: true } })).isPublic;

/**
 * Runs a coverage write under the trip's row lock, so the status and dates it
 * is checked against cannot change before the commit, and two saves of the
 * same address are decided one after the other.
 */
async function underTripLock<T>(actor: Actor, tripId: string, write: (tx: Tx, trip: TripScope) => Promise<T>): Promise<T> {
  const seen = await getTripScopeOrThrow({ actor, tripId });
  assertManagesTrip(actor, seen, COVERAGE_STATUSES);
  try {
    return await db.$transaction(async (tx) => {
      const trip = await lockTrip(tx, tripId);
      assertManagesTrip(actor, trip, COVERAGE_STATUSES);
      return write(tx, trip);
    });
  } catch (error) {
    throw duplicateUrl(error);
  }
}

export function addCoverage({ actor, input }: { actor: Actor; input: AddCoverageInput }): Promise<CoverageChange> {
  return underTripLock(actor, input.tripId, async (tx, trip) => {
    await assertCoverageFits(tx, trip, input);
    const row = await tx.tripCoverage.create({ data: { ...coverageData(input), tripId: trip.id, createdById: actor.id }, select: { id: true, version: true } });
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "COVERAGE_ADDED", detail: { coverageId: row.id, title: input.title } });
    return { ...row, isPublicTrip: await isPublic(tx, trip.id) };
  });
}

/** A zero-row compare-and-set on a story: removed meanwhile (404) or saved by someone else first (409). */
async function coverageConflictOrMissing(tx: Tx, tripId: string, coverageId: string): Promise<AppError> {
  const exists = await tx.tripCoverage.findFirst({ where: { id: coverageId, tripId }, select: { id: true } });
  return exists ? new AppError("CONFLICT", "coverage.conflict") : notFound();
}

export function updateCoverage({ actor, input }: { actor: Actor; input: UpdateCoverageInput }): Promise<CoverageChange> {
  return underTripLock(actor, input.tripId, async (tx, trip) => {
    await assertCoverageFits(tx, trip, input, input.coverageId);
    const { count } = await tx.tripCoverage.updateMany({
      where: { id: input.coverageId, tripId: trip.id, version: input.version },
      data: { ...coverageData(input), version: { increment: 1 } },
    });
    if (count === 0) throw await coverageConflictOrMissing(tx, trip.id, input.coverageId);
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "COVERAGE_UPDATED", detail: { coverageId: input.coverageId, title: input.title } });
    return { id: input.coverageId, version: input.version + 1, isPublicTrip: await isPublic(tx, trip.id) };
  });
}

export function removeCoverage({ actor, input }: { actor: Actor; input: RemoveCoverageInput }): Promise<CoverageChange> {
  return underTripLock(actor, input.tripId, async (tx, trip) => {
    const row = await tx.tripCoverage.findFirst({ where: { id: input.coverageId, tripId: trip.id }, select: { title: true, url: true } });
    const { count } = await tx.tripCoverage.deleteMany({ where: { id: input.coverageId, tripId: trip.id, version: input.version } });
    if (count === 0 || !row) throw await coverageConflictOrMissing(tx, trip.id, input.coverageId);
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "COVERAGE_REMOVED", detail: { coverageId: input.coverageId, title: row.title, url: row.url } });
    return { id: input.coverageId, version: input.version, isPublicTrip: await isPublic(tx, trip.id) };
  });
}

// ---------------------------------------------------------------------------
// Our own articles about the trip
// ---------------------------------------------------------------------------

/** Every state but a cancelled trip: an announcement may be written before the trip, a recap after. */
export const ARTICLE_LINK_STATUSES = ["IDEA", "PLANNED", "APPROVED", "INVITATIONS_SENT", "CONFIRMED", "ONGOING", "COMPLETED", "REPORTED"] as const;

/**
 * Whether the actor may see (and so link) this article: anyone with
 * "article.read" any article; a press officer, who reads no drafts, only a
 * story readers can already see. Anything else is unknown to them (404).
 */
async function assertArticleVisible(actor: Actor, articleId: string): Promise<void> {
  if (!isUuid(articleId)) throw notFound();
  const visible = can(actor, "article.read")
    ? await db.article.findUnique({ where: { id: articleId }, select: { id: true } })
    : await db.publishedArticle.findUnique({ where: { articleId }, select: { articleId: true } });
  if (!visible) throw notFound();
}

export async function linkTripArticle({ actor, input }: { actor: Actor; input: TripArticleInput }): Promise<{ isPublicTrip: boolean }> {
  const seen = await getTripScopeOrThrow({ actor, tripId: input.tripId });
  assertManagesTrip(actor, seen, ARTICLE_LINK_STATUSES);
  await assertArticleVisible(actor, input.articleId);
  return db.$transaction(async (tx) => {
    const trip = await lockTrip(tx, input.tripId);
    assertManagesTrip(actor, trip, ARTICLE_LINK_STATUSES);
    // Linking twice is the same link: no second row, no second history line.
    const { count } = await tx.tripArticle.createMany({ data: [{ tripId: trip.id, articleId: input.articleId, linkedById: actor.id }], skipDuplicates: true });
    if (count > 0) await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "ARTICLE_LINKED", detail: { articleId: input.articleId } });
    return { isPublicTrip: await isPublic(tx, trip.id) };
  });
}

export async function unlinkTripArticle({ actor, input }: { actor: Actor; input: TripArticleInput }): Promise<{ isPublicTrip: boolean }> {
  const seen = await getTripScopeOrThrow({ actor, tripId: input.tripId });
  assertManagesTrip(actor, seen, ARTICLE_LINK_STATUSES);
  return db.$transaction(async (tx) => {
    const trip = await lockTrip(tx, input.tripId);
    assertManagesTrip(actor, trip, ARTICLE_LINK_STATUSES);
    const { count } = await tx.tripArticle.deleteMany({ where: { tripId: trip.id, articleId: input.articleId } });
    if (count === 0) throw notFound();
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "ARTICLE_UNLINKED", detail: { articleId: input.articleId } });
    return { isPublicTrip: await isPublic(tx, trip.id) };
  });
}
