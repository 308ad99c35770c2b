/**
 * The purge on a real database and a real disk: an application that ended 25
 * months ago loses its personal data and its files while the statistics stay
 * the same; one that ended 23 months ago, and one still under review, are
 * untouched; a second run changes nothing more.
 */
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { LocalDiskStorage } from "@/lib/media/storage";
import { reporters, statsDelegations } from "@/lib/test/delegation-stats-factories";
import { users, type TestUser } from "@/lib/test/factories";
import { PURGED_NAME, purgeAfterMonths, purgeEndedApplications } from "./purge";
import { periodStatistics } from "./statistics";

const NOW = new Date("2026-12-01T08:00:00Z");
const monthsAgo = (months: number) => {
  const date = new Date(NOW);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};
const PERIOD = { from: "2024-01-01", to: "2026-12-01" };

let chief: TestUser;
let root: string;
let storage: LocalDiskStorage;
let old: string;
let recent: string;
let byHistory: string;
let open: string;

type RawRow = Record<string, unknown>;
const rawDelegation = async (id: string) =>
  (await db.$queryRaw<RawRow[]>`SELECT contact_name, contact_email, contact_phone, resume_token_hash, letter_code, purpose, purged_at, status::text, outlet_name, outlet_country, topics, version FROM delegation WHERE id = ${id}::uuid`)[0];
const rawMembers = (id: string) =>
  db.$queryRaw<RawRow[]>`SELECT passport_name, nationality, role::text, date_of_birth_enc, passport_number_enc, passport_number_last4, passport_number_hash, identity_hash, passport_expires_on, contact_id FROM delegation_member WHERE delegation_id = ${id}::uuid ORDER BY position`;

beforeAll(async () => {
  chief = await users.create({ roles: ["CHIEF_EDITOR"] });
  root = await mkdtemp(path.join(os.tmpdir(), "purge-"));
  storage = new LocalDiskStorage(root);
  await storage.put("delegations/old/passport", Buffer.from("scan"), "application/pdf");
  await storage.put("delegations/recent/passport", Buffer.from("scan"), "application/pdf");
  const submitted = monthsAgo(30);
  old = await statsDelegations.create({ status: "COMPLETED", outletCountry: "FR", outletKind: "TV", topics: ["Culture"], submittedAt: submitted, decidedAt: monthsAgo(29), endedAt: monthsAgo(25), members: [...reporters(2), ...reporters(1, "JP", "CAMERA")], documents: [{ storageKey: "delegations/old/passport" }] });
  recent = await statsDelegations.create({ status: "REJECTED", outletCountry: "JP", outletKind: "NEWSPAPER", submittedAt: submitted, decidedAt: monthsAgo(23), endedAt: monthsAgo(23), members: reporters(1, "JP"), documents: [{ storageKey: "delegations/recent/passport" }] });
  // Ended without endedAt (older data): the last step of its history counts.
  byHistory = await statsDelegations.create({ status: "WITHDRAWN", outletCountry: "DE", submittedAt: submitted, members: reporters(2, "DE") });
  await db.delegationTransition.create({ data: { delegationId: byHistory, fromStatus: "SUBMITTED", toStatus: "WITHDRAWN", createdAt: monthsAgo(26) } });
  open = await statsDelegations.create({ status: "UNDER_REVIEW", outletCountry: "KR", submittedAt: submitted, members: reporters(1, "KR") });
  await db.outboundEmail.create({ data: { delegationId: old, toAddress: "contact@outlet.test", subject: "Decision", textBody: "Dear Contact", kind: "delegation.approved" } });
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("purgeEndedApplications", () => {
  test("purges what ended more than 24 months ago, keeps the statistics, and a second run changes nothing", async () => {
    const before = await periodStatistics({ actor: chief, ...PERIOD, now: NOW });
    const untouched = { recent: [await rawDelegation(recent), await rawMembers(recent)], open: [await rawDelegation(open), await rawMembers(open)] };
    const oldBefore = await rawDelegation(old);

    const first = await purgeEndedApplications({ now: NOW, monthsAfterEnd: 24, storage });
    expect(first).toMatchObject({ applications: 2, members: 5, documents: 1, filesRemoved: 1, fileErrors: 0 });

    expect(await rawDelegation(old)).toEqual({
      ...oldBefore,
      contact_name: "",
      contact_email: "",
      contact_phone: "",
      resume_token_hash: null,
      letter_code: null,
      purpose: "",
      purged_at: NOW,
      version: Number(oldBefore.version) + 1,
    });
    for (const id of [old, byHistory]) {
      for (const member of await rawMembers(id)) {
        expect(member).toMatchObject({ passport_name: PURGED_NAME, date_of_birth_enc: null, passport_number_enc: null, passport_number_last4: "", passport_number_hash: null, identity_hash: null, passport_expires_on: null, contact_id: null });
      }
    }
    expect((await rawMembers(old)).map((member) => [member.nationality, member.role])).toEqual([["FR", "REPORTER"], ["FR", "REPORTER"], ["JP", "CAMERA"]]);
    expect(await db.delegationDocument.count({ where: { delegationId: old } })).toBe(0);
    expect(await storage.read("delegations/old/passport")).toBeNull();
    expect(await db.outboundEmail.count({ where: { delegationId: old } })).toBe(0);

    expect({ recent: [await rawDelegation(recent), await rawMembers(recent)], open: [await rawDelegation(open), await rawMembers(open)] }).toEqual(untouched);
    expect(await storage.read("delegations/recent/passport")).toEqual(Buffer.from("scan"));
    expect(await db.delegationDocument.count({ where: { delegationId: recent } })).toBe(1);

    expect(await periodStatistics({ actor: chief, ...PERIOD, now: NOW })).toEqual(before);

    const snapshot = await db.$queryRaw<RawRow[]>`SELECT d.*, (SELECT json_agg(m ORDER BY m.id) FROM delegation_member m WHERE m.delegation_id = d.id) AS members FROM delegation d ORDER BY d.id`;
    const second = await purgeEndedApplications({ now: new Date(NOW.getTime() + 60_000), monthsAfterEnd: 24, storage });
    expect(second).toMatchObject({ applications: 0, members: 0, documents: 0, filesRemoved: 0 });
    expect(await db.$queryRaw<RawRow[]>`SELECT d.*, (SELECT json_agg(m ORDER BY m.id) FROM delegation_member m WHERE m.delegation_id = d.id) AS members FROM delegation d ORDER BY d.id`).toEqual(snapshot);
  });
});

describe("purgeAfterMonths", () => {
  test("reads DELEGATION_PURGE_AFTER_MONTHS, 24 by default, and refuses nonsense", () => {
    expect(purgeAfterMonths({})).toBe(24);
    expect(purgeAfterMonths({ DELEGATION_PURGE_AFTER_MONTHS: " 36 " })).toBe(36);
    for (const value of ["0", "-3", "1.5", "two"]) expect(() => purgeAfterMonths({ DELEGATION_PURGE_AFTER_MONTHS: value })).toThrow(/DELEGATION_PURGE_AFTER_MONTHS/);
  });
});
