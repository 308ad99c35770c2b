/**
 * Creating and editing a trip's details on a real database: who may, the
 * organiser and escort checks, compare-and-set on version, capacity against
 * seats taken, dates against the program, nothing half-written, history.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { calendarDateToDb } from "@/lib/i18n/calendar-date";
import { refusal } from "@/lib/test/refusal";
import { uniqueLabel, users, type TestUser } from "@/lib/test/factories";
import { contacts } from "@/lib/test/trip-factories";
import { createTrip, transitionTrip, updateTrip } from "./mutations";
import { getTripDetailOrThrow, listTripActivity } from "./queries";
import { createTripSchema, updateTripSchema } from "./schemas";

let press: TestUser;
let admin: TestUser;
let chief: TestUser;
let editor: TestUser;
let writer: TestUser;
let escort: string;

const fields = (changes: Record<string, unknown> = {}) => ({
  title: uniqueLabel("Đắk Lắk: phát triển kinh tế - xã hội"),
  provinceCodes: ["DLK"],
  startsOn: "2027-09-16",
  endsOn: "2027-09-18",
  topic: "Phát triển kinh tế - xã hội",
  capacity: 5,
  ...changes,
});
const create = (changes: Record<string, unknown> = {}, actor: TestUser = press) => createTrip({ actor, input: createTripSchema.parse(fields(changes)) });

/** The trip's current details as the form would post them, with changes. */
async function editOf(tripId: string, changes: Record<string, unknown> = {}) {
  const trip = await getTripDetailOrThrow({ actor: press, tripId });
  return updateTripSchema.parse({
    tripId,
    version: trip.version,
    title: trip.title,
    provinceCodes: trip.provinceCodes,
    startsOn: trip.startsOn,
    endsOn: trip.endsOn,
    topic: trip.topic,
    goals: trip.goals,
    partnerAuthority: trip.partnerAuthority,
    organiserId: trip.organiser.id,
    escortContactIds: trip.escorts.map((person) => person.id),
    capacity: trip.capacity,
    budgetLines: trip.budgetLines.map(({ id: _id, ...line }) => line),
    ...changes,
  });
}

async function addParticipant(tripId: string, status: "ACCEPTED" | "WAITLISTED" | "INVITED", seatRequestedAt = new Date()) {
  const contact = await contacts.create({ createdById: press.id });
  return db.tripParticipant.create({ data: { tripId, contactId: contact.id, status, invitedById: press.id, seatRequestedAt }, select: { id: true } });
}

beforeAll(async () => {
  [press, admin, chief, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["ADMIN"] }),
    users.create({ roles: ["CHIEF_EDITOR"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
  escort = (await contacts.create({ createdById: press.id, role: "ESCORT_OFFICER", nationality: "VN" })).id;
});

describe("createTrip", () => {
  test("an idea organised by its creator, with escorts in order, exact budget lines and a CREATED row, in one go", async () => {
    const interpreter = (await contacts.create({ createdById: press.id, role: "INTERPRETER", nationality: "VN" })).id;
    const { id, status, version } = await create({
      escortContactIds: [interpreter, escort],
      budgetLines: JSON.stringify([
        { category: "TRANSPORT", description: "Xe 16 chỗ", quantity: 3, unitCost: "2500000" },
        { category: "MEALS", quantity: 3, unitCost: "0.1", currency: "usd" },
      ]),
    });
    expect({ status, version }).toEqual({ status: "IDEA", version: 1 });
    const row = await db.trip.findUniqueOrThrow({ where: { id }, include: { escorts: { orderBy: { position: "asc" } }, budgetLines: { orderBy: { position: "asc" } } } });
    expect(row).toMatchObject({ organiserId: press.id, createdById: press.id, searchText: expect.stringContaining("dak lak") });
    expect(row.escorts.map((person) => person.contactId)).toEqual([interpreter, escort]);
    expect(row.budgetLines.map((line) => [line.unitCost.toFixed(2), line.currency])).toEqual([["2500000.00", "VND"], ["0.10", "USD"]]);
    const detail = await getTripDetailOrThrow({ actor: editor, tripId: id });
    expect(detail.budgetTotals.byCurrency).toEqual([{ currency: "USD", total: "0.30" }, { currency: "VND", total: "7500000.00" }]);
    expect(await db.tripActivity.findMany({ where: { tripId: id }, select: { kind: true, actorId: true } })).toEqual([{ kind: "CREATED", actorId: press.id }]);
  });

  test("only press officers and admins create trips", async () => {
    await expect(create({}, admin)).resolves.toMatchObject({ status: "IDEA" });
    for (const actor of [chief, editor, writer]) expect((await refusal(create({}, actor))).code).toBe("FORBIDDEN");
  });

  test("the organiser must be an active press officer or admin; escorts live contacts; nothing is written otherwise", async () => {
    const inactive = await users.create({ roles: ["PRESS_OFFICER"], isActive: false });
    const merged = await contacts.create({ createdById: press.id, role: "ESCORT_OFFICER" });
    await db.pressContact.update({ where: { id: merged.id }, data: { mergedIntoId: escort } });
    const title = uniqueLabel("Never written");
    for (const organiserId of [chief.id, inactive.id, "5b1f8a52-3a4c-4c1e-9f0d-8e2b7c6d5a41"]) {
      expect((await refusal(create({ title, organiserId }))).fieldErrors).toEqual({ organiserId: ["trips.unknownOrganiser"] });
    }
    for (const escortContactIds of [["5b1f8a52-3a4c-4c1e-9f0d-8e2b7c6d5a41"], [escort, merged.id]]) {
      expect((await refusal(create({ title, escortContactIds }))).fieldErrors).toEqual({ escortContactIds: ["trips.unknownEscort"] });
    }
    expect(await db.trip.count({ where: { title } })).toBe(0);
    await expect(create({ organiserId: admin.id })).resolves.toBeTruthy();
  });
});

describe("updateTrip", () => {
  test("saves over the version loaded, names the changed fields in the history and folds the search text", async () => {
    const { id } = await create();
    const saved = await updateTrip({ actor: press, input: await editOf(id, { title: "Gia Lai và Đắk Lắk", provinceCodes: ["GL", "DLK"], capacity: 8, escortContactIds: [escort] }) });
    expect(saved.version).toBe(2);
    const row = await db.trip.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "Gia Lai và Đắk Lắk", provinceCodes: ["GL", "DLK"], capacity: 8, searchText: expect.stringContaining("gia lai va dak lak") });
    const [latest] = await listTripActivity({ actor: editor, tripId: id });
    expect(latest).toMatchObject({ kind: "UPDATED", actorName: press.name, detail: { fields: ["title", "capacity", "provinceCodes", "escortContactIds"] } });
  });

  test("a save over an older version is a conflict and changes nothing; an unknown trip is 404", async () => {
    const { id } = await create();
    const stale = await editOf(id, { title: "First save" });
    await updateTrip({ actor: press, input: await editOf(id, { title: "Someone else's save" }) });
    expect((await refusal(updateTrip({ actor: press, input: stale }))).code).toBe("CONFLICT");
    expect((await db.trip.findUniqueOrThrow({ where: { id } })).title).toBe("Someone else's save");
    const missing = await refusal(updateTrip({ actor: press, input: { ...stale, tripId: "0e7b3c4d-5a6f-4b1c-8d2e-9f0a1b2c3d4e" } }));
    expect(missing.code).toBe("NOT_FOUND");
  });

  test("desk roles may not edit; writers learn nothing", async () => {
    const { id } = await create();
    const input = await editOf(id, { title: "x" });
    expect((await refusal(updateTrip({ actor: chief, input }))).code).toBe("FORBIDDEN");
    expect((await refusal(updateTrip({ actor: writer, input }))).code).toBe("FORBIDDEN");
  });

  test("capacity cannot fall below the seats taken: field error on capacity naming the count, nothing saved", async () => {
    const { id } = await create({ budgetLines: [{ category: "MEALS", quantity: 1, unitCost: "100" }] });
    for (let index = 0; index < 3; index += 1) await addParticipant(id, "ACCEPTED");
    await addParticipant(id, "INVITED");
    const error = await refusal(updateTrip({ actor: press, input: await editOf(id, { capacity: 2, budgetLines: [] }) }));
    expect(error).toMatchObject({ code: "VALIDATION", messageKey: "trips.capacityBelowTaken", params: { count: 3 }, fieldErrors: { capacity: ["trips.capacityBelowTakenField"] } });
    const row = await db.trip.findUniqueOrThrow({ where: { id }, include: { budgetLines: true } });
    expect({ capacity: row.capacity, version: row.version, lines: row.budgetLines.length }).toEqual({ capacity: 5, version: 1, lines: 1 });
    await expect(updateTrip({ actor: press, input: await editOf(id, { capacity: 3 }) })).resolves.toMatchObject({ version: 2 });
  });

  test("a larger capacity gives the waitlist its seats, earliest first, in the same save", async () => {
    const { id } = await create({ capacity: 1 });
    await addParticipant(id, "ACCEPTED");
    const later = await addParticipant(id, "WAITLISTED", new Date("2027-01-02T00:00:00Z"));
    const earlier = await addParticipant(id, "WAITLISTED", new Date("2027-01-01T00:00:00Z"));
    await updateTrip({ actor: press, input: await editOf(id, { capacity: 2 }) });
    const statuses = await db.tripParticipant.findMany({ where: { id: { in: [earlier.id, later.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((row) => [row.id, row.status]))).toEqual({ [earlier.id]: "ACCEPTED", [later.id]: "WAITLISTED" });
    expect(await db.tripActivity.count({ where: { tripId: id, kind: "PARTICIPANT_PROMOTED" } })).toBe(1);
  });

  test("new dates may not leave program items outside the trip: field errors on both dates naming how many", async () => {
    const { id } = await create();
    for (const day of ["2027-09-16", "2027-09-18", "2027-09-18"]) {
      await db.itineraryItem.create({ data: { tripId: id, day: calendarDateToDb(day), startMinute: 540, activity: "Làm việc với UBND tỉnh" } });
    }
    const error = await refusal(updateTrip({ actor: press, input: await editOf(id, { startsOn: "2027-09-15", endsOn: "2027-09-17" }) }));
    expect(error).toMatchObject({ messageKey: "trips.itemsOutsideDates", params: { count: 2 } });
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(["endsOn", "startsOn"]);
    await expect(updateTrip({ actor: press, input: await editOf(id, { startsOn: "2027-09-14", endsOn: "2027-09-20" }) })).resolves.toMatchObject({ version: 2 });
  });

  test("details are frozen once the trip is completed", async () => {
    const { id } = await create();
    await db.trip.update({ where: { id }, data: { status: "COMPLETED" } });
    const error = await refusal(updateTrip({ actor: admin, input: await editOf(id, { title: "Too late" }) }));
    expect(error.code).toBe("INVALID_TRANSITION");
    expect((await getTripDetailOrThrow({ actor: admin, tripId: id })).canManage).toBe(false);
  });

  test("a save that changes nothing writes nothing", async () => {
    const { id } = await create({ budgetLines: [{ category: "OTHER", quantity: 2, unitCost: "12.5" }] });
    const result = await updateTrip({ actor: press, input: await editOf(id, { budgetLines: [{ category: "OTHER", quantity: 2, unitCost: "12.50" }] }) });
    expect(result.version).toBe(1);
    expect(await db.tripActivity.count({ where: { tripId: id, kind: "UPDATED" } })).toBe(0);
  });

  test("the history reads create, update and status change newest first, with names", async () => {
    const { id } = await create();
    const updated = await updateTrip({ actor: press, input: await editOf(id, { goals: "Quảng bá du lịch" }) });
    await transitionTrip({ actor: press, input: { tripId: id, version: updated.version, to: "PLANNED" } });
    const history = await listTripActivity({ actor: chief, tripId: id });
    expect(history.map((item) => item.kind)).toEqual(["STATUS_CHANGED", "UPDATED", "CREATED"]);
    expect(history[0]).toMatchObject({ fromStatus: "IDEA", toStatus: "PLANNED", actorName: press.name });
    expect(history[1].detail).toEqual({ fields: ["goals"] });
  });
});
