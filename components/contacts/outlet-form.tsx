"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createOutletAction } from "@/lib/contacts/actions";
import { OutletKind } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;

/** Adds an outlet to the directory; the list beside it refreshes. What was typed stays after a refusal. */
export function OutletForm() {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    startTransition(async () => {
      const state = await createOutletAction(new FormData(element));
      if (state.status === "ok") {
        element.reset();
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("contacts.organisations.outletAdded") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("contacts.organisations.newOutlet")} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      <h2 className="text-sm font-semibold text-slate-900">{t("contacts.organisations.newOutlet")}</h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField id="outlet-name" name="name" label={t("contacts.organisations.name")} error={fieldErrors.name} required autoComplete="off" />
      <SelectField
        id="outlet-kind" name="kind"
        label={t("contacts.organisations.kind")}
        defaultValue="NEWSPAPER"
        options={Object.values(OutletKind).map((kind) => ({ value: kind, label: t(`contacts.outletKinds.${kind}`) }))}
        error={fieldErrors.kind}
      />
      <TextField id="outlet-country" name="country" label={t("contacts.organisations.country")} error={fieldErrors.country} required maxLength={2} autoComplete="off" />
      <TextField id="outlet-languages" name="languages" label={t("contacts.fields.languages")} error={fieldErrors.languages} autoComplete="off" />
      <TextField id="outlet-website" name="website" type="url" label={t("contacts.organisations.website")} error={fieldErrors.website} autoComplete="off" />
      <Button type="submit" variant="primary" busy={pending}>
        {t("contacts.organisations.addOutlet")}
      </Button>
    </form>
  );
}
