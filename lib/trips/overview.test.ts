import { describe, expect, test } from "vitest";
import { defaultPeriod, monthBounds, monthWeeks, shiftMonth, statsPeriod } from "./overview";

describe("month grid", () => {
  test("weeks start on Monday and cover the whole month", () => {
    // September 2023 starts on a Friday and ends on a Saturday.
    const weeks = monthWeeks("2023-09");
    expect(weeks[0]).toEqual(["2023-08-28", "2023-08-29", "2023-08-30", "2023-08-31", "2023-09-01", "2023-09-02", "2023-09-03"]);
    expect(weeks.at(-1)).toEqual(["2023-09-25", "2023-09-26", "2023-09-27", "2023-09-28", "2023-09-29", "2023-09-30", "2023-10-01"]);
    expect(weeks).toHaveLength(5);
    expect(weeks.every((week) => week.length === 7)).toBe(true);
  });

  test("a month that starts on Monday has no leading days; February of a leap year has 29", () => {
    expect(monthWeeks("2024-01")[0][0]).toBe("2024-01-01");
    expect(monthBounds("2024-02")).toEqual({ first: "2024-02-01", last: "2024-02-29" });
  });

  test("previous and next months across years", () => {
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2025-12", 1)).toBe("2026-01");
  });
});

describe("overview period", () => {
  test("by default the two years up to today", () => {
    expect(defaultPeriod("2026-12-01")).toEqual({ from: "2024-12-01", to: "2026-12-01" });
    expect(defaultPeriod("2028-02-29")).toEqual({ from: "2026-03-01", to: "2028-02-29" });
  });

  test("from the list's filters, either end may be missing", () => {
    expect(statsPeriod(undefined, undefined, "2026-12-01")).toEqual({ from: "2024-12-01", to: "2026-12-01" });
    expect(statsPeriod("2025-01-01", undefined, "2026-12-01")).toEqual({ from: "2025-01-01", to: "2026-12-01" });
    expect(statsPeriod(undefined, "2025-06-30", "2026-12-01")).toEqual({ from: "2023-06-30", to: "2025-06-30" });
    expect(statsPeriod("2027-03-01", undefined, "2026-12-01")).toEqual({ from: "2027-03-01", to: "2027-03-01" });
  });
});
