"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { InviteCandidate } from "@/lib/trips/participant-queries";
import { inviteParticipantsAction } from "@/lib/trips/participant-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage, type AlertTone } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ParticipantWarnings } from "./participant-warnings";

type Result = { tone: AlertTone; message: ReactNode } | null;

/**
 * The matches of the directory search, each with the warnings inviting them
 * would bring (shown before confirming), and "Invite selected". The outcome —
 * who was invited, who was already on the trip, what to watch — is announced.
 */
export function InviteForm({ tripId, candidates, locale }: { tripId: string; candidates: InviteCandidate[]; locale: Locale }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [selected, setSelected] = useState<string[]>([]);
  const [result, setResult] = useState<Result>(null);

  function toggle(id: string, checked: boolean) {
    setSelected((current) => (checked ? [...current, id] : current.filter((existing) => existing !== id)));
  }

  function invite() {
    if (selected.length === 0) {
      setResult({ tone: "error", message: t("participants.invite.chooseFirst") });
      return;
    }
    startTransition(async () => {
      const state = await inviteParticipantsAction({ tripId, contactIds: selected });
      if (state.status === "error") {
        setResult({ tone: "error", message: state.message });
        return;
      }
      if (state.status !== "ok") return;
      const { invited, skipped } = state.data;
      const warned = invited.filter((row) => row.warnings.length > 0);
      setResult({
        tone: warned.length ? "warning" : "success",
        message: (
          <>
            <p>{t("participants.invite.invited", { count: invited.length })}</p>
            {skipped.length > 0 && <p>{t("participants.invite.skipped", { names: skipped.map((row) => row.latinName).join(", ") })}</p>}
            {warned.length > 0 && (
              <>
                <p className="mt-1 font-medium">{t("participants.invite.warningsFor")}</p>
                <ul className="mt-1 space-y-1">
                  {warned.map((row) => (
                    <li key={row.participantId}>
                      <span className="font-medium">{row.latinName}</span>
                      <ParticipantWarnings name={row.latinName} warnings={row.warnings} locale={locale} t={t} />
                    </li>
                  ))}
                </ul>
              </>
            )}
          </>
        ),
      });
      setSelected([]);
      router.refresh();
    });
  }

  return (
    <div aria-busy={pending || undefined}>
      <FormMessage tone={result?.tone ?? "success"} message={result?.message} className="mb-3" />
      <fieldset>
        <legend className="mb-2 text-sm font-medium text-slate-800">{t("participants.invite.candidatesLabel")}</legend>
        <ul className="divide-y divide-slate-100 text-sm">
          {candidates.map((candidate) => {
            const id = `candidate-${candidate.id}`;
            const organisation = candidate.outlet?.name ?? candidate.mission?.name;
            return (
              <li key={candidate.id} className="flex gap-3 py-2">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 size-4 rounded border-slate-400 accent-blue-700"
                  checked={selected.includes(candidate.id)}
                  disabled={candidate.onTrip !== null}
                  onChange={(event) => toggle(candidate.id, event.target.checked)}
                  aria-describedby={`${id}-about`}
                />
                <div className="min-w-0 flex-1">
                  <label htmlFor={id} className="font-medium text-slate-900">
                    {candidate.latinName}
                  </label>
                  <p id={`${id}-about`} className="text-xs text-slate-600">
                    {[candidate.nativeName, t(`contacts.roles.${candidate.role}`), organisation, candidate.nationality].filter(Boolean).join(" · ")}
                    {candidate.onTrip && <> · {t("participants.invite.alreadyOnTrip", { status: t(`participants.status.${candidate.onTrip}`) })}</>}
                  </p>
                  <ParticipantWarnings name={candidate.latinName} warnings={candidate.warnings} locale={locale} t={t} />
                </div>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <Button variant="primary" className="mt-3" busy={pending} onClick={invite}>
        {t("participants.invite.submit")}
      </Button>
    </div>
  );
}
