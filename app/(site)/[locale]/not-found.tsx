import { locale as localeParam } from "next/root-params";
import { SiteMain } from "@/components/site/site-main";
import { languageLinks } from "@/components/site/language-links";
import { homePath } from "@/lib/articles/public-paths";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";

/** 404 of the reader site, in the language of the URL (not-found files get no params; root params reach them). */
export default async function SiteNotFound() {
  const value: unknown = await localeParam();
  const locale = isLocale(value) ? value : DEFAULT_LOCALE;
  const t = createTranslator(locale);
  return (
    <SiteMain locale={locale} languages={languageLinks(locale)}>
      <title>{`${t("site.notFoundTitle")} · ${t("common.siteName")}`}</title>
      <div className="mx-auto max-w-xl py-16 text-center">
        <p className="text-sm font-semibold text-accent">404</p>
        <h1 className="mt-2 text-3xl font-bold tracking-tight text-slate-950">{t("site.notFoundTitle")}</h1>
        <p className="mt-3 text-slate-700">{t("site.notFoundBody")}</p>
        <p className="mt-8">
          <a href={homePath(locale)} className="button-link">
            {t("common.backHome")}
          </a>
        </p>
      </div>
    </SiteMain>
  );
}
