"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { transitionTripAction } from "@/lib/trips/actions";
import { TRIP_STATUSES } from "@/lib/trips/workflow";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string; target: TripStatus; fieldErrors?: Record<string, string[]> } | null;

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

/**
 * One button per step the actor may take now; the steps that need a reason
 * (cancelling, withdrawing an approval) come with their own text box.
 */
export function TripWorkflowPanel({ tripId, version, status, targets, noteRequiredFor }: TripWorkflowPanelProps) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback>(null);
  const label = (to: TripStatus) => (isBackward(status, to) ? t(`trips.workflow.back.${to}`) : t(`trips.workflow.actions.${to}`));

  function move(to: TripStatus, note?: string) {
    startTransition(async () => {
      const state = await transitionTripAction({ tripId, version, to, ...(note !== undefined ? { note } : {}) });
      if (state.status === "ok") {
        setFeedback({ tone: "success", target: to, message: t("trips.workflow.moved", { status: t(`trips.status.${to}`) }) });
        router.refresh();
      } else if (state.status === "error") {
        setFeedback({ tone: "error", target: to, message: state.message, fieldErrors: state.fieldErrors });
      }
    });
  }

  function onNoteSubmit(to: TripStatus) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      move(to, String(new FormData(event.currentTarget).get("note") ?? ""));
    };
  }

  const direct = targets.filter((to) => !noteRequiredFor.includes(to));
  const withNote = targets.filter((to) => noteRequiredFor.includes(to));
  return (
    <section aria-labelledby="trip-workflow-title" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      <h2 id="trip-workflow-title" className="text-base font-semibold text-slate-900">
        {t("trips.workflow.title")}
      </h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {targets.length === 0 && <p className="text-sm text-slate-600">{t("trips.workflow.noneOpen")}</p>}
      {direct.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {direct.map((to) => (
            <Button key={to} variant={isBackward(status, to) ? "secondary" : "primary"} busy={pending} onClick={() => move(to)}>
              {label(to)}
            </Button>
          ))}
        </div>
      )}
      {withNote.map((to) => {
        const cancelling = to === "CANCELLED";
        return (
          <form key={to} onSubmit={onNoteSubmit(to)} noValidate className="space-y-2 border-t border-slate-100 pt-3">
            <TextAreaField
              id={`workflow-note-${to}`}
              name="note"
              rows={2}
              required
              maxLength={2000}
              label={cancelling ? t("trips.workflow.cancelReason") : t("trips.workflow.note")}
              hint={cancelling ? t("trips.workflow.cancelHint") : t("trips.workflow.noteHint")}
              error={feedback ? noteErrorFor(feedback, to) : undefined}
            />
            <Button type="submit" variant={cancelling ? "danger" : "secondary"} busy={pending}>
              {label(to)}
            </Button>
          </form>
        );
      })}
    </section>
  );
}

/** A note error belongs under the box of the step that was tried. */
function noteErrorFor(feedback: NonNullable<Feedback>, to: TripStatus): string[] | undefined {
  return feedback.target === to ? feedback.fieldErrors?.note : undefined;
}
