/**
 * A trip's program on a real database: saved whole and read back in order,
 * refused whole (stale version, a day outside the dates, someone not on the
 * guest list, a role without trip.manage) with nothing changed, and its history.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { contacts, trips } from "@/lib/test/trip-factories";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { saveTripItinerarySchema } from "./schemas";
import { getTripItinerary, saveTripItinerary } from "./trip-itinerary";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;
let anna: { id: string; latinName: string };
let bao: { id: string; latinName: string };
let declined: { id: string; latinName: string };

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"] }), users.create({ roles: ["EDITOR"] }), users.create({ roles: ["WRITER"] })]);
  [anna, bao, declined] = await Promise.all([
    contacts.create({ createdById: press.id, latinName: "Anna Schmidt" }),
    contacts.create({ createdById: press.id, latinName: "Bảo Nguyễn" }),
    contacts.create({ createdById: press.id, latinName: "Claire Martin" }),
  ]);
});

async function tripWithGuests() {
  const trip = await trips.create({ createdById: press.id, startsOn: "2027-03-10", endsOn: "2027-03-12" });
  await db.tripParticipant.createMany({
    data: [
      { tripId: trip.id, contactId: anna.id, status: "ACCEPTED", invitedById: press.id },
      { tripId: trip.id, contactId: bao.id, status: "INVITED", invitedById: press.id },
      { tripId: trip.id, contactId: declined.id, status: "DECLINED", invitedById: press.id },
    ],
  });
  return trip;
}

const program = (tripId: string, itineraryVersion: number, items: Record<string, unknown>[]) => saveTripItinerarySchema.parse({ tripId, itineraryVersion, items });
const item = (fields: Record<string, unknown>) => ({ day: "2027-03-10", start: "09:00", activity: "Visit", ...fields });

async function snapshot(tripId: string) {
  const [trip, items, attendees, activities] = await Promise.all([
    db.trip.findUniqueOrThrow({ where: { id: tripId }, select: { itineraryVersion: true } }),
    db.itineraryItem.findMany({ where: { tripId }, orderBy: [{ day: "asc" }, { position: "asc" }] }),
    db.itineraryAttendee.findMany({ where: { item: { tripId } }, orderBy: { contactId: "asc" } }),
    db.tripActivity.count({ where: { tripId } }),
  ]);
  return { trip, items, attendees, activities };
}

describe("saving a program", () => {
  test("saves the items in the posted order per day, reads them back grouped by day with names, and records the save", async () => {
    const trip = await tripWithGuests();
    const saved = await saveTripItinerary({
      actor: press,
      input: program(trip.id, 1, [
        item({ day: "2027-03-11", start: "14:00", activity: "Coffee cooperative" }),
        item({ start: "10:00", end: "11:30", activity: "Provincial leaders", place: "Buôn Ma Thuột", host: "People's Committee" }),
        item({ start: "08:00", activity: "Interview", forSubset: true, attendeeContactIds: [bao.id, anna.id] }),
        item({ day: "2027-03-11", start: "09:00", end: "09:30", activity: "Photo stop", forSubset: true, attendeeContactIds: [anna.id] }),
      ]),
    });
    expect(saved.itineraryVersion).toBe(2);
    expect(saved.itemIds).toHaveLength(4);

    const itinerary = await getTripItinerary({ actor: editor, tripId: trip.id });
    expect(itinerary.trip.itineraryVersion).toBe(2);
    expect(itinerary.canEdit).toBe(false);
    expect(itinerary.days.map((day) => [day.day, day.items.map((entry) => entry.activity)])).toEqual([
      ["2027-03-10", ["Provincial leaders", "Interview"]],
      ["2027-03-11", ["Coffee cooperative", "Photo stop"]],
      ["2027-03-12", []],
    ]);
    const interview = itinerary.items.find((entry) => entry.activity === "Interview");
    expect(interview?.attendees.map((attendee) => attendee.name)).toEqual(["Anna Schmidt", "Bảo Nguyễn"]);
    expect(itinerary.items.find((entry) => entry.activity === "Provincial leaders")).toMatchObject({ startMinute: 600, endMinute: 690, place: "Buôn Ma Thuột", forSubset: false, attendees: [] });
    // Who may still be put on an item: not the person who declined.
    expect(itinerary.participants.map((participant) => participant.name)).toEqual(["Anna Schmidt", "Bảo Nguyễn"]);

    const activity = await db.tripActivity.findFirstOrThrow({ where: { tripId: trip.id, kind: "ITINERARY_SAVED" } });
    expect(activity).toMatchObject({ actorId: press.id, detail: { items: 4, days: 2, added: 4, kept: 0, removed: 0 } });
  });

  test("keeps the ids of items saved before, so calendar UIDs do not change, and ignores ids of other programs", async () => {
    const trip = await tripWithGuests();
    const other = await tripWithGuests();
    const first = await saveTripItinerary({ actor: press, input: program(trip.id, 1, [item({ activity: "A" }), item({ activity: "B" })]) });
    const foreign = await saveTripItinerary({ actor: press, input: program(other.id, 1, [item({ activity: "Elsewhere" })]) });
    const second = await saveTripItinerary({
      actor: press,
      input: program(trip.id, 2, [item({ id: first.itemIds[1], activity: "B moved first" }), item({ id: foreign.itemIds[0], activity: "Stolen id" })]),
    });
    expect(second.itemIds[0]).toBe(first.itemIds[1]);
    expect(second.itemIds[1]).not.toBe(foreign.itemIds[0]);
    expect(await db.itineraryItem.findUniqueOrThrow({ where: { id: foreign.itemIds[0] } })).toMatchObject({ tripId: other.id, activity: "Elsewhere" });
    const rows = await db.itineraryItem.findMany({ where: { tripId: trip.id }, orderBy: { position: "asc" } });
    expect(rows.map((row) => [row.activity, row.position])).toEqual([
      ["B moved first", 0],
      ["Stolen id", 1],
    ]);
    const activity = await db.tripActivity.findFirstOrThrow({ where: { tripId: trip.id, kind: "ITINERARY_SAVED" }, orderBy: { createdAt: "desc" } });
    expect(activity.detail).toEqual({ items: 2, days: 1, added: 1, kept: 1, removed: 1 });
  });

  test("returns overlap warnings naming both items, and saves anyway", async () => {
    const trip = await tripWithGuests();
    const saved = await saveTripItinerary({
      actor: press,
      input: program(trip.id, 1, [item({ start: "09:00", end: "10:00", activity: "Talk" }), item({ start: "09:30", activity: "Photo", forSubset: true, attendeeContactIds: [anna.id] })]),
    });
    expect(saved.warnings).toEqual([{ day: "2027-03-10", first: { key: saved.itemIds[0], activity: "Talk", startMinute: 540, endMinute: 600 }, second: { key: saved.itemIds[1], activity: "Photo", startMinute: 570, endMinute: null } }]);
    expect((await getTripItinerary({ actor: press, tripId: trip.id })).warnings).toHaveLength(1);
  });

  test("an empty program removes every item", async () => {
    const trip = await tripWithGuests();
    await saveTripItinerary({ actor: press, input: program(trip.id, 1, [item({ forSubset: true, attendeeContactIds: [anna.id] })]) });
    await saveTripItinerary({ actor: press, input: program(trip.id, 2, []) });
    expect(await db.itineraryItem.count({ where: { tripId: trip.id } })).toBe(0);
    expect(await db.itineraryAttendee.count({ where: { item: { tripId: trip.id } } })).toBe(0);
  });
});

describe("refusals leave everything as it was", () => {
  async function savedOnce() {
    const trip = await tripWithGuests();
    await saveTripItinerary({ actor: press, input: program(trip.id, 1, [item({ activity: "Original", forSubset: true, attendeeContactIds: [anna.id] })]) });
    return { trip, before: await snapshot(trip.id) };
  }

  test("a stale itinerary version is a conflict", async () => {
    const { trip, before } = await savedOnce();
    const error = await refusal(saveTripItinerary({ actor: press, input: program(trip.id, 1, [item({ activity: "Overwrite" })]) }));
    expect(error.code).toBe("CONFLICT");
    expect(error.messageKey).toBe("itinerary.conflict");
    expect(await snapshot(trip.id)).toEqual(before);
  });

  test("an item outside the trip's dates is refused on its day field", async () => {
    const { trip, before } = await savedOnce();
    const error = await refusal(saveTripItinerary({ actor: press, input: program(trip.id, 2, [item({ activity: "Fine" }), item({ day: "2027-03-13", activity: "Too late" })]) }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ "items.1.day": ["itinerary.outsideDates"] });
    expect(await snapshot(trip.id)).toEqual(before);
  });

  test("an attendee who is not a participant (or declined) is refused on that item", async () => {
    const { trip, before } = await savedOnce();
    const stranger = await contacts.create({ createdById: press.id });
    const error = await refusal(
      saveTripItinerary({
        actor: press,
        input: program(trip.id, 2, [
          item({ forSubset: true, attendeeContactIds: [anna.id, stranger.id] }),
          item({ forSubset: true, attendeeContactIds: [anna.id] }),
          item({ forSubset: true, attendeeContactIds: [declined.id] }),
        ]),
      }),
    );
    expect(error.fieldErrors).toEqual({ "items.0.attendeeContactIds": ["itinerary.notParticipant"], "items.2.attendeeContactIds": ["itinerary.notParticipant"] });
    expect(await snapshot(trip.id)).toEqual(before);
  });

  test("an editor may read the program but not save it; a writer gets nothing", async () => {
    const { trip, before } = await savedOnce();
    expect((await getTripItinerary({ actor: editor, tripId: trip.id })).items).toHaveLength(1);
    expect((await refusal(saveTripItinerary({ actor: editor, input: program(trip.id, 2, []) }))).code).toBe("FORBIDDEN");
    expect((await refusal(saveTripItinerary({ actor: writer, input: program(trip.id, 2, []) }))).code).toBe("FORBIDDEN");
    expect((await refusal(getTripItinerary({ actor: writer, tripId: trip.id }))).code).toBe("FORBIDDEN");
    expect(await snapshot(trip.id)).toEqual(before);
  });

  test("a trip that is over keeps its program; an unknown trip is not found", async () => {
    const done = await trips.create({ createdById: press.id, status: "COMPLETED" });
    expect((await refusal(saveTripItinerary({ actor: press, input: program(done.id, 1, []) }))).code).toBe("INVALID_TRANSITION");
    expect((await getTripItinerary({ actor: press, tripId: done.id })).canEdit).toBe(false);
    const unknown = "3a4b5c6d-7e8f-4a0b-9c1d-2e3f4a5b6c7d";
    expect((await refusal(saveTripItinerary({ actor: press, input: program(unknown, 1, []) }))).code).toBe("NOT_FOUND");
  });

  test("two saves over the same version: exactly one wins", async () => {
    const trip = await tripWithGuests();
    const results = await Promise.allSettled([
      saveTripItinerary({ actor: press, input: program(trip.id, 1, [item({ activity: "Mine" })]) }),
      saveTripItinerary({ actor: press, input: program(trip.id, 1, [item({ activity: "Theirs" })]) }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(await db.itineraryItem.count({ where: { tripId: trip.id } })).toBe(1);
    expect((await db.trip.findUniqueOrThrow({ where: { id: trip.id } })).itineraryVersion).toBe(2);
  });
});
