import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { listContacts, type ContactSummary } from "@/lib/contacts/queries";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccreditationStatus, PressContactRole, TripParticipantStatus, TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { compareText } from "@/lib/i18n/format";
import { isUuid } from "@/lib/text/uuid";
import { assertReadsTrips, getTripScopeOrThrow, type TripScope } from "./access";
import { warningsFor, type ParticipantWarning } from "./participant-warnings";
import { ANSWER_FROM, DETAIL_STATUSES } from "./participants";
import { SEAT_HOLDING } from "./seats";
import { ATTENDANCE_STATUSES, INVITING_STATUSES } from "./workflow";

export type ParticipantRow = {
  id: string;
  contactId: string;
  version: number;
  latinName: string;
  nativeName: string;
  nationality: string;
  role: PressContactRole;
  outlet: { id: string; name: string } | null;
  mission: { id: string; name: string } | null;
  accreditationStatus: AccreditationStatus;
  status: TripParticipantStatus;
  /** 1, 2, 3 … in the order the waitlist is promoted; null off the waitlist. */
  waitlistPosition: number | null;
  rooming: string;
  transport: string;
  notes: string;
  warnings: ParticipantWarning[];
  /** What the actor may do to this participant now (flags for the UI; the mutations decide again). */
  controls: ParticipantControls;
  /** Present only for "contact.personal" (absent, not blanked, for everyone else). */
  email?: string | null;
  phone?: string | null;
  needs?: string;
};

export type ParticipantControls = { accept: boolean; decline: boolean; attendance: boolean; remove: boolean; editDetails: boolean };

export type SeatSummary = { capacity: number; taken: number; waitlisted: number; invited: number; declined: number };

export type TripParticipantsView = {
  trip: TripScope;
  seats: SeatSummary;
  participants: ParticipantRow[];
  canManage: boolean;
  /** The actor may invite people now: "trip.manage" and a trip still taking invitations. */
  canInvite: boolean;
  canSeePersonal: boolean;
};

const contactSelect = {
  latinName: true,
  nativeName: true,
  nationality: true,
  role: true,
  accreditationStatus: true,
  outlet: { select: { id: true, name: true } },
  mission: { select: { id: true, name: true } },
} satisfies Prisma.PressContactSelect;

/** Seat holders first, then the waitlist in its order, the invited, and those who declined. */
const STATUS_ORDER: Record<TripParticipantStatus, number> = { ACCEPTED: 0, ATTENDED: 0, NO_SHOW: 0, WAITLISTED: 1, INVITED: 2, DECLINED: 3 };

/** A trip's guest list with each person's warnings and the seat count. */
export async function listTripParticipants({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripParticipantsView> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  const canSeePersonal = can(actor, "contact.personal");
  const canManage = can(actor, "trip.manage");
  const inviting = canManage && INVITING_STATUSES.includes(trip.status);
  const controlsFor = (status: TripParticipantStatus): ParticipantControls => ({
    accept: inviting && ANSWER_FROM.ACCEPTED.includes(status),
    decline: inviting && ANSWER_FROM.DECLINED.includes(status),
    attendance: canManage && ATTENDANCE_STATUSES.includes(trip.status) && SEAT_HOLDING.includes(status),
    remove: inviting,
    editDetails: canManage && DETAIL_STATUSES.includes(trip.status),
  });
  const rows = await db.tripParticipant.findMany({
    where: { tripId: trip.id },
    // The same order promoteWaitlisted uses, so position 1 is the next one promoted.
    orderBy: [{ seatRequestedAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      contactId: true,
      version: true,
      status: true,
      rooming: true,
      transport: true,
      notes: true,
      contact: { select: { ...contactSelect, email: canSeePersonal, phone: canSeePersonal, needs: canSeePersonal } },
    },
  });
  const warnings = await warningsFor(
    rows.map((row) => row.contactId),
    { startsOn: trip.startsOn, endsOn: trip.endsOn, tripId: trip.id, withDelegations: can(actor, "delegation.review") },
  );
  let position = 0;
  const participants = rows.map(({ contact, ...row }): ParticipantRow => {
    const { email, phone, needs, ...summary } = contact;
    return {
      ...row,
      ...summary,
      waitlistPosition: row.status === "WAITLISTED" ? ++position : null,
      warnings: warnings.get(row.contactId) ?? [],
      controls: controlsFor(row.status),
      ...(canSeePersonal ? { email, phone, needs } : {}),
    };
  });
  participants.sort(
    (a, b) =>
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0) ||
      compareText("vi", a.latinName, b.latinName),
  );
  const count = (statuses: readonly TripParticipantStatus[]) => participants.filter((row) => statuses.includes(row.status)).length;
  return {
    trip,
    seats: { capacity: trip.capacity, taken: count(SEAT_HOLDING), waitlisted: count(["WAITLISTED"]), invited: count(["INVITED"]), declined: count(["DECLINED"]) },
    participants,
    canManage,
    canInvite: inviting,
    canSeePersonal,
  };
}

export type InviteCandidate = Pick<ContactSummary, "id" | "latinName" | "nativeName" | "nationality" | "role" | "outlet" | "mission" | "accreditationStatus"> & {
  /** Their answer when they are already on this trip; null when they can be invited. */
  onTrip: TripParticipantStatus | null;
  warnings: ParticipantWarning[];
};

/**
 * Directory people for the invite picker, by folded name (the directory's own
 * search and first page), each with what inviting them would warn about.
 */
export async function searchInviteCandidates({ actor, tripId, q }: { actor: Actor; tripId: string; q?: string }): Promise<{ candidates: InviteCandidate[]; hasMore: boolean }> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  assertCan(actor, "trip.manage");
  const page = await listContacts({ actor, filters: { q } });
  const ids = page.items.map((item) => item.id);
  const [onTrip, warnings] = await Promise.all([
    db.tripParticipant.findMany({ where: { tripId: trip.id, contactId: { in: ids } }, select: { contactId: true, status: true } }),
    warningsFor(ids, { startsOn: trip.startsOn, endsOn: trip.endsOn, tripId: trip.id, withDelegations: can(actor, "delegation.review") }),
  ]);
  const status = new Map(onTrip.map((row) => [row.contactId, row.status]));
  return {
    candidates: page.items.map((item) => ({
      id: item.id,
      latinName: item.latinName,
      nativeName: item.nativeName,
      nationality: item.nationality,
      role: item.role,
      outlet: item.outlet,
      mission: item.mission,
      accreditationStatus: item.accreditationStatus,
      onTrip: status.get(item.id) ?? null,
      warnings: warnings.get(item.id) ?? [],
    })),
    hasMore: page.nextCursor !== null,
  };
}

export type ContactTrip = {
  tripId: string;
  title: string;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  tripStatus: TripStatus;
  status: TripParticipantStatus;
};

/** The trips a person was invited on, with their answer, newest first: the contact page's "Trips". */
export async function contactTripHistory({ actor, contactId }: { actor: Actor; contactId: string }): Promise<ContactTrip[]> {
  assertReadsTrips(actor);
  if (!isUuid(contactId)) throw notFound();
  const rows = await db.tripParticipant.findMany({
    where: { contactId },
    orderBy: [{ trip: { startsOn: "desc" } }, { tripId: "asc" }],
    select: { status: true, trip: { select: { id: true, title: true, startsOn: true, endsOn: true, status: true } } },
  });
  return rows.map(({ status, trip }) => ({
    tripId: trip.id,
    title: trip.title,
    startsOn: calendarDateFromDb(trip.startsOn),
    endsOn: calendarDateFromDb(trip.endsOn),
    tripStatus: trip.status,
    status,
  }));
}
