"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createTranslationAction } from "@/lib/articles/actions";
import type { ArticleTranslationLink } from "@/lib/articles/queries";
import type { Locale } from "@/lib/i18n/locales";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { StatusBadge } from "./status-badge";

type TranslationsPanelProps = {
  articleId: string;
  translations: ArticleTranslationLink[];
  missingLocales: Locale[];
};

/** The same story in the other languages, and a way to start a missing one. */
export function TranslationsPanel({ articleId, translations, missingLocales }: TranslationsPanelProps) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  function create(locale: Locale) {
    startTransition(async () => {
      const state = await createTranslationAction({ articleId, locale });
      if (state.status === "ok") router.push(`/admin/articles/${state.data.id}`);
      else if (state.status === "error") setError([state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" "));
    });
  }

  return (
    <section aria-labelledby="translations-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="translations-heading" className="text-sm font-semibold text-slate-900">
        {t("articles.translations.title")}
      </h2>
      {translations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("articles.translations.none")}</p>
      ) : (
        <ul className="space-y-1.5">
          {translations.map((translation) => (
            <li key={translation.id} className="flex items-center justify-between gap-2 text-sm">
              <Link href={`/admin/articles/${translation.id}`} className="min-w-0 truncate text-blue-800 hover:underline" lang={translation.locale}>
                <span className="font-medium uppercase">{translation.locale}</span> · {translation.title}
              </Link>
              <StatusBadge status={translation.status} label={t(`articles.status.${translation.status}`)} />
            </li>
          ))}
        </ul>
      )}
      {missingLocales.map((locale) => (
        <Button key={locale} size="sm" variant="secondary" busy={pending} onClick={() => create(locale)}>
          {t("articles.translations.create", { language: t(`common.languages.${locale}`) })}
        </Button>
      ))}
      <FormMessage tone="error" message={error ?? undefined} />
    </section>
  );
}
