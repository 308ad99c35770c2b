import Link from "next/link";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { TripListItem } from "@/lib/trips/queries";
import { tripDestination } from "./trip-header";
import { TripStatusBadge } from "./trip-status-badge";

/** One page of trips, latest first. */
export function TripsTable({ items, isFiltered, locale, t }: { items: TripListItem[]; isFiltered: boolean; locale: Locale; t: Translate }) {
  if (items.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">
        {isFiltered ? t("trips.list.emptyFiltered") : t("trips.list.empty")}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("trips.list.tableCaption")}</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">{t("trips.fields.title")}</th>
            <th scope="col" className="px-3 py-2">{t("trips.list.dates")}</th>
            <th scope="col" className="px-3 py-2">{t("trips.list.destination")}</th>
            <th scope="col" className="px-3 py-2">{t("trips.list.statusLabel")}</th>
            <th scope="col" className="px-3 py-2">{t("trips.fields.organiser")}</th>
            <th scope="col" className="px-3 py-2">{t("trips.list.seats")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((trip) => (
            <tr key={trip.id} className="hover:bg-slate-50">
              <td className="px-3 py-2">
                <Link href={`/admin/trips/${trip.id}`} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                  {trip.title}
                </Link>
              </td>
              <td className="px-3 py-2 whitespace-nowrap text-slate-700">{formatCalendarRange(locale, trip.startsOn, trip.endsOn)}</td>
              <td className="px-3 py-2 text-slate-700">{tripDestination(trip.provinceCodes, locale)}</td>
              <td className="px-3 py-2">
                <TripStatusBadge status={trip.status} label={t(`trips.status.${trip.status}`)} />
              </td>
              <td className="px-3 py-2 text-slate-700">{trip.organiser.name}</td>
              <td className="px-3 py-2 text-slate-700 tabular-nums">
                {t("trips.list.seatsValue", { taken: formatNumber(locale, trip.takenSeats), capacity: formatNumber(locale, trip.capacity) })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
