import { intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** "FR" as "France" / "Pháp"; an unknown code stays a code. */
export function countryName(locale: Locale, code: string | null): string {
  if (!code) return "";
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}
