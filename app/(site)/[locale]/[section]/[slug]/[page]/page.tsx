import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage, categoryMetadata } from "@/components/site/category-page";
import { resolveSiteRoute } from "@/lib/articles/public-paths";
import { isLocale } from "@/lib/i18n/locales";

type PageParams = { params: Promise<{ locale: string; section: string; slug: string; page: string }> };

export const revalidate = 600;

export async function generateStaticParams() {
  return [];
}

async function routeOf(params: PageParams["params"]) {
  const { locale, section, slug, page } = await params;
  const route = isLocale(locale) ? resolveSiteRoute(locale, section, slug, page) : null;
  return route?.kind === "category" ? route : null;
}

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const route = await routeOf(params);
  return route ? categoryMetadata(route.locale, route.slug, route.page) : {};
}

/** Older pages of a section: /vi/chuyen-muc/<slug>/2, /en/sections/<slug>/2. */
export default async function CategoryOlderPage({ params }: PageParams) {
  const route = await routeOf(params);
  if (!route) notFound();
  return <CategoryPage locale={route.locale} slug={route.slug} page={route.page} />;
}
