import { homePath } from "@/lib/articles/public-paths";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { tripsPath } from "@/lib/trips/public-queries";

export function SiteFooter({ locale }: { locale: Locale }) {
  const t = createTranslator(locale);
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50">
      <div className="site-container flex flex-col gap-4 py-8 text-sm text-slate-700 sm:flex-row sm:items-start sm:justify-between">
        <div className="max-w-xl">
          <p className="font-semibold text-brand">{t("common.siteName")}</p>
          <p className="mt-1">{t("site.footerAbout")}</p>
        </div>
        <ul className="flex gap-4">
          <li>
            <a href={tripsPath(locale)}>{t("coverage.site.listTitle")}</a>
          </li>
          {LOCALES.map((other) => (
            <li key={other}>
              <a href={homePath(other)} hrefLang={other} lang={other}>
                {t(`common.languages.${other}`)}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </footer>
  );
}
