import Link from "next/link";
import type { DelegationListItem } from "@/lib/delegations/review-queries";
import { formatCalendarDate, formatCalendarRange } from "@/lib/i18n/calendar-date";
import { formatDate, formatNumber, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { countryName } from "./country-name";
import { DelegationStatusBadge } from "./delegation-status-badge";

export function delegationStay(locale: Locale, arrivalOn: string | null, departureOn: string | null): string {
  if (arrivalOn && departureOn) return formatCalendarRange(locale, arrivalOn, departureOn);
  const day = arrivalOn ?? departureOn;
  return day ? formatCalendarDate(locale, day) : "—";
}

/** One page of applications, latest submission first; no member's personal data, only how many they are. */
export function DelegationsTable({ items, isFiltered, locale, t }: { items: DelegationListItem[]; isFiltered: boolean; locale: Locale; t: Translate }) {
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">
        {isFiltered ? t("delegationReview.list.emptyFiltered") : t("delegationReview.list.empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("delegationReview.list.tableCaption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">{t("delegationReview.list.reference")}</th>
            <th scope="col" className="px-3 py-2">{t("delegationReview.list.outlet")}</th>
            <th scope="col" className="px-3 py-2">{t("delegationReview.list.members")}</th>
            <th scope="col" className="px-3 py-2">{t("delegationReview.list.stay")}</th>
            <th scope="col" className="px-3 py-2">{t("delegationReview.list.status")}</th>
            <th scope="col" className="px-3 py-2">{t("delegationReview.list.submitted")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.id} className="hover:bg-slate-50">
              <td className="px-3 py-2 whitespace-nowrap">
                <Link href={`/admin/delegations/${item.id}`} className="font-medium text-slate-900 tabular-nums hover:text-blue-800 hover:underline">
                  {item.reference}
                </Link>
              </td>
              <td className="px-3 py-2 text-slate-700">
                {item.outletName}
                {item.outletCountry && <span className="text-slate-500"> ({countryName(locale, item.outletCountry)})</span>}
              </td>
              <td className="px-3 py-2 text-slate-700 tabular-nums">{formatNumber(locale, item.memberCount)}</td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">{delegationStay(locale, item.arrivalOn, item.departureOn)}</td>
              <td className="px-3 py-2">
                <DelegationStatusBadge status={item.status} label={t(`delegations.status.${item.status}`)} />
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">
                {item.submittedAt && <time dateTime={isoDate(item.submittedAt)}>{formatDate(locale, item.submittedAt, "short")}</time>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
