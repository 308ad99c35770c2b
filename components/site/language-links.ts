import { homePath } from "@/lib/articles/public-paths";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

export type LanguageLink = { locale: Locale; href: string };

/**
 * Where "read in <language>" goes from this page: the same page in that
 * locale when it exists there (a published translation, a section's name in
 * that locale), else that locale's home.
 */
export function languageLinks(locale: Locale, pathIn: (other: Locale) => string | null = () => null): LanguageLink[] {
  return LOCALES.filter((other) => other !== locale).map((other) => ({ locale: other, href: pathIn(other) ?? homePath(other) }));
}
