import { describe, expect, test } from "vitest";
import { budgetTotals, formatMoney, fromMinorUnits, isCurrencyCode, lineTotal, toMinorUnits } from "./budget";

describe("money in minor units", () => {
  test("decimal strings become exact hundredths and back", () => {
    expect(toMinorUnits("0")).toBe(0n);
    expect(toMinorUnits("12.5")).toBe(1250n);
    expect(toMinorUnits("0.07")).toBe(7n);
    expect(toMinorUnits("999999999999.99")).toBe(99999999999999n);
    expect(fromMinorUnits(1250n)).toBe("12.50");
    expect(fromMinorUnits(7n)).toBe("0.07");
    expect(fromMinorUnits(0n)).toBe("0.00");
  });

  test("what is not an amount is refused, not guessed", () => {
    for (const bad of ["", "-1", "1.234", "1e3", "1,5", " 1", "abc"]) expect(() => toMinorUnits(bad)).toThrow(RangeError);
  });

  test("a line is quantity × unit cost with no float error (0.1 × 3 is 0.30)", () => {
    expect(fromMinorUnits(lineTotal({ quantity: 3, unitCost: "0.1" }))).toBe("0.30");
    expect(fromMinorUnits(lineTotal({ quantity: 100000, unitCost: "999999999999.99" }))).toBe("99999999999999000.00");
  });
});

describe("budget totals", () => {
  test("per category within a currency and per currency, never mixing currencies", () => {
    const totals = budgetTotals([
      { category: "MEALS", quantity: 3, unitCost: "150000", currency: "VND" },
      { category: "TRANSPORT", quantity: 1, unitCost: "12000000", currency: "VND" },
      { category: "MEALS", quantity: 2, unitCost: "0.10", currency: "USD" },
      { category: "MEALS", quantity: 1, unitCost: "0.20", currency: "USD" },
      { category: "TRANSPORT", quantity: 2, unitCost: "50000", currency: "VND" },
      { category: "INTERPRETERS", quantity: 0, unitCost: "800000", currency: "VND" },
    ]);
    expect(totals.byCategory).toEqual([
      { category: "TRANSPORT", currency: "VND", total: "12100000.00" },
      { category: "MEALS", currency: "USD", total: "0.40" },
      { category: "MEALS", currency: "VND", total: "450000.00" },
      { category: "INTERPRETERS", currency: "VND", total: "0.00" },
    ]);
    expect(totals.byCurrency).toEqual([
      { currency: "USD", total: "0.40" },
      { currency: "VND", total: "12550000.00" },
    ]);
  });

  test("no lines, no totals", () => {
    expect(budgetTotals([])).toEqual({ byCategory: [], byCurrency: [] });
  });
});

describe("currencies and formatting", () => {
  test("ISO 4217 codes the runtime knows", () => {
    expect(isCurrencyCode("VND")).toBe(true);
    expect(isCurrencyCode("EUR")).toBe(true);
    expect(isCurrencyCode("vnd")).toBe(false);
    expect(isCurrencyCode("XYZ")).toBe(false);
    expect(isCurrencyCode("DONG")).toBe(false);
  });

  test("amounts per locale, cents shown only when there are some", () => {
    expect(formatMoney("vi-VN", "1500000.00", "VND").replace(/\s/g, " ")).toBe("1.500.000 ₫");
    expect(formatMoney("en-GB", "12.50", "USD")).toBe("US$12.50");
    expect(formatMoney("en-GB", "12.00", "EUR")).toBe("€12.00");
  });
});
