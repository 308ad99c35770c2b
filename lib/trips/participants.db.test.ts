/**
 * A trip's guest list on a real database: fifty acceptances racing for the
 * last three seats, the waitlist's order and its promotions, invitations all or
 * none, answers over each participant's version, attendance, removal.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { contacts, trips } from "@/lib/test/trip-factories";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { lockTrip } from "./access";
import { listTripParticipants } from "./participant-queries";
import { inviteParticipantsSchema } from "./participant-schemas";
import { answerParticipant, inviteParticipants, recordAttendance, removeParticipant, updateParticipantDetails } from "./participants";
import { promoteWaitlisted } from "./seats";

// The fifty acceptances below must really run at once: enough connections for
// them to be in their transactions together, queueing on the trip's row lock
// rather than on the pool. Read when lib/db.ts opens its (lazy) client.
process.env.DATABASE_POOL_SIZE = "20";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
});

const newTrip = (fields: { capacity?: number; status?: TripStatus } = {}) => trips.create({ createdById: press.id, status: "INVITATIONS_SENT", ...fields });
const newPeople = (count: number) => Promise.all(Array.from({ length: count }, () => contacts.create({ createdById: press.id })));

async function invite(tripId: string, contactIds: string[]) {
  const result = await inviteParticipants({ actor: press, input: inviteParticipantsSchema.parse({ tripId, contactIds }) });
  return result.invited.map((row) => row.participantId);
}

const accept = (tripId: string, participantId: string, version = 1) => answerParticipant({ actor: press, input: { tripId, participantId, version, answer: "ACCEPTED" } });
const statusOf = async (id: string) => (await db.tripParticipant.findUniqueOrThrow({ where: { id } })).status;
const versionOf = async (id: string) => (await db.tripParticipant.findUniqueOrThrow({ where: { id } })).version;

/** The waitlist as the database orders it, with the clock's full microseconds (JavaScript dates stop at milliseconds). */
function waitlistInDatabase(tripId: string) {
  return db.$queryRaw<{ id: string; requested: string }[]>`
    SELECT id::text AS id, seat_requested_at::text AS requested FROM trip_participant
    WHERE trip_id = ${tripId}::uuid AND status = 'WAITLISTED' ORDER BY seat_requested_at, id`;
}

describe("capacity under concurrency", () => {
  test("fifty acceptances at once for the last three seats: three seats, a waitlist of 47 in order, promotions earliest first", async () => {
    const trip = await newTrip({ capacity: 5 });
    const early = await invite(trip.id, (await newPeople(2)).map((person) => person.id));
    for (const id of early) await accept(trip.id, id);
    const racers = await invite(trip.id, (await newPeople(50)).map((person) => person.id));
    expect(racers).toHaveLength(50);

    // Fifty independent requests, each its own transaction, all started before any is awaited.
    let racing = true;
    const race = Promise.all(racers.map((id) => accept(trip.id, id))).finally(() => (racing = false));
    // Evidence that they overlapped: sessions of this database seen waiting on the trip's row lock.
    let mostWaiting = 0;
    while (racing) {
      const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      mostWaiting = Math.max(mostWaiting, waiting);
    }
    const answers = await race;
    expect(mostWaiting).toBeGreaterThan(1);

    expect(answers.filter((answer) => answer.status === "ACCEPTED")).toHaveLength(3);
    expect(answers.filter((answer) => answer.status === "WAITLISTED")).toHaveLength(47);
    expect(await db.tripParticipant.count({ where: { tripId: trip.id, status: "ACCEPTED" } })).toBe(5);
    const waitlist = await waitlistInDatabase(trip.id);
    expect(waitlist).toHaveLength(47);
    expect(new Set(waitlist.map((row) => row.requested)).size).toBe(47);
    // The three who got seats were decided before anyone joined the waitlist.
    const [{ lastSeat }] = await db.$queryRaw<{ lastSeat: boolean }[]>`
      SELECT max(seat_requested_at) FILTER (WHERE status = 'ACCEPTED' AND id = ANY(${racers}::uuid[]))
           < min(seat_requested_at) FILTER (WHERE status = 'WAITLISTED') AS "lastSeat"
      FROM trip_participant WHERE trip_id = ${trip.id}::uuid`;
    expect(lastSeat).toBe(true);

    const view = await listTripParticipants({ actor: press, tripId: trip.id });
    const listed = view.participants.filter((row) => row.status === "WAITLISTED");
    expect(listed.map((row) => row.waitlistPosition)).toEqual(Array.from({ length: 47 }, (_, index) => index + 1));
    expect(listed.map((row) => row.id)).toEqual(waitlist.map((row) => row.id));
    expect(view.seats).toMatchObject({ capacity: 5, taken: 5, waitlisted: 47, invited: 0 });

    // A seat holder declines: exactly the first on the waitlist takes the seat.
    const holder = answers.find((answer) => answer.status === "ACCEPTED")!;
    const declined = await answerParticipant({ actor: press, input: { tripId: trip.id, participantId: holder.id, version: holder.version, answer: "DECLINED" } });
    expect(declined.status).toBe("DECLINED");
    expect(declined.promoted).toEqual([waitlist[0].id]);
    expect(await statusOf(waitlist[0].id)).toBe("ACCEPTED");
    expect(await db.tripParticipant.count({ where: { tripId: trip.id, status: "WAITLISTED" } })).toBe(46);

    // A larger capacity promotes the next in order, and only them.
    await db.trip.update({ where: { id: trip.id }, data: { capacity: 6 } });
    const promoted = await db.$transaction(async (tx) => promoteWaitlisted(tx, await lockTrip(tx, trip.id), press.id));
    expect(promoted).toEqual([waitlist[1].id]);
    const after = await listTripParticipants({ actor: press, tripId: trip.id });
    const remaining = after.participants.filter((row) => row.status === "WAITLISTED");
    expect(remaining.map((row) => row.id)).toEqual(waitlist.slice(2).map((row) => row.id));
    expect(remaining[0].waitlistPosition).toBe(1);
    expect(await db.tripActivity.count({ where: { tripId: trip.id, kind: "PARTICIPANT_PROMOTED" } })).toBe(2);
  });
});

describe("invitations", () => {
  test("one transaction: a history row per invitation, people already on the trip skipped and reported", async () => {
    const trip = await newTrip();
    const [anna, ben] = await newPeople(2);
    await invite(trip.id, [anna.id]);
    const result = await inviteParticipants({ actor: press, input: inviteParticipantsSchema.parse({ tripId: trip.id, contactIds: [anna.id, ben.id] }) });
    expect(result.invited.map((row) => row.contactId)).toEqual([ben.id]);
    expect(result.skipped).toEqual([{ contactId: anna.id, latinName: anna.latinName, status: "INVITED" }]);
    const rows = await db.tripParticipant.findMany({ where: { tripId: trip.id } });
    expect(rows.map((row) => [row.status, row.invitedById])).toEqual([["INVITED", press.id], ["INVITED", press.id]]);
    const history = await db.tripActivity.findMany({ where: { tripId: trip.id, kind: "PARTICIPANT_INVITED" } });
    expect(history.map((row) => (row.detail as { contactId: string }).contactId).sort()).toEqual([anna.id, ben.id].sort());
  });

  test("an unknown or merged-away person refuses the whole round with a field error; nothing is written", async () => {
    const trip = await newTrip();
    const [live, merged, keeper] = await newPeople(3);
    await db.pressContact.update({ where: { id: merged.id }, data: { mergedIntoId: keeper.id } });
    for (const stranger of [merged.id, "00000000-0000-4000-8000-000000000000"]) {
      const error = await refusal(inviteParticipants({ actor: press, input: inviteParticipantsSchema.parse({ tripId: trip.id, contactIds: [live.id, stranger] }) }));
      expect(error.code).toBe("VALIDATION");
      expect(error.fieldErrors).toEqual({ contactIds: ["participants.unknownContact"] });
      expect(error.details).toEqual({ unknown: [stranger] });
    }
    expect(await db.tripParticipant.count({ where: { tripId: trip.id } })).toBe(0);
    expect(await db.tripActivity.count({ where: { tripId: trip.id } })).toBe(0);
  });

  test("a cancelled or finished trip takes no invitations; only press officers invite; unknown trips are 404", async () => {
    const [person] = await newPeople(1);
    for (const status of ["CANCELLED", "COMPLETED"] as const) {
      const trip = await newTrip({ status });
      const error = await refusal(inviteParticipants({ actor: press, input: inviteParticipantsSchema.parse({ tripId: trip.id, contactIds: [person.id] }) }));
      expect(error.code).toBe("INVALID_TRANSITION");
    }
    const trip = await newTrip();
    const input = inviteParticipantsSchema.parse({ tripId: trip.id, contactIds: [person.id] });
    expect((await refusal(inviteParticipants({ actor: editor, input }))).code).toBe("FORBIDDEN");
    expect((await refusal(inviteParticipants({ actor: writer, input }))).code).toBe("FORBIDDEN");
    expect((await refusal(inviteParticipants({ actor: press, input: { ...input, tripId: "00000000-0000-4000-8000-000000000002" } }))).code).toBe("NOT_FOUND");
    expect(await db.tripParticipant.count({ where: { contactId: person.id } })).toBe(0);
  });
});

describe("answers, attendance and removal", () => {
  test("a stale version is a conflict and changes nothing", async () => {
    const trip = await newTrip();
    const [id] = await invite(trip.id, (await newPeople(1)).map((person) => person.id));
    await accept(trip.id, id);
    const error = await refusal(answerParticipant({ actor: press, input: { tripId: trip.id, participantId: id, version: 1, answer: "DECLINED" } }));
    expect(error.code).toBe("CONFLICT");
    expect(await statusOf(id)).toBe("ACCEPTED");
    const details = { tripId: trip.id, participantId: id, version: 1, rooming: "Room 12", transport: "", notes: "" };
    expect((await refusal(updateParticipantDetails({ actor: press, input: details }))).code).toBe("CONFLICT");
    expect((await refusal(removeParticipant({ actor: press, input: { tripId: trip.id, participantId: id, version: 1 } }))).code).toBe("CONFLICT");
  });

  test("answers follow their table; a participant of another trip is 404", async () => {
    const trip = await newTrip();
    const other = await newTrip();
    const [id] = await invite(trip.id, (await newPeople(1)).map((person) => person.id));
    expect((await refusal(accept(other.id, id))).code).toBe("NOT_FOUND");
    const accepted = await accept(trip.id, id);
    expect((await refusal(accept(trip.id, id, accepted.version))).code).toBe("INVALID_TRANSITION");
    const declined = await answerParticipant({ actor: press, input: { tripId: trip.id, participantId: id, version: accepted.version, answer: "DECLINED" } });
    expect((await db.tripParticipant.findUniqueOrThrow({ where: { id } })).seatRequestedAt).toBeNull();
    expect((await accept(trip.id, id, declined.version)).status).toBe("ACCEPTED");
    const history = await db.tripActivity.findMany({ where: { tripId: trip.id, kind: "PARTICIPANT_UPDATED" }, orderBy: { createdAt: "asc" } });
    expect(history.map((row) => (row.detail as { to: string }).to)).toEqual(["ACCEPTED", "DECLINED", "ACCEPTED"]);
    expect((await refusal(answerParticipant({ actor: editor, input: { tripId: trip.id, participantId: id, version: 3, answer: "DECLINED" } }))).code).toBe("FORBIDDEN");
  });

  test("attendance only once the trip is under way, and only for a seat holder", async () => {
    const trip = await newTrip({ capacity: 1 });
    const [seated, waiting] = await invite(trip.id, (await newPeople(2)).map((person) => person.id));
    await accept(trip.id, seated);
    await accept(trip.id, waiting);
    const mark = (participantId: string, version: number, attendance: "ATTENDED" | "NO_SHOW") => recordAttendance({ actor: press, input: { tripId: trip.id, participantId, version, attendance } });
    expect((await refusal(mark(seated, 2, "ATTENDED"))).code).toBe("INVALID_TRANSITION");
    await db.trip.update({ where: { id: trip.id }, data: { status: "ONGOING" } });
    expect((await refusal(mark(waiting, 2, "ATTENDED"))).code).toBe("INVALID_TRANSITION");
    expect((await mark(seated, 2, "NO_SHOW")).status).toBe("NO_SHOW");
    // A mark can be corrected, and attendance keeps the seat taken.
    expect((await mark(seated, 3, "ATTENDED")).status).toBe("ATTENDED");
    expect((await listTripParticipants({ actor: press, tripId: trip.id })).seats.taken).toBe(1);
    expect(await statusOf(waiting)).toBe("WAITLISTED");
  });

  test("removing a seat holder frees the seat for the first on the waitlist; the history says who left", async () => {
    const trip = await newTrip({ capacity: 1 });
    const people = await newPeople(3);
    const [seated, first, second] = await invite(trip.id, people.map((person) => person.id));
    for (const id of [seated, first, second]) await accept(trip.id, id);
    const removed = await removeParticipant({ actor: press, input: { tripId: trip.id, participantId: seated, version: 2 } });
    expect(removed.promoted).toEqual([first]);
    expect(await db.tripParticipant.findUnique({ where: { id: seated } })).toBeNull();
    expect(await statusOf(first)).toBe("ACCEPTED");
    expect(await statusOf(second)).toBe("WAITLISTED");
    const history = await db.tripActivity.findFirstOrThrow({ where: { tripId: trip.id, kind: "PARTICIPANT_REMOVED" } });
    expect(history.detail).toEqual({ contactId: people[0].id, status: "ACCEPTED" });
    // Removing someone who held no seat promotes nobody.
    expect((await removeParticipant({ actor: press, input: { tripId: trip.id, participantId: second, version: 2 } })).promoted).toEqual([]);
  });

  test("someone who declines or is removed leaves the program items they were to attend; the others stay", async () => {
    const trip = await newTrip({ capacity: 5 });
    const people = await newPeople(3);
    const [declining, removed, staying] = await invite(trip.id, people.map((person) => person.id));
    const item = await db.itineraryItem.create({
      data: {
        tripId: trip.id,
        day: new Date("2027-03-10T00:00:00Z"),
        startMinute: 9 * 60,
        activity: "Visit",
        forSubset: true,
        attendees: { create: people.map((person) => ({ contactId: person.id })) },
      },
    });
    await answerParticipant({ actor: press, input: { tripId: trip.id, participantId: declining, version: 1, answer: "DECLINED" } });
    await removeParticipant({ actor: press, input: { tripId: trip.id, participantId: removed, version: 1 } });
    const attendees = await db.itineraryAttendee.findMany({ where: { itemId: item.id }, select: { contactId: true } });
    expect(attendees).toEqual([{ contactId: people[2].id }]);
    expect(await statusOf(staying)).toBe("INVITED");
  });

  test("rooming and transport over the version; history names the fields, not their text; a reported trip is closed", async () => {
    const trip = await newTrip();
    const [id] = await invite(trip.id, (await newPeople(1)).map((person) => person.id));
    const saved = await updateParticipantDetails({ actor: press, input: { tripId: trip.id, participantId: id, version: 1, rooming: "Twin room with B. Lee", transport: "Flight VN 1234", notes: "" } });
    expect(saved.version).toBe(2);
    expect(await versionOf(id)).toBe(2);
    const history = await db.tripActivity.findFirstOrThrow({ where: { tripId: trip.id, kind: "PARTICIPANT_UPDATED" } });
    expect(history.detail).toMatchObject({ fields: ["rooming", "transport"] });
    await db.trip.update({ where: { id: trip.id }, data: { status: "REPORTED" } });
    const error = await refusal(updateParticipantDetails({ actor: press, input: { tripId: trip.id, participantId: id, version: 2, rooming: "x", transport: "", notes: "" } }));
    expect(error.code).toBe("INVALID_TRANSITION");
  });
});
