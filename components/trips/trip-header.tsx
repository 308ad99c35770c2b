import type { ReactNode } from "react";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import type { TripScope } from "@/lib/trips/access";
import { PageHeader } from "@/components/ui/page-header";
import { TripStatusBadge } from "./trip-status-badge";
import { TripTabs } from "./trip-tabs";

/** The provinces of a trip in the reader's language, in the order visited. */
export function tripDestination(provinceCodes: readonly string[], locale: Locale): string {
  return provinceCodes
    .map((code) => provinceByCode(code))
    .filter((province) => province !== undefined)
    .map((province) => provinceName(province, locale))
    .join(" · ");
}

/** The top of every page of one trip: its title and status, when and where, and the tabs to its parts. */
export function TripHeader({ trip, locale, t, actions }: { trip: TripScope; locale: Locale; t: Translate; actions?: ReactNode }) {
  return (
    <>
      <PageHeader
        title={
          <span className="flex flex-wrap items-center gap-2">
            {trip.title}
            <TripStatusBadge status={trip.status} label={t(`trips.status.${trip.status}`)} />
          </span>
        }
        description={`${formatCalendarRange(locale, trip.startsOn, trip.endsOn)} · ${tripDestination(trip.provinceCodes, locale)}`}
        actions={actions}
      />
      <TripTabs tripId={trip.id} />
    </>
  );
}
