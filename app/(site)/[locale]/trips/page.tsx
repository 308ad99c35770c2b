import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TripsListPage, tripsListMetadata } from "@/components/site/trip-pages";
import { isLocale } from "@/lib/i18n/locales";

type PageParams = { params: Promise<{ locale: string }> };

export const revalidate = 600;

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? tripsListMetadata(locale) : {};
}

/** /vi/trips, /en/trips: the press trips the press office made public. */
export default async function TripsPage({ params }: PageParams) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return <TripsListPage locale={locale} />;
}
