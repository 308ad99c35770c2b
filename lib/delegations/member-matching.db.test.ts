/**
 * Members and the press-contacts directory on a real database: likely
 * matches by passport number, by name + date of birth + nationality (keyed
 * hashes), and by folded name + nationality; linking; creating an entry that
 * never carries passport data; merges of contacts moving delegation links.
 */
import { beforeAll, expect, test } from "vitest";
import { mergeContacts } from "@/lib/contacts/mutations";
import { db } from "@/lib/db";
import { users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { delegations } from "@/lib/test/review-delegations";
import { contacts } from "@/lib/test/trip-factories";
import { createContactFromMember, linkMemberToContact, memberMatches } from "./member-matching";

let officer: TestUser;
let editor: TestUser;

beforeAll(async () => {
  [officer, editor] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"] }), users.create({ roles: ["EDITOR"] })]);
});

test("a member with the passport number of a member linked on an earlier application matches that person", async () => {
  const known = await contacts.create({ createdById: officer.id, latinName: "Jean Dupont" });
  const earlier = await delegations.create({ members: [{ passportName: "Jean Dupont", passportNumber: "FR7788990011" }] });
  await db.delegationMember.update({ where: { id: earlier.members[0].id }, data: { contactId: known.id } });
  // Another name in the passport (married since), another birth date typed: the number still matches.
  const now = await delegations.create({ members: [{ passportName: "Jean Martin-Dupont", passportNumber: "FR7788990011", dateOfBirth: "1980-01-02" }] });
  const matches = await memberMatches({ actor: officer, delegationId: now.id });
  expect(matches[now.members[0].id]).toEqual([{ contactId: known.id, latinName: "Jean Dupont", nationality: "FR", reasons: ["PASSPORT"] }]);
});

test("same name, date of birth and nationality on a new passport matches by identity", async () => {
  const known = await contacts.create({ createdById: officer.id, latinName: "Sofia Rossi Linked", nationality: "IT" });
  const member = { passportName: "Sofia Rossi", nationality: "IT", dateOfBirth: "1992-06-30" };
  const earlier = await delegations.create({ members: [{ ...member, passportNumber: "YA1111111" }] });
  await db.delegationMember.update({ where: { id: earlier.members[0].id }, data: { contactId: known.id } });
  const now = await delegations.create({ members: [{ ...member, passportNumber: "YB2222222" }] });
  const matches = await memberMatches({ actor: officer, delegationId: now.id });
  expect(matches[now.members[0].id]).toEqual([expect.objectContaining({ contactId: known.id, reasons: ["IDENTITY"] })]);
});

test("a directory person with the same folded name and nationality is offered; another nationality is not", async () => {
  const same = await contacts.create({ createdById: officer.id, latinName: "Nguyễn Thị Hoà Đắk", nationality: "DE" });
  await contacts.create({ createdById: officer.id, latinName: "Nguyễn Thị Hoà Đắk", nationality: "AT" });
  const now = await delegations.create({ members: [{ passportName: "NGUYEN THI HOA DAK", nationality: "DE" }] });
  const matches = await memberMatches({ actor: officer, delegationId: now.id });
  expect(matches[now.members[0].id]).toEqual([expect.objectContaining({ contactId: same.id, reasons: ["NAME"] })]);
});

test("linking sets the member's contact once; a second link is a conflict", async () => {
  const person = await contacts.create({ createdById: officer.id });
  const other = await contacts.create({ createdById: officer.id });
  const delegation = await delegations.create();
  const input = { delegationId: delegation.id, memberId: delegation.members[0].id };
  await expect(linkMemberToContact({ actor: officer, input: { ...input, contactId: person.id } })).resolves.toEqual({ memberId: input.memberId, contactId: person.id });
  expect((await refusal(linkMemberToContact({ actor: officer, input: { ...input, contactId: other.id } }))).code).toBe("CONFLICT");
  expect((await db.delegationMember.findUniqueOrThrow({ where: { id: input.memberId } })).contactId).toBe(person.id);
  expect(await memberMatches({ actor: officer, delegationId: delegation.id })).toEqual({});
});

test("a directory entry made from a member has the name, nationality and role, and no passport data anywhere", async () => {
  const passportNumber = "ZZ5566778899";
  const delegation = await delegations.create({ members: [{ passportName: "Kenji Watanabe", nationality: "JP", role: "CAMERA", passportNumber, dateOfBirth: "1979-09-09" }] });
  const { contactId } = await createContactFromMember({ actor: officer, input: { delegationId: delegation.id, memberId: delegation.members[0].id } });
  const contact = await db.pressContact.findUniqueOrThrow({ where: { id: contactId } });
  expect(contact).toMatchObject({ latinName: "Kenji Watanabe", nationality: "JP", role: "CAMERA", email: null, phone: null, notes: "", needs: "" });
  const row = JSON.stringify(contact);
  for (const secret of [passportNumber, "5566778899", "8899", "1979-09-09", "1979"]) expect(row).not.toContain(secret);
  expect((await db.delegationMember.findUniqueOrThrow({ where: { id: delegation.members[0].id } })).contactId).toBe(contactId);
});

test("an editor cannot link or create; writers are refused", async () => {
  const delegation = await delegations.create();
  const input = { delegationId: delegation.id, memberId: delegation.members[0].id };
  expect((await refusal(createContactFromMember({ actor: editor, input }))).code).toBe("FORBIDDEN");
  expect((await refusal(memberMatches({ actor: editor, delegationId: delegation.id }))).code).toBe("FORBIDDEN");
  expect(await db.delegationMember.count({ where: { id: input.memberId, contactId: { not: null } } })).toBe(0);
});

test("merging two contacts moves their delegation members and escorts to the kept record", async () => {
  const keep = await contacts.create({ createdById: officer.id, role: "ESCORT_OFFICER" });
  const merged = await contacts.create({ createdById: officer.id, role: "ESCORT_OFFICER" });
  const delegation = await delegations.create({ members: [{}, {}] });
  const both = await delegations.create();
  await db.delegationMember.update({ where: { id: delegation.members[0].id }, data: { contactId: merged.id } });
  await db.delegationEscort.createMany({ data: [{ delegationId: delegation.id, contactId: merged.id }, { delegationId: both.id, contactId: merged.id }, { delegationId: both.id, contactId: keep.id }] });
  await mergeContacts({ actor: officer, keepId: keep.id, mergeId: merged.id, version: 1 });
  expect((await db.delegationMember.findUniqueOrThrow({ where: { id: delegation.members[0].id } })).contactId).toBe(keep.id);
  const escorts = await db.delegationEscort.findMany({ where: { delegationId: { in: [delegation.id, both.id] } }, orderBy: { delegationId: "asc" } });
  expect(escorts.every((escort) => escort.contactId === keep.id)).toBe(true);
  expect(escorts.map((escort) => escort.delegationId).sort()).toEqual([delegation.id, both.id].sort());
});
