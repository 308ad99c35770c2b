"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { transitionDelegationAction } from "@/lib/delegations/review-actions";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string; target: DelegationStatus; fieldErrors?: Record<string, string[]> } | null;

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
 * One button per step the officer may take now; asking for information,
 * refusing and cancelling come with their own text box, whose words the
 * applicant receives by e-mail.
 */
export function DelegationWorkflowPanel({ delegationId, version, targets, noteRequiredFor }: DelegationWorkflowPanelProps) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);

  function move(to: DelegationStatus, note?: string) {
    startTransition(async () => {
      const state = await transitionDelegationAction({ delegationId, version, to, ...(note !== undefined ? { note } : {}) });
      if (state.status === "ok") {
        setFeedback({ tone: "success", target: to, message: t("delegationReview.workflow.moved", { status: t(`delegations.status.${to}`) }) });
        router.refresh();
      } else if (state.status === "error") {
        setFeedback({ tone: "error", target: to, message: state.message, fieldErrors: state.fieldErrors });
      }
    });
  }

  function onNoteSubmit(to: DelegationStatus) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      move(to, String(new FormData(event.currentTarget).get("note") ?? ""));
    };
  }

  const direct = targets.filter((to) => !noteRequiredFor.includes(to));
  const withNote = targets.filter((to) => noteRequiredFor.includes(to));
  return (
    <section aria-labelledby="delegation-workflow-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      <h2 id="delegation-workflow-title" className="text-base font-semibold text-slate-900">
        {t("delegationReview.workflow.title")}
      </h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {targets.length === 0 && <p className="text-sm text-slate-600">{t("delegationReview.workflow.noneOpen")}</p>}
      {direct.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {direct.map((to) => (
            <Button key={to} variant="primary" busy={pending} onClick={() => move(to)}>
              {t(`delegationReview.workflow.actions.${to}`)}
            </Button>
          ))}
        </div>
      )}
      {withNote.map((to) => (
        <form key={to} onSubmit={onNoteSubmit(to)} noValidate className="space-y-2 border-t border-slate-100 pt-3">
          <TextAreaField
            id={`delegation-note-${to}`}
            name="note"
            rows={3}
            required
            maxLength={2000}
            label={isNoteStatus(to) ? t(`delegationReview.workflow.noteLabels.${to}`) : t("delegationReview.workflow.noteLabels.CANCELLED")}
            hint={t("delegationReview.workflow.noteHint")}
            error={feedback?.target === to ? feedback.fieldErrors?.note : undefined}
          />
          <Button type="submit" variant={to === "INFO_REQUESTED" ? "secondary" : "danger"} busy={pending}>
            {t(`delegationReview.workflow.actions.${to}`)}
          </Button>
        </form>
      ))}
    </section>
  );
}
