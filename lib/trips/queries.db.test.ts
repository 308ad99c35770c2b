/**
 * Reading trips on a real database: who may, 404s, the list's filters and
 * keyset pages, the month calendar, and the period figures on a small data
 * set whose answer is known.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { TripParticipantStatus, TripStatus } from "@/lib/generated/prisma/enums";
import { refusal } from "@/lib/test/refusal";
import { articles, users, type TestUser } from "@/lib/test/factories";
import { contacts, outlets, trips } from "@/lib/test/trip-factories";
import { periodStats, tripsInMonth } from "./overview";
import { getTripDetailOrThrow, listEscortCandidates, listTripActivity, listTrips, TRIPS_PAGE_SIZE } from "./queries";
import { tripListFiltersSchema } from "./schemas";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;

const filters = (raw: Record<string, string> = {}) => tripListFiltersSchema.parse(raw);
const UNKNOWN = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

async function trip(title: string, status: TripStatus, startsOn: string, endsOn: string, provinceCodes = ["DLK"]) {
  return trips.create({ createdById: press.id, title, status, startsOn, endsOn, provinceCodes });
}

async function seat(tripId: string, contactId: string, status: TripParticipantStatus) {
  await db.tripParticipant.create({ data: { tripId, contactId, status, invitedById: press.id } });
}

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
});

describe("who may read", () => {
  test("writers get 403 on every read; unknown and malformed ids are 404", async () => {
    const { id } = await trip("Hà Giang", "PLANNED", "2030-01-05", "2030-01-07");
    for (const read of [
      getTripDetailOrThrow({ actor: writer, tripId: id }),
      listTripActivity({ actor: writer, tripId: id }),
      listTrips({ actor: writer, filters: filters() }),
      tripsInMonth({ actor: writer, month: "2030-01" }),
      periodStats({ actor: writer, from: "2030-01-01", to: "2030-12-31" }),
      listEscortCandidates({ actor: writer, locale: "vi" }),
    ]) {
      expect((await refusal(read)).code).toBe("FORBIDDEN");
    }
    for (const tripId of [UNKNOWN, "not-a-uuid", "1; DROP TABLE trip"]) {
      expect((await refusal(getTripDetailOrThrow({ actor: editor, tripId }))).code).toBe("NOT_FOUND");
    }
  });

  test("the desk reads a trip without the right to change or approve it", async () => {
    const { id } = await trip("Cà Mau", "PLANNED", "2030-02-05", "2030-02-07", ["CM"]);
    const detail = await getTripDetailOrThrow({ actor: editor, tripId: id });
    expect(detail).toMatchObject({ title: "Cà Mau", canManage: false, canApprove: false, allowedTargets: [], organiser: { id: press.id } });
    expect((await getTripDetailOrThrow({ actor: press, tripId: id })).canManage).toBe(true);
  });
});

describe("listTrips", () => {
  test("folded search, status, province, organiser and period overlap", async () => {
    const dakLak = await trip("Tìm hiểu Đắk Lắk", "APPROVED", "2031-09-16", "2031-09-18", ["DLK"]);
    const hue = await trip("Huế di sản", "IDEA", "2031-10-30", "2031-11-02", ["HUE"]);
    const ids = async (raw: Record<string, string>) => (await listTrips({ actor: editor, filters: filters(raw) })).items.map((item) => item.id);
    expect(await ids({ q: "dak lak" })).toEqual([dakLak.id]);
    expect(await ids({ q: "ĐẮK LẮK", from: "2031-01-01" })).toEqual([dakLak.id]);
    expect(await ids({ status: "IDEA", from: "2031-01-01" })).toEqual([hue.id]);
    expect(await ids({ provinceCode: "HUE", from: "2031-01-01" })).toEqual([hue.id]);
    expect(await ids({ from: "2031-11-01", to: "2031-11-30" })).toEqual([hue.id]);
    expect(await ids({ from: "2031-09-18", to: "2031-09-18" })).toEqual([dakLak.id]);
    expect(await ids({ organiserId: editor.id })).toEqual([]);
    expect(await ids({ q: "100%_" })).toEqual([]);
  });

  test("keyset pages, latest start first, every trip once, with seats taken", async () => {
    const made: string[] = [];
    for (let index = 0; index < TRIPS_PAGE_SIZE + 3; index += 1) {
      const day = String((index % 28) + 1).padStart(2, "0");
      made.push((await trip(`Trang ${index}`, "PLANNED", `2032-0${(index % 2) + 1}-${day}`, `2032-0${(index % 2) + 1}-${day}`)).id);
    }
    const contact = await contacts.create({ createdById: press.id });
    await seat(made[0], contact.id, "ACCEPTED");
    const scope = { from: "2032-01-01", to: "2032-12-31" };
    const first = await listTrips({ actor: editor, filters: filters(scope) });
    expect(first.items).toHaveLength(TRIPS_PAGE_SIZE);
    const second = await listTrips({ actor: editor, filters: filters({ ...scope, cursor: first.nextCursor! }) });
    expect(second.nextCursor).toBeNull();
    const all = [...first.items, ...second.items];
    expect(new Set(all.map((item) => item.id))).toEqual(new Set(made));
    const starts = all.map((item) => item.startsOn);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(all.find((item) => item.id === made[0])?.takenSeats).toBe(1);
    expect((await listTrips({ actor: editor, filters: filters({ ...scope, cursor: "forged" }) })).items[0].id).toBe(first.items[0].id);
  });
});

test("the month calendar lists every trip that touches the month", async () => {
  const spanning = await trip("Cuối tháng", "CONFIRMED", "2033-04-29", "2033-05-02");
  const inside = await trip("Giữa tháng", "CANCELLED", "2033-05-15", "2033-05-15");
  await trip("Tháng sau", "IDEA", "2033-06-01", "2033-06-03");
  expect((await tripsInMonth({ actor: editor, month: "2033-05" })).map((item) => item.id)).toEqual([spanning.id, inside.id]);
});

test("escort candidates are live escort officers and interpreters, plus anyone already on the trip", async () => {
  const officer = await contacts.create({ createdById: press.id, latinName: "Nguyễn Văn An", role: "ESCORT_OFFICER" });
  const reporter = await contacts.create({ createdById: press.id, latinName: "Reporter Kept", role: "REPORTER" });
  const merged = await contacts.create({ createdById: press.id, role: "INTERPRETER" });
  await db.pressContact.update({ where: { id: merged.id }, data: { mergedIntoId: officer.id } });
  const ids = (await listEscortCandidates({ actor: press, locale: "vi", include: [reporter.id] })).map((person) => person.id);
  expect(ids).toContain(officer.id);
  expect(ids).toContain(reporter.id);
  expect(ids).not.toContain(merged.id);
});

test("period figures on a known data set: trips, people with a seat, their countries and outlets, stories", async () => {
  const [afp, nhk, cnn] = await Promise.all([outlets.create(), outlets.create({ country: "JP" }), outlets.create({ country: "US" })]);
  const person = (nationality: string, outletId: string | null) => contacts.create({ createdById: press.id, nationality, outletId }).then((row) => row.id);
  const [a, b, c, d, e, f, g] = await Promise.all([
    person("FR", afp.id),
    person("FR", nhk.id),
    person("JP", afp.id),
    person("US", null),
    person("JP", cnn.id),
    person("DE", null),
    person("GB", null),
  ]);
  const first = await trip("Đắk Lắk 2040", "COMPLETED", "2040-03-10", "2040-03-12");
  const second = await trip("Huế 2040", "REPORTED", "2040-06-01", "2040-06-03");
  // Overlaps the period by two days: it counts.
  await trip("Qua năm mới", "ONGOING", "2039-12-30", "2040-01-02");
  const cancelled = await trip("Bị hủy", "CANCELLED", "2040-08-01", "2040-08-02");
  const outside = await trip("Năm trước", "REPORTED", "2039-05-01", "2039-05-02");
  await seat(first.id, a, "ATTENDED");
  await seat(first.id, b, "ACCEPTED");
  await seat(first.id, c, "NO_SHOW");
  await seat(first.id, d, "DECLINED");
  await seat(second.id, a, "ATTENDED");
  await seat(second.id, e, "ACCEPTED");
  await seat(second.id, g, "WAITLISTED");
  await seat(cancelled.id, f, "ACCEPTED");
  await seat(outside.id, g, "ATTENDED");
  const story = (tripId: string, index: number) =>
    db.tripCoverage.create({ data: { tripId, title: `Story ${index}`, url: `https://example.org/${tripId}/${index}`, language: "fr", publishedOn: new Date("2040-07-01"), createdById: press.id } });
  await Promise.all([story(first.id, 1), story(first.id, 2), story(second.id, 3), story(cancelled.id, 4), story(outside.id, 5)]);
  const ours = await articles.insert({ author: press, status: "PUBLISHED" });
  await db.tripArticle.create({ data: { tripId: first.id, articleId: ours.id, linkedById: press.id } });

  expect(await periodStats({ actor: editor, from: "2040-01-01", to: "2040-12-31" })).toEqual({
    from: "2040-01-01",
    to: "2040-12-31",
    trips: 3,
    participants: 3,
    countries: 2,
    outlets: 3,
    stories: 4,
  });
  expect((await periodStats({ actor: editor, from: "2041-01-01", to: "2041-12-31" })).trips).toBe(0);
});
