import { cachedPublicCategories } from "@/lib/articles/public-cache";
import { categoryPath, homePath } from "@/lib/articles/public-paths";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import type { LanguageLink } from "./language-links";

/** Masthead: the site's name, the language switch and the sections. */
export async function SiteHeader({
  locale,
  languages,
  currentCategorySlug,
}: {
  locale: Locale;
  languages: LanguageLink[];
  currentCategorySlug?: string;
}) {
  const t = createTranslator(locale);
  const categories = await cachedPublicCategories(locale);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="site-container flex flex-wrap items-center justify-between gap-x-6 gap-y-3 py-5">
        <a href={homePath(locale)} className="group flex items-center gap-3 rounded-sm no-underline">
          <span aria-hidden="true" className="block h-9 w-1.5 rounded-full bg-accent" />
          <span className="text-xl font-bold tracking-tight text-brand sm:text-2xl">{t("common.siteName")}</span>
        </a>
        <nav aria-label={t("site.otherLanguage")}>
          <ul className="flex gap-2">
            {languages.map((link) => (
              <li key={link.locale}>
                <a href={link.href} hrefLang={link.locale} lang={link.locale} className="button-link text-sm">
                  {createTranslator(link.locale)("site.readIn")}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      {categories.length > 0 && (
        <nav aria-label={t("site.sections")} className="bg-brand">
          <ul className="site-container flex gap-1 overflow-x-auto py-1">
            {categories.map((category) => {
              const isCurrent = category.slug === currentCategorySlug;
              return (
                <li key={category.id} className="shrink-0">
                  <a
                    href={categoryPath(locale, category.slug)}
                    aria-current={isCurrent ? "page" : undefined}
                    className={`section-link ${isCurrent ? "bg-brand-dark underline" : ""}`}
                  >
                    {category.name}
                  </a>
                </li>
              );
            })}
          </ul>
        </nav>
      )}
    </header>
  );
}
