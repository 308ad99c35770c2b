import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { pluralForm } from "@/lib/i18n/plural";
import type { Translate } from "@/lib/i18n/translator";
import type { PeriodStats } from "@/lib/trips/overview";

const FIGURES = ["trips", "participants", "countries", "outlets", "stories"] as const;

/** The service's figures for a period, as a sentence it can quote and as separate counts. */
export function TripPeriodStats({ stats, locale, t }: { stats: PeriodStats; locale: Locale; t: Translate }) {
  const number = (value: number) => formatNumber(locale, value);
  const counted = (figure: (typeof FIGURES)[number]) =>
    t(`trips.stats.counted.${figure}.${pluralForm(locale, stats[figure])}`, { count: number(stats[figure]) });
  return (
    <section aria-labelledby="trip-stats-title" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="trip-stats-title" className="text-base font-semibold text-slate-900">
        {t("trips.stats.title")}
      </h2>
      <p className="mt-1 text-sm text-slate-800">
        {t("trips.stats.sentence", {
          from: formatCalendarDate(locale, stats.from),
          to: formatCalendarDate(locale, stats.to),
          trips: counted("trips"),
          participants: counted("participants"),
          countries: counted("countries"),
          outlets: counted("outlets"),
          stories: counted("stories"),
        })}
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 sm:grid-cols-5">
        {FIGURES.map((figure) => (
          <div key={figure} className="rounded-md bg-slate-50 px-3 py-2">
            <dt className="text-xs text-slate-600">{t(`trips.stats.${figure}`)}</dt>
            <dd className="text-xl font-semibold text-slate-900 tabular-nums">{number(stats[figure])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
