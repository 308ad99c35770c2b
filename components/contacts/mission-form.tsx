"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createMissionAction } from "@/lib/contacts/actions";
import { MissionKind } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;

/** Adds a foreign mission to the directory; the list beside it refreshes. */
export function MissionForm() {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    startTransition(async () => {
      const state = await createMissionAction(new FormData(element));
      if (state.status === "ok") {
        element.reset();
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("contacts.organisations.missionAdded") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("contacts.organisations.newMission")} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      <h2 className="text-sm font-semibold text-slate-900">{t("contacts.organisations.newMission")}</h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField id="mission-name" name="name" label={t("contacts.organisations.name")} error={fieldErrors.name} required autoComplete="off" />
      <SelectField
        id="mission-kind" name="kind"
        label={t("contacts.organisations.kind")}
        defaultValue="EMBASSY"
        options={Object.values(MissionKind).map((kind) => ({ value: kind, label: t(`contacts.missionKinds.${kind}`) }))}
        error={fieldErrors.kind}
      />
      <TextField id="mission-country" name="country" label={t("contacts.organisations.country")} error={fieldErrors.country} required maxLength={2} autoComplete="off" />
      <TextField id="mission-city" name="city" label={t("contacts.organisations.city")} error={fieldErrors.city} required autoComplete="off" />
      <Button type="submit" variant="primary" busy={pending}>
        {t("contacts.organisations.addMission")}
      </Button>
    </form>
  );
}
