"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { lookupApplicationAction } from "@/lib/delegations/application-actions";
import { HoneypotField } from "./honeypot-field";
import { usePublicForm } from "./use-public-form";

/** Reference number and e-mail: together they open the application's status (the server sets the pass cookie). */
export function LookupForm() {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, fieldErrors, feedback, run } = usePublicForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    run(() => lookupApplicationAction(form), () => router.refresh());
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("applications.status.show")} className="relative space-y-4" aria-busy={pending || undefined}>
      <p>{t("applications.status.lookupIntro")}</p>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField name="reference" label={t("applications.fields.reference")} placeholder="DL-2026-00042" error={fieldErrors.reference} required autoComplete="off" className="max-w-60" />
      <TextField name="email" type="email" label={t("applications.fields.email")} error={fieldErrors.email} required autoComplete="email" />
      <HoneypotField label={t("applications.fields.honeypot")} />
      <Button type="submit" variant="primary" busy={pending}>
        {t("applications.status.show")}
      </Button>
    </form>
  );
}
