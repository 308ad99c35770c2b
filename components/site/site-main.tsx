import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { LanguageLink } from "./language-links";
import { SiteHeader } from "./site-header";

/**
 * The masthead and main landmark of a reader page. Pages (not the layout)
 * render it because the language switch depends on the page: a story links
 * to its published translation, a section to its own name in that locale.
 */
export function SiteMain({
  locale,
  languages,
  currentCategorySlug,
  children,
}: {
  locale: Locale;
  languages: LanguageLink[];
  currentCategorySlug?: string;
  children: ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} languages={languages} currentCategorySlug={currentCategorySlug} />
      <main id="main" tabIndex={-1} className="site-container flex-1 py-8 outline-none sm:py-10">
        {children}
      </main>
    </>
  );
}
