"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { submitApplicationAction } from "@/lib/delegations/application-actions";
import { usePublicForm } from "./use-public-form";

const STEP_OF_FIELD: Record<string, number> = { outletName: 1, members: 2, arrivalOn: 3, assignmentLetter: 4 };

/** The confirmation and the submit button; what is missing is listed with the step to fix it in. */
export function SubmitForm({ version }: { version: number }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, fieldErrors, feedback, run } = usePublicForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    form.set("version", String(version));
    run(() => submitApplicationAction(form), () => router.push(`/${locale}/delegations/apply/submitted`));
  }

  const problems = Object.entries(fieldErrors).filter(([field]) => field !== "confirm");
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("applications.review.submit")} className="space-y-3" aria-busy={pending || undefined}>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {problems.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-red-800">
          {problems.map(([field, messages]) => {
            const step = STEP_OF_FIELD[field] ?? (field.startsWith("members.") ? 2 : 1);
            return (
              <li key={field}>
                <a href={`/${locale}/delegations/apply?step=${step}`} className="underline">
                  {t(`applications.steps.${step}` as "applications.steps.1")}
                </a>
                : {messages.join(" ")}
              </li>
            );
          })}
        </ul>
      )}
      <div className="space-y-1">
        <div className="flex items-center gap-2">
          <input id="field-confirm" name="confirm" type="checkbox" className="size-4 accent-blue-700" aria-invalid={fieldErrors.confirm ? true : undefined} aria-describedby={fieldErrors.confirm ? "field-confirm-error" : undefined} />
          <label htmlFor="field-confirm" className="text-sm">{t("applications.fields.confirm")}</label>
        </div>
        {fieldErrors.confirm && <p id="field-confirm-error" className="text-xs font-medium text-red-700">{fieldErrors.confirm.join(" ")}</p>}
      </div>
      <Button type="submit" variant="primary" busy={pending}>
        {t("applications.review.submit")}
      </Button>
    </form>
  );
}
