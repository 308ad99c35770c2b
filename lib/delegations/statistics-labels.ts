import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { translateDynamic, type Translate } from "@/lib/i18n/translator";

export const BREAKDOWNS = ["byCountry", "byOutletKind", "byTopic", "byOutcome", "byMonth"] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

function regionName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "tháng 3, 2025" / "Mar 2025" for "2025-03". */
function monthName(locale: Locale, month: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: "short", year: "numeric", timeZone: "UTC" }).format(new Date(`${month}-01T00:00:00Z`));
}

/** What a bar of a breakdown is called in the reader's language; "" (not given in the application) has its own name. */
export function breakdownLabel(breakdown: Breakdown, row: { key: string; label?: string }, locale: Locale, t: Translate): string {
  if (breakdown === "byTopic") return row.label ?? row.key;
  if (!row.key) return t("delegationStats.charts.unknown");
  switch (breakdown) {
    case "byCountry":
      return regionName(locale, row.key);
    case "byOutletKind":
      return translateDynamic(t, `contacts.outletKinds.${row.key}`);
    case "byOutcome":
      return translateDynamic(t, `delegationStats.outcomes.${row.key}`);
    case "byMonth":
      return monthName(locale, row.key);
  }
}
