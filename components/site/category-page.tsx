import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedCategoryStories, cachedPublicCategory } from "@/lib/articles/public-cache";
import { categoryPath } from "@/lib/articles/public-paths";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { languageLinks } from "./language-links";
import { PageLinks } from "./page-links";
import { SiteMain } from "./site-main";
import { StoryList } from "./story-list";

export async function categoryMetadata(locale: Locale, slug: string, page: number): Promise<Metadata> {
  const t = createTranslator(locale);
  const category = await cachedPublicCategory(locale, slug);
  if (!category) return { title: t("site.notFoundTitle") };
  return {
    title: page === 1 ? category.name : t("site.categoryPage", { name: category.name, page }),
    description: t("site.categoryDescription", { name: category.name, site: t("common.siteName") }),
  };
}

/** A section's published stories, newest first. */
export async function CategoryPage({ locale, slug, page }: { locale: Locale; slug: string; page: number }) {
  const category = await cachedPublicCategory(locale, slug);
  if (!category) notFound();
  const { stories, hasNext } = await cachedCategoryStories(locale, category.id, page);
  if (page > 1 && stories.length === 0) notFound();
  const t = createTranslator(locale);
  const languages = languageLinks(locale, (other) => {
    const translation = category.translations.find((entry) => entry.locale === other);
    return translation ? categoryPath(other, translation.slug) : null;
  });
  return (
    <SiteMain locale={locale} languages={languages} currentCategorySlug={category.slug}>
      <p className="text-sm font-semibold tracking-wide text-accent uppercase">{t("site.section")}</p>
      <h1 className="section-title mt-1">{page === 1 ? category.name : t("site.categoryPage", { name: category.name, page })}</h1>
      <StoryList locale={locale} stories={stories} hasLead={page === 1} showCategory={false} />
      <PageLinks locale={locale} page={page} hasNext={hasNext} pathOf={(number) => categoryPath(locale, category.slug, number)} />
    </SiteMain>
  );
}
