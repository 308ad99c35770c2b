import { describe, expect, test } from "vitest";
import { createTranslator } from "@/lib/i18n/translator";
import { hanoiInstant } from "./clock";
import { buildCalendar, escapeText, foldLine, utcStamp } from "./ics";
import { programEvents, type ProgramItem } from "./program";

const octets = (text: string) => new TextEncoder().encode(text).length;
const unfold = (text: string) => text.replace(/\r\n /g, "");
const NOW = new Date("2027-03-01T08:15:30.123Z");

describe("text values", () => {
  test("escape backslash, semicolon, comma and every kind of line break", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf\rg")).toBe("a\\\\b\\;c\\,d\\ne\\nf\\ng");
  });
});

describe("folding", () => {
  test("short lines stay whole", () => {
    expect(foldLine("SUMMARY:Lunch")).toBe("SUMMARY:Lunch");
  });

  test("every piece holds at most 75 octets, continuations start with a space, and unfolding gives the line back", () => {
    const line = `DESCRIPTION:${"x".repeat(200)}`;
    const folded = foldLine(line);
    const pieces = folded.split("\r\n");
    expect(pieces.length).toBe(3);
    expect(pieces.every((piece) => octets(piece) <= 75)).toBe(true);
    expect(pieces.slice(1).every((piece) => piece.startsWith(" "))).toBe(true);
    expect(octets(pieces[0])).toBe(75);
    expect(unfold(folded)).toBe(line);
  });

  test("never cuts a Vietnamese letter's bytes in two", () => {
    const line = `SUMMARY:${"Thăm hợp tác xã cà phê Đắk Lắk, gặp lãnh đạo tỉnh ".repeat(6)}`;
    const folded = foldLine(line);
    for (const piece of folded.split("\r\n")) {
      expect(octets(piece)).toBeLessThanOrEqual(75);
      // A split multi-byte character would not survive a UTF-8 round trip.
      expect(new TextDecoder("utf-8", { fatal: true }).decode(new TextEncoder().encode(piece))).toBe(piece);
    }
    expect(unfold(folded)).toBe(line);
  });

  test("a two-byte letter that would straddle octet 75 moves whole to the next line", () => {
    const line = `SUMMARY:${"a".repeat(66)}ăb`;
    const [first, second] = foldLine(line).split("\r\n");
    expect(octets(first)).toBe(74);
    expect(second).toBe(" ăb");
  });

  test("an emoji (a surrogate pair in JavaScript) is never split either", () => {
    const line = `SUMMARY:${"a".repeat(65)}😀😀`;
    const pieces = foldLine(line).split("\r\n");
    expect(pieces).toEqual([`SUMMARY:${"a".repeat(65)}`, " 😀😀"]);
  });
});

describe("Hanoi times", () => {
  test("are seven hours ahead of UTC, across midnight too", () => {
    expect(utcStamp(hanoiInstant("2027-03-10", 9 * 60 + 30))).toBe("20270310T023000Z");
    expect(utcStamp(hanoiInstant("2027-03-10", 5 * 60))).toBe("20270309T220000Z");
    expect(utcStamp(hanoiInstant("2027-01-01", 0))).toBe("20261231T170000Z");
  });
});

describe("a calendar", () => {
  const t = createTranslator("en");
  const items: ProgramItem[] = [
    { id: "0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f", day: "2027-03-10", startMinute: 570, endMinute: 660, activity: "Meeting; the province, leaders", place: "Buôn Ma Thuột", host: "People's Committee", transport: "Bus", notes: "Bring\npress cards", forSubset: false, attendees: [] },
    { id: "1c1f8b63-ab54-4c84-9e1b-3a2f4d5e6f70", day: "2027-03-11", startMinute: 480, endMinute: null, activity: "Departure", place: "", host: "", transport: "", notes: "", forSubset: false, attendees: [] },
  ];
  const body = buildCalendar({
    name: "Đắk Lắk trip",
    now: NOW,
    events: [{ uid: "trip-1@newsroom", summary: "Đắk Lắk trip", allDay: { first: "2027-03-10", last: "2027-03-12" } }, ...programEvents(items, t)],
  });
  const lines = unfold(body).split("\r\n");

  test("ends every line, the last included, with CRLF and has no bare LF", () => {
    expect(body.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(body.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });

  test("wraps the events in one VCALENDAR with version and product", () => {
    expect(lines.slice(0, 3)).toEqual(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Newsroom//Field trips//EN"]);
    expect(lines.filter((line) => line === "BEGIN:VEVENT")).toHaveLength(3);
    expect(lines.filter((line) => line === "END:VEVENT")).toHaveLength(3);
    expect(lines.filter((line) => line === "DTSTAMP:20270301T081530Z")).toHaveLength(3);
  });

  test("the trip is an all-day event whose end is the day after its last day", () => {
    expect(lines).toContain("DTSTART;VALUE=DATE:20270310");
    expect(lines).toContain("DTEND;VALUE=DATE:20270313");
  });

  test("each item is an event at its UTC time with a stable UID, escaped text and its details", () => {
    const first = lines.slice(lines.indexOf("UID:0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f@newsroom"));
    expect(first.slice(0, 7)).toEqual([
      "UID:0b0e7a52-9a43-4b73-8d0a-2f1e3c4d5e6f@newsroom",
      "DTSTAMP:20270301T081530Z",
      "DTSTART:20270310T023000Z",
      "DTEND:20270310T040000Z",
      "SUMMARY:Meeting\\; the province\\, leaders",
      "LOCATION:Buôn Ma Thuột",
      "DESCRIPTION:Host: People's Committee\\nTransport: Bus\\nBring\\npress cards",
    ]);
  });

  test("an item without an end lasts 30 minutes in the calendar and has no empty fields", () => {
    const second = lines.slice(lines.indexOf("UID:1c1f8b63-ab54-4c84-9e1b-3a2f4d5e6f70@newsroom"), lines.lastIndexOf("END:VEVENT") + 1);
    expect(second).toEqual(["UID:1c1f8b63-ab54-4c84-9e1b-3a2f4d5e6f70@newsroom", "DTSTAMP:20270301T081530Z", "DTSTART:20270311T010000Z", "DTEND:20270311T013000Z", "SUMMARY:Departure", "END:VEVENT"]);
  });
});
