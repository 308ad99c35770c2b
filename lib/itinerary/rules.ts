/**
 * The rules a day-by-day program keeps, whoever owns it (a trip now, a
 * delegation later). Pure functions: the server applies them before saving and
 * the editor runs the same ones while the press officer types.
 */
import type { CalendarDate } from "@/lib/i18n/calendar-date";

export type DateRange = { startsOn: CalendarDate; endsOn: CalendarDate };

/** ISO calendar days compare as strings. */
export function isWithinDates(day: CalendarDate, range: DateRange): boolean {
  return day >= range.startsOn && day <= range.endsOn;
}

/** Field paths ("items.3.day") of the items whose day lies outside the owner's dates. */
export function daysOutsideDates(items: readonly { day: CalendarDate }[], range: DateRange, prefix = "items"): string[] {
  return items.flatMap((item, index) => (isWithinDates(item.day, range) ? [] : [`${prefix}.${index}.day`]));
}

/** What overlap detection needs to know of an item; `key` names it back to the caller. */
export type TimedItem = {
  key: string;
  activity: string;
  day: CalendarDate;
  startMinute: number;
  /** Null: a point in time, which occupies its minute. */
  endMinute: number | null;
  /** False: for everyone, so it shares people with every other item. */
  forSubset: boolean;
  attendeeContactIds: readonly string[];
};

export type OverlapWarning = {
  day: CalendarDate;
  first: Pick<TimedItem, "key" | "activity" | "startMinute" | "endMinute">;
  second: Pick<TimedItem, "key" | "activity" | "startMinute" | "endMinute">;
};

const endOf = (item: TimedItem) => item.endMinute ?? item.startMinute + 1;

function sharesAttendee(a: TimedItem, b: TimedItem): boolean {
  if (!a.forSubset || !b.forSubset) return true;
  const people = new Set(a.attendeeContactIds);
  return b.attendeeContactIds.some((id) => people.has(id));
}

const summary = ({ key, activity, startMinute, endMinute }: TimedItem) => ({ key, activity, startMinute, endMinute });

/**
 * Pairs of items on the same day whose times overlap and that someone attends
 * both of. A warning, never an error: a press officer may mean it (two groups
 * at once, an interview during lunch). Pairs come earlier-first, in day order.
 */
export function findOverlaps(items: readonly TimedItem[]): OverlapWarning[] {
  const byDay = new Map<CalendarDate, TimedItem[]>();
  for (const item of items) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
  const warnings: OverlapWarning[] = [];
  for (const day of [...byDay.keys()].sort()) {
    const sameDay = [...(byDay.get(day) ?? [])].sort((a, b) => a.startMinute - b.startMinute || endOf(a) - endOf(b));
    for (let i = 0; i < sameDay.length; i += 1) {
      for (let j = i + 1; j < sameDay.length; j += 1) {
        const [a, b] = [sameDay[i], sameDay[j]];
        // Sorted by start: once b starts after a ends, so does every later item.
        if (b.startMinute >= endOf(a)) break;
        if (sharesAttendee(a, b)) warnings.push({ day, first: summary(a), second: summary(b) });
      }
    }
  }
  return warnings;
}
