"use client";

import { transitionDelegationAction } from "@/lib/delegations/review-actions";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { WorkflowPanel } from "@/components/ui/workflow-panel";

type NoteStatus = "INFO_REQUESTED" | "REJECTED" | "CANCELLED";
const isNoteStatus = (to: DelegationStatus): to is NoteStatus => to === "INFO_REQUESTED" || to === "REJECTED" || to === "CANCELLED";

type DelegationWorkflowPanelProps = {
  delegationId: string;
  version: number;
  /** Computed on the server from the workflow table and the actor's permissions. */
  targets: DelegationStatus[];
  noteRequiredFor: DelegationStatus[];
};

/**
 * The officer's next steps; asking for information, refusing and cancelling
 * come with their own text box, whose words the applicant receives by e-mail.
 */
export function DelegationWorkflowPanel({ delegationId, version, targets, noteRequiredFor }: DelegationWorkflowPanelProps) {
  const t = useT();
  return (
    <WorkflowPanel<DelegationStatus>
      id="delegation-workflow"
      title={t("delegationReview.workflow.title")}
      noneOpen={t("delegationReview.workflow.noneOpen")}
      targets={targets}
      noteRequiredFor={noteRequiredFor}
      label={(to) => t(`delegationReview.workflow.actions.${to}`)}
      variant={(to, withNote) => (!withNote ? "primary" : to === "INFO_REQUESTED" ? "secondary" : "danger")}
      noteLabel={(to) => (isNoteStatus(to) ? t(`delegationReview.workflow.noteLabels.${to}`) : t("delegationReview.workflow.noteLabels.CANCELLED"))}
      noteHint={() => t("delegationReview.workflow.noteHint")}
      moved={(to) => t("delegationReview.workflow.moved", { status: t(`delegations.status.${to}`) })}
      move={(to, note) => transitionDelegationAction({ delegationId, version, to, ...(note !== undefined ? { note } : {}) })}
    />
  );
}
