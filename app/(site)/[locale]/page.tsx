import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LatestPage, latestMetadata } from "@/components/site/latest-page";
import { isLocale } from "@/lib/i18n/locales";

type PageParams = { params: Promise<{ locale: string }> };

export const revalidate = 600;

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? latestMetadata(locale, 1) : {};
}

/** Home: the latest published stories. */
export default async function HomePage({ params }: PageParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <LatestPage locale={locale} page={1} />;
}
