"use client";

import type { TripStatus } from "@/lib/generated/prisma/enums";
import { transitionTripAction } from "@/lib/trips/actions";
import { TRIP_STATUSES } from "@/lib/trips/workflow";
import { useT } from "@/components/i18n/i18n-provider";
import { WorkflowPanel } from "@/components/ui/workflow-panel";

/** A move back along the workflow (withdrawing an approval, reopening invitations) reads differently from a step forward. */
function isBackward(from: TripStatus, to: TripStatus): to is "IDEA" | "PLANNED" | "INVITATIONS_SENT" {
  return to !== "CANCELLED" && TRIP_STATUSES.indexOf(to) < TRIP_STATUSES.indexOf(from);
}

type TripWorkflowPanelProps = {
  tripId: string;
  version: number;
  status: TripStatus;
  /** Computed on the server from the workflow table and the actor's permissions. */
  targets: TripStatus[];
  noteRequiredFor: TripStatus[];
};

/** A trip's next steps; cancelling and withdrawing an approval must say why. */
export function TripWorkflowPanel({ tripId, version, status, targets, noteRequiredFor }: TripWorkflowPanelProps) {
  const t = useT();
  return (
    <WorkflowPanel<TripStatus>
      id="trip-workflow"
      title={t("trips.workflow.title")}
      noneOpen={t("trips.workflow.noneOpen")}
      targets={targets}
      noteRequiredFor={noteRequiredFor}
      label={(to) => (isBackward(status, to) ? t(`trips.workflow.back.${to}`) : t(`trips.workflow.actions.${to}`))}
      variant={(to, withNote) => (to === "CANCELLED" ? "danger" : withNote || isBackward(status, to) ? "secondary" : "primary")}
      noteLabel={(to) => (to === "CANCELLED" ? t("trips.workflow.cancelReason") : t("trips.workflow.note"))}
      noteHint={(to) => (to === "CANCELLED" ? t("trips.workflow.cancelHint") : t("trips.workflow.noteHint"))}
      moved={(to) => t("trips.workflow.moved", { status: t(`trips.status.${to}`) })}
      move={(to, note) => transitionTripAction({ tripId, version, to, ...(note !== undefined ? { note } : {}) })}
    />
  );
}
