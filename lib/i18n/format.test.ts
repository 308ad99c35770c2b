import { describe, expect, test } from "vitest";
import { compareText, formatByteSize, formatDate, formatDateTime, formatNumber, intlLocale } from "./format";

// 18:30 UTC on 15 September is 01:30 on 16 September in Hanoi (UTC+7).
const LATE_EVENING_UTC = "2023-09-15T18:30:00Z";

describe("dates are shown in Vietnam's time zone, per locale", () => {
  test("long dates", () => {
    expect(formatDate("vi", LATE_EVENING_UTC)).toBe("16 tháng 9, 2023");
    expect(formatDate("en", LATE_EVENING_UTC)).toBe("16 September 2023");
  });

  test("short dates", () => {
    expect(formatDate("vi", LATE_EVENING_UTC, "short")).toMatch(/^16 thg 9, 2023$/);
    expect(formatDate("en", LATE_EVENING_UTC, "short")).toMatch(/^16 Sept? 2023$/);
  });

  test("date and time, 24-hour clock in both", () => {
    const vi = formatDateTime("vi", new Date(LATE_EVENING_UTC));
    const en = formatDateTime("en", new Date(LATE_EVENING_UTC));
    for (const text of [vi, en]) {
      expect(text).toContain("01:30");
      expect(text).toContain("16");
      expect(text).not.toMatch(/AM|PM|SA|CH/);
    }
    expect(vi).toContain("thg 9");
    expect(en).toMatch(/Sept?/);
  });

  test("the Intl locales behind the app's locales", () => {
    expect(intlLocale("vi")).toBe("vi-VN");
    expect(intlLocale("en")).toBe("en-GB");
  });
});

describe("numbers", () => {
  test("use each locale's separators", () => {
    expect(formatNumber("vi", 1234567.5)).toBe("1.234.567,5");
    expect(formatNumber("en", 1234567.5)).toBe("1,234,567.5");
  });
});

describe("compareText", () => {
  test("sorts in Vietnamese alphabetical order (a ă â … d đ … o ô ơ), not code-point order", () => {
    const places = ["Yên Bái", "Đà Nẵng", "Ông Ích Khiêm", "Bắc Ninh", "Ăn Giang", "Điện Biên", "An Giang", "Cà Mau", "Dương Đông", "Âu Cơ", "Ơn", "Oanh"];
    expect([...places].sort((a, b) => compareText("vi", a, b))).toEqual([
      "An Giang",
      "Ăn Giang",
      "Âu Cơ",
      "Bắc Ninh",
      "Cà Mau",
      "Dương Đông",
      "Đà Nẵng",
      "Điện Biên",
      "Oanh",
      "Ông Ích Khiêm",
      "Ơn",
      "Yên Bái",
    ]);
  });

  test("in Vietnamese, đ and ă are letters of their own; tone marks and case do not separate names", () => {
    expect(compareText("vi", "d", "đ")).toBeLessThan(0);
    expect(compareText("vi", "a", "ă")).toBeLessThan(0);
    expect(compareText("vi", "ha", "há")).toBe(0);
    expect(compareText("vi", "Đà", "đà")).toBe(0);
  });

  test("numbers inside names sort by value", () => {
    expect(["Khóa 10", "Khóa 9", "Khóa 100"].sort((a, b) => compareText("vi", a, b))).toEqual(["Khóa 9", "Khóa 10", "Khóa 100"]);
  });
});

describe("file sizes", () => {
  test("in the largest unit under 1,000, with the locale's decimal separator", () => {
    expect(formatByteSize("en", 512)).toBe("512 byte");
    expect(formatByteSize("en", 840_000)).toBe("840 kB");
    expect(formatByteSize("en", 2_450_000)).toBe("2.5 MB");
    expect(formatByteSize("vi", 2_450_000)).toBe("2,5 MB");
    expect(formatByteSize("en", 125_000_000)).toBe("125 MB");
  });
});
