import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TripActivityKind, TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { isUuid } from "@/lib/text/uuid";

/**
 * What every part of a trip (details, itinerary, participants, coverage, report)
 * needs to know of it before deciding anything: its dates, status, seats and
 * versions. One loader, so each part applies the same 403/404 rules.
 */
export type TripScope = {
  id: string;
  title: string;
  status: TripStatus;
  provinceCodes: string[];
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  capacity: number;
  version: number;
  itineraryVersion: number;
  organiserId: string;
  createdById: string;
};

export const TRIP_SCOPE_SELECT = {
  id: true,
  title: true,
  status: true,
  provinceCodes: true,
  startsOn: true,
  endsOn: true,
  capacity: true,
  version: true,
  itineraryVersion: true,
  organiserId: true,
  createdById: true,
} satisfies Prisma.TripSelect;

type ScopeRow = Prisma.TripGetPayload<{ select: typeof TRIP_SCOPE_SELECT }>;

export function toTripScope(row: ScopeRow): TripScope {
  return { ...row, startsOn: calendarDateFromDb(row.startsOn), endsOn: calendarDateFromDb(row.endsOn) };
}

/** Trips are newsroom business: without "trip.read" nothing about them is shown. */
export function assertReadsTrips(actor: Actor | null | undefined): asserts actor is Actor {
  if (!can(actor, "trip.read")) throw forbidden();
}

/** A trip the actor may read; unknown and malformed ids answer 404. */
export async function getTripScopeOrThrow({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripScope> {
  assertReadsTrips(actor);
  if (!isUuid(tripId)) throw notFound();
  const row = await db.trip.findUnique({ where: { id: tripId }, select: TRIP_SCOPE_SELECT });
  if (!row) throw notFound();
  return toTripScope(row);
}

/**
 * Locks the trip's row for the rest of the transaction and reads it again, so
 * that decisions about seats, dates and status are taken on what is committed
 * now, not on what was read before the transaction (two acceptances racing for
 * the last seat wait for each other here).
 */
export async function lockTrip(tx: Tx, tripId: string): Promise<TripScope> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM trip WHERE id = ${tripId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound();
  return toTripScope(await tx.trip.findUniqueOrThrow({ where: { id: tripId }, select: TRIP_SCOPE_SELECT }));
}

/** "trip.manage", and a trip in one of the states where this part of it may still change. */
export function assertManagesTrip(actor: Actor, trip: Pick<TripScope, "status">, allowedStatuses: readonly TripStatus[]): void {
  assertCan(actor, "trip.manage");
  if (!allowedStatuses.includes(trip.status)) {
    throw new AppError("INVALID_TRANSITION", "trips.notInThisStatus", { params: { status: trip.status } });
  }
}

export type TripActivityInput = {
  tripId: string;
  actorId: string;
  kind: TripActivityKind;
  fromStatus?: TripStatus;
  toStatus?: TripStatus;
  note?: string | null;
  /** Names of changed fields, a participant's contact id, a coverage title … never contact details or needs. */
  detail?: Prisma.InputJsonValue;
};

/** A line of the trip's history, written in the same transaction as the change it records. */
export function recordTripActivity(tx: Tx, activity: TripActivityInput) {
  return tx.tripActivity.create({ data: { ...activity, note: activity.note ?? null } });
}

/** A zero-row compare-and-set on a trip: gone (404) or saved by someone else first (409). */
export async function tripConflictOrMissing(tripId: string): Promise<AppError> {
  const exists = await db.trip.findUnique({ where: { id: tripId }, select: { id: true } });
  return exists ? new AppError("CONFLICT", "trips.conflict") : notFound();
}
