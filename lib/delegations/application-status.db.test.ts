/**
 * The applicant's status page on a real database: a reference and an e-mail
 * open it and nothing else does (the same answer for a wrong e-mail and an
 * unknown reference), lookups are rate-limited per hashed address, and the
 * applicant answers a request for information or withdraws.
 */
import { describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import { refusal } from "@/lib/test/refusal";
import { completeDraft, versionOf } from "@/lib/test/application-factories";
import { users } from "@/lib/test/factories";
import { answerInfoRequest, getApplicationStatus, lookupApplication, withdrawApplication } from "./application-status";
import { answerInfoRequestSchema, statusLookupSchema } from "./application-schemas";
import { submitApplication } from "./application-submit";
import { consumePublicAttempt, hashClientAddress, PUBLIC_RATE_LIMITS } from "./public-rate-limit";

process.env.NEXTAUTH_SECRET ??= "test-only-secret";

async function submitted() {
  const delegationId = await completeDraft();
  const { reference } = await submitApplication({ delegationId, version: await versionOf(delegationId) });
  const { contactEmail } = await db.delegation.findUniqueOrThrow({ where: { id: delegationId } });
  return { delegationId, reference, contactEmail };
}

/** What a press officer's request for information leaves behind (that workflow is another part's). */
async function infoRequested(delegationId: string, note: string) {
  const row = await db.delegation.update({ where: { id: delegationId }, data: { status: "INFO_REQUESTED", version: { increment: 1 } } });
  const officer = await users.create({ roles: ["PRESS_OFFICER"] });
  await db.delegationTransition.create({ data: { delegationId, fromStatus: "SUBMITTED", toStatus: "INFO_REQUESTED", note, actorId: officer.id } });
  return row.version;
}

const lookup = (reference: string, email: string) => lookupApplication(statusLookupSchema.parse({ reference, email }));

describe("looking an application up", () => {
  test("the right reference and e-mail open it, whatever the case of the address", async () => {
    const { delegationId, reference, contactEmail } = await submitted();
    await expect(lookup(reference.toLowerCase(), contactEmail.toUpperCase())).resolves.toEqual({ delegationId });
    const view = await getApplicationStatus(delegationId);
    expect(view).toMatchObject({ reference, status: "SUBMITTED", memberCount: 1, mayAnswer: false, mayWithdraw: true, hasLetter: false });
    expect(view!.history).toMatchObject([{ toStatus: "SUBMITTED", byApplicant: true }]);
    expect(JSON.stringify(view)).not.toContain(contactEmail);
  });

  test("a wrong e-mail for a real reference answers exactly like an unknown reference", async () => {
    const { reference, contactEmail } = await submitted();
    const wrongEmail = await refusal(lookup(reference, "someone.else@example.org"));
    const unknown = await refusal(lookup("DL-1999-99999", contactEmail));
    expect(wrongEmail.code).toBe("NOT_FOUND");
    expect({ code: wrongEmail.code, key: wrongEmail.messageKey, fields: wrongEmail.fieldErrors }).toEqual({
      code: unknown.code,
      key: unknown.messageKey,
      fields: unknown.fieldErrors,
    });
  });

  test("drafts have no reference and are not on the status page", async () => {
    const delegationId = await completeDraft();
    expect(await getApplicationStatus(delegationId)).toBeNull();
  });

  test("lookups beyond the hourly limit of one address are refused; another address is not affected", async () => {
    const guesser = hashClientAddress("203.0.113.7");
    const other = hashClientAddress("198.51.100.20");
    expect(guesser).not.toContain("203.0.113.7");
    const now = new Date();
    for (let attempt = 0; attempt < PUBLIC_RATE_LIMITS.STATUS_LOOKUP.max; attempt += 1) {
      await consumePublicAttempt({ kind: "STATUS_LOOKUP", clientHash: guesser, now });
    }
    expect((await refusal(consumePublicAttempt({ kind: "STATUS_LOOKUP", clientHash: guesser, now }))).code).toBe("RATE_LIMITED");
    await expect(consumePublicAttempt({ kind: "STATUS_LOOKUP", clientHash: other, now })).resolves.toBeUndefined();
    await expect(consumePublicAttempt({ kind: "RESUME_LINK", clientHash: guesser, now })).resolves.toBeUndefined();
    const anHourLater = new Date(now.getTime() + PUBLIC_RATE_LIMITS.STATUS_LOOKUP.windowMs + 1000);
    await expect(consumePublicAttempt({ kind: "STATUS_LOOKUP", clientHash: guesser, now: anHourLater })).resolves.toBeUndefined();
    const stored = await db.publicRequestAttempt.findMany({ select: { clientHash: true } });
    expect(JSON.stringify(stored)).not.toMatch(/203\.0\.113\.7|198\.51\.100\.20/);
  });

  test("a burst of concurrent lookups cannot slip past the limit", async () => {
    const clientHash = hashClientAddress("192.0.2.55");
    const results = await Promise.allSettled(Array.from({ length: 15 }, () => consumePublicAttempt({ kind: "STATUS_LOOKUP", clientHash })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(PUBLIC_RATE_LIMITS.STATUS_LOOKUP.max);
  });
});

describe("the applicant's moves", () => {
  test("answering a request for information puts it back under review with the answer as the note", async () => {
    const { delegationId } = await submitted();
    const version = await infoRequested(delegationId, "Please send the camera operator's press card.");
    expect(await getApplicationStatus(delegationId)).toMatchObject({ status: "INFO_REQUESTED", mayAnswer: true });
    await answerInfoRequest({ delegationId, input: answerInfoRequestSchema.parse({ version, answer: "  Attached as an extra document.  " }) });
    const view = await getApplicationStatus(delegationId);
    expect(view!.status).toBe("UNDER_REVIEW");
    expect(view!.history.map((step) => [step.toStatus, step.note, step.byApplicant])).toEqual([
      ["SUBMITTED", null, true],
      ["INFO_REQUESTED", "Please send the camera operator's press card.", false],
      ["UNDER_REVIEW", "Attached as an extra document.", true],
    ]);
  });

  test("answering when nothing was asked, or over a stale version, is refused", async () => {
    const { delegationId } = await submitted();
    const notAsked = await refusal(answerInfoRequest({ delegationId, input: answerInfoRequestSchema.parse({ version: await versionOf(delegationId), answer: "Hi" }) }));
    expect(notAsked.code).toBe("INVALID_TRANSITION");
    const version = await infoRequested(delegationId, "Which provinces?");
    const stale = await refusal(answerInfoRequest({ delegationId, input: answerInfoRequestSchema.parse({ version: version - 1, answer: "Hanoi" }) }));
    expect(stale.code).toBe("CONFLICT");
    expect(answerInfoRequestSchema.safeParse({ version, answer: "   " }).success).toBe(false);
  });

  test("withdrawing ends the application; once decided it cannot be withdrawn", async () => {
    const { delegationId } = await submitted();
    await withdrawApplication({ delegationId, version: await versionOf(delegationId) });
    const row = await db.delegation.findUniqueOrThrow({ where: { id: delegationId }, include: { transitions: { orderBy: { createdAt: "asc" } } } });
    expect(row.status).toBe("WITHDRAWN");
    expect(row.endedAt).not.toBeNull();
    expect(row.transitions.at(-1)).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "WITHDRAWN", actorId: null });
    expect(await getApplicationStatus(delegationId)).toMatchObject({ mayWithdraw: false, mayAnswer: false });

    const approved = await submitted();
    await db.delegation.update({ where: { id: approved.delegationId }, data: { status: "APPROVED" } });
    expect(await getApplicationStatus(approved.delegationId)).toMatchObject({ hasLetter: true, mayWithdraw: false });
    expect((await refusal(withdrawApplication({ delegationId: approved.delegationId, version: await versionOf(approved.delegationId) }))).code).toBe("INVALID_TRANSITION");
  });
});
