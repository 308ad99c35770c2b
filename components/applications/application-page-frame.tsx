import type { ReactNode } from "react";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { languageLinks } from "@/components/site/language-links";
import { SiteMain } from "@/components/site/site-main";
import type { Locale } from "@/lib/i18n/locales";

/** A public delegation page in the reader site: its masthead, the language switch to the same page, and the client translator. */
export function ApplicationPageFrame({ locale, path, title, children }: { locale: Locale; path: string; title: string; children: ReactNode }) {
  return (
    <SiteMain locale={locale} languages={languageLinks(locale, (other) => `/${other}${path}`)}>
      <I18nProvider locale={locale}>
        <div className="mx-auto max-w-3xl space-y-6">
          <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
          {children}
        </div>
      </I18nProvider>
    </SiteMain>
  );
}
