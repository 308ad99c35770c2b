"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { ActionState } from "@/lib/action";
import { FormMessage } from "./alert";
import { Button, type ButtonVariant } from "./button";
import { TextAreaField } from "./field";

type Feedback<S extends string> = { tone: "success" | "error"; message: string; target: S; fieldErrors?: Record<string, string[]> } | null;

export type WorkflowPanelProps<S extends string> = {
  /** Distinguishes this panel's ids on the page. */
  id: string;
  title: string;
  noneOpen: string;
  /** Computed on the server from the workflow table and the actor's permissions. */
  targets: S[];
  noteRequiredFor: S[];
  label: (to: S) => string;
  variant: (to: S, withNote: boolean) => ButtonVariant;
  noteLabel: (to: S) => string;
  noteHint: (to: S) => string;
  moved: (to: S) => string;
  move: (to: S, note: string | undefined) => Promise<ActionState<unknown>>;
};

/**
 * The buttons of a workflow (trips, delegations): one per step the person may
 * take now, and, for the steps that must say why, a form with its own text box
 * under which a refusal of that very step is shown. The server decides the
 * steps; this only asks for them.
 */
export function WorkflowPanel<S extends string>({ id, title, noneOpen, targets, noteRequiredFor, label, variant, noteLabel, noteHint, moved, move }: WorkflowPanelProps<S>) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [feedback, setFeedback] = useState<Feedback<S>>(null);

  function run(to: S, note?: string) {
    startTransition(async () => {
      const state = await move(to, note);
      if (state.status === "ok") {
        setFeedback({ tone: "success", target: to, message: moved(to) });
        router.refresh();
      } else if (state.status === "error") {
        setFeedback({ tone: "error", target: to, message: state.message, fieldErrors: state.fieldErrors });
      }
    });
  }

  function onNoteSubmit(to: S) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      run(to, String(new FormData(event.currentTarget).get("note") ?? ""));
    };
  }

  const direct = targets.filter((to) => !noteRequiredFor.includes(to));
  const withNote = targets.filter((to) => noteRequiredFor.includes(to));
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {targets.length === 0 && <p className="text-sm text-slate-600">{noneOpen}</p>}
      {direct.length > 0 && (
        <div className="flex flex-wrap gap-2">
          {direct.map((to) => (
            <Button key={to} variant={variant(to, false)} busy={pending} onClick={() => run(to)}>
              {label(to)}
            </Button>
          ))}
        </div>
      )}
      {withNote.map((to) => (
        <form key={to} onSubmit={onNoteSubmit(to)} noValidate className="space-y-2 border-t border-slate-100 pt-3">
          <TextAreaField
            id={`${id}-note-${to}`}
            name="note"
            rows={3}
            required
            maxLength={2000}
            label={noteLabel(to)}
            hint={noteHint(to)}
            error={feedback?.target === to ? feedback.fieldErrors?.note : undefined}
          />
          <Button type="submit" variant={variant(to, true)} busy={pending}>
            {label(to)}
          </Button>
        </form>
      ))}
    </section>
  );
}
