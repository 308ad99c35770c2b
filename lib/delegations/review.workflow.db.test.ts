/**
 * The staff side of the delegation workflow on a real database: every edge of
 * DELEGATION_WORKFLOW tried by every role, against the policy as issue 5
 * states it (written out here by hand); notes; two decisions at once; the
 * history row; and the e-mail the applicant is sent after each decision.
 */
import { beforeAll, describe, expect, test } from "vitest";
import { db } from "@/lib/db";
import type { DelegationStatus, Role } from "@/lib/generated/prisma/enums";
import { users, type TestUser } from "@/lib/test/factories";
import { refusal } from "@/lib/test/refusal";
import { delegations } from "@/lib/test/review-delegations";
import { transitionDelegation } from "./review";
import { getDelegationReviewOrThrow } from "./review-queries";
import { DELEGATION_STATUSES, DELEGATION_WORKFLOW } from "./workflow";
import { isLetterCode } from "./letter-verification";

const ROLES: readonly Role[] = ["WRITER", "EDITOR", "CHIEF_EDITOR", "PRESS_OFFICER", "ADMIN"];
const REVIEWERS: readonly Role[] = ["PRESS_OFFICER", "ADMIN"];

/** Issue 5: press officers (and admins) review; asking for information, refusing and cancelling say why. */
const EXPECTED: Record<string, { note?: true; mail?: string }> = {
  "SUBMITTED → UNDER_REVIEW": {},
  "SUBMITTED → CANCELLED": { note: true, mail: "delegation.cancelled" },
  "UNDER_REVIEW → INFO_REQUESTED": { note: true, mail: "delegation.infoRequested" },
  "UNDER_REVIEW → APPROVED": { mail: "delegation.approved" },
  "UNDER_REVIEW → REJECTED": { note: true, mail: "delegation.rejected" },
  "UNDER_REVIEW → CANCELLED": { note: true, mail: "delegation.cancelled" },
  "INFO_REQUESTED → UNDER_REVIEW": {},
  "INFO_REQUESTED → REJECTED": { note: true, mail: "delegation.rejected" },
  "INFO_REQUESTED → CANCELLED": { note: true, mail: "delegation.cancelled" },
  "APPROVED → ARRIVED": {},
  "APPROVED → CANCELLED": { note: true, mail: "delegation.cancelled" },
  "ARRIVED → IN_PROGRESS": {},
  "ARRIVED → COMPLETED": {},
  "IN_PROGRESS → COMPLETED": {},
};

const actors = {} as Record<Role, TestUser>;
const mailsOf = (delegationId: string) => db.outboundEmail.findMany({ where: { delegationId }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  for (const role of ROLES) actors[role] = await users.create({ roles: [role] });
});

test("the table under test is the workflow's table, edge for edge", () => {
  const declared = DELEGATION_STATUSES.flatMap((from) => Object.keys(DELEGATION_WORKFLOW.transitions[from]).map((to) => `${from} → ${to}`));
  expect(declared.sort()).toEqual(Object.keys(EXPECTED).sort());
});

describe.each(Object.entries(EXPECTED))("%s", (edge, expected) => {
  const [from, to] = edge.split(" → ") as [DelegationStatus, DelegationStatus];

  test.each(ROLES)("by %s", async (role) => {
    const delegation = await delegations.create({ status: from, locale: "vi" });
    const note = expected.note ? "Xin gửi thêm thư giới thiệu của tòa soạn" : undefined;
    const attempt = transitionDelegation({ actor: actors[role], input: { delegationId: delegation.id, version: delegation.version, to, note } });
    if (REVIEWERS.includes(role)) {
      await expect(attempt).resolves.toMatchObject({ status: to, version: delegation.version + 1 });
      const row = await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } });
      expect(row.status).toBe(to);
      expect(row.decidedAt !== null).toBe(to === "APPROVED" || to === "REJECTED");
      expect(row.endedAt !== null).toBe(["REJECTED", "COMPLETED", "CANCELLED"].includes(to));
      // The code the decision letter's QR code and verification page are found by.
      if (to === "APPROVED") expect(isLetterCode(row.letterCode)).toBe(true);
      else expect(row.letterCode).toBeNull();
      const history = await db.delegationTransition.findMany({ where: { delegationId: delegation.id } });
      expect(history).toEqual([expect.objectContaining({ fromStatus: from, toStatus: to, actorId: actors[role].id, note: note ?? null })]);
      const mails = await mailsOf(delegation.id);
      expect(mails.map((mail) => mail.kind)).toEqual(expected.mail ? [expected.mail] : []);
    } else {
      expect((await refusal(attempt)).code).toBe("FORBIDDEN");
      expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).status).toBe(from);
      expect(await mailsOf(delegation.id)).toEqual([]);
    }
  });

  test("the application page offers it exactly to reviewers, with a note box where one is needed", async () => {
    const delegation = await delegations.create({ status: from });
    for (const role of REVIEWERS) {
      const review = await getDelegationReviewOrThrow({ actor: actors[role], delegationId: delegation.id });
      expect(review.allowedTargets).toContain(to);
      expect(review.noteRequiredFor.includes(to)).toBe(Boolean(expected.note));
    }
  });
});

test("a step that needs a reason, taken without one, is a field error and changes nothing", async () => {
  const delegation = await delegations.create({ status: "UNDER_REVIEW" });
  const error = await refusal(transitionDelegation({ actor: actors.PRESS_OFFICER, input: { delegationId: delegation.id, version: delegation.version, to: "REJECTED", note: "   " } }));
  expect(error.code).toBe("VALIDATION");
  expect(error.fieldErrors).toEqual({ note: ["delegationReview.workflow.noteRequired.REJECTED"] });
  expect((await db.delegation.findUniqueOrThrow({ where: { id: delegation.id } })).status).toBe("UNDER_REVIEW");
  expect(await mailsOf(delegation.id)).toEqual([]);
  expect(await db.delegationTransition.count({ where: { delegationId: delegation.id } })).toBe(0);
});

test("an edge the workflow does not have is refused without a mail", async () => {
  const delegation = await delegations.create({ status: "SUBMITTED" });
  const error = await refusal(transitionDelegation({ actor: actors.ADMIN, input: { delegationId: delegation.id, version: delegation.version, to: "APPROVED" } }));
  expect(error.code).toBe("INVALID_TRANSITION");
  expect(await mailsOf(delegation.id)).toEqual([]);
});

test("a stale version is a conflict", async () => {
  const delegation = await delegations.create({ status: "SUBMITTED" });
  const error = await refusal(transitionDelegation({ actor: actors.ADMIN, input: { delegationId: delegation.id, version: delegation.version + 1, to: "UNDER_REVIEW" } }));
  expect(error.code).toBe("CONFLICT");
});

test("two officers deciding at once: one decision wins, one history row, one mail", async () => {
  const delegation = await delegations.create({ status: "UNDER_REVIEW" });
  const input = { delegationId: delegation.id, version: delegation.version };
  const results = await Promise.allSettled([
    transitionDelegation({ actor: actors.PRESS_OFFICER, input: { ...input, to: "APPROVED" } }),
    transitionDelegation({ actor: actors.ADMIN, input: { ...input, to: "REJECTED", note: "Dates outside the accreditation period" } }),
  ]);
  expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
  const failed = results.find((result) => result.status === "rejected");
  expect((failed as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
  expect(await db.delegationTransition.count({ where: { delegationId: delegation.id } })).toBe(1);
  expect(await mailsOf(delegation.id)).toHaveLength(1);
});

test("writers and editors cannot read an application; drafts and unknown ids are 404", async () => {
  const delegation = await delegations.create({ status: "SUBMITTED" });
  for (const role of ["WRITER", "EDITOR", "CHIEF_EDITOR"] as const) {
    expect((await refusal(getDelegationReviewOrThrow({ actor: actors[role], delegationId: delegation.id }))).code).toBe("FORBIDDEN");
  }
  const draft = await delegations.create({ status: "DRAFT" });
  expect((await refusal(getDelegationReviewOrThrow({ actor: actors.PRESS_OFFICER, delegationId: draft.id }))).code).toBe("NOT_FOUND");
  expect((await refusal(transitionDelegation({ actor: actors.PRESS_OFFICER, input: { delegationId: draft.id, version: 1, to: "SUBMITTED" } }))).code).toBe("NOT_FOUND");
  expect((await refusal(getDelegationReviewOrThrow({ actor: actors.PRESS_OFFICER, delegationId: "7d9a4f3e-0000-4000-8000-000000000000" }))).code).toBe("NOT_FOUND");
});

describe("the decision e-mails", () => {
  test("a request for information goes to the applicant in their language first, with the question, the reference and the status page", async () => {
    const delegation = await delegations.create({ status: "UNDER_REVIEW", locale: "vi" });
    const question = "Xin cho biết lịch phỏng vấn tại Đắk Lắk";
    await transitionDelegation({ actor: actors.PRESS_OFFICER, input: { delegationId: delegation.id, version: delegation.version, to: "INFO_REQUESTED", note: question } });
    const [mail] = await mailsOf(delegation.id);
    expect(mail).toMatchObject({ toAddress: delegation.contactEmail, kind: "delegation.infoRequested" });
    expect(mail.subject).toBe(`Hồ sơ ${delegation.reference}: đề nghị bổ sung thông tin / Application ${delegation.reference}: more information needed`);
    const [vietnamese, english] = mail.textBody.split("────────────────────────");
    expect(vietnamese).toContain(question);
    expect(vietnamese).toContain(delegation.reference);
    expect(vietnamese).toContain("/vi/delegations/status");
    expect(english).toContain("we need more information");
    expect(english).toContain(delegation.reference);
    expect(english).toContain("/en/delegations/status");
  });

  test("an approval to an English-speaking applicant is English first", async () => {
    const delegation = await delegations.create({ status: "UNDER_REVIEW", locale: "en" });
    await transitionDelegation({ actor: actors.ADMIN, input: { delegationId: delegation.id, version: delegation.version, to: "APPROVED" } });
    const [mail] = await mailsOf(delegation.id);
    expect(mail.kind).toBe("delegation.approved");
    expect(mail.subject.startsWith(`Application ${delegation.reference}: approved`)).toBe(true);
    expect(mail.textBody.indexOf("has been approved")).toBeLessThan(mail.textBody.indexOf("đã được chấp thuận"));
  });

  test("a refusal carries its reason in both languages' sections", async () => {
    const delegation = await delegations.create({ status: "INFO_REQUESTED", locale: "en" });
    const reason = "The stay overlaps the national holiday";
    await transitionDelegation({ actor: actors.PRESS_OFFICER, input: { delegationId: delegation.id, version: delegation.version, to: "REJECTED", note: reason } });
    const [mail] = await mailsOf(delegation.id);
    expect(mail.kind).toBe("delegation.rejected");
    expect(mail.textBody.split(reason)).toHaveLength(3);
    expect(mail.textBody).toContain("Reason:");
    expect(mail.textBody).toContain("Lý do:");
  });
});
