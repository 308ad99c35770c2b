/**
 * iCalendar (RFC 5545) files, written by hand: the format is small and a
 * dependency would bring more than it saves. Lines end in CRLF, text values
 * are escaped and long lines folded at 75 octets without cutting a character.
 */
import { calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";

export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";
const PRODUCT_ID = "-//Newsroom//Field trips//EN";
const MAX_LINE_OCTETS = 75;

export type IcsEvent = {
  uid: string;
  summary: string;
  description?: string;
  location?: string;
  status?: "CONFIRMED" | "CANCELLED";
} & ({ allDay: { first: CalendarDate; last: CalendarDate } } | { start: Date; end: Date });

export type IcsCalendar = { name: string; events: readonly IcsEvent[]; now: Date };

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * A content line folded into pieces of at most 75 octets, each continuation
 * starting with one space (which counts). Cuts fall between code points, so a
 * Vietnamese letter's UTF-8 bytes are never split across two lines.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

/** 20270310T023000Z */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");
}

/** 20270310 */
export function dateValue(day: CalendarDate): string {
  return day.replace(/-/g, "");
}

function nextDay(day: CalendarDate): CalendarDate {
  return new Date(calendarDateToDb(day).getTime() + 86_400_000).toISOString().slice(0, 10);
}

function eventLines(event: IcsEvent, stamp: string): string[] {
  const lines = ["BEGIN:VEVENT", `UID:${event.uid}`, `DTSTAMP:${stamp}`];
  if ("allDay" in event) {
    // DTEND of an all-day event is exclusive: the day after the last one.
    lines.push(`DTSTART;VALUE=DATE:${dateValue(event.allDay.first)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(event.allDay.last))}`);
  } else {
    lines.push(`DTSTART:${utcStamp(event.start)}`, `DTEND:${utcStamp(event.end)}`);
  }
  lines.push(`SUMMARY:${escapeText(event.summary)}`);
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.status) lines.push(`STATUS:${event.status}`);
  lines.push("END:VEVENT");
  return lines;
}

/** The whole file, CRLF after every line including the last. */
export function buildCalendar({ name, events, now }: IcsCalendar): string {
  const stamp = utcStamp(now);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${PRODUCT_ID}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(name)}`,
    "X-WR-TIMEZONE:Asia/Ho_Chi_Minh",
    ...events.flatMap((event) => eventLines(event, stamp)),
    "END:VCALENDAR",
  ];
  return lines.map((line) => `${foldLine(line)}\r\n`).join("");
}
