/**
 * Trips as calendar events: the whole trip as an all-day event, then one event
 * per program item. Shared by a trip's .ics download and a press officer's feed.
 */
import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import { getTripScopeOrThrow } from "@/lib/trips/access";
import { buildCalendar, type IcsEvent } from "./ics";
import { programEvents, type ProgramItem } from "./program";
import { listTripProgramItems } from "./trip-itinerary";

export type CalendarTrip = {
  id: string;
  title: string;
  status: TripStatus;
  startsOn: CalendarDate;
  endsOn: CalendarDate;
  provinceCodes: string[];
  topic: string;
  partnerAuthority: string;
};

export const CALENDAR_TRIP_SELECT = {
  id: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  provinceCodes: true,
  topic: true,
  partnerAuthority: true,
} as const;

type CalendarTripRow = Omit<CalendarTrip, "startsOn" | "endsOn"> & { startsOn: Date; endsOn: Date };

export const toCalendarTrip = (row: CalendarTripRow): CalendarTrip => ({ ...row, startsOn: calendarDateFromDb(row.startsOn), endsOn: calendarDateFromDb(row.endsOn) });

function destination(codes: readonly string[], locale: Locale): string {
  return codes
    .map((code) => provinceByCode(code))
    .filter((province) => province !== undefined)
    .map((province) => provinceName(province, locale))
    .join(", ");
}

/** The trip and its program; a cancelled trip's events say so, so a calendar that imported them can drop them. */
export function tripEvents(trip: CalendarTrip, items: readonly ProgramItem[], locale: Locale, t: Translate): IcsEvent[] {
  const status = trip.status === "CANCELLED" ? "CANCELLED" : undefined;
  const description = [trip.topic, trip.partnerAuthority && `${t("itinerary.print.partnerAuthority")}: ${trip.partnerAuthority}`].filter(Boolean).join("\n");
  return [
    {
      uid: `${trip.id}@newsroom`,
      summary: trip.title,
      location: destination(trip.provinceCodes, locale) || undefined,
      description: description || undefined,
      allDay: { first: trip.startsOn, last: trip.endsOn },
      status,
    },
    ...programEvents(items, t, status),
  ];
}

export type CalendarFile = { fileName: string; body: string };

/** "trip.read": one trip's .ics, labelled in the reader's language. */
export async function tripCalendarFile({ actor, tripId, locale, now = new Date() }: { actor: Actor; tripId: string; locale: Locale; now?: Date }): Promise<CalendarFile> {
  const scope = await getTripScopeOrThrow({ actor, tripId });
  const [row, programs] = await Promise.all([
    db.trip.findUniqueOrThrow({ where: { id: scope.id }, select: CALENDAR_TRIP_SELECT }),
    listTripProgramItems([scope.id]),
  ]);
  const trip = toCalendarTrip(row);
  const t = createTranslator(locale);
  return {
    fileName: `${trip.title}.ics`,
    body: buildCalendar({ name: trip.title, events: tripEvents(trip, programs.get(trip.id) ?? [], locale, t), now }),
  };
}
