import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow } from "@/lib/workflow/state-machine";

export const DELEGATION_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "UNDER_REVIEW",
  "INFO_REQUESTED",
  "APPROVED",
  "REJECTED",
  "ARRIVED",
  "IN_PROGRESS",
  "COMPLETED",
  "WITHDRAWN",
  "CANCELLED",
] as const satisfies readonly DelegationStatus[];

const REVIEW = { action: "delegation.review" } as const;
const WITH_REASON = { action: "delegation.review", requiresNote: true } as const;

/**
 * What press officers may do with an application. A request for more
 * information, a refusal and a cancellation always say why (the applicant is
 * told in the same words); approving may carry a note for the letter.
 */
export const DELEGATION_WORKFLOW = defineWorkflow<DelegationStatus>({
  DRAFT: {},
  SUBMITTED: { UNDER_REVIEW: REVIEW, CANCELLED: WITH_REASON },
  UNDER_REVIEW: { INFO_REQUESTED: WITH_REASON, APPROVED: REVIEW, REJECTED: WITH_REASON, CANCELLED: WITH_REASON },
  INFO_REQUESTED: { UNDER_REVIEW: REVIEW, REJECTED: WITH_REASON, CANCELLED: WITH_REASON },
  APPROVED: { ARRIVED: REVIEW, CANCELLED: WITH_REASON },
  REJECTED: {},
  ARRIVED: { IN_PROGRESS: REVIEW, COMPLETED: REVIEW },
  IN_PROGRESS: { COMPLETED: REVIEW },
  COMPLETED: {},
  WITHDRAWN: {},
  CANCELLED: {},
});

/**
 * What the applicant (no account, identified by the reference number and the
 * e-mail address, or by the resume link) may do: submit the draft, answer a
 * request for information, withdraw before a decision.
 */
export const APPLICANT_TRANSITIONS: Readonly<Partial<Record<DelegationStatus, readonly DelegationStatus[]>>> = {
  DRAFT: ["SUBMITTED"],
  SUBMITTED: ["WITHDRAWN"],
  UNDER_REVIEW: ["WITHDRAWN"],
  INFO_REQUESTED: ["UNDER_REVIEW", "WITHDRAWN"],
};

export function applicantMayMove(from: DelegationStatus, to: DelegationStatus): boolean {
  return APPLICANT_TRANSITIONS[from]?.includes(to) ?? false;
}

/** The application is over: its personal data is purged a configured number of months after this. */
export const ENDED_STATUSES: readonly DelegationStatus[] = ["REJECTED", "COMPLETED", "WITHDRAWN", "CANCELLED"];
/** Decided in the applicant's favour: a decision letter exists. */
export const APPROVED_STATUSES: readonly DelegationStatus[] = ["APPROVED", "ARRIVED", "IN_PROGRESS", "COMPLETED"];
/** The program and escorts may be planned and changed. */
export const PROGRAM_STATUSES: readonly DelegationStatus[] = ["APPROVED", "ARRIVED", "IN_PROGRESS"];
/** The applicant may still edit the application's content. */
export const APPLICANT_EDITABLE_STATUSES: readonly DelegationStatus[] = ["DRAFT", "INFO_REQUESTED"];
