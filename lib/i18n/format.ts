import { TIME_ZONE, type Locale } from "./locales";

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

export function intlLocale(locale: Locale): string {
  return INTL_LOCALE[locale];
}

/** "16 tháng 9, 2023" / "16 September 2023", in Vietnam's time zone. */
export function formatDate(locale: Locale, date: Date | string, style: "long" | "short" = "long"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: style === "long" ? "long" : "medium",
    timeZone: TIME_ZONE,
  }).format(new Date(date));
}

export function formatDateTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: TIME_ZONE,
  }).format(new Date(date));
}

/** "09:30", in Vietnam's time zone. */
export function formatTime(locale: Locale, date: Date | string): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeStyle: "short", timeZone: TIME_ZONE }).format(new Date(date));
}

export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale]).format(value);
}

const collators = new Map<Locale, Intl.Collator>();

/** Vietnamese alphabetical order (a ă â b c d đ e ê …), not code-point order. */
export function compareText(locale: Locale, a: string, b: string): number {
  let collator = collators.get(locale);
  if (!collator) {
    collator = new Intl.Collator(INTL_LOCALE[locale], { sensitivity: "base", numeric: true });
    collators.set(locale, collator);
  }
  return collator.compare(a, b);
}

/** ISO date in Vietnam's time zone, for <time dateTime>. */
export function isoDate(date: Date | string): string {
  return new Date(date).toISOString();
}

const BYTE_UNITS = ["byte", "kilobyte", "megabyte", "gigabyte"] as const;

/** "840 kB", "2.4 MB" / "2,4 MB": a file size in the largest unit that keeps the figure under 1,000. */
export function formatByteSize(locale: Locale, bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < BYTE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "unit",
    unit: BYTE_UNITS[unit],
    unitDisplay: "short",
    maximumFractionDigits: unit === 0 || value >= 100 ? 0 : 1,
  }).format(value);
}
