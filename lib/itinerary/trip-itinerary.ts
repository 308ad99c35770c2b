/**
 * The itinerary of a field trip: the shared program rules applied to a trip's
 * dates, participants, status and history.
 */
import { can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDaysBetween } from "@/lib/i18n/calendar-date";
import { compareText } from "@/lib/i18n/format";
import type { MessageKey } from "@/lib/i18n/translator";
import { assertManagesTrip, getTripScopeOrThrow, lockTrip, recordTripActivity, tripConflictOrMissing, type TripScope } from "@/lib/trips/access";
import { PLANNING_STATUSES } from "@/lib/trips/workflow";
import { groupByDay, type ProgramDay, type ProgramItem } from "./program";
import { PROGRAM_ITEM_SELECT, PROGRAM_ORDER, replaceProgramItems, toProgramItem } from "./program-store";
import { daysOutsideDates, findOverlaps, type OverlapWarning, type TimedItem } from "./rules";
import type { SaveTripItineraryInput } from "./schemas";

/** The program may change until the trip is over: plans move while it is under way too. */
export const ITINERARY_EDITABLE_STATUSES: readonly TripStatus[] = [...PLANNING_STATUSES, "ONGOING"];

/** Someone on the guest list who may be put on an item; people who declined are not. */
export type ItineraryParticipant = { contactId: string; name: string };

export type TripItinerary = {
  trip: TripScope & { partnerAuthority: string };
  days: ProgramDay<ProgramItem>[];
  items: ProgramItem[];
  participants: ItineraryParticipant[];
  warnings: OverlapWarning[];
  canEdit: boolean;
};

export const toTimedItem = (item: ProgramItem): TimedItem => ({
  key: item.id,
  activity: item.activity,
  day: item.day,
  startMinute: item.startMinute,
  endMinute: item.endMinute,
  forSubset: item.forSubset,
  attendeeContactIds: item.attendees.map((attendee) => attendee.contactId),
});

/** The programs of several trips at once (a calendar feed), each in its saved order. */
export async function listTripProgramItems(tripIds: readonly string[]): Promise<Map<string, ProgramItem[]>> {
  const rows = await db.itineraryItem.findMany({ where: { tripId: { in: [...tripIds] } }, select: PROGRAM_ITEM_SELECT, orderBy: PROGRAM_ORDER });
  const byTrip = new Map<string, ProgramItem[]>();
  for (const row of rows) if (row.tripId) byTrip.set(row.tripId, [...(byTrip.get(row.tripId) ?? []), toProgramItem(row)]);
  return byTrip;
}

/** "trip.read": the program grouped by day with attendees' names, the possible attendees, and overlaps. */
export async function getTripItinerary({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripItinerary> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  const [details, rows, participants] = await Promise.all([
    db.trip.findUniqueOrThrow({ where: { id: trip.id }, select: { partnerAuthority: true } }),
    db.itineraryItem.findMany({ where: { tripId: trip.id }, select: PROGRAM_ITEM_SELECT, orderBy: PROGRAM_ORDER }),
    db.tripParticipant.findMany({
      where: { tripId: trip.id, status: { not: "DECLINED" } },
      select: { contactId: true, contact: { select: { latinName: true } } },
    }),
  ]);
  const items = rows.map(toProgramItem);
  return {
    trip: { ...trip, partnerAuthority: details.partnerAuthority },
    days: groupByDay(items, calendarDaysBetween(trip.startsOn, trip.endsOn)),
    items,
    participants: participants
      .map((participant) => ({ contactId: participant.contactId, name: participant.contact.latinName }))
      .sort((a, b) => compareText("vi", a.name, b.name)),
    warnings: findOverlaps(items.map(toTimedItem)),
    canEdit: can(actor, "trip.manage") && ITINERARY_EDITABLE_STATUSES.includes(trip.status),
  };
}

export type SavedItinerary = { itineraryVersion: number; itemIds: string[]; warnings: OverlapWarning[] };

/**
 * Saves the whole program over the version the press officer loaded, in one
 * transaction under the trip's row lock: a stale version, a day outside the
 * trip's dates or an attendee who is not on the guest list leaves everything
 * as it was. Overlaps are returned as warnings; they never stop a save.
 */
export async function saveTripItinerary({ actor, input }: { actor: Actor; input: SaveTripItineraryInput }): Promise<SavedItinerary> {
  await getTripScopeOrThrow({ actor, tripId: input.tripId });
  return db.$transaction(async (tx) => {
    const trip = await lockTrip(tx, input.tripId);
    assertManagesTrip(actor, trip, ITINERARY_EDITABLE_STATUSES);
    if (trip.itineraryVersion !== input.itineraryVersion) throw new AppError("CONFLICT", "itinerary.conflict");

    const fieldErrors: Record<string, MessageKey[]> = {};
    for (const path of daysOutsideDates(input.items, trip)) fieldErrors[path] = ["itinerary.outsideDates"];
    const guests = new Set(
      (await tx.tripParticipant.findMany({ where: { tripId: trip.id, status: { not: "DECLINED" } }, select: { contactId: true } })).map((row) => row.contactId),
    );
    input.items.forEach((item, index) => {
      if (item.attendeeContactIds.some((contactId) => !guests.has(contactId))) fieldErrors[`items.${index}.attendeeContactIds`] = ["itinerary.notParticipant"];
    });
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "itinerary.invalidProgram", { fieldErrors });

    const replaced = await replaceProgramItems(tx, { tripId: trip.id }, input.items);
    const bumped = await tx.trip.updateMany({
      where: { id: trip.id, itineraryVersion: input.itineraryVersion },
      data: { itineraryVersion: { increment: 1 } },
    });
    if (bumped.count === 0) throw await tripConflictOrMissing(trip.id);
    await recordTripActivity(tx, {
      tripId: trip.id,
      actorId: actor.id,
      kind: "ITINERARY_SAVED",
      detail: { items: input.items.length, days: new Set(input.items.map((item) => item.day)).size, added: replaced.added, kept: replaced.kept, removed: replaced.removed },
    });
    const warnings = findOverlaps(
      input.items.map((item, index) => ({
        key: replaced.itemIds[index],
        activity: item.activity,
        day: item.day,
        startMinute: item.startMinute,
        endMinute: item.endMinute,
        forSubset: item.forSubset,
        attendeeContactIds: item.attendeeContactIds,
      })),
    );
    return { itineraryVersion: input.itineraryVersion + 1, itemIds: replaced.itemIds, warnings };
  });
}
