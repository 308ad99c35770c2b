"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { updateParticipantDetailsAction } from "@/lib/trips/participant-actions";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";
import { useAnnounce } from "./announcer";

type Details = { id: string; version: number; latinName: string; rooming: string; transport: string; notes: string };

/**
 * Rooming, transport and notes of one participant: read as text, and for
 * press officers an edit form over the version loaded that keeps what was
 * typed when a save is refused.
 */
export function ParticipantDetails({ tripId, participant, canEdit }: { tripId: string; participant: Details; canEdit: boolean }) {
  const t = useT();
  const router = useRouter();
  const announce = useAnnounce();
  const [editing, setEditing] = useState(false);
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const name = participant.latinName;
  const fieldId = (field: string) => `participant-${participant.id}-${field}`;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("tripId", tripId);
    form.set("participantId", participant.id);
    form.set("version", String(participant.version));
    startTransition(async () => {
      const state = await updateParticipantDetailsAction(form);
      if (state.status === "ok") {
        setFieldErrors({});
        setEditing(false);
        announce({ tone: "success", message: `${name}: ${t("participants.details.saved")}` });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        announce({ tone: "error", message: state.message });
      }
    });
  }

  if (editing) {
    return (
      <form onSubmit={onSubmit} noValidate className="grid gap-3 md:grid-cols-3" aria-busy={pending || undefined}>
        <TextField id={fieldId("rooming")} name="rooming" label={t("participants.columns.rooming")} defaultValue={participant.rooming} error={fieldErrors.rooming} maxLength={500} />
        <TextField id={fieldId("transport")} name="transport" label={t("participants.columns.transport")} defaultValue={participant.transport} error={fieldErrors.transport} maxLength={500} />
        <TextAreaField id={fieldId("notes")} name="notes" label={t("participants.columns.notes")} defaultValue={participant.notes} error={fieldErrors.notes} maxLength={2000} className="md:row-span-2" />
        <div className="flex gap-2 md:col-span-2">
          <Button type="submit" size="sm" variant="primary" busy={pending} aria-label={t("participants.details.saveFor", { name })}>
            {t("participants.details.save")}
          </Button>
          <Button size="sm" onClick={() => setEditing(false)}>
            {t("common.cancel")}
          </Button>
        </div>
      </form>
    );
  }

  const facts = [
    [t("participants.columns.rooming"), participant.rooming],
    [t("participants.columns.transport"), participant.transport],
    [t("participants.columns.notes"), participant.notes],
  ].filter(([, value]) => value);
  return (
    <div className="flex flex-wrap items-start gap-x-6 gap-y-1 text-xs text-slate-700">
      {facts.length ? (
        <dl className="flex flex-wrap gap-x-6 gap-y-1">
          {facts.map(([label, value]) => (
            <div key={label} className="flex gap-1">
              <dt className="font-medium text-slate-600">{label}:</dt>
              <dd className="whitespace-pre-line">{value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <span className="text-slate-500">{t("participants.details.empty")}</span>
      )}
      {canEdit && (
        <Button size="sm" variant="ghost" className="ml-auto" aria-label={t("participants.details.editFor", { name })} onClick={() => setEditing(true)}>
          {t("participants.details.edit")}
        </Button>
      )}
    </div>
  );
}
