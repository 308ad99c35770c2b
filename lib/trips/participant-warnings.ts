import { db, type Tx } from "@/lib/db";
import type { TripParticipantStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";

/**
 * Something a press officer should know before counting on a person for a
 * trip. Never a refusal: the office may know better (an accreditation being
 * renewed, a reporter leaving the other trip early), so it is shown, not enforced.
 */
export type ParticipantWarning =
  | { kind: "OVERLAPPING_TRIP"; tripId: string; title: string; startsOn: CalendarDate; endsOn: CalendarDate; status: TripParticipantStatus }
  | { kind: "OVERLAPPING_DELEGATION"; delegationId: string; reference: string; outletName: string; arrivalOn: CalendarDate; departureOn: CalendarDate }
  | { kind: "ACCREDITATION_EXPIRES"; expiresOn: CalendarDate }
  | { kind: "ACCREDITATION_EXPIRED" }
  | { kind: "ACCREDITATION_PENDING" }
  | { kind: "ACCREDITATION_NONE" };

/** The days the people are wanted for, and the trip they are wanted on (it does not overlap itself). */
export type WarningWindow = {
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  tripId?: string;
  /** The viewer may know of delegation applications ("delegation.review"); nobody else learns one exists. */
  withDelegations?: boolean;
};

type Reader = typeof db | Tx;

/**
 * One kind of check over many people at once (one query, not one per person).
 * Each source is listed in WARNING_SOURCES, and every list that shows warnings gets it.
 */
export type WarningSource = (reader: Reader, contactIds: readonly string[], window: WarningWindow) => Promise<Map<string, ParticipantWarning[]>>;

/** Answers under which a person counts as booked on a trip: they are, or may still be, going. */
export const BOOKED_STATUSES: readonly TripParticipantStatus[] = ["INVITED", "ACCEPTED", "WAITLISTED", "ATTENDED"];

function push(map: Map<string, ParticipantWarning[]>, contactId: string, warning: ParticipantWarning) {
  const list = map.get(contactId);
  if (list) list.push(warning);
  else map.set(contactId, [warning]);
}

/** The person is booked on another, not cancelled, trip whose days meet this one's (both ends inclusive). */
export const overlappingTrips: WarningSource = async (reader, contactIds, window) => {
  const rows = await reader.tripParticipant.findMany({
    where: {
      contactId: { in: [...contactIds] },
      status: { in: [...BOOKED_STATUSES] },
      trip: {
        ...(window.tripId ? { id: { not: window.tripId } } : {}),
        status: { not: "CANCELLED" },
        startsOn: { lte: calendarDateToDb(window.endsOn) },
        endsOn: { gte: calendarDateToDb(window.startsOn) },
      },
    },
    orderBy: [{ trip: { startsOn: "asc" } }, { tripId: "asc" }],
    select: { contactId: true, status: true, trip: { select: { id: true, title: true, startsOn: true, endsOn: true } } },
  });
  const map = new Map<string, ParticipantWarning[]>();
  for (const row of rows) {
    push(map, row.contactId, {
      kind: "OVERLAPPING_TRIP",
      tripId: row.trip.id,
      title: row.trip.title,
      startsOn: calendarDateFromDb(row.trip.startsOn),
      endsOn: calendarDateFromDb(row.trip.endsOn),
      status: row.status,
    });
  }
  return map;
};

/** Delegations still in play (applied for, approved or under way). */
const ACTIVE_DELEGATION_STATUSES = ["SUBMITTED", "UNDER_REVIEW", "INFO_REQUESTED", "APPROVED", "ARRIVED", "IN_PROGRESS"] as const;

/** The person is a member of a delegation whose stay meets this window (both ends inclusive). */
export const overlappingDelegations: WarningSource = async (reader, contactIds, window) => {
  const map = new Map<string, ParticipantWarning[]>();
  if (!window.withDelegations) return map;
  const rows = await reader.delegationMember.findMany({
    where: {
      contactId: { in: [...contactIds] },
      delegation: {
        status: { in: [...ACTIVE_DELEGATION_STATUSES] },
        arrivalOn: { lte: calendarDateToDb(window.endsOn) },
        departureOn: { gte: calendarDateToDb(window.startsOn) },
      },
    },
    orderBy: [{ delegation: { arrivalOn: "asc" } }, { delegationId: "asc" }],
    select: { contactId: true, delegation: { select: { id: true, reference: true, outletName: true, arrivalOn: true, departureOn: true } } },
  });
  for (const { contactId, delegation } of rows) {
    if (!contactId || !delegation.reference || !delegation.arrivalOn || !delegation.departureOn) continue;
    push(map, contactId, {
      kind: "OVERLAPPING_DELEGATION",
      delegationId: delegation.id,
      reference: delegation.reference,
      outletName: delegation.outletName,
      arrivalOn: calendarDateFromDb(delegation.arrivalOn),
      departureOn: calendarDateFromDb(delegation.departureOn),
    });
  }
  return map;
};

/** At most one accreditation warning per person: the most telling one. */
export const accreditation: WarningSource = async (reader, contactIds, window) => {
  const rows = await reader.pressContact.findMany({
    where: { id: { in: [...contactIds] } },
    select: { id: true, accreditationStatus: true, accreditationExpiresOn: true },
  });
  const map = new Map<string, ParticipantWarning[]>();
  for (const row of rows) {
    const expiresOn = row.accreditationExpiresOn ? calendarDateFromDb(row.accreditationExpiresOn) : null;
    if (row.accreditationStatus === "EXPIRED") push(map, row.id, { kind: "ACCREDITATION_EXPIRED" });
    else if (row.accreditationStatus === "NONE") push(map, row.id, { kind: "ACCREDITATION_NONE" });
    else if (row.accreditationStatus === "PENDING") push(map, row.id, { kind: "ACCREDITATION_PENDING" });
    // The expiry date is the last valid day, so one ending on the trip's last day still covers it.
    else if (expiresOn && expiresOn < window.endsOn) push(map, row.id, { kind: "ACCREDITATION_EXPIRES", expiresOn });
  }
  return map;
};

export const WARNING_SOURCES: readonly WarningSource[] = [overlappingTrips, overlappingDelegations, accreditation];

/** Every warning for each person (an empty list for those with none), from all sources. */
export async function warningsFor(
  contactIds: readonly string[],
  window: WarningWindow,
  reader: Reader = db,
): Promise<Map<string, ParticipantWarning[]>> {
  const result = new Map<string, ParticipantWarning[]>(contactIds.map((id) => [id, []]));
  if (contactIds.length === 0) return result;
  const found = await Promise.all(WARNING_SOURCES.map((source) => source(reader, contactIds, window)));
  for (const map of found) for (const [contactId, warnings] of map) result.get(contactId)?.push(...warnings);
  return result;
}
