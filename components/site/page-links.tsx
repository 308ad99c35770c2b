import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";

/** Newer / older links between numbered list pages. */
export function PageLinks({
  locale,
  page,
  hasNext,
  pathOf,
}: {
  locale: Locale;
  page: number;
  hasNext: boolean;
  pathOf: (page: number) => string;
}) {
  if (page === 1 && !hasNext) return null;
  const t = createTranslator(locale);
  return (
    <nav aria-label={t("common.pagination")} className="mt-12 flex items-center justify-between gap-4 border-t border-slate-200 pt-6">
      {page > 1 ? (
        <a href={pathOf(page - 1)} rel="prev" className="button-link">
          ← {t("site.newerStories")}
        </a>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-600">{t("site.pageOf", { page })}</span>
      {hasNext ? (
        <a href={pathOf(page + 1)} rel="next" className="button-link">
          {t("site.olderStories")} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
