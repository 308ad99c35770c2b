import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { TripParticipantStatus, TripStatus } from "@/lib/generated/prisma/enums";
import { removeProgramAttendee } from "@/lib/itinerary/program-store";
import { isUuid } from "@/lib/text/uuid";
import { assertManagesTrip, assertReadsTrips, lockTrip, recordTripActivity, type TripScope } from "./access";
import type {
  AnswerParticipantInput,
  InviteParticipantsInput,
  RecordAttendanceInput,
  RemoveParticipantInput,
  UpdateParticipantDetailsInput,
} from "./participant-schemas";
import { warningsFor, type ParticipantWarning } from "./participant-warnings";
import { promoteWaitlisted, requestSeat, SEAT_HOLDING } from "./seats";
import { ATTENDANCE_STATUSES, CLOSED_STATUSES, INVITING_STATUSES, TRIP_STATUSES } from "./workflow";

/** Rooming, transport and notes may change until the trip is reported or cancelled. */
export const DETAIL_STATUSES: readonly TripStatus[] = TRIP_STATUSES.filter((status) => !CLOSED_STATUSES.includes(status));

/** From which answers each answer may be given: accepting again after a decline joins the queue anew. */
export const ANSWER_FROM: Record<AnswerParticipantInput["answer"], readonly TripParticipantStatus[]> = {
  ACCEPTED: ["INVITED", "DECLINED"],
  DECLINED: ["INVITED", "ACCEPTED", "WAITLISTED"],
};

export type ParticipantChange = { id: string; status: TripParticipantStatus; version: number; promoted: string[] };

// A burst of answers queues on the trip's lock; each waits its turn instead of timing out.
const TX_OPTIONS = { maxWait: 15_000, timeout: 30_000 } as const;

/**
 * Every change to a trip's guest list runs here: "trip.manage", the trip's row
 * locked (so seats, the waitlist and the trip's status are decided on what is
 * committed now), and the trip in a status where this change is allowed.
 */
function inLockedTrip<T>(actor: Actor, tripId: string, allowed: readonly TripStatus[], work: (tx: Tx, trip: TripScope) => Promise<T>): Promise<T> {
  assertReadsTrips(actor);
  assertCan(actor, "trip.manage");
  if (!isUuid(tripId)) throw notFound();
  return db.$transaction(async (tx) => {
    const trip = await lockTrip(tx, tripId);
    assertManagesTrip(actor, trip, allowed);
    return work(tx, trip);
  }, TX_OPTIONS);
}

/**
 * The participant as the person saw them. Every writer of a participant holds
 * the trip's lock, so the version read here cannot move before this
 * transaction writes.
 */
async function participantAt(tx: Tx, trip: TripScope, input: { participantId: string; version: number }) {
  const row = await tx.tripParticipant.findFirst({
    where: { id: input.participantId, tripId: trip.id },
    select: { id: true, contactId: true, status: true, version: true, rooming: true, transport: true, notes: true },
  });
  if (!row) throw notFound();
  if (row.version !== input.version) throw new AppError("CONFLICT", "participants.conflict");
  return row;
}

const notFrom = (status: TripParticipantStatus) => new AppError("INVALID_TRANSITION", "participants.notFromThisStatus", { params: { status } });

export type InviteResult = {
  invited: { participantId: string; contactId: string; latinName: string; warnings: ParticipantWarning[] }[];
  skipped: { contactId: string; latinName: string; status: TripParticipantStatus }[];
};

/**
 * Invites live directory people, all or none: an unknown or merged-away id
 * refuses the whole round. People already on the trip are left as they are and
 * reported. Warnings are computed after commit, for those invited.
 */
export async function inviteParticipants({ actor, input }: { actor: Actor; input: InviteParticipantsInput }): Promise<InviteResult> {
  const { trip, invited, skipped } = await inLockedTrip(actor, input.tripId, INVITING_STATUSES, async (tx, trip) => {
    const contacts = await tx.pressContact.findMany({
      where: { id: { in: input.contactIds }, mergedIntoId: null },
      select: { id: true, latinName: true },
    });
    const unknown = input.contactIds.filter((id) => !contacts.some((contact) => contact.id === id));
    if (unknown.length) {
      throw new AppError("VALIDATION", "participants.unknownContacts", { fieldErrors: { contactIds: ["participants.unknownContact"] }, details: { unknown } });
    }
    const existing = await tx.tripParticipant.findMany({ where: { tripId: trip.id, contactId: { in: input.contactIds } }, select: { contactId: true, status: true } });
    const onTrip = new Map(existing.map((row) => [row.contactId, row.status]));
    const fresh = contacts.filter((contact) => !onTrip.has(contact.id));
    const created = await tx.tripParticipant.createManyAndReturn({
      data: fresh.map((contact) => ({ tripId: trip.id, contactId: contact.id, status: "INVITED" as const, invitedById: actor.id })),
      select: { id: true, contactId: true },
    });
    for (const row of created) await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "PARTICIPANT_INVITED", detail: { contactId: row.contactId } });
    const names = new Map(contacts.map((contact) => [contact.id, contact.latinName]));
    // In the order the people were chosen, whatever order the insert returned.
    created.sort((a, b) => input.contactIds.indexOf(a.contactId) - input.contactIds.indexOf(b.contactId));
    return {
      trip,
      invited: created.map((row) => ({ participantId: row.id, contactId: row.contactId, latinName: names.get(row.contactId) ?? "" })),
      skipped: contacts.filter((contact) => onTrip.has(contact.id)).map((contact) => ({ contactId: contact.id, latinName: contact.latinName, status: onTrip.get(contact.id)! })),
    };
  });
  const warnings = await warningsFor(
    invited.map((row) => row.contactId),
    { startsOn: trip.startsOn, endsOn: trip.endsOn, tripId: trip.id, withDelegations: can(actor, "delegation.review") },
  );
  return { invited: invited.map((row) => ({ ...row, warnings: warnings.get(row.contactId) ?? [] })), skipped };
}

/**
 * The person's answer. Accepting asks for a seat (a free one, or the end of the
 * waitlist); declining, from any answer, gives a held seat back and the
 * earliest on the waitlist gets it.
 */
export async function answerParticipant({ actor, input }: { actor: Actor; input: AnswerParticipantInput }): Promise<ParticipantChange> {
  return inLockedTrip(actor, input.tripId, INVITING_STATUSES, async (tx, trip) => {
    const participant = await participantAt(tx, trip, input);
    if (!ANSWER_FROM[input.answer].includes(participant.status)) throw notFrom(participant.status);
    let status: TripParticipantStatus;
    let promoted: string[] = [];
    if (input.answer === "ACCEPTED") {
      // Those already waiting come first: a seat that freed without a promotion (say, a larger capacity) is theirs.
      promoted = await promoteWaitlisted(tx, trip, actor.id);
      status = await requestSeat(tx, trip, participant.id);
    } else {
      status = "DECLINED";
      await tx.tripParticipant.update({
        where: { id: participant.id },
        data: { status, seatRequestedAt: null, respondedAt: new Date(), version: { increment: 1 } },
      });
      await removeProgramAttendee(tx, { tripId: trip.id }, participant.contactId);
    }
    await recordTripActivity(tx, {
      tripId: trip.id,
      actorId: actor.id,
      kind: "PARTICIPANT_UPDATED",
      detail: { contactId: participant.contactId, from: participant.status, to: status },
    });
    if (SEAT_HOLDING.includes(participant.status)) promoted = [...promoted, ...(await promoteWaitlisted(tx, trip, actor.id))];
    return { id: participant.id, status, version: participant.version + 1, promoted };
  });
}

/** Attended or no-show, once the trip is under way, for those who held a seat (a mark can be corrected). */
export async function recordAttendance({ actor, input }: { actor: Actor; input: RecordAttendanceInput }): Promise<ParticipantChange> {
  return inLockedTrip(actor, input.tripId, ATTENDANCE_STATUSES, async (tx, trip) => {
    const participant = await participantAt(tx, trip, input);
    if (!SEAT_HOLDING.includes(participant.status)) throw notFrom(participant.status);
    await tx.tripParticipant.update({ where: { id: participant.id }, data: { status: input.attendance, version: { increment: 1 } } });
    await recordTripActivity(tx, {
      tripId: trip.id,
      actorId: actor.id,
      kind: "PARTICIPANT_UPDATED",
      detail: { contactId: participant.contactId, from: participant.status, to: input.attendance },
    });
    return { id: participant.id, status: input.attendance, version: participant.version + 1, promoted: [] };
  });
}

/** Takes a person off the trip; a seat they held goes to the waitlist. */
export async function removeParticipant({ actor, input }: { actor: Actor; input: RemoveParticipantInput }): Promise<{ id: string; promoted: string[] }> {
  return inLockedTrip(actor, input.tripId, INVITING_STATUSES, async (tx, trip) => {
    const participant = await participantAt(tx, trip, input);
    await tx.tripParticipant.delete({ where: { id: participant.id } });
    await removeProgramAttendee(tx, { tripId: trip.id }, participant.contactId);
    await recordTripActivity(tx, {
      tripId: trip.id,
      actorId: actor.id,
      kind: "PARTICIPANT_REMOVED",
      detail: { contactId: participant.contactId, status: participant.status },
    });
    const promoted = SEAT_HOLDING.includes(participant.status) ? await promoteWaitlisted(tx, trip, actor.id) : [];
    return { id: participant.id, promoted };
  });
}

const DETAIL_FIELDS = ["rooming", "transport", "notes"] as const;

/** Rooming, transport and notes over the version loaded; history names the changed fields, never their text. */
export async function updateParticipantDetails({ actor, input }: { actor: Actor; input: UpdateParticipantDetailsInput }): Promise<{ id: string; version: number }> {
  return inLockedTrip(actor, input.tripId, DETAIL_STATUSES, async (tx, trip) => {
    const participant = await participantAt(tx, trip, input);
    const changed = DETAIL_FIELDS.filter((field) => participant[field] !== input[field]);
    if (changed.length === 0) return { id: participant.id, version: participant.version };
    await tx.tripParticipant.update({
      where: { id: participant.id },
      data: { rooming: input.rooming, transport: input.transport, notes: input.notes, version: { increment: 1 } },
    });
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "PARTICIPANT_UPDATED", detail: { contactId: participant.contactId, fields: changed } });
    return { id: participant.id, version: participant.version + 1 };
  });
}
