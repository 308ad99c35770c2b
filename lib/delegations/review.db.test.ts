/**
 * Protected data on the review side, on a real database: the list and the
 * application page carry masks, never the passport number or date of birth;
 * a reveal writes exactly one access-log row; passport scans are logged on
 * download; the list's filters and pages; the outbox.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { encryptBytes } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { listOutbox } from "@/lib/mail/outbox-queries";
import { sendEmail } from "@/lib/mail/send-email";
import { localMediaStorage } from "@/lib/media/storage";
import { users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { delegations } from "@/lib/test/review-delegations";
import { openDelegationDocument, revealMemberField } from "./review";
import { DELEGATIONS_PAGE_SIZE, getDelegationReviewOrThrow, listDelegations } from "./review-queries";

let officer: TestUser;
let admin: TestUser;
let editor: TestUser;
let writer: TestUser;

beforeAll(async () => {
  process.env.MEDIA_ROOT = await mkdtemp(path.join(tmpdir(), "delegation-documents-"));
  [officer, admin, editor, writer] = await Promise.all([
    users.create({ roles: ["PRESS_OFFICER"] }),
    users.create({ roles: ["ADMIN"] }),
    users.create({ roles: ["EDITOR"] }),
    users.create({ roles: ["WRITER"] }),
  ]);
});

const PASSPORT = "X9K4471234";
const BIRTH = "1987-11-23";

describe("masking", () => {
  test("the list and the application page hold masks, never the full passport number or date of birth", async () => {
    const delegation = await delegations.create({ outletName: "Le Matin Masqué", members: [{ passportName: "Anne Leroy", passportNumber: PASSPORT, dateOfBirth: BIRTH }] });
    const list = await listDelegations({ actor: officer, filters: { q: "Le Matin Masqué" } });
    const review = await getDelegationReviewOrThrow({ actor: officer, delegationId: delegation.id });
    expect(list.items).toEqual([expect.objectContaining({ id: delegation.id, memberCount: 1 })]);
    expect(review.members[0]).toMatchObject({ passportName: "Anne Leroy", maskedPassportNumber: "•••••1234", maskedDateOfBirth: "••/••/••••" });
    for (const dto of [JSON.stringify(list), JSON.stringify(review)]) {
      expect(dto).not.toContain(PASSPORT);
      expect(dto).not.toContain(BIRTH);
      expect(dto).not.toContain("1987");
      expect(dto).not.toContain("v1.");
      for (const column of ["passportNumberEnc", "dateOfBirthEnc", "passportNumberHash", "identityHash"]) expect(dto).not.toContain(column);
    }
  });

  test("the raw columns hold ciphertext, not the number", async () => {
    const delegation = await delegations.create({ members: [{ passportNumber: PASSPORT, dateOfBirth: BIRTH }] });
    const [raw] = await db.$queryRaw<{ passport_number_enc: string; date_of_birth_enc: string }[]>`
      SELECT passport_number_enc, date_of_birth_enc FROM delegation_member WHERE delegation_id = ${delegation.id}::uuid`;
    expect(raw.passport_number_enc).not.toContain(PASSPORT);
    expect(raw.date_of_birth_enc).not.toContain(BIRTH);
  });
});

describe("reveals", () => {
  test("a press officer sees one value and exactly one access-log row is written", async () => {
    const delegation = await delegations.create({ members: [{ passportNumber: PASSPORT, dateOfBirth: BIRTH }] });
    const memberId = delegation.members[0].id;
    await expect(revealMemberField({ actor: officer, input: { delegationId: delegation.id, memberId, field: "PASSPORT_NUMBER" } })).resolves.toEqual({ value: PASSPORT });
    const log = await db.personalDataAccess.findMany({ where: { delegationId: delegation.id } });
    expect(log).toEqual([expect.objectContaining({ actorId: officer.id, memberId, field: "PASSPORT_NUMBER" })]);
    await expect(revealMemberField({ actor: admin, input: { delegationId: delegation.id, memberId, field: "DATE_OF_BIRTH" } })).resolves.toEqual({ value: BIRTH });
    expect(await db.personalDataAccess.count({ where: { delegationId: delegation.id } })).toBe(2);
    const review = await getDelegationReviewOrThrow({ actor: officer, delegationId: delegation.id });
    expect(review.accessLog.map((entry) => [entry.field, entry.actorName])).toEqual([
      ["DATE_OF_BIRTH", admin.name],
      ["PASSPORT_NUMBER", officer.name],
    ]);
  });

  test("an editor and a writer cannot reveal, and nothing is logged", async () => {
    const delegation = await delegations.create();
    const input = { delegationId: delegation.id, memberId: delegation.members[0].id, field: "PASSPORT_NUMBER" as const };
    expect((await refusal(revealMemberField({ actor: editor, input }))).code).toBe("FORBIDDEN");
    expect((await refusal(revealMemberField({ actor: writer, input }))).code).toBe("FORBIDDEN");
    expect(await db.personalDataAccess.count({ where: { delegationId: delegation.id } })).toBe(0);
  });

  test("a member of another application is 404, and nothing is logged", async () => {
    const [one, other] = await Promise.all([delegations.create(), delegations.create()]);
    const error = await refusal(revealMemberField({ actor: officer, input: { delegationId: one.id, memberId: other.members[0].id, field: "DATE_OF_BIRTH" } }));
    expect(error.code).toBe("NOT_FOUND");
    expect(await db.personalDataAccess.count({ where: { delegationId: { in: [one.id, other.id] } } })).toBe(0);
  });
});

describe("documents", () => {
  async function attach(delegationId: string, memberId: string | null, kind: "PASSPORT_SCAN" | "ASSIGNMENT_LETTER", bytes: Buffer) {
    const storageKey = `delegations/${delegationId}/${kind.toLowerCase()}-${Math.random().toString(36).slice(2)}`;
    const encrypted = kind === "PASSPORT_SCAN";
    await localMediaStorage().put(storageKey, encrypted ? Buffer.from(encryptBytes("delegation_document.passport_scan", bytes), "utf8") : bytes, "application/pdf");
    return db.delegationDocument.create({
      data: { delegationId, memberId, kind, fileName: `${kind}.pdf`, mimeType: "application/pdf", byteSize: bytes.length, storageKey, isEncrypted: encrypted },
      select: { id: true },
    });
  }

  test("a passport scan is decrypted for a press officer and its view logged; a letter is not logged", async () => {
    const delegation = await delegations.create();
    const memberId = delegation.members[0].id;
    const scanBytes = Buffer.from("%PDF-1.7 scan of the passport");
    const scan = await attach(delegation.id, memberId, "PASSPORT_SCAN", scanBytes);
    const letter = await attach(delegation.id, null, "ASSIGNMENT_LETTER", Buffer.from("%PDF-1.7 letter"));
    const file = await openDelegationDocument({ actor: officer, delegationId: delegation.id, documentId: scan.id });
    expect(file.bytes.equals(scanBytes)).toBe(true);
    expect(await db.personalDataAccess.findMany({ where: { delegationId: delegation.id } })).toEqual([expect.objectContaining({ actorId: officer.id, memberId, field: "PASSPORT_SCAN" })]);
    const letterFile = await openDelegationDocument({ actor: officer, delegationId: delegation.id, documentId: letter.id });
    expect(letterFile.bytes.toString()).toBe("%PDF-1.7 letter");
    expect(await db.personalDataAccess.count({ where: { delegationId: delegation.id } })).toBe(1);
  });

  test("editors get 403, another application's document is 404", async () => {
    const [delegation, other] = await Promise.all([delegations.create(), delegations.create()]);
    const scan = await attach(delegation.id, delegation.members[0].id, "PASSPORT_SCAN", Buffer.from("%PDF-1.7"));
    expect((await refusal(openDelegationDocument({ actor: editor, delegationId: delegation.id, documentId: scan.id }))).code).toBe("FORBIDDEN");
    expect((await refusal(openDelegationDocument({ actor: officer, delegationId: other.id, documentId: scan.id }))).code).toBe("NOT_FOUND");
    expect(await db.personalDataAccess.count({ where: { delegationId: { in: [delegation.id, other.id] } } })).toBe(0);
  });
});

describe("the list", () => {
  test("filters by status, country, submission days and text; drafts never appear", async () => {
    const label = `Filtré ${Date.now()}`;
    const [vietnamese, german] = await Promise.all([
      delegations.create({ outletName: `${label} Hà Nội`, outletCountry: "VN", status: "UNDER_REVIEW", submittedAt: new Date("2026-03-10T03:00:00Z") }),
      delegations.create({ outletName: `${label} Berlin`, outletCountry: "DE", status: "SUBMITTED", submittedAt: new Date("2026-03-12T03:00:00Z") }),
      delegations.create({ outletName: `${label} Draft`, status: "DRAFT" }),
    ]);
    const ids = async (filters: Parameters<typeof listDelegations>[0]["filters"]) => (await listDelegations({ actor: officer, filters: { q: label, ...filters } })).items.map((item) => item.id);
    expect(await ids({})).toEqual([german.id, vietnamese.id]);
    expect(await ids({ status: "UNDER_REVIEW" })).toEqual([vietnamese.id]);
    expect(await ids({ country: "DE" })).toEqual([german.id]);
    expect(await ids({ from: "2026-03-11" })).toEqual([german.id]);
    expect(await ids({ to: "2026-03-10" })).toEqual([vietnamese.id]);
    expect(await ids({ q: german.reference! })).toEqual([german.id]);
  });

  test("the text filter folds diacritics and case, as searchKey does", async () => {
    const delegation = await delegations.create({ outletName: `Báo Tuổi Trẻ Đà Nẵng ${Date.now()}`, outletCountry: "VN" });
    const ids = async (q: string) => (await listDelegations({ actor: officer, filters: { q, country: "VN" } })).items.map((item) => item.id);
    expect(await ids("tuoi tre da nang")).toContain(delegation.id);
    expect(await ids("TUỔI TRẺ")).toContain(delegation.id);
    expect(await ids(delegation.reference!.toLowerCase())).toEqual([delegation.id]);
    expect(await ids("tuoi tre 100%")).not.toContain(delegation.id);
  });

  test("pages follow submission time, without repeats or gaps", async () => {
    const country = "NZ";
    const created = [];
    for (let index = 0; index < DELEGATIONS_PAGE_SIZE + 3; index += 1) {
      created.push(await delegations.create({ outletCountry: country, members: [], submittedAt: new Date(Date.UTC(2025, 0, 1, 0, index)) }));
    }
    const first = await listDelegations({ actor: officer, filters: { country } });
    expect(first.items).toHaveLength(DELEGATIONS_PAGE_SIZE);
    const second = await listDelegations({ actor: officer, filters: { country, cursor: first.nextCursor! } });
    expect(second.nextCursor).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.id)).toEqual(created.reverse().map((row) => row.id));
  });

  test("writers and editors are refused", async () => {
    expect((await refusal(listDelegations({ actor: writer, filters: {} }))).code).toBe("FORBIDDEN");
    expect((await refusal(listDelegations({ actor: editor, filters: {} }))).code).toBe("FORBIDDEN");
  });
});

describe("the outbox", () => {
  test("newest first with its state, for reviewers and admins only", async () => {
    const older = await sendEmail({ to: "a@example.org", subject: "Older", text: "one", kind: "test.outbox" });
    const newer = await sendEmail({ to: "b@example.org", subject: "Newer", text: "two", kind: "test.outbox" });
    // Two inserts can share a millisecond; the order under test is by time.
    await db.outboundEmail.update({ where: { id: older.id }, data: { createdAt: new Date(Date.now() - 60_000) } });
    const page = await listOutbox({ actor: officer });
    const mine = page.items.filter((item) => item.kind === "test.outbox");
    expect(mine.map((item) => [item.id, item.state, item.textBody])).toEqual([
      [newer.id, "QUEUED", "two"],
      [older.id, "QUEUED", "one"],
    ]);
    expect((await listOutbox({ actor: admin })).items.length).toBeGreaterThan(0);
    expect((await refusal(listOutbox({ actor: editor }))).code).toBe("FORBIDDEN");
  });
});
