import "@/app/globals.css";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site/site-footer";
import { isLocale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { publicSiteUrl } from "@/lib/site-url";

type LayoutParams = { params: Promise<{ locale: string }> };

// No locale is rendered at build time (the build needs no database); each
// page is rendered on its first request and then served from the cache.
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: LayoutParams): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = createTranslator(locale);
  return {
    metadataBase: publicSiteUrl(),
    title: { template: `%s · ${t("common.siteName")}`, default: t("common.siteName") },
    description: t("site.description"),
    openGraph: { siteName: t("common.siteName"), locale },
  };
}

/** Root layout of the reader site, one per locale: /vi/… and /en/…; the newsroom has its own. */
export default async function SiteLayout({ children, params }: LayoutParams & { children: ReactNode }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = createTranslator(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a href="#main" className="skip-link">
          {t("common.skipToContent")}
        </a>
        {children}
        <SiteFooter locale={locale} />
      </body>
    </html>
  );
}
