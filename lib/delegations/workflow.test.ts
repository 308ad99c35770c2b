import { describe, expect, test } from "vitest";
import type { Role } from "@/lib/generated/prisma/enums";
import { APPLICANT_TRANSITIONS, applicantMayMove, DELEGATION_STATUSES, DELEGATION_WORKFLOW, ENDED_STATUSES } from "./workflow";

const ROLES: Role[] = ["ADMIN", "CHIEF_EDITOR", "EDITOR", "WRITER", "PRESS_OFFICER"];
const actor = (role: Role) => ({ id: "00000000-0000-4000-8000-000000000001", roles: [role] });

describe("the delegation workflow", () => {
  test("only press officers and administrators move applications, along the declared edges", () => {
    for (const status of DELEGATION_STATUSES) {
      for (const role of ROLES) {
        const targets = DELEGATION_WORKFLOW.allowedTargets(actor(role), { status, createdById: "" });
        const expected = role === "PRESS_OFFICER" || role === "ADMIN" ? Object.keys(DELEGATION_WORKFLOW.transitions[status]) : [];
        expect(targets.sort(), `${role} from ${status}`).toEqual(expected.sort());
      }
    }
  });

  test("requests for information, refusals and cancellations need a reason; approval does not", () => {
    expect(DELEGATION_WORKFLOW.rule("UNDER_REVIEW", "INFO_REQUESTED")?.requiresNote).toBe(true);
    expect(DELEGATION_WORKFLOW.rule("UNDER_REVIEW", "REJECTED")?.requiresNote).toBe(true);
    expect(DELEGATION_WORKFLOW.rule("APPROVED", "CANCELLED")?.requiresNote).toBe(true);
    expect(DELEGATION_WORKFLOW.rule("UNDER_REVIEW", "APPROVED")?.requiresNote).toBeUndefined();
    expect(DELEGATION_WORKFLOW.rule("SUBMITTED", "APPROVED")).toBeUndefined();
  });

  test("nothing leaves an ended application, and the applicant never decides", () => {
    for (const status of ENDED_STATUSES) expect(Object.keys(DELEGATION_WORKFLOW.transitions[status])).toEqual([]);
    for (const targets of Object.values(APPLICANT_TRANSITIONS)) {
      for (const target of targets ?? []) expect(["APPROVED", "REJECTED", "ARRIVED", "IN_PROGRESS", "COMPLETED", "CANCELLED"]).not.toContain(target);
    }
    expect(applicantMayMove("INFO_REQUESTED", "UNDER_REVIEW")).toBe(true);
    expect(applicantMayMove("APPROVED", "WITHDRAWN")).toBe(false);
  });
});
