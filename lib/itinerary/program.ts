/**
 * A saved program as every owner shows it: items grouped by day in the order
 * arranged, day headings and time spans per locale, calendar events.
 */
import type { CalendarDate } from "@/lib/i18n/calendar-date";
import { calendarDateToDb } from "@/lib/i18n/calendar-date";
import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { clockFromMinutes, hanoiInstant } from "./clock";
import type { IcsEvent } from "./ics";

/** Points in time get this much room in a calendar, which has no events without length. */
export const POINT_IN_TIME_CALENDAR_MINUTES = 30;

/**
 * Someone on an item. `contactId` is the attendee id of the owner's kind: a
 * directory person's for a trip, a delegation member's for a delegation.
 */
export type ProgramAttendee = { contactId: string; name: string };

export type ProgramItem = {
  id: string;
  day: CalendarDate;
  startMinute: number;
  endMinute: number | null;
  activity: string;
  place: string;
  host: string;
  transport: string;
  notes: string;
  forSubset: boolean;
  attendees: ProgramAttendee[];
};

export type ProgramDay<Item> = { day: CalendarDate; items: Item[] };

/**
 * Every day of the owner's dates (empty ones too, so items can be added to
 * them), then any other day an item still has, e.g. after the dates moved.
 * Items keep their order within a day.
 */
export function groupByDay<Item extends { day: CalendarDate }>(items: readonly Item[], days: readonly CalendarDate[]): ProgramDay<Item>[] {
  const groups = new Map<CalendarDate, Item[]>(days.map((day) => [day, []]));
  for (const item of items) groups.set(item.day, [...(groups.get(item.day) ?? []), item]);
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([day, dayItems]) => ({ day, items: dayItems }));
}

/** "Thứ Tư, 10 tháng 3, 2027" / "Wednesday 10 March 2027". */
export function formatProgramDay(locale: Locale, day: CalendarDate): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "full", timeZone: "UTC" }).format(calendarDateToDb(day));
}

/** "09:30–11:00", or "09:30" for a point in time. */
export function formatTimeSpan(item: { startMinute: number; endMinute: number | null }): string {
  const start = clockFromMinutes(item.startMinute);
  return item.endMinute === null ? start : `${start}–${clockFromMinutes(item.endMinute)}`;
}

/** Host, transport and notes under their labels; never who attends (a calendar feed leaves the newsroom). */
function describe(item: ProgramItem, t: Translate): string {
  return [
    item.host && `${t("itinerary.fields.host")}: ${item.host}`,
    item.transport && `${t("itinerary.fields.transport")}: ${item.transport}`,
    item.notes,
  ]
    .filter(Boolean)
    .join("\n");
}

/** One calendar event per item, at its Hanoi time. */
export function programEvents(items: readonly ProgramItem[], t: Translate, status?: IcsEvent["status"]): IcsEvent[] {
  return items.map((item) => ({
    uid: `${item.id}@newsroom`,
    summary: item.activity,
    location: item.place || undefined,
    description: describe(item, t) || undefined,
    start: hanoiInstant(item.day, item.startMinute),
    end: hanoiInstant(item.day, item.endMinute ?? item.startMinute + POINT_IN_TIME_CALENDAR_MINUTES),
    status,
  }));
}
