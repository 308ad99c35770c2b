/**
 * Writing the directory on a real database: who may, compare-and-set on
 * version, duplicate detection on create, merging duplicates, and fields a
 * form may not send.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { refusal } from "@/lib/test/refusal";
import { users, type TestUser } from "@/lib/test/factories";
import { createContact, createOutlet, mergeContacts, updateContact, updateMission, updateOutlet, createMission } from "./mutations";
import { listLikelyDuplicatesOf } from "./duplicates";
import { getContactOrThrow, listContacts, mergedContactTarget } from "./queries";
import {
  contactListFiltersSchema,
  createContactSchema,
  createMissionSchema,
  createOutletSchema,
  mergeContactsSchema,
  updateContactSchema,
  updateMissionSchema,
  updateOutletSchema,
} from "./schemas";

let press: TestUser;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;
let reuters: string;
let nhk: string;

const newContact = (fields: Record<string, unknown>) => createContactSchema.parse({ nationality: "GB", role: "REPORTER", ...fields });
const create = (fields: Record<string, unknown>, actor: TestUser = press) => createContact({ actor, input: newContact(fields) });

async function editOf(contactId: string, changes: Record<string, unknown> = {}) {
  const row = await db.pressContact.findUniqueOrThrow({ where: { id: contactId } });
  return updateContactSchema.parse({
    contactId,
    version: row.version,
    latinName: row.latinName,
    nativeName: row.nativeName,
    nationality: row.nationality,
    role: row.role,
    outletId: row.outletId ?? "",
    missionId: row.missionId ?? "",
    languages: row.languages,
    email: row.email ?? "",
    phone: row.phone ?? "",
    accreditationStatus: row.accreditationStatus,
    needs: row.needs,
    notes: row.notes,
    ...changes,
  });
}

beforeAll(async () => {
  [press, admin, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["ADMIN"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
  reuters = (await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "Reuters", kind: "NEWS_AGENCY", country: "GB" }) })).id;
  nhk = (await createOutlet({ actor: admin, input: createOutletSchema.parse({ name: "NHK", kind: "TV", country: "JP", languages: "ja" }) })).id;
});

describe("who may write", () => {
  test("editors and writers may not create, edit or merge; writers do not even learn a contact exists", async () => {
    const { id } = await create({ latinName: "Only Press" });
    expect((await refusal(create({ latinName: "By Editor" }, editor))).code).toBe("FORBIDDEN");
    expect((await refusal(updateContact({ actor: editor, input: await editOf(id, { notes: "x" }) }))).code).toBe("FORBIDDEN");
    expect((await refusal(updateContact({ actor: writer, input: await editOf(id, { notes: "x" }) }))).code).toBe("NOT_FOUND");
    expect((await refusal(createOutlet({ actor: editor, input: createOutletSchema.parse({ name: "X", kind: "RADIO", country: "US" }) }))).code).toBe("FORBIDDEN");
    const other = await create({ latinName: "Another Press" });
    expect((await refusal(mergeContacts({ actor: editor, keepId: id, mergeId: other.id, version: 1 }))).code).toBe("FORBIDDEN");
  });

  test("the creator is the actor, whatever the form says", async () => {
    const { id } = await create({ latinName: "Created By Press" });
    expect((await db.pressContact.findUniqueOrThrow({ where: { id } })).createdById).toBe(press.id);
  });
});

describe("compare-and-set", () => {
  test("a save from a stale version is a conflict and changes nothing", async () => {
    const { id } = await create({ latinName: "Sarah Lee", outletId: reuters });
    const first = await editOf(id, { notes: "first" });
    const second = await editOf(id, { notes: "second" });
    expect(await updateContact({ actor: press, input: first })).toEqual({ id, version: 2 });
    expect((await refusal(updateContact({ actor: admin, input: second }))).code).toBe("CONFLICT");
    expect((await getContactOrThrow({ actor: press, contactId: id })).notes).toBe("first");
  });

  test("two saves at once from the same version: exactly one wins", async () => {
    const { id } = await create({ latinName: "Race Condition" });
    const [a, b] = await Promise.all([editOf(id, { notes: "a" }), editOf(id, { notes: "b" })]);
    const results = await Promise.allSettled([updateContact({ actor: press, input: a }), updateContact({ actor: admin, input: b })]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await db.pressContact.findUniqueOrThrow({ where: { id } })).version).toBe(2);
  });

  test("outlets and missions are compare-and-set too", async () => {
    const outlet = await createOutlet({ actor: press, input: createOutletSchema.parse({ name: "BBC", kind: "RADIO", country: "GB" }) });
    const edit = updateOutletSchema.parse({ outletId: outlet.id, version: 1, name: "BBC World Service", kind: "RADIO", country: "GB" });
    expect(await updateOutlet({ actor: press, input: edit })).toEqual({ id: outlet.id, version: 2 });
    expect((await refusal(updateOutlet({ actor: press, input: edit }))).code).toBe("CONFLICT");
    const mission = await createMission({ actor: press, input: createMissionSchema.parse({ name: "Consulate of France", kind: "CONSULATE", country: "FR", city: "TP. Hồ Chí Minh" }) });
    const missionEdit = updateMissionSchema.parse({ missionId: mission.id, version: 1, name: "Consulat général de France", kind: "CONSULATE", country: "FR", city: "TP. Hồ Chí Minh" });
    await updateMission({ actor: press, input: missionEdit });
    expect((await refusal(updateMission({ actor: press, input: missionEdit }))).code).toBe("CONFLICT");
    expect((await refusal(updateMission({ actor: press, input: { ...missionEdit, missionId: "00000000-0000-4000-8000-000000000000" } }))).code).toBe("NOT_FOUND");
  });

  test("an unknown outlet is a field error, not a crash", async () => {
    const error = await refusal(create({ latinName: "Lost Outlet", outletId: "00000000-0000-4000-8000-000000000000" }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ outletId: ["contacts.unknownOutlet"] });
  });
});

describe("duplicate detection on create", () => {
  test("the same folded name at the same outlet is refused with the likely duplicates listed", async () => {
    const { id } = await create({ latinName: "Trần Văn Đức", outletId: nhk });
    const error = await refusal(create({ latinName: "tran van duc", outletId: nhk }));
    expect(error.code).toBe("VALIDATION");
    expect(error.fieldErrors).toEqual({ latinName: ["contacts.likelyDuplicate"] });
    expect(error.params).toEqual({ names: "Trần Văn Đức" });
    expect(error.details).toEqual({ duplicates: [{ id, latinName: "Trần Văn Đức", nativeName: "", outletName: "NHK" }] });
  });

  test("the same email is a duplicate whatever the name", async () => {
    const { id } = await create({ latinName: "James Park", email: "james@example.org" });
    const error = await refusal(create({ latinName: "Jim Park", outletId: reuters, email: "JAMES@example.org" }));
    expect((error.details?.duplicates as { id: string }[]).map((duplicate) => duplicate.id)).toEqual([id]);
  });

  test("the same name at another outlet, or a longer name containing it, is not a duplicate", async () => {
    await create({ latinName: "Maria Garcia", outletId: reuters });
    await expect(create({ latinName: "Maria Garcia", outletId: nhk })).resolves.toMatchObject({ version: 1 });
    await expect(create({ latinName: "Maria Garcia Lopez", outletId: reuters })).resolves.toMatchObject({ version: 1 });
  });

  test("confirmDuplicate creates it anyway", async () => {
    await create({ latinName: "Lê Thu", outletId: reuters });
    await expect(create({ latinName: "Le Thu", outletId: reuters, confirmDuplicate: "on" })).resolves.toMatchObject({ version: 1 });
  });
});

describe("merging duplicates", () => {
  test("the kept record's empty fields are filled, the merged one leaves lists and search, and its old id leads to the kept one", async () => {
    const keep = await create({ latinName: "Olivia Brown", outletId: reuters, notes: "Covers the Mekong." });
    const merged = await create({
      latinName: "Olivia Browne",
      nativeName: "オリビア",
      email: "olivia@example.org",
      phone: "+44 20 7946 0000",
      languages: ["en", "ja"],
      needs: "Gluten-free",
      notes: "Older record.",
      accreditationStatus: "ACCREDITED",
      accreditationExpiresOn: "2027-01-31",
      outletId: nhk,
    });
    const result = await mergeContacts({ actor: press, keepId: keep.id, mergeId: merged.id, version: 1 });
    expect(result).toEqual({ id: keep.id, version: 2 });
    const kept = await getContactOrThrow({ actor: press, contactId: keep.id });
    expect(kept).toMatchObject({
      latinName: "Olivia Brown",
      nativeName: "オリビア",
      outlet: { id: reuters },
      email: "olivia@example.org",
      phone: "+44 20 7946 0000",
      languages: ["en", "ja"],
      needs: "Gluten-free",
      notes: "Covers the Mekong.",
      accreditationStatus: "ACCREDITED",
      accreditationExpiresOn: "2027-01-31",
    });
    expect((await refusal(getContactOrThrow({ actor: press, contactId: merged.id }))).code).toBe("NOT_FOUND");
    const search = (q: string) => listContacts({ actor: press, filters: contactListFiltersSchema.parse({ q }) });
    expect((await search("olivia")).items.map((item) => item.id)).toEqual([keep.id]);
    // The native name filled in from the duplicate is searchable on the kept record.
    expect((await search("オリビア")).items.map((item) => item.id)).toEqual([keep.id]);
    expect(await mergedContactTarget({ actor: press, contactId: merged.id })).toBe(keep.id);
    expect(await mergedContactTarget({ actor: press, contactId: keep.id })).toBeNull();
  });

  test("a contact's page lists its likely duplicates to merge, for those who keep the directory only", async () => {
    const keep = await create({ latinName: "Phạm Minh Châu", outletId: reuters });
    const duplicate = await create({ latinName: "Pham Minh Chau", outletId: reuters, confirmDuplicate: true });
    const sameEmail = await create({ latinName: "M. C. Pham", email: "chau@example.org", confirmDuplicate: true });
    await updateContact({ actor: press, input: await editOf(keep.id, { email: "chau@example.org" }) });
    expect((await listLikelyDuplicatesOf({ actor: press, contactId: keep.id })).map((row) => row.id).sort()).toEqual([duplicate.id, sameEmail.id].sort());
    expect((await refusal(listLikelyDuplicatesOf({ actor: editor, contactId: keep.id }))).code).toBe("FORBIDDEN");
    await mergeContacts({ actor: press, keepId: keep.id, mergeId: duplicate.id, version: 2 });
    expect((await listLikelyDuplicatesOf({ actor: press, contactId: keep.id })).map((row) => row.id)).toEqual([sameEmail.id]);
    expect((await refusal(listLikelyDuplicatesOf({ actor: press, contactId: duplicate.id }))).code).toBe("NOT_FOUND");
  });

  test("earlier merges follow along: a record merged into the duplicate now points at the kept one", async () => {
    const a = await create({ latinName: "Chain A" });
    const b = await create({ latinName: "Chain B" });
    const c = await create({ latinName: "Chain C" });
    await mergeContacts({ actor: press, keepId: b.id, mergeId: a.id, version: 1 });
    await mergeContacts({ actor: admin, keepId: c.id, mergeId: b.id, version: 1 });
    expect((await db.pressContact.findUniqueOrThrow({ where: { id: a.id } })).mergedIntoId).toBe(c.id);
  });

  test("a stale merge is refused and changes nothing", async () => {
    const keep = await create({ latinName: "Stale Keep" });
    const merged = await create({ latinName: "Stale Merge", email: "stale@example.org" });
    await updateContact({ actor: press, input: await editOf(keep.id, { notes: "edited meanwhile" }) });
    expect((await refusal(mergeContacts({ actor: press, keepId: keep.id, mergeId: merged.id, version: 1 }))).code).toBe("CONFLICT");
    const row = await db.pressContact.findUniqueOrThrow({ where: { id: merged.id } });
    expect(row).toMatchObject({ mergedIntoId: null, version: 1 });
    expect((await db.pressContact.findUniqueOrThrow({ where: { id: keep.id } })).email).toBeNull();
  });

  test("an already merged record cannot be merged again or edited; two merges at once: one wins", async () => {
    const keep = await create({ latinName: "Twice Keep" });
    const other = await create({ latinName: "Twice Other" });
    const merged = await create({ latinName: "Twice Merged" });
    const results = await Promise.allSettled([
      mergeContacts({ actor: press, keepId: keep.id, mergeId: merged.id, version: 1 }),
      mergeContacts({ actor: admin, keepId: other.id, mergeId: merged.id, version: 1 }),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect((await refusal(mergeContacts({ actor: press, keepId: keep.id, mergeId: merged.id, version: 2 }))).code).toBe("CONFLICT");
    expect((await refusal(updateContact({ actor: press, input: await editOf(merged.id, { notes: "ghost" }) }))).code).toBe("NOT_FOUND");
  });

  test("a contact is not merged with itself; unknown ids answer 404", async () => {
    const { id } = await create({ latinName: "Self Merge" });
    expect(mergeContactsSchema.safeParse({ keepId: id, mergeId: id, version: 1 }).success).toBe(false);
    expect((await refusal(mergeContacts({ actor: press, keepId: id, mergeId: id, version: 1 }))).code).toBe("VALIDATION");
    const unknown = "00000000-0000-4000-8000-000000000000";
    expect((await refusal(mergeContacts({ actor: press, keepId: id, mergeId: unknown, version: 1 }))).code).toBe("NOT_FOUND");
  });
});

describe("smuggled fields", () => {
  test.each([
    ["createdById", "00000000-0000-4000-8000-000000000001"],
    ["mergedIntoId", "00000000-0000-4000-8000-000000000001"],
    ["searchText", "anything"],
    ["version", 7],
    ["id", "00000000-0000-4000-8000-000000000001"],
  ])("create refuses %s", (field, value) => {
    const parsed = createContactSchema.safeParse({ latinName: "X", nationality: "GB", role: "REPORTER", [field]: value });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe("validation.unknownField");
  });

  test.each(["createdById", "mergedIntoId", "searchText", "confirmDuplicate"])("update refuses %s", async (field) => {
    const { id } = await create({ latinName: `Smuggle ${field}` });
    const row = await db.pressContact.findUniqueOrThrow({ where: { id } });
    const parsed = updateContactSchema.safeParse({ contactId: id, version: row.version, latinName: "X", nationality: "GB", role: "REPORTER", [field]: "x" });
    expect(parsed.success).toBe(false);
  });

  test("merge and outlet schemas are strict too", () => {
    const id = "00000000-0000-4000-8000-000000000001";
    expect(mergeContactsSchema.safeParse({ keepId: id, mergeId: "00000000-0000-4000-8000-000000000002", version: 1, mergedIntoId: id }).success).toBe(false);
    expect(createOutletSchema.safeParse({ name: "X", kind: "TV", country: "GB", version: 9 }).success).toBe(false);
  });
});
