import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TripPage, tripMetadata } from "@/components/site/trip-pages";
import { isLocale } from "@/lib/i18n/locales";
import { isPublicTripSlug } from "@/lib/trips/public-queries";

type PageParams = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 600;

// Rendered on first request, then cached until a change revalidates the trips tag.
export async function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { locale, slug } = await params;
  return isLocale(locale) && isPublicTripSlug(slug) ? tripMetadata(locale, slug) : {};
}

/** /vi/trips/<slug>, /en/trips/<slug>: one trip's announcement or recap. */
export default async function PublicTripPage({ params }: PageParams) {
  const { locale, slug } = await params;
  if (!isLocale(locale) || !isPublicTripSlug(slug)) notFound();
  return <TripPage locale={locale} slug={slug} />;
}
