import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb, calendarDaysBetween, todayInVietnam, type CalendarDate } from "@/lib/i18n/calendar-date";
import { assertReadsTrips } from "./access";
import { overlapping } from "./queries";

/** "2026-09" */
export type CalendarMonth = string;

export type CalendarTrip = { id: string; title: string; status: TripStatus; provinceCodes: string[]; startsOn: CalendarDate; endsOn: CalendarDate };

export function monthOf(day: CalendarDate): CalendarMonth {
  return day.slice(0, 7);
}

/** The month before or after, "2026-01" − 1 = "2025-12". */
export function shiftMonth(month: CalendarMonth, by: number): CalendarMonth {
  const [year, monthIndex] = month.split("-").map(Number);
  const date = new Date(Date.UTC(year, monthIndex - 1 + by, 1));
  return date.toISOString().slice(0, 7);
}

export function monthBounds(month: CalendarMonth): { first: CalendarDate; last: CalendarDate } {
  const [year, monthIndex] = month.split("-").map(Number);
  return { first: `${month}-01`, last: new Date(Date.UTC(year, monthIndex, 0)).toISOString().slice(0, 10) };
}

/**
 * The weeks of a month grid, Monday first: each week seven days, days of the
 * neighbouring months included to fill the first and last weeks.
 */
export function monthWeeks(month: CalendarMonth): CalendarDate[][] {
  const { first, last } = monthBounds(month);
  const firstDate = calendarDateToDb(first);
  const lastDate = calendarDateToDb(last);
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday.
  const lead = (firstDate.getUTCDay() + 6) % 7;
  const trail = 6 - ((lastDate.getUTCDay() + 6) % 7);
  const start = calendarDateFromDb(new Date(firstDate.getTime() - lead * 86_400_000));
  const end = calendarDateFromDb(new Date(lastDate.getTime() + trail * 86_400_000));
  const days = calendarDaysBetween(start, end);
  return Array.from({ length: days.length / 7 }, (_, week) => days.slice(week * 7, week * 7 + 7));
}

/** Trips that take place on at least one day of the month (cancelled ones included, marked by their status). */
export async function tripsInMonth({ actor, month }: { actor: Actor; month: CalendarMonth }): Promise<CalendarTrip[]> {
  assertReadsTrips(actor);
  const { first, last } = monthBounds(month);
  const rows = await db.trip.findMany({
    where: overlapping(first, last),
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, title: true, status: true, provinceCodes: true, startsOn: true, endsOn: true },
  });
  return rows.map((row) => ({ ...row, startsOn: calendarDateFromDb(row.startsOn), endsOn: calendarDateFromDb(row.endsOn) }));
}

export type PeriodStats = {
  from: CalendarDate;
  to: CalendarDate;
  trips: number;
  participants: number;
  countries: number;
  outlets: number;
  stories: number;
};

/** The last two years up to today in Hanoi: "13 trips in two years" is the service's own measure. */
export function defaultPeriod(today: CalendarDate = todayInVietnam()): { from: CalendarDate; to: CalendarDate } {
  const [year, month, day] = today.split("-").map(Number);
  // 29 February two years back does not exist: Date rolls it to 1 March.
  return { from: new Date(Date.UTC(year - 2, month - 1, day)).toISOString().slice(0, 10), to: today };
}

/**
 * The overview's period from the list's filters: either end may be missing;
 * without a start it covers the two years up to its end, without an end it
 * runs to today (or to the start, if that is later).
 */
export function statsPeriod(from: CalendarDate | undefined, to: CalendarDate | undefined, today: CalendarDate = todayInVietnam()) {
  const end = to ?? (from && from > today ? from : today);
  return { from: from ?? defaultPeriod(end).from, to: end };
}

/**
 * What the service did in a period, counted from its own records: trips that
 * took place in it (overlapping it, not cancelled); people who held a seat
 * (accepted or attended, not no-shows), each counted once however many trips
 * they took; their distinct nationalities and outlets; and the stories
 * produced (coverage by outlets plus our own linked articles).
 */
export async function periodStats({ actor, from, to }: { actor: Actor; from: CalendarDate; to: CalendarDate }): Promise<PeriodStats> {
  assertReadsTrips(actor);
  const [row] = await db.$queryRaw<{ trips: bigint; participants: bigint; countries: bigint; outlets: bigint; stories: bigint }[]>`
    WITH trips AS (
      SELECT id FROM trip
      WHERE status <> 'CANCELLED' AND ends_on >= ${calendarDateToDb(from)}::date AND starts_on <= ${calendarDateToDb(to)}::date
    ),
    people AS (
      SELECT DISTINCT c.id, c.nationality, c.outlet_id
      FROM trip_participant p JOIN press_contact c ON c.id = p.contact_id
      WHERE p.trip_id IN (SELECT id FROM trips) AND p.status IN ('ACCEPTED', 'ATTENDED')
    )
    SELECT
      (SELECT count(*) FROM trips) AS trips,
      (SELECT count(*) FROM people) AS participants,
      (SELECT count(DISTINCT nationality) FROM people) AS countries,
      (SELECT count(DISTINCT outlet_id) FROM people) AS outlets,
      (SELECT count(*) FROM trip_coverage WHERE trip_id IN (SELECT id FROM trips))
        + (SELECT count(*) FROM trip_article WHERE trip_id IN (SELECT id FROM trips)) AS stories`;
  return {
    from,
    to,
    trips: Number(row.trips),
    participants: Number(row.participants),
    countries: Number(row.countries),
    outlets: Number(row.outlets),
    stories: Number(row.stories),
  };
}
