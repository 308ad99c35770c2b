import { z } from "zod";
import { isCalendarDate, todayInVietnam, type CalendarDate } from "@/lib/i18n/calendar-date";

const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** An empty field of the period form means "the default", not an error. */
const day = z.preprocess(
  (value) => (typeof value === "string" && value.trim() === "" ? undefined : typeof value === "string" ? value.trim() : value),
  z.string("validation.invalid").refine(isCalendarDate, "validation.invalid").optional(),
);

/** The period of the statistics page and its CSV export: days in Việt Nam, both included. */
export const statisticsPeriodSchema = z
  .strictObject({ from: day, to: day }, strict)
  .refine(({ from, to }) => !from || !to || from <= to, { path: ["to"], error: "delegationStats.period.toBeforeFrom" });

export type StatisticsPeriodInput = z.output<typeof statisticsPeriodSchema>;
export type StatisticsPeriod = { from: CalendarDate; to: CalendarDate; isDefault: boolean };

function shiftYears(day: CalendarDate, years: number): CalendarDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  // The day after: two years up to today are 730 or 731 days, not one more.
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/**
 * The period asked for, completed: without dates, the two years up to today
 * (the figure the service states); with only an end, the two years up to it;
 * with only a start, up to today.
 */
export function resolvePeriod(input: StatisticsPeriodInput, now: Date = new Date()): StatisticsPeriod {
  const to = input.to ?? (input.from && input.from > todayInVietnam(now) ? input.from : todayInVietnam(now));
  const from = input.from ?? shiftYears(to, -2);
  return { from, to, isDefault: !input.from && !input.to };
}
