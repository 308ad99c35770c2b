"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, TextAreaField, TextField } from "@/components/ui/field";
import { saveVisitAction } from "@/lib/delegations/application-actions";
import type { ApplicationDraft } from "@/lib/delegations/application-draft";
import { provinceName, sortedProvinces } from "@/lib/places/provinces";
import { usePublicForm } from "./use-public-form";

/** Step 3: the stay, its purpose and where and whom the delegation wishes to see. */
export function VisitStepForm({ draft }: { draft: ApplicationDraft }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, fieldErrors, feedback, run } = usePublicForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    form.set("version", String(draft.version));
    run(() => saveVisitAction(form), () => router.push(`/${locale}/delegations/apply?step=4&saved=1`));
  }

  const provinces = sortedProvinces(locale).map((province) => ({ value: province.code, label: provinceName(province, locale) }));
  const optional = t("applications.optional");
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-heading" className="space-y-4" aria-busy={pending || undefined}>
      <h2 id="step-heading" className="text-xl font-semibold">{t("applications.steps.3")}</h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="arrivalOn" type="date" label={t("applications.fields.arrivalOn")} defaultValue={draft.arrivalOn} error={fieldErrors.arrivalOn} required />
        <TextField name="departureOn" type="date" label={t("applications.fields.departureOn")} defaultValue={draft.departureOn} error={fieldErrors.departureOn} required />
      </div>
      <TextAreaField name="purpose" label={t("applications.fields.purpose")} defaultValue={draft.purpose} error={fieldErrors.purpose} required />
      <TextAreaField name="topics" label={t("applications.fields.topics")} hint={t("applications.fields.topicsHint")} labelSuffix={optional} defaultValue={draft.topics.join("\n")} error={fieldErrors.topics} />
      <CheckboxGroup name="provinceCodes" legend={t("applications.fields.provinceCodes")} options={provinces} defaultValues={draft.provinceCodes} error={fieldErrors.provinceCodes} className="max-h-72 overflow-y-auto rounded-md border border-slate-200 p-3" />
      <TextAreaField name="placesDetail" label={t("applications.fields.placesDetail")} labelSuffix={optional} defaultValue={draft.placesDetail} error={fieldErrors.placesDetail} />
      <TextAreaField name="interviewRequests" label={t("applications.fields.interviewRequests")} labelSuffix={optional} defaultValue={draft.interviewRequests} error={fieldErrors.interviewRequests} />
      <TextAreaField name="equipment" label={t("applications.fields.equipment")} labelSuffix={optional} defaultValue={draft.equipment} error={fieldErrors.equipment} />
      <Button type="submit" variant="primary" busy={pending}>
        {t("applications.saveAndContinue")}
      </Button>
    </form>
  );
}
