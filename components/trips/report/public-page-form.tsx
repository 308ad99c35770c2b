"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { LOCALES } from "@/lib/i18n/locales";
import { saveTripPublicPageAction } from "@/lib/trips/report-actions";
import type { TripPublicPage } from "@/lib/trips/public-text";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextAreaField, TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;

/**
 * Whether the trip shows on the reader site, and what it says there in each
 * language; saved together over the public version loaded. The public
 * addresses follow from the titles and are shown once saved.
 */
export function PublicPageForm({ tripId, page }: { tripId: string; page: TripPublicPage }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [publicVersion, setPublicVersion] = useState(page.publicVersion);
  const [slugs, setSlugs] = useState(() => LOCALES.flatMap((locale) => (page.texts[locale] ? [{ locale, slug: page.texts[locale].slug }] : [])));
  const [isPublic, setIsPublic] = useState(page.isPublic);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("tripId", tripId);
    form.set("publicVersion", String(publicVersion));
    startTransition(async () => {
      const state = await saveTripPublicPageAction(form);
      if (state.status === "ok") {
        setPublicVersion(state.data.publicVersion);
        setIsPublic(state.data.isPublic);
        // The answer lists old then new slugs; the last one per locale is the page's address now.
        setSlugs(LOCALES.flatMap((locale) => state.data.slugs.filter((entry) => entry.locale === locale).slice(-1)));
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("coverage.public.saved") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <section aria-labelledby="public-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="public-heading" className="text-lg font-semibold text-slate-900">
        {t("coverage.public.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("coverage.public.hint")}</p>
      <form onSubmit={onSubmit} noValidate aria-busy={pending || undefined} className="space-y-4">
        <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
        <div className="space-y-1">
          <div className="flex items-center gap-2">
            <input
              id="public-isPublic"
              type="checkbox"
              name="isPublic"
              defaultChecked={page.isPublic}
              aria-describedby={fieldErrors.isPublic ? "public-isPublic-error" : page.canBePublic ? undefined : "public-isPublic-hint"}
              aria-invalid={fieldErrors.isPublic ? true : undefined}
              className="size-4 rounded border-slate-400 accent-blue-700"
            />
            <label htmlFor="public-isPublic" className="text-sm font-medium text-slate-800">
              {t("coverage.public.isPublic")}
            </label>
          </div>
          {!page.canBePublic && (
            <p id="public-isPublic-hint" className="text-xs text-slate-600">
              {t("coverage.public.notYet")}
            </p>
          )}
          {fieldErrors.isPublic && (
            <p id="public-isPublic-error" className="text-xs font-medium text-red-700">
              {fieldErrors.isPublic.join(" ")}
            </p>
          )}
        </div>
        <div className="grid gap-4 md:grid-cols-2">
          {LOCALES.map((locale) => {
            const language = t(`coverage.public.${locale}`);
            const slug = slugs.find((entry) => entry.locale === locale)?.slug;
            return (
              <fieldset key={locale} className="space-y-3">
                <legend className="text-sm font-semibold text-slate-900">{language}</legend>
                <TextField id={`public-${locale}Title`} name={`${locale}Title`} label={t("coverage.public.title", { language })} defaultValue={page.texts[locale]?.title} error={fieldErrors[`${locale}Title`]} maxLength={200} autoComplete="off" lang={locale} />
                <TextAreaField
                  id={`public-${locale}Summary`}
                  name={`${locale}Summary`}
                  label={t("coverage.public.summary", { language })}
                  hint={t("coverage.public.summaryHint")}
                  defaultValue={page.texts[locale]?.summary}
                  error={fieldErrors[`${locale}Summary`]}
                  maxLength={5000}
                  rows={6}
                  lang={locale}
                />
                {slug && isPublic && (
                  <p className="text-xs text-slate-700">
                    {t("coverage.public.address", { language })}:{" "}
                    {/* The reader site's address (tripPath in lib/trips/public-queries.ts, a server module). */}
                    <a href={`/${locale}/trips/${slug}`} className="text-blue-800 underline">{`/${locale}/trips/${slug}`}</a>
                  </p>
                )}
              </fieldset>
            );
          })}
        </div>
        <Button type="submit" variant="primary" busy={pending}>
          {t("coverage.public.save")}
        </Button>
      </form>
    </section>
  );
}
