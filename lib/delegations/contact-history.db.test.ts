/** A directory person's delegations on a real database: press officers only, drafts never. */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { delegations } from "@/lib/test/review-delegations";
import { contacts } from "@/lib/test/trip-factories";
import { contactDelegationHistory } from "./contact-history";

let press: TestUser;
let editor: TestUser;

beforeAll(async () => {
  [press, editor] = await Promise.all([users.create({ roles: ["PRESS_OFFICER"] }), users.create({ roles: ["EDITOR"] })]);
});

describe("a person's delegations", () => {
  test("lists the submitted applications they were a member of, newest first; drafts stay the applicant's own", async () => {
    const person = await contacts.create({ createdById: press.id });
    const older = await delegations.create({ status: "COMPLETED", submittedAt: new Date("2025-03-01T00:00:00Z"), members: [{ role: "CAMERA" }] });
    const newer = await delegations.create({ status: "APPROVED", submittedAt: new Date("2026-10-01T00:00:00Z") });
    const draft = await delegations.create({ status: "DRAFT" });
    for (const delegation of [older, newer, draft]) {
      await db.delegationMember.update({ where: { id: delegation.members[0].id }, data: { contactId: person.id } });
    }
    const history = await contactDelegationHistory({ actor: press, contactId: person.id });
    expect(history.map((row) => [row.reference, row.status, row.role])).toEqual([
      [newer.reference, "APPROVED", "REPORTER"],
      [older.reference, "COMPLETED", "CAMERA"],
    ]);
    expect((await refusal(contactDelegationHistory({ actor: editor, contactId: person.id }))).code).toBe("FORBIDDEN");
  });
});
