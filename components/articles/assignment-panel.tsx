"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ArticleAssignmentData, AssignmentCandidates } from "@/lib/collaboration/assignments";
import { assignArticleAction } from "@/lib/collaboration/actions";
import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type AssignmentPanelProps = {
  articleId: string;
  assignment: ArticleAssignmentData;
  canAssign: boolean;
  candidates: AssignmentCandidates;
};

type Feedback = { tone: "success" | "error"; message: string } | null;

/**
 * Writer, editor and due date of the article. It sits inside the article
 * editor's form, so it has no form of its own: its button is a plain button
 * and Enter in the date field saves the assignment, not the article.
 */
export function AssignmentPanel({ articleId, assignment, canAssign, candidates }: AssignmentPanelProps) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const [writerId, setWriterId] = useState(assignment.writer?.id ?? "");
  const [editorId, setEditorId] = useState(assignment.editor?.id ?? "");
  const [dueDate, setDueDate] = useState(assignment.dueDate ?? "");
  const [version, setVersion] = useState(assignment.version);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [pending, startTransition] = useTransition();

  function save() {
    startTransition(async () => {
      const state = await assignArticleAction({ articleId, version, writerId, editorId, dueDate });
      if (state.status === "ok") {
        setVersion(state.data.version);
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("collaboration.assignment.saved") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  const people = (list: { id: string; name: string }[]) => [
    { value: "", label: t("collaboration.assignment.nobody") },
    ...list.map((person) => ({ value: person.id, label: person.name })),
  ];

  return (
    <section aria-labelledby="assignment-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="assignment-heading" className="text-sm font-semibold text-slate-900">
        {t("collaboration.assignment.title")}
      </h2>
      {canAssign ? (
        <>
          <SelectField
            name="assignmentWriterId"
            label={t("collaboration.assignment.writer")}
            options={people(candidates.writers)}
            value={writerId}
            onChange={(event) => setWriterId(event.target.value)}
            error={fieldErrors.writerId}
          />
          <SelectField
            name="assignmentEditorId"
            label={t("collaboration.assignment.editor")}
            options={people(candidates.editors)}
            value={editorId}
            onChange={(event) => setEditorId(event.target.value)}
            error={fieldErrors.editorId}
          />
          <TextField
            name="assignmentDueDate"
            type="date"
            label={t("collaboration.assignment.dueDate")}
            value={dueDate}
            onChange={(event) => setDueDate(event.target.value)}
            onKeyDown={(event) => {
              if (event.key !== "Enter") return;
              event.preventDefault();
              save();
            }}
            error={fieldErrors.dueDate}
          />
          {assignment.isOverdue && <Badge tone="red">{t("collaboration.assignment.overdue")}</Badge>}
          <Button size="sm" variant="secondary" busy={pending} onClick={save}>
            {t("collaboration.assignment.save")}
          </Button>
        </>
      ) : (
        <dl className="space-y-1.5 text-sm">
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("collaboration.assignment.writer")}</dt>
            <dd className="font-medium text-slate-900">{assignment.writer?.name ?? t("collaboration.assignment.notAssigned")}</dd>
          </div>
          <div className="flex justify-between gap-2">
            <dt className="text-slate-600">{t("collaboration.assignment.editor")}</dt>
            <dd className="font-medium text-slate-900">{assignment.editor?.name ?? t("collaboration.assignment.notAssigned")}</dd>
          </div>
          <div className="flex items-center justify-between gap-2">
            <dt className="text-slate-600">{t("collaboration.assignment.dueDate")}</dt>
            <dd className="flex items-center gap-1.5 font-medium text-slate-900">
              {assignment.dueDate ? <time dateTime={assignment.dueDate}>{formatCalendarDate(locale, assignment.dueDate)}</time> : t("collaboration.assignment.noDueDate")}
              {assignment.isOverdue && <Badge tone="red">{t("collaboration.assignment.overdue")}</Badge>}
            </dd>
          </div>
        </dl>
      )}
      {assignment.assignedByName && <p className="text-xs text-slate-600">{t("collaboration.assignment.assignedBy", { name: assignment.assignedByName })}</p>}
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
    </section>
  );
}
