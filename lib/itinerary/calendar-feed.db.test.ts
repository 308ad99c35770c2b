/**
 * Calendar files on a real database: a trip's .ics, and a press officer's feed
 * whose address is a secret kept only as a hash, reset, and dead with its account.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { contacts, trips } from "@/lib/test/trip-factories";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { calendarFeedFile, getCalendarFeedStatus, hashFeedToken, issueCalendarFeed, removeCalendarFeed } from "./calendar-feed";
import { saveTripItinerarySchema } from "./schemas";
import { tripCalendarFile } from "./trip-calendar";
import { saveTripItinerary } from "./trip-itinerary";

const NOW = new Date("2027-03-01T03:00:00Z");
const unfold = (text: string) => text.replace(/\r\n /g, "");

let press: TestUser;
let editor: TestUser;
let writer: TestUser;

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"], name: "Lan Phạm" }), users.create({ roles: ["EDITOR"] }), users.create({ roles: ["WRITER"] })]);
});

async function tripWithProgram(organiser: TestUser, fields: Parameters<typeof trips.create>[0]) {
  const trip = await trips.create({ ...fields, status: "PLANNED", createdById: organiser.id });
  const reporter = await contacts.create({ createdById: organiser.id, latinName: "Private Reporter", email: "reporter@example.org", phone: "+33 1 23 45 67 89", needs: "Vegetarian" });
  await db.tripParticipant.create({ data: { tripId: trip.id, contactId: reporter.id, status: "ACCEPTED", invitedById: organiser.id } });
  const startsOn = fields.startsOn ?? "2027-03-10";
  const input = saveTripItinerarySchema.parse({
    tripId: trip.id,
    itineraryVersion: 1,
    items: [{ day: startsOn, start: "09:30", end: "11:00", activity: `Visit for ${trip.title}`, place: "Buôn Ma Thuột", forSubset: true, attendeeContactIds: [reporter.id] }],
  });
  const saved = await saveTripItinerary({ actor: organiser, input });
  // A program is planned before the trip; its status moves on afterwards.
  if (fields.status) await db.trip.update({ where: { id: trip.id }, data: { status: fields.status } });
  return { ...trip, itemId: saved.itemIds[0] };
}

describe("a trip's .ics", () => {
  test("holds the trip as an all-day event and each item at its UTC time, and nothing about participants", async () => {
    const trip = await tripWithProgram(press, { createdById: press.id, title: "Đắk Lắk, 2027", startsOn: "2027-03-10", endsOn: "2027-03-12" });
    const file = await tripCalendarFile({ actor: editor, tripId: trip.id, locale: "en", now: NOW });
    expect(file.fileName).toBe("Đắk Lắk, 2027.ics");
    const body = unfold(file.body);
    expect(body).toContain(`UID:${trip.id}@newsroom\r\n`);
    expect(body).toContain("SUMMARY:Đắk Lắk\\, 2027\r\n");
    expect(body).toContain("DTSTART;VALUE=DATE:20270310\r\nDTEND;VALUE=DATE:20270313\r\n");
    expect(body).toContain(`UID:${trip.itemId}@newsroom\r\n`);
    expect(body).toContain("DTSTART:20270310T023000Z\r\nDTEND:20270310T040000Z\r\n");
    expect(body).toContain("LOCATION:Dak Lak\r\n");
    for (const secret of ["Private Reporter", "reporter@example.org", "45 67 89", "Vegetarian"]) expect(body).not.toContain(secret);
  });

  test("a writer is refused, an unknown trip is not found", async () => {
    const trip = await trips.create({ createdById: press.id });
    expect((await refusal(tripCalendarFile({ actor: writer, tripId: trip.id, locale: "vi" }))).code).toBe("FORBIDDEN");
    expect((await refusal(tripCalendarFile({ actor: press, tripId: "not-a-uuid", locale: "vi" }))).code).toBe("NOT_FOUND");
  });
});

describe("a calendar feed", () => {
  test("stores only a hash of its secret address", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const { token } = await issueCalendarFeed({ actor: officer });
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    const row = await db.calendarFeed.findUniqueOrThrow({ where: { userId: officer.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(row.tokenHash).toBe(hashFeedToken(token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(await getCalendarFeedStatus({ actor: officer })).toMatchObject({ exists: true });
  });

  test("answers the organiser's non-cancelled trips from 30 days ago on, with their programs", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const coming = await tripWithProgram(officer, { createdById: officer.id, title: "Coming trip", startsOn: "2027-03-10", endsOn: "2027-03-12" });
    const recent = await tripWithProgram(officer, { createdById: officer.id, title: "Recent trip", startsOn: "2027-01-28", endsOn: "2027-01-30", status: "COMPLETED" });
    const old = await trips.create({ createdById: officer.id, title: "Old trip", startsOn: "2027-01-20", endsOn: "2027-01-29", status: "REPORTED" });
    const cancelled = await trips.create({ createdById: officer.id, title: "Cancelled trip", status: "CANCELLED" });
    const someoneElses = await trips.create({ createdById: press.id, title: "Someone else's trip" });
    const { token } = await issueCalendarFeed({ actor: officer });

    const body = unfold((await calendarFeedFile({ token, now: NOW })) ?? "");
    expect(body).toContain(`UID:${coming.id}@newsroom`);
    expect(body).toContain(`UID:${coming.itemId}@newsroom`);
    expect(body).toContain(`UID:${recent.id}@newsroom`);
    expect(body).toContain(`UID:${recent.itemId}@newsroom`);
    for (const absent of [old.id, cancelled.id, someoneElses.id, "Private Reporter", "reporter@example.org", "Vegetarian"]) expect(body).not.toContain(absent);
    expect(await calendarFeedFile({ token: `${token}.ics`, now: NOW })).toBeNull();
  });

  test("a reset invalidates the old address; turning it off invalidates the new one", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const first = await issueCalendarFeed({ actor: officer });
    const second = await issueCalendarFeed({ actor: officer });
    expect(second.token).not.toBe(first.token);
    expect(await calendarFeedFile({ token: first.token })).toBeNull();
    expect(await calendarFeedFile({ token: second.token })).toContain("BEGIN:VCALENDAR");
    expect(await db.calendarFeed.count({ where: { userId: officer.id } })).toBe(1);
    await removeCalendarFeed({ actor: officer });
    expect(await calendarFeedFile({ token: second.token })).toBeNull();
  });

  test("a deactivated person's feed answers nothing", async () => {
    const officer = await users.create({ roles: ["PRESS_OFFICER"] });
    const { token } = await issueCalendarFeed({ actor: officer });
    await db.user.update({ where: { id: officer.id }, data: { isActive: false, deactivatedAt: new Date() } });
    expect(await calendarFeedFile({ token })).toBeNull();
  });

  test("unknown and malformed addresses answer nothing; only press officers and admins have feeds", async () => {
    expect(await calendarFeedFile({ token: "A".repeat(43) })).toBeNull();
    expect(await calendarFeedFile({ token: "../../etc/passwd" })).toBeNull();
    expect((await refusal(issueCalendarFeed({ actor: editor }))).code).toBe("FORBIDDEN");
    expect((await refusal(getCalendarFeedStatus({ actor: writer }))).code).toBe("FORBIDDEN");
  });
});
