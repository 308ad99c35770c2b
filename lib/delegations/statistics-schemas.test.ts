import { describe, expect, test } from "vitest";
import { createTranslator } from "@/lib/i18n/translator";
import { breakdownLabel } from "./statistics-labels";
import { resolvePeriod } from "./statistics-schemas";

// 1 December 2026, 01:30 in Hà Nội (still 30 November in UTC).
const NOW = new Date("2026-11-30T18:30:00Z");

describe("resolvePeriod", () => {
  test("without dates: the two years up to today in Việt Nam, both ends included", () => {
    expect(resolvePeriod({}, NOW)).toEqual({ from: "2024-12-02", to: "2026-12-01", isDefault: true });
  });

  test("with only an end, the two years up to it; with only a start, up to today", () => {
    expect(resolvePeriod({ to: "2025-03-01" }, NOW)).toEqual({ from: "2023-03-02", to: "2025-03-01", isDefault: false });
    expect(resolvePeriod({ from: "2026-01-01" }, NOW)).toEqual({ from: "2026-01-01", to: "2026-12-01", isDefault: false });
    expect(resolvePeriod({ from: "2027-01-01" }, NOW)).toEqual({ from: "2027-01-01", to: "2027-01-01", isDefault: false });
  });

  test("a leap day two years back lands on the day after", () => {
    expect(resolvePeriod({ to: "2026-02-28" }, NOW).from).toBe("2024-02-29");
  });
});

describe("breakdownLabel", () => {
  test("names countries, outlet types, outcomes and months in the reader's language, and says when none was given", () => {
    const en = createTranslator("en");
    const vi = createTranslator("vi");
    expect(breakdownLabel("byCountry", { key: "DE" }, "en", en)).toBe("Germany");
    expect(breakdownLabel("byCountry", { key: "DE" }, "vi", vi)).toBe("Đức");
    expect(breakdownLabel("byOutletKind", { key: "NEWS_AGENCY" }, "vi", vi)).toBe("Hãng thông tấn");
    expect(breakdownLabel("byOutcome", { key: "PENDING" }, "en", en)).toBe("Pending");
    expect(breakdownLabel("byMonth", { key: "2025-03" }, "en", en)).toBe("Mar 2025");
    expect(breakdownLabel("byCountry", { key: "" }, "en", en)).toBe("Not given");
    expect(breakdownLabel("byTopic", { key: "kinh te", label: "Kinh tế" }, "en", en)).toBe("Kinh tế");
  });
});
