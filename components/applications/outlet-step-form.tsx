"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { saveOutletAction, startApplicationAction } from "@/lib/delegations/application-actions";
import type { ApplicationDraft } from "@/lib/delegations/application-draft";
import { OutletKind } from "@/lib/generated/prisma/enums";
import { HoneypotField } from "./honeypot-field";
import { usePublicForm } from "./use-public-form";

/** Step 1: the outlet and its contact person. Without a draft it starts the application. */
export function OutletStepForm({ draft }: { draft: ApplicationDraft | null }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, fieldErrors, feedback, run } = usePublicForm();
  const heading = t("applications.steps.1");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    if (draft) {
      form.set("version", String(draft.version));
      run(() => saveOutletAction(form), () => router.push(`/${locale}/delegations/apply?step=2&saved=1`));
    } else {
      run(() => startApplicationAction(form), () => router.push(`/${locale}/delegations/apply?step=2&started=1`));
    }
  }

  const kinds = [{ value: "", label: t("applications.chooseOne") }, ...Object.values(OutletKind).map((kind) => ({ value: kind, label: t(`contacts.outletKinds.${kind}`) }))];
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-heading" className="relative space-y-4" aria-busy={pending || undefined}>
      <h2 id="step-heading" className="text-xl font-semibold">{heading}</h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField name="outletName" label={t("applications.fields.outletName")} defaultValue={draft?.outletName} error={fieldErrors.outletName} required autoComplete="organization" />
      <SelectField name="outletKind" label={t("applications.fields.outletKind")} options={kinds} defaultValue={draft?.outletKind ?? ""} error={fieldErrors.outletKind} required />
      <TextField name="outletCountry" label={t("applications.fields.outletCountry")} hint={t("applications.fields.countryHint")} defaultValue={draft?.outletCountry} error={fieldErrors.outletCountry} required maxLength={2} autoComplete="country" className="max-w-40" />
      <TextField name="outletWebsite" type="url" label={t("applications.fields.outletWebsite")} labelSuffix={t("applications.optional")} defaultValue={draft?.outletWebsite} error={fieldErrors.outletWebsite} autoComplete="url" />
      <TextField name="contactName" label={t("applications.fields.contactName")} defaultValue={draft?.contactName} error={fieldErrors.contactName} required autoComplete="name" />
      <TextField name="contactEmail" type="email" label={t("applications.fields.contactEmail")} defaultValue={draft?.contactEmail} error={fieldErrors.contactEmail} required autoComplete="email" />
      <TextField name="contactPhone" type="tel" label={t("applications.fields.contactPhone")} defaultValue={draft?.contactPhone} error={fieldErrors.contactPhone} required autoComplete="tel" />
      {!draft && <HoneypotField label={t("applications.fields.honeypot")} />}
      <Button type="submit" variant="primary" busy={pending}>
        {draft ? t("applications.saveAndContinue") : t("applications.start")}
      </Button>
    </form>
  );
}
