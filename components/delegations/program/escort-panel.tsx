"use client";

import { useState, useTransition } from "react";
import { assignDelegationEscortAction, removeDelegationEscortAction } from "@/lib/delegations/program-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { Alert, FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, type SelectOption } from "@/components/ui/field";

type Person = { contactId: string; name: string; roleLabel: string };
type Feedback = { tone: "success" | "error" | "warning"; message: string } | null;

type Props = {
  delegationId: string;
  /** The delegation's version, fresh after every change (the actions revalidate the page). */
  version: number;
  escorts: Person[];
  candidates: Person[];
  /** Where assigned people are booked elsewhere during the stay, already in words. */
  warnings: string[];
  canEdit: boolean;
};

/** Escort officers and interpreters from the directory: who is assigned, assign another, remove one. */
export function EscortPanel({ delegationId, version, escorts, candidates, warnings, canEdit }: Props) {
  const t = useT();
  const [pending, startTransition] = useTransition();
  const [chosen, setChosen] = useState("");
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [error, setError] = useState<string[] | undefined>();
  const options: SelectOption[] = [{ value: "", label: t("delegationProgram.escorts.choose") }, ...candidates.map((person) => ({ value: person.contactId, label: `${person.name} (${person.roleLabel})` }))];

  function run(kind: "assign" | "remove", person: { contactId: string; name: string }) {
    startTransition(async () => {
      const action = kind === "assign" ? assignDelegationEscortAction : removeDelegationEscortAction;
      const state = await action({ delegationId, version, contactId: person.contactId });
      if (state.status === "ok") {
        setChosen("");
        setError(undefined);
        setFeedback({ tone: "success", message: t(kind === "assign" ? "delegationProgram.escorts.assigned" : "delegationProgram.escorts.removed", { name: person.name }) });
        return;
      }
      if (state.status !== "error") return;
      setError(state.fieldErrors?.contactId);
      setFeedback({ tone: state.code === "CONFLICT" ? "warning" : "error", message: state.message });
    });
  }

  function assign() {
    const person = candidates.find((candidate) => candidate.contactId === chosen);
    if (!person) {
      setError([t("delegationProgram.escorts.notEscort")]);
      return;
    }
    run("assign", person);
  }

  return (
    <section aria-labelledby="delegation-escorts" className="mb-6 space-y-3 rounded-md border border-slate-200 p-4" aria-busy={pending || undefined}>
      <h2 id="delegation-escorts" className="text-base font-semibold text-slate-900">
        {t("delegationProgram.escorts.heading")}
      </h2>
      {escorts.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationProgram.escorts.none")}</p>
      ) : (
        <ul className="space-y-1">
          {escorts.map((person) => (
            <li key={person.contactId} className="flex flex-wrap items-center gap-2 text-sm">
              <span className="font-medium">{person.name}</span>
              <span className="text-slate-600">{person.roleLabel}</span>
              {canEdit && (
                <Button size="sm" variant="ghost" onClick={() => run("remove", person)} disabled={pending}>
                  {t("delegationProgram.escorts.remove", { name: person.name })}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {warnings.length > 0 && (
        <Alert tone="warning">
          <ul className="list-disc space-y-1 pl-5">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </Alert>
      )}
      {canEdit &&
        (candidates.length === 0 ? (
          <p className="text-sm text-slate-600">{t("delegationProgram.escorts.noCandidates")}</p>
        ) : (
          <div className="flex flex-wrap items-end gap-2">
            <SelectField
              name="escortContactId"
              label={t("delegationProgram.escorts.picker")}
              options={options}
              value={chosen}
              onChange={(event) => setChosen(event.target.value)}
              error={error}
              className="min-w-64"
            />
            <Button variant="primary" onClick={assign} busy={pending}>
              {t("delegationProgram.escorts.assign")}
            </Button>
          </div>
        ))}
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
    </section>
  );
}
