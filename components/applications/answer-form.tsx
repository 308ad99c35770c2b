"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField } from "@/components/ui/field";
import { answerInfoRequestAction } from "@/lib/delegations/application-actions";
import { usePublicForm } from "./use-public-form";

/** The applicant's answer to a request for information; it puts the application back under review. */
export function AnswerForm({ version }: { version: number }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, fieldErrors, feedback, setFeedback, run } = usePublicForm();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    form.set("version", String(version));
    run(() => answerInfoRequestAction(form), () => {
      setFeedback({ tone: "success", message: t("applications.status.answered") });
      router.refresh();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("applications.status.answerHeading")} className="space-y-3" aria-busy={pending || undefined}>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextAreaField name="answer" label={t("applications.fields.answer")} error={fieldErrors.answer} required rows={5} />
      <Button type="submit" variant="primary" busy={pending}>
        {t("applications.status.sendAnswer")}
      </Button>
    </form>
  );
}
