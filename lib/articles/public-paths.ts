import type { Locale } from "@/lib/i18n/locales";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

/**
 * URLs of the reader site. Each locale names its sections in its own words:
 *   /vi                         /en                       home, latest stories
 *   /vi/trang/2                 /en/page/2                older latest stories
 *   /vi/bai-viet/<slug>         /en/articles/<slug>       one story
 *   /vi/chuyen-muc/<slug>       /en/sections/<slug>       a section (category)
 *   /vi/chuyen-muc/<slug>/2     /en/sections/<slug>/2     its older stories
 */
export type SiteSection = "article" | "category" | "page";

export const SITE_SECTIONS = {
  vi: { article: "bai-viet", category: "chuyen-muc", page: "trang" },
  en: { article: "articles", category: "sections", page: "page" },
} as const satisfies Record<Locale, Record<SiteSection, string>>;

/** Which section a URL word names in this locale; another locale's word is not accepted. */
export function sectionOf(locale: Locale, segment: string): SiteSection | null {
  const sections = SITE_SECTIONS[locale];
  return (Object.keys(sections) as SiteSection[]).find((section) => sections[section] === segment) ?? null;
}

export const homePath = (locale: Locale) => `/${locale}`;

export const articlePath = (locale: Locale, slug: string) => `/${locale}/${SITE_SECTIONS[locale].article}/${slug}`;

export const categoryPath = (locale: Locale, slug: string, page = 1) =>
  `/${locale}/${SITE_SECTIONS[locale].category}/${slug}${page > 1 ? `/${page}` : ""}`;

export const latestPath = (locale: Locale, page = 1) => (page > 1 ? `/${locale}/${SITE_SECTIONS[locale].page}/${page}` : homePath(locale));

/** A slug as the newsroom writes them; anything else cannot exist and is not looked up. */
export function isPublicSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

export const MAX_PAGE_NUMBER = 10_000;

/** Page 2 and beyond; "1", "02" or "2.0" are not canonical page URLs and answer 404. */
export function parsePageNumber(value: string): number | null {
  if (!/^[1-9]\d{0,4}$/.test(value)) return null;
  const page = Number(value);
  return page >= 2 && page <= MAX_PAGE_NUMBER ? page : null;
}

/** What a reader-site URL below /<locale>/ asks for; null means 404. */
export type SiteRoute =
  | { kind: "article"; locale: Locale; slug: string }
  | { kind: "category"; locale: Locale; slug: string; page: number }
  | { kind: "latest"; locale: Locale; page: number };

/** /<locale>/<section>/<slug>[/<page>], read in the locale's own URL words. */
export function resolveSiteRoute(locale: Locale, section: string, slug: string, page?: string): SiteRoute | null {
  const kind = sectionOf(locale, section);
  if (kind === "page") {
    const number = page === undefined ? parsePageNumber(slug) : null;
    return number ? { kind: "latest", locale, page: number } : null;
  }
  if (!kind || !isPublicSlug(slug)) return null;
  if (kind === "article") return page === undefined ? { kind, locale, slug } : null;
  if (page === undefined) return { kind, locale, slug, page: 1 };
  const number = parsePageNumber(page);
  return number ? { kind, locale, slug, page: number } : null;
}
