import "@/app/globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { currentActor } from "@/lib/auth/session";
import { createTranslator } from "@/lib/i18n/translator";
import { I18nProvider } from "@/components/i18n/i18n-provider";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return {
    title: { template: `%s · ${t("common.appName")}`, default: t("common.appName") },
    // The newsroom is private: nothing here belongs in a search engine.
    robots: { index: false, follow: false },
  };
}

/** Root layout of the newsroom (sign-in and /admin); the reader site has its own under (site)/[locale]. */
export default async function NewsroomRootLayout({ children }: { children: ReactNode }) {
  const actor = await currentActor();
  const locale = await newsroomUiLocale(actor?.preferredLocale);
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <I18nProvider locale={locale}>{children}</I18nProvider>
      </body>
    </html>
  );
}
