"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createMissionAction, updateMissionAction } from "@/lib/contacts/actions";
import type { MissionDto } from "@/lib/contacts/queries";
import { MissionKind } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;

/** Adds a foreign mission to the directory, or edits one over the version loaded. */
export function MissionForm({ mission }: { mission?: MissionDto }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [version, setVersion] = useState(mission?.version ?? 0);
  const prefix = mission ? `mission-${mission.id}` : "mission";
  const title = mission ? t("contacts.organisations.edit", { name: mission.name }) : t("contacts.organisations.newMission");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    startTransition(async () => {
      const form = new FormData(element);
      if (mission) {
        form.set("missionId", mission.id);
        form.set("version", String(version));
      }
      const state = mission ? await updateMissionAction(form) : await createMissionAction(form);
      if (state.status === "ok") {
        if (mission) setVersion(state.data.version);
        else element.reset();
        setFieldErrors({});
        setFeedback({ tone: "success", message: mission ? t("contacts.saved") : t("contacts.organisations.missionAdded") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      {!mission && <h2 className="text-sm font-semibold text-slate-900">{title}</h2>}
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField id={`${prefix}-name`} name="name" label={t("contacts.organisations.name")} defaultValue={mission?.name} error={fieldErrors.name} required autoComplete="off" />
      <SelectField
        id={`${prefix}-kind`} name="kind"
        label={t("contacts.organisations.kind")}
        defaultValue={mission?.kind ?? "EMBASSY"}
        options={Object.values(MissionKind).map((kind) => ({ value: kind, label: t(`contacts.missionKinds.${kind}`) }))}
        error={fieldErrors.kind}
      />
      <TextField id={`${prefix}-country`} name="country" label={t("contacts.organisations.country")} defaultValue={mission?.country} error={fieldErrors.country} required maxLength={2} autoComplete="off" />
      <TextField id={`${prefix}-city`} name="city" label={t("contacts.organisations.city")} defaultValue={mission?.city} error={fieldErrors.city} required autoComplete="off" />
      <Button type="submit" variant="primary" busy={pending}>
        {mission ? t("common.save") : t("contacts.organisations.addMission")}
      </Button>
    </form>
  );
}
