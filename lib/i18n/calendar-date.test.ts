import { describe, expect, test } from "vitest";
import { calendarDateFromDb, calendarDateToDb, formatCalendarDate, isCalendarDate, todayInVietnam } from "./calendar-date";

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
