import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { TripDetail } from "@/lib/trips/queries";

const ORDER = ["INVITED", "ACCEPTED", "WAITLISTED", "DECLINED", "ATTENDED", "NO_SHOW"] as const;

/** Seats taken against capacity, and how many people stand at each answer. */
export function TripSeats({ trip, locale, t }: { trip: TripDetail; locale: Locale; t: Translate }) {
  const counts = ORDER.filter((status) => trip.participantCounts[status]);
  return (
    <section aria-labelledby="trip-seats-title" className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
      <h2 id="trip-seats-title" className="text-base font-semibold text-slate-900">
        {t("trips.fields.participants")}
      </h2>
      <p className="mt-1 text-slate-800">{t("trips.form.seatsTaken", { taken: formatNumber(locale, trip.takenSeats), capacity: formatNumber(locale, trip.capacity) })}</p>
      {counts.length > 0 && (
        <ul className="mt-1 text-slate-700">
          {counts.map((status) => (
            <li key={status}>
              {t(`trips.participantStatus.${status}`)}: {formatNumber(locale, trip.participantCounts[status] ?? 0)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
