import Link from "next/link";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { ContactTrip } from "@/lib/trips/participant-queries";
import { TripStatusBadge } from "@/components/trips/trip-status-badge";
import { ParticipantStatusBadge } from "@/components/trips/participants/participant-status-badge";

/** The trips a person was invited on, newest first, with their answer: the contact page's "Trips". */
export function ContactTrips({ trips, locale, t }: { trips: ContactTrip[]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="contact-trips-heading" className="mt-6 max-w-3xl">
      <h2 id="contact-trips-heading" className="mb-2 text-base font-semibold text-slate-900">
        {t("participants.history.heading")}
      </h2>
      {trips.length === 0 ? (
        <p className="text-sm text-slate-600">{t("participants.history.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">{t("participants.history.trip")}</th>
                <th scope="col" className="px-3 py-2">{t("participants.history.dates")}</th>
                <th scope="col" className="px-3 py-2">{t("participants.history.tripStatus")}</th>
                <th scope="col" className="px-3 py-2">{t("participants.history.answer")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {trips.map((trip) => (
                <tr key={trip.tripId}>
                  <td className="px-3 py-2">
                    <Link href={`/admin/trips/${trip.tripId}`} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                      {trip.title}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-slate-700">{formatCalendarRange(locale, trip.startsOn, trip.endsOn)}</td>
                  <td className="px-3 py-2">
                    <TripStatusBadge status={trip.tripStatus} label={t(`trips.status.${trip.tripStatus}`)} />
                  </td>
                  <td className="px-3 py-2">
                    <ParticipantStatusBadge status={trip.status} label={t(`participants.status.${trip.status}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
