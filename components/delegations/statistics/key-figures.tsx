import type { PeriodStatistics } from "@/lib/delegations/statistics";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** The four numbers people quote, as a description list. */
export function KeyFigures({ stats, locale, t }: { stats: PeriodStatistics; locale: Locale; t: Translate }) {
  const median = stats.medianProcessingDays === null ? t("delegationStats.figures.none") : t("delegationStats.figures.days", { days: formatNumber(locale, stats.medianProcessingDays) });
  const figures = [
    [t("delegationStats.figures.delegations"), formatNumber(locale, stats.delegations)],
    [t("delegationStats.figures.reporters"), formatNumber(locale, stats.reporters)],
    [t("delegationStats.figures.decided"), formatNumber(locale, stats.decided)],
    [t("delegationStats.figures.medianDays"), median],
  ] as const;
  return (
    <section aria-labelledby="key-figures-heading" className="mb-6">
      <h2 id="key-figures-heading" className="sr-only">
        {t("delegationStats.figures.label")}
      </h2>
      <dl className="grid grid-cols-2 gap-3 md:grid-cols-4">
      {figures.map(([label, value]) => (
        <div key={label} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{label}</dt>
          <dd className="mt-1 text-2xl font-semibold text-slate-900 tabular-nums">{value}</dd>
        </div>
      ))}
      </dl>
    </section>
  );
}
