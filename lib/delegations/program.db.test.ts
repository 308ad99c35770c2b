/**
 * A delegation's program and escorts on a real database: saved whole and read
 * back with member subsets, refused whole (stale version, a day outside the
 * stay, someone not a member, a role without delegation.review), double
 * bookings of escorts and hosts flagged, and the .ics file.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { delegationCalendarFile } from "@/lib/itinerary/delegation-calendar";
import { getDelegationProgram, saveDelegationProgram } from "@/lib/itinerary/delegation-itinerary";
import { saveDelegationProgramSchema } from "@/lib/itinerary/schemas";
import { users, uniqueLabel, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { contacts, trips } from "@/lib/test/trip-factories";
import { assignDelegationEscort, getDelegationEscorts, removeDelegationEscort } from "./escorts";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;
let sequence = 0;

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"] }), users.create({ roles: ["EDITOR"] }), users.create({ roles: ["WRITER"] })]);
});

async function delegation({ arrivalOn = "2027-05-10", departureOn = "2027-05-12", status = "APPROVED" as DelegationStatus, members = ["Anna Schmidt", "Bảo Nguyễn", "Chloé Martin"] } = {}) {
  sequence += 1;
  const row = await db.delegation.create({
    data: {
      status,
      reference: `DL-2027-${String(Date.now() % 90000 + sequence).padStart(5, "0")}-${sequence}`,
      outletName: uniqueLabel("Outlet"),
      arrivalOn: calendarDateToDb(arrivalOn),
      departureOn: calendarDateToDb(departureOn),
      members: { create: members.map((passportName, position) => ({ passportName, position, nationality: "DE", role: "REPORTER" })) },
    },
    select: { id: true, reference: true, outletName: true, version: true, members: { select: { id: true, passportName: true }, orderBy: { position: "asc" } } },
  });
  return row;
}

const item = (fields: Record<string, unknown> = {}) => ({ day: "2027-05-10", start: "09:00", activity: "Briefing", ...fields });
const program = (delegationId: string, itineraryVersion: number, items: Record<string, unknown>[]) => saveDelegationProgramSchema.parse({ delegationId, itineraryVersion, items });

describe("saving a delegation's program", () => {
  test("a 2-day program with member subsets is saved and read back in order", async () => {
    const d = await delegation();
    const [anna, bao] = d.members;
    const saved = await saveDelegationProgram({
      actor: press,
      input: program(d.id, 1, [
        item({ start: "09:00", end: "10:30", activity: "Meeting at the ministry", host: "Bộ Ngoại giao", place: "Hà Nội" }),
        item({ start: "14:00", activity: "Interview", forSubset: true, attendeeContactIds: [bao.id, anna.id] }),
        item({ day: "2027-05-11", start: "08:00", end: "12:00", activity: "Site visit", forSubset: true, attendeeContactIds: [anna.id] }),
      ]),
    });
    expect(saved.itineraryVersion).toBe(2);
    const read = await getDelegationProgram({ actor: press, delegationId: d.id });
    expect(read.delegation.itineraryVersion).toBe(2);
    expect(read.days.map((day) => [day.day, day.items.map((entry) => entry.activity)])).toEqual([
      ["2027-05-10", ["Meeting at the ministry", "Interview"]],
      ["2027-05-11", ["Site visit"]],
      ["2027-05-12", []],
    ]);
    expect(read.items[1].attendees.map((attendee) => attendee.name)).toEqual(["Anna Schmidt", "Bảo Nguyễn"]);
    expect(read.items[0].host).toBe("Bộ Ngoại giao");
    expect(read.members.map((member) => member.name)).toEqual(["Anna Schmidt", "Bảo Nguyễn", "Chloé Martin"]);
    expect(await db.itineraryMemberAttendee.count({ where: { item: { delegationId: d.id } } })).toBe(3);
    expect(await db.itineraryAttendee.count({ where: { item: { delegationId: d.id } } })).toBe(0);
    expect(await db.delegationTransition.count({ where: { delegationId: d.id } })).toBe(0);
  });

  test("a stale version is a conflict and changes nothing", async () => {
    const d = await delegation();
    await saveDelegationProgram({ actor: press, input: program(d.id, 1, [item({ activity: "Original" })]) });
    const error = await refusal(saveDelegationProgram({ actor: press, input: program(d.id, 1, [item({ activity: "Overwritten" })]) }));
    expect(error.code).toBe("CONFLICT");
    const rows = await db.itineraryItem.findMany({ where: { delegationId: d.id }, select: { activity: true } });
    expect(rows).toEqual([{ activity: "Original" }]);
    expect((await db.delegation.findUniqueOrThrow({ where: { id: d.id } })).itineraryVersion).toBe(2);
  });

  test("an item outside the stay and an attendee from another delegation are refused on their paths", async () => {
    const [d, other] = await Promise.all([delegation(), delegation({ members: ["Stranger"] })]);
    const error = await refusal(
      saveDelegationProgram({
        actor: press,
        input: program(d.id, 1, [item(), item({ day: "2027-05-13" }), item({ forSubset: true, attendeeContactIds: [d.members[0].id, other.members[0].id] })]),
      }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ "items.1.day": ["delegationProgram.outsideStay"], "items.2.attendeeContactIds": ["delegationProgram.notMember"] });
    expect(await db.itineraryItem.count({ where: { delegationId: d.id } })).toBe(0);
  });

  test("writers and editors are refused; a delegation not in a program status cannot be planned", async () => {
    const d = await delegation();
    for (const actor of [writer, editor]) {
      expect((await refusal(saveDelegationProgram({ actor, input: program(d.id, 1, [item()]) }))).code).toBe("FORBIDDEN");
      expect((await refusal(getDelegationProgram({ actor, delegationId: d.id }))).code).toBe("FORBIDDEN");
      expect((await refusal(delegationCalendarFile({ actor, delegationId: d.id, locale: "en" }))).code).toBe("FORBIDDEN");
    }
    const pending = await delegation({ status: "UNDER_REVIEW" });
    expect((await refusal(saveDelegationProgram({ actor: press, input: program(pending.id, 1, [item()]) }))).code).toBe("INVALID_TRANSITION");
  });
});

describe("escorts and double bookings", () => {
  async function escortBoth(a: { id: string }, b: { id: string }) {
    const escort = await contacts.create({ createdById: press.id, latinName: uniqueLabel("Trần Thị Hoa"), role: "ESCORT_OFFICER", nationality: "VN" });
    for (const d of [a, b]) {
      const { version } = await db.delegation.findUniqueOrThrow({ where: { id: d.id }, select: { version: true } });
      await assignDelegationEscort({ actor: press, input: { delegationId: d.id, version, contactId: escort.id } });
    }
    return escort;
  }

  test("an escort of two delegations with overlapping stays is a warning on both; removal clears it", async () => {
    const [a, b] = await Promise.all([delegation({ arrivalOn: "2027-06-01", departureOn: "2027-06-05" }), delegation({ arrivalOn: "2027-06-04", departureOn: "2027-06-08" })]);
    const escort = await escortBoth(a, b);
    const [onA, onB] = await Promise.all([getDelegationEscorts({ actor: press, delegationId: a.id }), getDelegationEscorts({ actor: press, delegationId: b.id })]);
    expect(onA.escorts.map((person) => person.contactId)).toEqual([escort.id]);
    expect(onA.warnings).toEqual([expect.objectContaining({ kind: "delegation", contactId: escort.id, other: expect.objectContaining({ id: b.id, reference: b.reference }) })]);
    expect(onB.warnings).toEqual([expect.objectContaining({ kind: "delegation", other: expect.objectContaining({ id: a.id }) })]);
    expect(onA.candidates.some((person) => person.contactId === escort.id)).toBe(false);

    const { version } = await db.delegation.findUniqueOrThrow({ where: { id: a.id }, select: { version: true } });
    const removed = await removeDelegationEscort({ actor: press, input: { delegationId: a.id, version, contactId: escort.id } });
    expect(removed.warnings).toEqual([]);
    expect((await getDelegationEscorts({ actor: press, delegationId: b.id })).warnings).toEqual([]);
  });

  test("assignment is over the delegation's version, for directory escorts only, and refused to editors", async () => {
    const d = await delegation();
    const reporter = await contacts.create({ createdById: press.id, role: "REPORTER" });
    const interpreter = await contacts.create({ createdById: press.id, role: "INTERPRETER" });
    const notEscort = await refusal(assignDelegationEscort({ actor: press, input: { delegationId: d.id, version: d.version, contactId: reporter.id } }));
    expect(notEscort.fieldErrors).toEqual({ contactId: ["delegationProgram.escorts.notEscort"] });
    const stale = await refusal(assignDelegationEscort({ actor: press, input: { delegationId: d.id, version: d.version + 5, contactId: interpreter.id } }));
    expect(stale.code).toBe("CONFLICT");
    expect((await refusal(assignDelegationEscort({ actor: editor, input: { delegationId: d.id, version: d.version, contactId: interpreter.id } }))).code).toBe("FORBIDDEN");
    const done = await assignDelegationEscort({ actor: press, input: { delegationId: d.id, version: d.version, contactId: interpreter.id } });
    expect(done.version).toBe(d.version + 1);
    expect(await db.delegationEscort.count({ where: { delegationId: d.id } })).toBe(1);
  });

  test("the same escort at the same time in both programs is flagged, naming the other delegation", async () => {
    const [a, b] = await Promise.all([delegation({ arrivalOn: "2027-07-01", departureOn: "2027-07-03" }), delegation({ arrivalOn: "2027-07-02", departureOn: "2027-07-04" })]);
    const escort = await escortBoth(a, b);
    await saveDelegationProgram({ actor: press, input: program(b.id, 1, [item({ day: "2027-07-02", start: "09:00", end: "11:00", activity: "Factory visit" })]) });
    const saved = await saveDelegationProgram({
      actor: press,
      input: program(a.id, 1, [item({ day: "2027-07-02", start: "10:00", end: "12:00", activity: "Museum" }), item({ day: "2027-07-02", start: "11:00", activity: "Lunch" })]),
    });
    expect(saved.conflicts).toEqual([
      expect.objectContaining({ kind: "escortBusy", key: saved.itemIds[0], escortName: escort.latinName, other: { id: b.id, reference: b.reference, outletName: b.outletName }, otherActivity: "Factory visit" }),
    ]);
    const fromB = await getDelegationProgram({ actor: press, delegationId: b.id });
    expect(fromB.conflicts).toEqual([expect.objectContaining({ kind: "escortBusy", other: expect.objectContaining({ id: a.id }), otherActivity: "Museum" })]);
  });

  test("a host booked twice at overlapping times is flagged whatever the diacritics and case", async () => {
    const [a, b] = await Promise.all([delegation({ arrivalOn: "2027-08-01", departureOn: "2027-08-02" }), delegation({ arrivalOn: "2027-08-01", departureOn: "2027-08-02" })]);
    await saveDelegationProgram({ actor: press, input: program(b.id, 1, [item({ day: "2027-08-01", start: "14:00", end: "15:00", activity: "Talk", host: "Sở Văn hóa Đắk Lắk" })]) });
    const saved = await saveDelegationProgram({
      actor: press,
      input: program(a.id, 1, [item({ day: "2027-08-01", start: "14:30", end: "16:00", activity: "Meeting", host: "so van hoa dak lak" }), item({ day: "2027-08-01", start: "15:00", activity: "Other", host: "Sở Văn hóa Đắk Lắk" })]),
    });
    expect(saved.conflicts).toEqual([expect.objectContaining({ kind: "hostBusy", key: saved.itemIds[0], other: expect.objectContaining({ id: b.id }), otherActivity: "Talk" })]);
  });

  test("an escort on an overlapping trip is flagged on the stay and on the program day", async () => {
    const d = await delegation({ arrivalOn: "2027-09-01", departureOn: "2027-09-03" });
    const escort = await contacts.create({ createdById: press.id, latinName: uniqueLabel("Lê Minh"), role: "ESCORT_OFFICER", nationality: "VN" });
    const trip = await trips.create({ createdById: press.id, startsOn: "2027-09-03", endsOn: "2027-09-05" });
    await db.tripEscort.create({ data: { tripId: trip.id, contactId: escort.id } });
    const assigned = await assignDelegationEscort({ actor: press, input: { delegationId: d.id, version: d.version, contactId: escort.id } });
    expect(assigned.warnings).toEqual([expect.objectContaining({ kind: "trip", contactId: escort.id, trip: expect.objectContaining({ id: trip.id, title: trip.title }) })]);
    const saved = await saveDelegationProgram({ actor: press, input: program(d.id, 1, [item({ day: "2027-09-01" }), item({ day: "2027-09-03", activity: "Farewell" })]) });
    expect(saved.conflicts).toEqual([expect.objectContaining({ kind: "escortOnTrip", key: saved.itemIds[1], trip: { id: trip.id, title: trip.title } })]);
  });
});

test("the delegation's .ics holds the stay and every item", async () => {
  const d = await delegation({ arrivalOn: "2027-10-01", departureOn: "2027-10-02" });
  await saveDelegationProgram({
    actor: press,
    input: program(d.id, 1, [item({ day: "2027-10-01" as CalendarDate, start: "09:30", end: "11:00", activity: "Gặp Bộ Ngoại giao", place: "Hà Nội" }), item({ day: "2027-10-02", start: "15:00", activity: "Farewell" })]),
  });
  const file = await delegationCalendarFile({ actor: press, delegationId: d.id, locale: "en", now: new Date("2027-09-01T00:00:00Z") });
  expect(file.fileName).toBe(`${d.reference}.ics`);
  expect(file.body).toContain("DTSTART;VALUE=DATE:20271001");
  expect(file.body).toContain("SUMMARY:Gặp Bộ Ngoại giao");
  expect(file.body).toContain("DTSTART:20271001T023000Z");
  expect(file.body).toContain("SUMMARY:Farewell");
  expect(file.body.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(file.body).not.toContain("Anna");
});
