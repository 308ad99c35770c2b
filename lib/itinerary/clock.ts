/**
 * Program times are wall-clock times in Hanoi, kept as minutes after midnight
 * ("09:30" → 570). Hanoi has used UTC+7 without daylight saving since 1975, so
 * converting to an instant needs no time-zone database.
 */
export const HANOI_UTC_OFFSET_MINUTES = 7 * 60;
export const MINUTES_PER_DAY = 24 * 60;

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** "HH:MM" (00:00–23:59) to minutes after midnight; null when it is not one. */
export function minutesFromClock(value: string): number | null {
  const match = CLOCK.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** Minutes after midnight to "HH:MM"; 1440 (an end at midnight) reads "24:00". */
export function clockFromMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** The instant a Hanoi wall-clock time on a calendar day ("2027-03-10", 570) stands for. */
export function hanoiInstant(day: string, minutes: number): Date {
  const [year, month, date] = day.split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, date, 0, minutes - HANOI_UTC_OFFSET_MINUTES));
}

/** An end may also be "24:00": the item runs until midnight. */
export function endMinutesFromClock(value: string): number | null {
  return value === "24:00" ? MINUTES_PER_DAY : minutesFromClock(value);
}
