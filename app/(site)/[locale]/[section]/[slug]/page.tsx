import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CategoryPage, categoryMetadata } from "@/components/site/category-page";
import { LatestPage, latestMetadata } from "@/components/site/latest-page";
import { StoryPage, storyMetadata } from "@/components/site/story-page";
import { resolveSiteRoute, type SiteRoute } from "@/lib/articles/public-paths";
import { isLocale } from "@/lib/i18n/locales";

type PageParams = { params: Promise<{ locale: string; section: string; slug: string }> };

export const revalidate = 600;

// Rendered on first request, then cached until a publish revalidates its tags.
export async function generateStaticParams() {
  return [];
}

async function routeOf(params: PageParams["params"]): Promise<SiteRoute | null> {
  const { locale, section, slug } = await params;
  return isLocale(locale) ? resolveSiteRoute(locale, section, slug) : null;
}

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const route = await routeOf(params);
  if (!route) return {};
  if (route.kind === "article") return storyMetadata(route.locale, route.slug);
  if (route.kind === "category") return categoryMetadata(route.locale, route.slug, route.page);
  return latestMetadata(route.locale, route.page);
}

/** /vi/bai-viet/<slug>, /vi/chuyen-muc/<slug>, /vi/trang/<n> and their English forms (lib/articles/public-paths.ts). */
export default async function SectionPage({ params }: PageParams) {
  const route = await routeOf(params);
  if (!route) notFound();
  if (route.kind === "article") return <StoryPage locale={route.locale} slug={route.slug} />;
  if (route.kind === "category") return <CategoryPage locale={route.locale} slug={route.slug} page={route.page} />;
  return <LatestPage locale={route.locale} page={route.page} />;
}
