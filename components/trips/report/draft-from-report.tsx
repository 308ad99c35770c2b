"use client";

import { useState, useTransition, type FormEvent } from "react";
import { LOCALES } from "@/lib/i18n/locales";
import { createDraftFromReportAction } from "@/lib/trips/report-actions";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";

type Outcome = { tone: "success"; articleId: string; canOpen: boolean } | { tone: "error"; message: string } | null;

/**
 * One click from the report to a draft article in the chosen language. The
 * editor link is offered only to those who may read articles; a press officer
 * is told the draft is with the desk.
 */
export function DraftFromReport({ tripId }: { tripId: string }) {
  const t = useT();
  const uiLocale = useLocale();
  const [pending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<Outcome>(null);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const state = await createDraftFromReportAction({ tripId, locale: form.get("locale") });
      if (state.status === "ok") setOutcome({ tone: "success", ...state.data });
      else if (state.status === "error") setOutcome({ tone: "error", message: state.message });
    });
  }

  return (
    <section aria-labelledby="draft-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="draft-heading" className="text-lg font-semibold text-slate-900">
        {t("coverage.draft.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("coverage.draft.hint")}</p>
      <form onSubmit={onSubmit} aria-busy={pending || undefined} className="flex flex-wrap items-end gap-3">
        <SelectField
          id="draft-locale"
          name="locale"
          label={t("coverage.draft.language")}
          defaultValue={uiLocale}
          options={LOCALES.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))}
        />
        <Button type="submit" variant="primary" busy={pending}>
          {t("coverage.draft.create")}
        </Button>
      </form>
      <FormMessage tone={outcome?.tone ?? "success"}>
        {outcome?.tone === "error" && outcome.message}
        {outcome?.tone === "success" && (
          <>
            {t("coverage.draft.created")}{" "}
            {outcome.canOpen ? (
              <a href={`/admin/articles/${outcome.articleId}`} className="font-medium underline">
                {t("coverage.draft.openDraft")}
              </a>
            ) : (
              t("coverage.draft.withDesk")
            )}
          </>
        )}
      </FormMessage>
    </section>
  );
}
