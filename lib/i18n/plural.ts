import { intlLocale } from "./format";
import type { Locale } from "./locales";

export type PluralForm = "one" | "other";

/**
 * The form a count takes in the locale: English says "1 trip" but "2 trips";
 * Vietnamese nouns do not change ("1 chuyến đi", "2 chuyến đi"), so its
 * messages carry the same text in both forms.
 */
export function pluralForm(locale: Locale, count: number): PluralForm {
  return new Intl.PluralRules(intlLocale(locale)).select(count) === "one" ? "one" : "other";
}
