import type { Locale } from "@/lib/i18n/locales";

/** The reader site's sections, in navigation order (position = index). */
export const CATEGORIES = [
  { key: "news", names: { vi: "Tin tức", en: "News" } },
  { key: "foreign-affairs", names: { vi: "Đối ngoại", en: "Foreign Affairs" } },
  { key: "political-system", names: { vi: "Hệ thống chính trị", en: "Political System" } },
  { key: "heritage", names: { vi: "Di sản", en: "Heritage" } },
  { key: "destination", names: { vi: "Điểm đến", en: "Destination" } },
  { key: "enterprise", names: { vi: "Doanh nghiệp", en: "Enterprise" } },
  { key: "figure", names: { vi: "Nhân vật", en: "Figure" } },
] as const satisfies readonly { key: string; names: Record<Locale, string> }[];

export type CategoryKey = (typeof CATEGORIES)[number]["key"];
