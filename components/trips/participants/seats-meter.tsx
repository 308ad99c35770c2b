import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { SeatSummary } from "@/lib/trips/participant-queries";

/** "3 of 10 seats taken · 2 on the waitlist", with a bar for the eye and a meter for assistive technology. */
export function SeatsMeter({ seats, locale, t }: { seats: SeatSummary; locale: Locale; t: Translate }) {
  const n = (value: number) => formatNumber(locale, value);
  return (
    <section aria-labelledby="seats-heading" className="mb-4 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="seats-heading" className="sr-only">
        {t("participants.seats.heading")}
      </h2>
      <p id="seats-summary" className="text-sm font-medium text-slate-900">
        {t("participants.seats.summary", { taken: n(seats.taken), capacity: n(seats.capacity), waitlisted: n(seats.waitlisted) })}
      </p>
      <meter
        min={0}
        max={seats.capacity}
        value={Math.min(seats.taken, seats.capacity)}
        aria-labelledby="seats-summary"
        className="mt-2 h-2 w-full max-w-md"
      />
      <p className="mt-1 text-xs text-slate-600">{t("participants.seats.others", { invited: n(seats.invited), declined: n(seats.declined) })}</p>
    </section>
  );
}
