import { compareText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { searchKey } from "@/lib/text/slug";
import data from "./vn-provinces.json";

/**
 * Vietnam's provincial-level units, from the reference data the product
 * ships (copied from the shared data set; never read from outside the
 * project at run time). The 34 units in force since 2025-07-01 are what trips
 * and delegations go to; the 63 units before that date are kept as names of
 * what each current unit absorbed, so older records map to today's provinces.
 */
export type ProvinceType = "city" | "province";

export type Province = {
  /** Stable identifier stored in records, e.g. "DLK" for Đắk Lắk. */
  code: string;
  name: string;
  nameEn: string;
  type: ProvinceType;
  /** Units before 2025-07-01 merged into this one (its own former name included). */
  formerly: readonly string[];
};

export const PROVINCES_EFFECTIVE_FROM = data.effectiveFrom;
export const PROVINCES: readonly Province[] = data.current.map((unit) => ({ ...unit, type: unit.type as ProvinceType }));

const BY_CODE = new Map(PROVINCES.map((province) => [province.code, province]));
const BY_FORMER_NAME = new Map(PROVINCES.flatMap((province) => province.formerly.map((name) => [searchKey(name), province] as const)));

export const PROVINCE_CODES = PROVINCES.map((province) => province.code);

export function isProvinceCode(value: unknown): value is string {
  return typeof value === "string" && BY_CODE.has(value);
}

export function provinceByCode(code: string): Province | undefined {
  return BY_CODE.get(code);
}

/** The province's name in a locale: Vietnamese with diacritics, or its English form. */
export function provinceName(province: Province, locale: Locale): string {
  return locale === "vi" ? province.name : province.nameEn;
}

/**
 * Today's unit for a name written before or after the 2025 merger, with or
 * without diacritics ("Dak Nong", "Đắk Nông" → Lâm Đồng; "Đắk Lắk" → Đắk Lắk);
 * for statistics over records that name a former unit.
 */
export function currentProvinceFor(name: string): Province | undefined {
  const key = searchKey(name);
  return BY_FORMER_NAME.get(key) ?? PROVINCES.find((province) => searchKey(province.name) === key || searchKey(province.nameEn) === key);
}

/** The units sorted for a picker in the reader's language (Vietnamese collation for "vi"). */
export function sortedProvinces(locale: Locale): Province[] {
  return [...PROVINCES].sort((a, b) => compareText(locale, provinceName(a, locale), provinceName(b, locale)));
}
