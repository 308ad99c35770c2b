import type { Tx } from "@/lib/db";
import type { TripParticipantStatus } from "@/lib/generated/prisma/enums";
import { recordTripActivity, type TripScope } from "./access";

/** Answers that hold one of the trip's seats (attendance is recorded on an accepted seat). */
export const SEAT_HOLDING: readonly TripParticipantStatus[] = ["ACCEPTED", "ATTENDED", "NO_SHOW"];

/** Seats taken now; call inside the transaction that holds the trip's lock (`lockTrip`). */
export function takenSeats(tx: Tx, tripId: string): Promise<number> {
  return tx.tripParticipant.count({ where: { tripId, status: { in: [...SEAT_HOLDING] } } });
}

/**
 * A participant asks for a seat (they accepted the invitation): they get one
 * while any is free, otherwise they join the end of the waitlist. The caller
 * holds the trip's row lock, so two requests for the last seat are decided one
 * after the other, and the waitlist is ordered by the database clock at the
 * moment each request was decided.
 */
export async function requestSeat(tx: Tx, trip: TripScope, participantId: string): Promise<"ACCEPTED" | "WAITLISTED"> {
  const free = trip.capacity - (await takenSeats(tx, trip.id));
  const status = free > 0 ? "ACCEPTED" : "WAITLISTED";
  await tx.$executeRaw`
    UPDATE trip_participant
    SET status = ${status}::"TripParticipantStatus",
        seat_requested_at = CASE WHEN status = 'WAITLISTED' THEN seat_requested_at ELSE clock_timestamp() END,
        responded_at = now(), version = version + 1, updated_at = now()
    WHERE id = ${participantId}::uuid`;
  return status;
}

/**
 * Fills free seats from the waitlist, earliest request first. Called after
 * anything that frees a seat or adds one (a decline, a removal, a larger
 * capacity), in the same locked transaction. Returns the promoted participants.
 */
export async function promoteWaitlisted(tx: Tx, trip: TripScope, actorId: string): Promise<string[]> {
  const free = trip.capacity - (await takenSeats(tx, trip.id));
  if (free <= 0) return [];
  const next = await tx.tripParticipant.findMany({
    where: { tripId: trip.id, status: "WAITLISTED" },
    orderBy: [{ seatRequestedAt: "asc" }, { id: "asc" }],
    take: free,
    select: { id: true, contactId: true },
  });
  if (next.length === 0) return [];
  await tx.tripParticipant.updateMany({ where: { id: { in: next.map((row) => row.id) } }, data: { status: "ACCEPTED", version: { increment: 1 } } });
  for (const row of next) {
    await recordTripActivity(tx, { tripId: trip.id, actorId, kind: "PARTICIPANT_PROMOTED", detail: { contactId: row.contactId } });
  }
  return next.map((row) => row.id);
}
