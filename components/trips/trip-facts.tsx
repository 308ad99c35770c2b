import type { ReactNode } from "react";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { formatNumber, intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/trips/budget";
import type { TripDetail } from "@/lib/trips/queries";
import { tripDestination } from "./trip-header";

/** The details as read-only facts: for the desk, and for everyone once the trip has taken place. */
export function TripFacts({ trip, locale, t }: { trip: TripDetail; locale: Locale; t: Translate }) {
  const none = t("common.none");
  const rows: [string, ReactNode][] = [
    [t("trips.fields.provinces"), tripDestination(trip.provinceCodes, locale)],
    [t("trips.list.dates"), formatCalendarRange(locale, trip.startsOn, trip.endsOn)],
    [t("trips.fields.topic"), trip.topic],
    [t("trips.fields.goals"), trip.goals || none],
    [t("trips.fields.partnerAuthority"), trip.partnerAuthority || none],
    [t("trips.fields.organiser"), trip.organiser.name],
    [t("trips.fields.escorts"), trip.escorts.map((escort) => escort.latinName).join(", ") || none],
    [t("trips.fields.capacity"), formatNumber(locale, trip.capacity)],
    ...(trip.cancelReason ? ([[t("trips.fields.cancelReason"), trip.cancelReason]] as [string, ReactNode][]) : []),
  ];
  return (
    <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-5">
      <dl className="grid grid-cols-[minmax(0,14rem)_1fr] gap-x-4 gap-y-2 text-sm">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium text-slate-600">{label}</dt>
            <dd className="whitespace-pre-line text-slate-900">{value}</dd>
          </div>
        ))}
      </dl>
      <TripBudgetFacts trip={trip} locale={locale} t={t} />
    </div>
  );
}

function TripBudgetFacts({ trip, locale, t }: { trip: TripDetail; locale: Locale; t: Translate }) {
  const money = (amount: string, currency: string) => formatMoney(intlLocale(locale), amount, currency);
  if (trip.budgetLines.length === 0) return <p className="text-sm text-slate-600">{t("trips.budget.empty")}</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-1 text-left font-semibold text-slate-900">{t("trips.fields.budgetLines")}</caption>
      <thead className="text-xs text-slate-600">
        <tr>
          <th scope="col" className="py-1 pr-2">{t("trips.budget.category")}</th>
          <th scope="col" className="py-1 pr-2">{t("trips.budget.description")}</th>
          <th scope="col" className="py-1 pr-2 text-right">{t("trips.budget.quantity")}</th>
          <th scope="col" className="py-1 pr-2 text-right">{t("trips.budget.unitCost")}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {trip.budgetLines.map((line) => (
          <tr key={line.id}>
            <td className="py-1 pr-2">{t(`trips.budget.categories.${line.category}`)}</td>
            <td className="py-1 pr-2">{line.description}</td>
            <td className="py-1 pr-2 text-right tabular-nums">{formatNumber(locale, line.quantity)}</td>
            <td className="py-1 pr-2 text-right tabular-nums">{money(line.unitCost, line.currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot className="border-t border-slate-300">
        {trip.budgetTotals.byCategory.map((total) => (
          <tr key={`${total.category}-${total.currency}`}>
            <th scope="row" colSpan={3} className="py-0.5 pr-2 text-right font-normal text-slate-700">
              {t(`trips.budget.categories.${total.category}`)}
            </th>
            <td className="py-0.5 pr-2 text-right tabular-nums">{money(total.total, total.currency)}</td>
          </tr>
        ))}
        {trip.budgetTotals.byCurrency.map((total) => (
          <tr key={total.currency} className="font-semibold">
            <th scope="row" colSpan={3} className="py-0.5 pr-2 text-right">
              {t("trips.budget.totalIn", { currency: total.currency })}
            </th>
            <td className="py-0.5 pr-2 text-right tabular-nums">{money(total.total, total.currency)}</td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
}
