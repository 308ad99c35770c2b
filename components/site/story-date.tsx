import { formatDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

/** A publication date in the locale's words, in Vietnam's time zone, machine-readable too. */
export function StoryDate({ locale, date, className }: { locale: Locale; date: string; className?: string }) {
  return (
    <time dateTime={date} className={className}>
      {formatDate(locale, date)}
    </time>
  );
}
