import type { BudgetCategory } from "@/lib/generated/prisma/enums";

/**
 * Budget arithmetic in exact integer minor units (hundredths, as the
 * `Decimal(14,2)` column stores them). Floating point would turn 0.1 + 0.2
 * VND into 0.30000000000000004; bigint never does. Pure, so the form's live
 * totals and the server's totals are the same computation.
 */

export const BUDGET_CATEGORIES = ["TRANSPORT", "ACCOMMODATION", "MEALS", "INTERPRETERS", "OTHER"] as const satisfies readonly BudgetCategory[];

/** A non-negative amount with at most two decimals, as typed: "1500000", "12.5", "0.99". */
export const AMOUNT_PATTERN = /^\d{1,12}(?:\.\d{1,2})?$/;

export type BudgetLineAmounts = { category: BudgetCategory; quantity: number; unitCost: string; currency: string };
export type CategoryTotal = { category: BudgetCategory; currency: string; total: string };
export type CurrencyTotal = { currency: string; total: string };
export type BudgetTotals = { byCategory: CategoryTotal[]; byCurrency: CurrencyTotal[] };

/** "12.5" → 1250n. Throws on anything that is not an amount: callers validate first. */
export function toMinorUnits(amount: string): bigint {
  if (!AMOUNT_PATTERN.test(amount)) throw new RangeError(`Not an amount: ${amount}`);
  const [whole, fraction = ""] = amount.split(".");
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, "0"));
}

/** 1250n → "12.50": always two decimals, the form Intl.NumberFormat reads exactly. */
export function fromMinorUnits(minor: bigint): string {
  const sign = minor < 0n ? "-" : "";
  const absolute = minor < 0n ? -minor : minor;
  return `${sign}${absolute / 100n}.${(absolute % 100n).toString().padStart(2, "0")}`;
}

export function lineTotal(line: Pick<BudgetLineAmounts, "quantity" | "unitCost">): bigint {
  return BigInt(line.quantity) * toMinorUnits(line.unitCost);
}

/**
 * Totals per category within each currency, and per currency: amounts in
 * different currencies are never added together. Categories come in their
 * fixed order, currencies alphabetically.
 */
export function budgetTotals(lines: readonly BudgetLineAmounts[]): BudgetTotals {
  const byCategory = new Map<string, bigint>();
  const byCurrency = new Map<string, bigint>();
  for (const line of lines) {
    const total = lineTotal(line);
    const key = `${line.category}|${line.currency}`;
    byCategory.set(key, (byCategory.get(key) ?? 0n) + total);
    byCurrency.set(line.currency, (byCurrency.get(line.currency) ?? 0n) + total);
  }
  const currencies = [...byCurrency.keys()].sort();
  return {
    byCategory: BUDGET_CATEGORIES.flatMap((category) =>
      currencies
        .filter((currency) => byCategory.has(`${category}|${currency}`))
        .map((currency) => ({ category, currency, total: fromMinorUnits(byCategory.get(`${category}|${currency}`)!) })),
    ),
    byCurrency: currencies.map((currency) => ({ currency, total: fromMinorUnits(byCurrency.get(currency)!) })),
  };
}

/** ISO 4217 codes the runtime knows (Intl's list), so "VND" passes and "XYZ" does not. */
const KNOWN_CURRENCIES = new Set(typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("currency") : []);

export function isCurrencyCode(value: string): boolean {
  return /^[A-Z]{3}$/.test(value) && (KNOWN_CURRENCIES.size === 0 || KNOWN_CURRENCIES.has(value));
}

/**
 * "1.500.000 ₫" / "₫1,500,000.00": the exact decimal string handed to Intl
 * (which formats strings without going through a float), with the currency's
 * own number of decimals unless the amount has cents.
 */
export function formatMoney(intlLocale: string, amount: string, currency: string): string {
  const hasCents = !/\.00$/.test(amount) && amount.includes(".");
  const format = new Intl.NumberFormat(intlLocale, {
    style: "currency",
    currency,
    ...(hasCents ? { minimumFractionDigits: 2, maximumFractionDigits: 2 } : {}),
  });
  return format.format(amount as `${number}`);
}
