import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedLatestStories } from "@/lib/articles/public-cache";
import { latestPath } from "@/lib/articles/public-paths";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { languageLinks } from "./language-links";
import { PageLinks } from "./page-links";
import { SiteMain } from "./site-main";
import { StoryList } from "./story-list";

export function latestMetadata(locale: Locale, page: number): Metadata {
  const t = createTranslator(locale);
  // The home page takes the layout's default title: the site's name.
  return page === 1 ? { description: t("site.description") } : { title: t("site.latestPage", { page }), description: t("site.description") };
}

/** The home page (page 1) and its older pages: the newest published stories of a locale. */
export async function LatestPage({ locale, page }: { locale: Locale; page: number }) {
  const { stories, hasNext } = await cachedLatestStories(locale, page);
  if (page > 1 && stories.length === 0) notFound();
  const t = createTranslator(locale);
  return (
    <SiteMain locale={locale} languages={languageLinks(locale)}>
      <h1 className="section-title">{page === 1 ? t("site.latest") : t("site.latestPage", { page })}</h1>
      <StoryList locale={locale} stories={stories} hasLead={page === 1} />
      <PageLinks locale={locale} page={page} hasNext={hasNext} pathOf={(number) => latestPath(locale, number)} />
    </SiteMain>
  );
}
