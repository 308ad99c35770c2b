import { describe, expect, test } from "vitest";
import { calendarDateFromDb, calendarDaysBetween, calendarDateToDb, formatCalendarDate, formatCalendarRange, isCalendarDate, todayInVietnam } from "./calendar-date";

describe("calendar dates", () => {
  test("accepts real days only", () => {
    expect(isCalendarDate("2026-11-23")).toBe(true);
    expect(isCalendarDate("2028-02-29")).toBe(true);
    for (const value of ["2026-02-30", "2026-13-01", "23/11/2026", "2026-11-23T00:00:00Z", ""]) expect(isCalendarDate(value), value).toBe(false);
  });

  test("round-trips through the database's midnight UTC", () => {
    expect(calendarDateFromDb(calendarDateToDb("2026-11-23"))).toBe("2026-11-23");
  });

  test("today is Hanoi's day: 18:00 UTC is already tomorrow there", () => {
    expect(todayInVietnam(new Date("2026-11-23T16:59:59Z"))).toBe("2026-11-23");
    expect(todayInVietnam(new Date("2026-11-23T17:00:00Z"))).toBe("2026-11-24");
  });

  test("shows the day itself per locale, never shifted by a zone", () => {
    expect(formatCalendarDate("en", "2026-11-23")).toBe("23 Nov 2026");
    expect(formatCalendarDate("vi", "2026-11-23")).toMatch(/23/);
    expect(formatCalendarDate("vi", "2026-11-23")).toMatch(/2026/);
  });
});

describe("day spans", () => {
  test("a range is shortened per locale and a single day is one date", () => {
    expect(formatCalendarRange("en", "2023-09-16", "2023-09-18")).toBe("16\u2009–\u200918 Sept 2023");
    expect(formatCalendarRange("vi", "2023-09-16", "2023-09-18")).toBe("16\u2009–\u200918 thg 9, 2023");
    expect(formatCalendarRange("vi", "2023-09-16", "2023-09-16")).toBe(formatCalendarDate("vi", "2023-09-16"));
  });

  test("lists every day of a span, across a month end", () => {
    expect(calendarDaysBetween("2027-02-27", "2027-03-02")).toEqual(["2027-02-27", "2027-02-28", "2027-03-01", "2027-03-02"]);
    expect(calendarDaysBetween("2027-03-02", "2027-03-01")).toEqual([]);
  });
});
