import { can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BudgetCategory, TripActivityKind, TripParticipantStatus, TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { compareText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { searchKey } from "@/lib/text/slug";
import { isUuid } from "@/lib/text/uuid";
import { assertReadsTrips, getTripScopeOrThrow, type TripScope } from "./access";
import { budgetTotals, type BudgetTotals } from "./budget";
import { DETAILS_EDITABLE_STATUSES, ORGANISER_ROLES } from "./mutations";
import { TRIP_DETAIL_FIELDS, type TripDetailField, type TripListFilters } from "./schemas";
import { SEAT_HOLDING } from "./seats";
import { TRIP_WORKFLOW } from "./workflow";

export const TRIPS_PAGE_SIZE = 25;

export type TripListItem = {
  id: string;
  title: string;
  status: TripStatus;
  provinceCodes: string[];
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  capacity: number;
  takenSeats: number;
  organiser: { id: string; name: string };
};
export type TripListPage = { items: TripListItem[]; nextCursor: string | null };

type Cursor = { startsOn: CalendarDate; id: string };

function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.startsOn, row.id])).toString("base64url");
}

/** An unreadable or forged cursor means "first page", never an error. */
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [startsOn, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    if (typeof startsOn !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(startsOn) || !isUuid(id)) return null;
    return { startsOn, id };
  } catch {
    return null;
  }
}

/** Folded search text ("Đắk Lắk" = "dak lak"); LIKE wildcards are dropped. */
function searchTerm(q: string | undefined): string {
  return q ? searchKey(q).replace(/[%_\\]/g, "").trim() : "";
}

/** Trips overlapping a period: they end on or after its first day and start on or before its last. */
export function overlapping(from: CalendarDate | undefined, to: CalendarDate | undefined): Prisma.TripWhereInput {
  return {
    ...(from ? { endsOn: { gte: calendarDateToDb(from) } } : {}),
    ...(to ? { startsOn: { lte: calendarDateToDb(to) } } : {}),
  };
}

/** Seats taken per trip, for a page of trips in one query. */
async function seatsByTrip(tripIds: string[]): Promise<Map<string, number>> {
  if (tripIds.length === 0) return new Map();
  const rows = await db.tripParticipant.groupBy({
    by: ["tripId"],
    where: { tripId: { in: tripIds }, status: { in: [...SEAT_HOLDING] } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.tripId, row._count._all]));
}

/** One page of trips, latest start first, in the order of the (starts_on, id) indexes. */
export async function listTrips({ actor, filters }: { actor: Actor; filters: TripListFilters }): Promise<TripListPage> {
  assertReadsTrips(actor);
  const text = searchTerm(filters.q);
  const cursor = decodeCursor(filters.cursor);
  const where: Prisma.TripWhereInput = {
    status: filters.status,
    organiserId: filters.organiserId,
    ...(filters.provinceCode ? { provinceCodes: { has: filters.provinceCode } } : {}),
    ...(text ? { searchText: { contains: text } } : {}),
    ...overlapping(filters.from, filters.to),
  };
  const after: Prisma.TripWhereInput | null = cursor && {
    OR: [{ startsOn: { lt: calendarDateToDb(cursor.startsOn) } }, { startsOn: calendarDateToDb(cursor.startsOn), id: { lt: cursor.id } }],
  };
  const rows = await db.trip.findMany({
    where: after ? { AND: [where, after] } : where,
    orderBy: [{ startsOn: "desc" }, { id: "desc" }],
    take: TRIPS_PAGE_SIZE + 1,
    select: {
      id: true,
      title: true,
      status: true,
      provinceCodes: true,
      startsOn: true,
      endsOn: true,
      capacity: true,
      organiser: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, TRIPS_PAGE_SIZE);
  const seats = await seatsByTrip(page.map((row) => row.id));
  const items = page.map((row) => ({
    ...row,
    startsOn: calendarDateFromDb(row.startsOn),
    endsOn: calendarDateFromDb(row.endsOn),
    takenSeats: seats.get(row.id) ?? 0,
  }));
  const last = items[items.length - 1];
  return { items, nextCursor: last && rows.length > TRIPS_PAGE_SIZE ? encodeCursor(last) : null };
}

export type TripBudgetLineDto = { id: string; category: BudgetCategory; description: string; quantity: number; unitCost: string; currency: string };

export type TripDetail = TripScope & {
  topic: string;
  goals: string;
  partnerAuthority: string;
  cancelReason: string | null;
  organiser: { id: string; name: string };
  escorts: { id: string; latinName: string; nativeName: string }[];
  budgetLines: TripBudgetLineDto[];
  budgetTotals: BudgetTotals;
  participantCounts: Partial<Record<TripParticipantStatus, number>>;
  takenSeats: number;
  /** The actor may edit the details now (permission and status). */
  canManage: boolean;
  canApprove: boolean;
  /** Workflow targets this actor may move the trip to from where it stands. */
  allowedTargets: TripStatus[];
  /** Targets whose edge asks for a note (a reason to cancel or to withdraw an approval). */
  noteRequiredFor: TripStatus[];
};

/** The targets an actor may move a trip to, computed on the server from the one workflow table. */
export function allowedTripTargets(actor: Actor, status: TripStatus): TripStatus[] {
  return (Object.keys(TRIP_WORKFLOW.transitions[status]) as TripStatus[]).filter((to) => {
    const rule = TRIP_WORKFLOW.rule(status, to);
    return rule !== undefined && can(actor, rule.action);
  });
}

/** Everything the trip's details page shows. 403 without "trip.read", 404 for unknown ids. */
export async function getTripDetailOrThrow({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripDetail> {
  const scope = await getTripScopeOrThrow({ actor, tripId });
  const [row, counts] = await Promise.all([
    db.trip.findUniqueOrThrow({
      where: { id: scope.id },
      select: {
        topic: true,
        goals: true,
        partnerAuthority: true,
        cancelReason: true,
        organiser: { select: { id: true, name: true } },
        escorts: { orderBy: { position: "asc" }, select: { contact: { select: { id: true, latinName: true, nativeName: true } } } },
        budgetLines: {
          orderBy: { position: "asc" },
          select: { id: true, category: true, description: true, quantity: true, unitCost: true, currency: true },
        },
      },
    }),
    db.tripParticipant.groupBy({ by: ["status"], where: { tripId: scope.id }, _count: { _all: true } }),
  ]);
  const budgetLines = row.budgetLines.map((line) => ({ ...line, unitCost: line.unitCost.toFixed(2) }));
  const participantCounts = Object.fromEntries(counts.map((count) => [count.status, count._count._all]));
  const allowedTargets = allowedTripTargets(actor, scope.status);
  return {
    ...scope,
    topic: row.topic,
    goals: row.goals,
    partnerAuthority: row.partnerAuthority,
    cancelReason: row.cancelReason,
    organiser: row.organiser,
    escorts: row.escorts.map((escort) => escort.contact),
    budgetLines,
    budgetTotals: budgetTotals(budgetLines),
    participantCounts,
    takenSeats: counts.filter((count) => SEAT_HOLDING.includes(count.status)).reduce((sum, count) => sum + count._count._all, 0),
    canManage: can(actor, "trip.manage") && DETAILS_EDITABLE_STATUSES.includes(scope.status),
    canApprove: can(actor, "trip.approve"),
    allowedTargets,
    noteRequiredFor: allowedTargets.filter((to) => TRIP_WORKFLOW.rule(scope.status, to)?.requiresNote),
  };
}

export type PersonOption = { id: string; name: string };

/** Active press officers and admins, who may organise a trip; sorted for the reader's language. */
export async function listOrganiserCandidates({ actor, locale }: { actor: Actor; locale: Locale }): Promise<PersonOption[]> {
  assertReadsTrips(actor);
  const rows = await db.user.findMany({ where: { isActive: true, roles: { hasSome: [...ORGANISER_ROLES] } }, select: { id: true, name: true }, take: 500 });
  return rows.sort((a, b) => compareText(locale, a.name, b.name));
}

/**
 * Our escort officers and interpreters in the directory, for the escort
 * picker, plus anyone already on the trip (so a role changed since does not
 * silently drop them from the form).
 */
export async function listEscortCandidates({ actor, locale, include = [] }: { actor: Actor; locale: Locale; include?: string[] }): Promise<PersonOption[]> {
  assertReadsTrips(actor);
  const rows = await db.pressContact.findMany({
    where: { mergedIntoId: null, OR: [{ role: { in: ["ESCORT_OFFICER", "INTERPRETER"] } }, { id: { in: include } }] },
    select: { id: true, latinName: true, nativeName: true },
    orderBy: [{ latinName: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows
    .map((row) => ({ id: row.id, name: row.nativeName ? `${row.latinName} (${row.nativeName})` : row.latinName }))
    .sort((a, b) => compareText(locale, a.name, b.name));
}

export type TripActivityDetail = {
  /** Fields of the details that changed (only names the history knows). */
  fields?: TripDetailField[];
  /** The person of the directory concerned, by name. */
  contactName?: string;
  /** A coverage story's or an article's title. */
  title?: string;
  participantStatus?: TripParticipantStatus;
};

export type TripActivityItem = {
  id: string;
  kind: TripActivityKind;
  actorName: string;
  createdAt: Date;
  fromStatus: TripStatus | null;
  toStatus: TripStatus | null;
  note: string | null;
  detail: TripActivityDetail;
};

const PARTICIPANT_STATUSES = new Set<string>(["INVITED", "ACCEPTED", "DECLINED", "WAITLISTED", "ATTENDED", "NO_SHOW"]);
const DETAIL_FIELDS = new Set<string>(TRIP_DETAIL_FIELDS);

/**
 * The history's `detail` is JSON written by several parts of the trip: only
 * known keys of the expected types are read, so nothing else (markup, personal
 * data, an unexpected shape) can reach the page.
 */
function readDetail(raw: Prisma.JsonValue | null): { detail: TripActivityDetail; contactId?: string } {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return { detail: {} };
  const detail: TripActivityDetail = {};
  if (Array.isArray(raw.fields)) {
    detail.fields = raw.fields.filter((field): field is TripDetailField => typeof field === "string" && DETAIL_FIELDS.has(field));
  }
  if (typeof raw.title === "string") detail.title = raw.title.slice(0, 300);
  if (typeof raw.status === "string" && PARTICIPANT_STATUSES.has(raw.status)) detail.participantStatus = raw.status as TripParticipantStatus;
  return { detail, contactId: isUuid(raw.contactId) ? raw.contactId : undefined };
}

export const TRIP_HISTORY_LIMIT = 200;

/** The trip's history, newest first, with who did it and a readable line per kind. */
export async function listTripActivity({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripActivityItem[]> {
  const scope = await getTripScopeOrThrow({ actor, tripId });
  const rows = await db.tripActivity.findMany({
    where: { tripId: scope.id },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: TRIP_HISTORY_LIMIT,
    select: { id: true, kind: true, fromStatus: true, toStatus: true, note: true, detail: true, createdAt: true, actor: { select: { name: true } } },
  });
  const read = rows.map((row) => ({ row, ...readDetail(row.detail) }));
  const contactIds = [...new Set(read.flatMap((entry) => (entry.contactId ? [entry.contactId] : [])))];
  const contacts = contactIds.length
    ? await db.pressContact.findMany({ where: { id: { in: contactIds } }, select: { id: true, latinName: true } })
    : [];
  const names = new Map(contacts.map((contact) => [contact.id, contact.latinName]));
  return read.map(({ row, detail, contactId }) => ({
    id: row.id,
    kind: row.kind,
    actorName: row.actor.name,
    createdAt: row.createdAt,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    note: row.note,
    detail: { ...detail, ...(contactId && names.has(contactId) ? { contactName: names.get(contactId) } : {}) },
  }));
}
