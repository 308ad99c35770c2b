import type { TripStatus } from "@/lib/generated/prisma/enums";
import { defineWorkflow } from "@/lib/workflow/state-machine";

export const TRIP_STATUSES = [
  "IDEA",
  "PLANNED",
  "APPROVED",
  "INVITATIONS_SENT",
  "CONFIRMED",
  "ONGOING",
  "COMPLETED",
  "REPORTED",
  "CANCELLED",
] as const satisfies readonly TripStatus[];

const CANCEL = { action: "trip.manage", requiresNote: true } as const;

/**
 * Who may move a trip where. Press officers plan and run trips; only a chief
 * editor or an admin approves one, and sending an approved plan back to
 * planning is theirs too (it withdraws the approval, so it needs a reason).
 * A trip can be cancelled, with a reason, until it has taken place.
 */
export const TRIP_WORKFLOW = defineWorkflow<TripStatus>({
  IDEA: { PLANNED: { action: "trip.manage" }, CANCELLED: CANCEL },
  PLANNED: { APPROVED: { action: "trip.approve" }, IDEA: { action: "trip.manage" }, CANCELLED: CANCEL },
  APPROVED: { INVITATIONS_SENT: { action: "trip.manage" }, PLANNED: { action: "trip.approve", requiresNote: true }, CANCELLED: CANCEL },
  INVITATIONS_SENT: { CONFIRMED: { action: "trip.manage" }, CANCELLED: CANCEL },
  CONFIRMED: { ONGOING: { action: "trip.manage" }, INVITATIONS_SENT: { action: "trip.manage" }, CANCELLED: CANCEL },
  ONGOING: { COMPLETED: { action: "trip.manage" }, CANCELLED: CANCEL },
  COMPLETED: { REPORTED: { action: "trip.manage" } },
  REPORTED: {},
  CANCELLED: {},
});

/** The trip has not happened yet: its plan, program and guest list may still change. */
export const PLANNING_STATUSES: readonly TripStatus[] = ["IDEA", "PLANNED", "APPROVED", "INVITATIONS_SENT", "CONFIRMED"];
/** Participants can be invited or answer for a seat. */
export const INVITING_STATUSES: readonly TripStatus[] = ["IDEA", "PLANNED", "APPROVED", "INVITATIONS_SENT", "CONFIRMED", "ONGOING"];
/** Attendance (attended, no-show) is recorded once the trip is under way. */
export const ATTENDANCE_STATUSES: readonly TripStatus[] = ["ONGOING", "COMPLETED", "REPORTED"];
/** Coverage exists once the trip has begun. */
export const COVERAGE_STATUSES: readonly TripStatus[] = ["ONGOING", "COMPLETED", "REPORTED"];
/** Nothing changes any more but coverage and the public page. */
export const CLOSED_STATUSES: readonly TripStatus[] = ["REPORTED", "CANCELLED"];
