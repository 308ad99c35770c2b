import { TIME_ZONE, type Locale } from "./locales";
import { intlLocale } from "./format";

/**
 * Calendar days ("2026-11-23") for date-only facts such as a due date. They
 * have no time and no zone, so they are never shifted: stored in a `@db.Date`
 * column (read back as midnight UTC) and formatted in UTC.
 */
export type CalendarDate = string;

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day of the Gregorian calendar in ISO form; "2026-02-30" is not one. */
export function isCalendarDate(value: string): value is CalendarDate {
  const match = CALENDAR_DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

export function calendarDateToDb(value: CalendarDate): Date {
  return new Date(`${value}T00:00:00Z`);
}

export function calendarDateFromDb(value: Date): CalendarDate {
  return value.toISOString().slice(0, 10);
}

/** Today in Hanoi, where the newsroom's deadlines fall. */
export function todayInVietnam(now: Date = new Date()): CalendarDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** "23 thg 11, 2026" / "23 Nov 2026": the day itself, whatever the reader's zone. */
export function formatCalendarDate(locale: Locale, value: CalendarDate): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(calendarDateToDb(value));
}

/** "16–18 thg 9, 2023" / "16–18 Sep 2023": a span of days, shortened where the ends share a month or year. */
export function formatCalendarRange(locale: Locale, from: CalendarDate, to: CalendarDate): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" });
  return from === to ? format.format(calendarDateToDb(from)) : format.formatRange(calendarDateToDb(from), calendarDateToDb(to));
}

/** The days from `from` to `to`, both included. */
export function calendarDaysBetween(from: CalendarDate, to: CalendarDate): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let day = calendarDateToDb(from); day <= calendarDateToDb(to); day = new Date(day.getTime() + 86_400_000)) days.push(calendarDateFromDb(day));
  return days;
}
