/**
 * Reading a trip's guest list on a real database: warnings (overlapping
 * bookings, accreditation), who sees personal data (lists and exports), the
 * invite picker, a person's trips, and a merge of two people on one trip.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { mergeContacts } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { readXlsx } from "@/lib/export/xlsx";
import type { AccreditationStatus, TripStatus } from "@/lib/generated/prisma/enums";
import type { CalendarDate } from "@/lib/i18n/calendar-date";
import { createTranslator } from "@/lib/i18n/translator";
import { users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { delegations } from "@/lib/test/review-delegations";
import { contacts, outlets, trips } from "@/lib/test/trip-factories";
import { exportTripParticipants } from "./participant-exports";
import { contactTripHistory, listTripParticipants, searchInviteCandidates } from "./participant-queries";
import { inviteParticipantsSchema, participantExportSchema } from "./participant-schemas";
import { answerParticipant, inviteParticipants } from "./participants";

let press: TestUser;
let editor: TestUser;
let writer: TestUser;
const en = createTranslator("en");

beforeAll(async () => {
  [press, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
});

const newTrip = (fields: { startsOn?: CalendarDate; endsOn?: CalendarDate; status?: TripStatus; title?: string; capacity?: number } = {}) =>
  trips.create({ createdById: press.id, status: "INVITATIONS_SENT", ...fields });
const person = (fields: { latinName?: string; accreditationStatus?: AccreditationStatus; accreditationExpiresOn?: CalendarDate | null; outletId?: string } = {}) =>
  contacts.create({ createdById: press.id, ...fields });
const invite = (tripId: string, contactIds: string[]) => inviteParticipants({ actor: press, input: inviteParticipantsSchema.parse({ tripId, contactIds }) });
const warningsOf = async (tripId: string, contactId: string) =>
  (await listTripParticipants({ actor: press, tripId })).participants.find((row) => row.contactId === contactId)?.warnings;

describe("warnings", () => {
  test("booked on an overlapping trip: named with its dates; touching days count, a cancelled trip or a decline does not", async () => {
    const reporter = await person();
    const elsewhere = await newTrip({ title: "Hà Giang border trade", startsOn: "2027-05-10", endsOn: "2027-05-12" });
    await invite(elsewhere.id, [reporter.id]);
    const overlapping = await newTrip({ startsOn: "2027-05-12", endsOn: "2027-05-14" });
    const later = await newTrip({ startsOn: "2027-05-15", endsOn: "2027-05-17" });

    const result = await invite(overlapping.id, [reporter.id]);
    const expected = { kind: "OVERLAPPING_TRIP", tripId: elsewhere.id, title: "Hà Giang border trade", startsOn: "2027-05-10", endsOn: "2027-05-12", status: "INVITED" };
    expect(result.invited[0].warnings).toEqual([expected]);
    expect(await warningsOf(overlapping.id, reporter.id)).toEqual([expected]);
    // The other trip is warned about this one in turn.
    expect((await warningsOf(elsewhere.id, reporter.id))?.map((warning) => warning.kind)).toEqual(["OVERLAPPING_TRIP"]);
    expect((await invite(later.id, [reporter.id])).invited[0].warnings).toEqual([]);

    const participation = await db.tripParticipant.findFirstOrThrow({ where: { tripId: elsewhere.id, contactId: reporter.id } });
    await answerParticipant({ actor: press, input: { tripId: elsewhere.id, participantId: participation.id, version: 1, answer: "DECLINED" } });
    expect(await warningsOf(overlapping.id, reporter.id)).toEqual([]);
    await answerParticipant({ actor: press, input: { tripId: elsewhere.id, participantId: participation.id, version: 2, answer: "ACCEPTED" } });
    await db.trip.update({ where: { id: elsewhere.id }, data: { status: "CANCELLED", cancelReason: "Weather" } });
    expect(await warningsOf(overlapping.id, reporter.id)).toEqual([]);
  });

  test("a member of a delegation whose stay overlaps is warned about, to press officers only; an ended delegation is not", async () => {
    const reporter = await person();
    const delegation = await delegations.create({ status: "APPROVED", members: [{ passportName: "Delegation Member" }] });
    await db.delegation.update({ where: { id: delegation.id }, data: { arrivalOn: new Date("2027-07-09T00:00:00Z"), departureOn: new Date("2027-07-11T00:00:00Z") } });
    await db.delegationMember.update({ where: { id: delegation.members[0].id }, data: { contactId: reporter.id } });
    const trip = await newTrip({ startsOn: "2027-07-11", endsOn: "2027-07-13" });
    await invite(trip.id, [reporter.id]);

    const forPress = await warningsOf(trip.id, reporter.id);
    expect(forPress).toEqual([
      expect.objectContaining({ kind: "OVERLAPPING_DELEGATION", delegationId: delegation.id, reference: delegation.reference, arrivalOn: "2027-07-09", departureOn: "2027-07-11" }),
    ]);
    // The desk reads trips but not applications: it learns nothing of this one.
    const forEditor = (await listTripParticipants({ actor: editor, tripId: trip.id })).participants.find((row) => row.contactId === reporter.id)?.warnings;
    expect(forEditor).toEqual([]);
    await db.delegation.update({ where: { id: delegation.id }, data: { status: "CANCELLED" } });
    expect(await warningsOf(trip.id, reporter.id)).toEqual([]);
  });

  test("accreditation: expiring before the trip ends, expired, pending or none warn; valid through the last day does not", async () => {
    const trip = await newTrip({ startsOn: "2027-06-01", endsOn: "2027-06-03" });
    const [expiring, lastDay, expired, pending, none] = await Promise.all([
      person({ accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-06-02" }),
      person({ accreditationStatus: "ACCREDITED", accreditationExpiresOn: "2027-06-03" }),
      person({ accreditationStatus: "EXPIRED", accreditationExpiresOn: "2027-01-01" }),
      person({ accreditationStatus: "PENDING" }),
      person({ accreditationStatus: "NONE" }),
    ]);
    const result = await invite(trip.id, [expiring.id, lastDay.id, expired.id, pending.id, none.id]);
    expect(result.invited.map((row) => row.warnings)).toEqual([
      [{ kind: "ACCREDITATION_EXPIRES", expiresOn: "2027-06-02" }],
      [],
      [{ kind: "ACCREDITATION_EXPIRED" }],
      [{ kind: "ACCREDITATION_PENDING" }],
      [{ kind: "ACCREDITATION_NONE" }],
    ]);
  });
});

describe("personal data", () => {
  let tripId: string;
  beforeAll(async () => {
    const outlet = await outlets.create({ name: "Le Monde" });
    const trip = await newTrip({ title: "Đắk Lắk coffee", capacity: 1 });
    tripId = trip.id;
    const [anna, ben] = await Promise.all([person({ latinName: "Anna Schmidt", outletId: outlet.id }), person({ latinName: "Ben Lee" })]);
    await db.pressContact.update({ where: { id: anna.id }, data: { email: "anna@example.org", phone: "+33 1 23 45", needs: "Vegetarian" } });
    const { invited } = await invite(tripId, [anna.id, ben.id]);
    for (const row of invited) await answerParticipant({ actor: press, input: { tripId, participantId: row.participantId, version: 1, answer: "ACCEPTED" } });
    await db.tripParticipant.update({ where: { id: invited[0].participantId }, data: { rooming: "Room 101", transport: "Bus A" } });
  });

  test("an editor's list has no email, phone or needs keys; a press officer's has them", async () => {
    const editors = await listTripParticipants({ actor: editor, tripId });
    for (const row of editors.participants) for (const key of ["email", "phone", "needs"]) expect(row).not.toHaveProperty(key);
    expect(editors).toMatchObject({ canManage: false, canSeePersonal: false, seats: { capacity: 1, taken: 1, waitlisted: 1 } });
    const anna = (await listTripParticipants({ actor: press, tripId })).participants.find((row) => row.latinName === "Anna Schmidt");
    expect(anna).toMatchObject({ email: "anna@example.org", phone: "+33 1 23 45", needs: "Vegetarian", status: "ACCEPTED", waitlistPosition: null });
    expect((await listTripParticipants({ actor: press, tripId })).participants.find((row) => row.latinName === "Ben Lee")?.waitlistPosition).toBe(1);
  });

  test("exports: the editor's CSV and XLSX have no personal columns, the press officer's do; writers get 403, unknown trips 404", async () => {
    const query = (format: string, sheet: string) => participantExportSchema.parse({ format, sheet });
    const editorCsv = await exportTripParticipants({ actor: editor, tripId, query: query("csv", "participants"), t: en });
    expect(editorCsv.fileName).toBe("dak-lak-coffee-participants.csv");
    const editorHeader = String(editorCsv.body).replace("\uFEFF", "").split("\r\n")[0];
    expect(editorHeader).toBe("Name (Latin script),Name (native script),Nationality,Outlet,Foreign mission,Role,Status,Waitlist position");
    expect(String(editorCsv.body)).not.toContain("anna@example.org");
    expect(String(editorCsv.body)).toContain("Anna Schmidt,,FR,Le Monde,,Reporter,Accepted,");
    expect(String(editorCsv.body)).toContain("Ben Lee,,FR,,,Reporter,Waitlisted,1");

    const pressCsv = await exportTripParticipants({ actor: press, tripId, query: query("csv", "participants"), t: en });
    expect(String(pressCsv.body)).toContain("Waitlist position,Email,Phone,Dietary / accessibility needs");
    // A leading "+" would make a spreadsheet read a formula: the shared CSV writer neutralises it.
    expect(String(pressCsv.body)).toContain("anna@example.org,'+33 1 23 45,Vegetarian");

    const editorXlsx = await readXlsx(Buffer.from((await exportTripParticipants({ actor: editor, tripId, query: query("xlsx", "rooming"), t: en })).body));
    expect(editorXlsx["Rooming and transport"]).toEqual([
      ["Name (Latin script)", "Outlet", "Rooming", "Transport", "Notes"],
      ["Anna Schmidt", "Le Monde", "Room 101", "Bus A", ""],
    ]);
    const pressXlsx = await readXlsx(Buffer.from((await exportTripParticipants({ actor: press, tripId, query: query("xlsx", "participants"), t: en })).body));
    expect(pressXlsx.Participants[0]).toContain("Email");
    expect(pressXlsx.Participants.flat()).toContain("Vegetarian");
    const vi = await exportTripParticipants({ actor: press, tripId, query: query("csv", "rooming"), t: createTranslator("vi") });
    expect(vi.fileName).toBe("dak-lak-coffee-phong-nghi-va-phuong-tien.csv");
    expect(String(vi.body)).toContain("Phòng nghỉ");

    expect((await refusal(exportTripParticipants({ actor: writer, tripId, query: query("csv", "participants"), t: en }))).status).toBe(403);
    expect((await refusal(exportTripParticipants({ actor: editor, tripId: "00000000-0000-4000-8000-000000000009", query: query("csv", "participants"), t: en }))).status).toBe(404);
    expect(participantExportSchema.safeParse({ format: "pdf" }).success).toBe(false);
    expect(participantExportSchema.safeParse({ format: "csv", columns: "email" }).success).toBe(false);
  });
});

describe("the invite picker and a person's trips", () => {
  test("candidates by folded name, merged people left out, those on the trip marked, warnings before inviting; press officers only", async () => {
    const trip = await newTrip();
    const label = `Nguyễn Thị ${Date.now()}`;
    const [onTrip, free, merged] = await Promise.all([
      person({ latinName: `${label} A` }),
      person({ latinName: `${label} B`, accreditationStatus: "PENDING" }),
      person({ latinName: `${label} C` }),
    ]);
    await db.pressContact.update({ where: { id: merged.id }, data: { mergedIntoId: onTrip.id } });
    await invite(trip.id, [onTrip.id]);
    const { candidates } = await searchInviteCandidates({ actor: press, tripId: trip.id, q: label.replace("Nguyễn Thị", "nguyen thi") });
    expect(candidates.map((candidate) => [candidate.id, candidate.onTrip, candidate.warnings])).toEqual([
      [onTrip.id, "INVITED", []],
      [free.id, null, [{ kind: "ACCREDITATION_PENDING" }]],
    ]);
    expect((await refusal(searchInviteCandidates({ actor: editor, tripId: trip.id, q: label }))).code).toBe("FORBIDDEN");
  });

  test("a person's trips, newest first, with their answer; trip.read needed", async () => {
    const reporter = await person();
    const older = await newTrip({ title: "Older", startsOn: "2026-09-16", endsOn: "2026-09-18" });
    const newer = await newTrip({ title: "Newer", startsOn: "2027-09-16", endsOn: "2027-09-18" });
    await invite(older.id, [reporter.id]);
    const { invited } = await invite(newer.id, [reporter.id]);
    await answerParticipant({ actor: press, input: { tripId: newer.id, participantId: invited[0].participantId, version: 1, answer: "DECLINED" } });
    const history = await contactTripHistory({ actor: editor, contactId: reporter.id });
    expect(history.map((row) => [row.title, row.status, row.startsOn, row.tripStatus])).toEqual([
      ["Newer", "DECLINED", "2027-09-16", "INVITATIONS_SENT"],
      ["Older", "INVITED", "2026-09-16", "INVITATIONS_SENT"],
    ]);
    expect((await refusal(contactTripHistory({ actor: writer, contactId: reporter.id }))).code).toBe("FORBIDDEN");
  });

  test("merging two people on the same trip keeps one participation, the kept one's answer; other trips move over", async () => {
    const [kept, duplicate] = await Promise.all([person({ latinName: "Maria Garcia" }), person({ latinName: "María García" })]);
    const shared = await newTrip({ title: "Shared" });
    const onlyDuplicate = await newTrip({ title: "Only the duplicate", startsOn: "2028-01-10", endsOn: "2028-01-11" });
    const { invited } = await invite(shared.id, [kept.id, duplicate.id]);
    await answerParticipant({ actor: press, input: { tripId: shared.id, participantId: invited[0].participantId, version: 1, answer: "ACCEPTED" } });
    await invite(onlyDuplicate.id, [duplicate.id]);
    await mergeContacts({ actor: press, keepId: kept.id, mergeId: duplicate.id, version: 1 });
    const sharedRows = await db.tripParticipant.findMany({ where: { tripId: shared.id } });
    expect(sharedRows.map((row) => [row.contactId, row.status])).toEqual([[kept.id, "ACCEPTED"]]);
    expect((await db.tripParticipant.findFirstOrThrow({ where: { tripId: onlyDuplicate.id } })).contactId).toBe(kept.id);
    expect((await contactTripHistory({ actor: press, contactId: kept.id })).map((row) => row.title)).toEqual(["Only the duplicate", "Shared"]);
  });
});
