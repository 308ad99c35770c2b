"use client";

import { useRef, useState } from "react";
import type { ArticleTransitionOption } from "@/lib/articles/queries";
import type { ArticleStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { StatusBadge } from "./status-badge";

const VARIANTS: Partial<Record<ArticleStatus, ButtonVariant>> = {
  IN_REVIEW: "primary",
  APPROVED: "primary",
  PUBLISHED: "primary",
  ARCHIVED: "danger",
  UNPUBLISHED: "danger",
};

type WorkflowPanelProps = {
  status: ArticleStatus;
  /** Exactly the steps the server allows this person; nothing else is offered. */
  transitions: ArticleTransitionOption[];
  pending: boolean;
  hasUnsavedChanges: boolean;
  noteError?: string[];
  onTransition: (to: ArticleStatus, note: string) => void;
};

export function WorkflowPanel({ status, transitions, pending, hasUnsavedChanges, noteError, onTransition }: WorkflowPanelProps) {
  const t = useT();
  const [note, setNote] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const error = localError ?? noteError?.join(" ") ?? null;
  const needsNote = transitions.some((transition) => transition.requiresNote);

  function take(transition: ArticleTransitionOption) {
    if (transition.requiresNote && !note.trim()) {
      setLocalError(t("articles.noteRequired"));
      noteRef.current?.focus();
      return;
    }
    setLocalError(null);
    onTransition(transition.to, note.trim());
  }

  // A finished step (the state changed) clears the note for the next one.
  const [seenStatus, setSeenStatus] = useState(status);
  if (seenStatus !== status) {
    setSeenStatus(status);
    setNote("");
    setLocalError(null);
  }

  return (
    <section aria-labelledby="workflow-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex items-center justify-between gap-2">
        <h2 id="workflow-heading" className="text-sm font-semibold text-slate-900">
          {t("articles.workflow.title")}
        </h2>
        <p className="text-xs text-slate-600">
          <span className="sr-only">{t("articles.workflow.currentStatus")}: </span>
          <StatusBadge status={status} label={t(`articles.status.${status}`)} />
        </p>
      </div>
      {transitions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("articles.workflow.noActions")}</p>
      ) : (
        <>
          <div className="space-y-1">
            <label htmlFor="workflow-note" className="block text-sm font-medium text-slate-800">
              {t("articles.workflow.note")}
              {!needsNote && <span className="ml-1 font-normal text-slate-500">({t("common.optional")})</span>}
            </label>
            {needsNote && (
              <p id="workflow-note-hint" className="text-xs text-slate-600">
                {t("articles.workflow.noteHint")}
              </p>
            )}
            <textarea
              id="workflow-note"
              ref={noteRef}
              rows={2}
              value={note}
              maxLength={2000}
              onChange={(event) => {
                setNote(event.target.value);
                setLocalError(null);
              }}
              aria-invalid={error ? true : undefined}
              aria-describedby={[needsNote ? "workflow-note-hint" : "", error ? "workflow-note-error" : ""].filter(Boolean).join(" ") || undefined}
              className={CONTROL_CLASSES}
            />
            {error && (
              <p id="workflow-note-error" className="text-xs font-medium text-red-700">
                {error}
              </p>
            )}
          </div>
          {hasUnsavedChanges && <p className="text-xs text-slate-600">{t("articles.workflow.saveFirst")}</p>}
          <div className="flex flex-wrap gap-2">
            {transitions.map((transition) => (
              <Button
                key={transition.to}
                variant={VARIANTS[transition.to] ?? "secondary"}
                size="sm"
                disabled={pending}
                onClick={() => take(transition)}
              >
                {t(`articles.transition.${transition.to}`)}
              </Button>
            ))}
          </div>
        </>
      )}
    </section>
  );
}
