import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { LOCALES, type Locale } from "@/lib/i18n/locales";

/**
 * The reader site's only way to content. Everything here reads the
 * PublishedArticle snapshot, taken on publish and deleted on unpublish, never
 * the newsroom's working copy: a draft, a revision in review or a withdrawn
 * story has no row here, so no query below can show one.
 */

export const PUBLIC_PAGE_SIZE = 12;

/** The one filter every public article query starts from: published snapshots of one locale. */
export function publishedWhere(locale: Locale, where: Prisma.PublishedArticleWhereInput = {}): Prisma.PublishedArticleWhereInput {
  return { AND: [{ locale }, where] };
}

export type PublicCategory = { id: string; key: string; name: string; slug: string };

/** A story as lists show it. Dates are ISO strings: these DTOs pass through the page cache as JSON. */
export type PublicStorySummary = {
  slug: string;
  title: string;
  sapo: string;
  coverImageUrl: string | null;
  publishedAt: string;
  category: { name: string; slug: string } | null;
};

export type PublicStory = PublicStorySummary & {
  translationGroupId: string;
  /** TipTap JSON as published; the renderer keeps only allowed nodes and marks. */
  body: unknown;
  byline: string;
  sourceLine: string;
  authorNames: string[];
  tagNames: string[];
  /** Search and sharing overrides; empty or null means the story's own title, lead, cover, address. */
  seoTitle: string;
  metaDescription: string;
  socialImageUrl: string | null;
  canonicalUrl: string | null;
};

export type PublicStoryPage = { stories: PublicStorySummary[]; page: number; hasNext: boolean };

export type PublicTranslation = { locale: Locale; slug: string };

const categoryNameSelect = (locale: Locale) =>
  ({ select: { translations: { where: { locale }, select: { name: true, slug: true } } } }) as const;

const summarySelect = (locale: Locale) =>
  ({
    slug: true,
    title: true,
    sapo: true,
    coverImageUrl: true,
    publishedAt: true,
    category: categoryNameSelect(locale),
  }) satisfies Prisma.PublishedArticleSelect;

type SummaryRow = Prisma.PublishedArticleGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary(row: SummaryRow): PublicStorySummary {
  const categoryName = row.category?.translations[0];
  return {
    slug: row.slug,
    title: row.title,
    sapo: row.sapo,
    coverImageUrl: row.coverImageUrl,
    publishedAt: row.publishedAt.toISOString(),
    category: categoryName ? { name: categoryName.name, slug: categoryName.slug } : null,
  };
}

/**
 * One page of stories, newest first, in the order of the (locale, [category,]
 * published_at DESC) indexes. Pages are numbered so their URLs can be cached;
 * one extra row tells whether an older page exists.
 */
async function listStories(locale: Locale, where: Prisma.PublishedArticleWhereInput, page: number, pageSize: number): Promise<PublicStoryPage> {
  const rows = await db.publishedArticle.findMany({
    where: publishedWhere(locale, where),
    orderBy: [{ publishedAt: "desc" }, { articleId: "asc" }],
    skip: (page - 1) * pageSize,
    take: pageSize + 1,
    select: summarySelect(locale),
  });
  return { stories: rows.slice(0, pageSize).map(toSummary), page, hasNext: rows.length > pageSize };
}

export function listLatestStories({ locale, page = 1, pageSize = PUBLIC_PAGE_SIZE }: { locale: Locale; page?: number; pageSize?: number }) {
  return listStories(locale, {}, page, pageSize);
}

export function listCategoryStories({
  locale,
  categoryId,
  page = 1,
  pageSize = PUBLIC_PAGE_SIZE,
}: {
  locale: Locale;
  categoryId: string;
  page?: number;
  pageSize?: number;
}) {
  return listStories(locale, { categoryId }, page, pageSize);
}

/** The published story at /<locale>/…/<slug>, or null. */
export async function getPublishedStory({ locale, slug }: { locale: Locale; slug: string }): Promise<PublicStory | null> {
  const row = await db.publishedArticle.findFirst({
    where: publishedWhere(locale, { slug }),
    select: {
      ...summarySelect(locale),
      translationGroupId: true,
      body: true,
      byline: true,
      sourceLine: true,
      authorNames: true,
      tagNames: true,
      seoTitle: true,
      metaDescription: true,
      socialImageUrl: true,
      canonicalUrl: true,
    },
  });
  if (!row) return null;
  return {
    ...toSummary(row),
    translationGroupId: row.translationGroupId,
    body: row.body,
    byline: row.byline,
    sourceLine: row.sourceLine,
    authorNames: row.authorNames,
    tagNames: row.tagNames,
    seoTitle: row.seoTitle,
    metaDescription: row.metaDescription,
    socialImageUrl: row.socialImageUrl,
    canonicalUrl: row.canonicalUrl,
  };
}

/**
 * The same story's published versions in the other locales. A translation that
 * is still a draft, in review or withdrawn has no snapshot and is not listed.
 * The group is matched through the article relation, whose
 * (translation_group_id, locale) key serves the lookup.
 */
export async function listPublishedTranslations({
  translationGroupId,
  locale,
}: {
  translationGroupId: string;
  locale: Locale;
}): Promise<PublicTranslation[]> {
  const others = LOCALES.filter((other) => other !== locale);
  const rows = await db.publishedArticle.findMany({
    where: { locale: { in: others }, translationGroupId, article: { translationGroupId } },
    select: { locale: true, slug: true },
  });
  return others.flatMap((other) => rows.filter((row) => row.locale === other).map((row) => ({ locale: other, slug: row.slug })));
}

export type PublicRelatedStory = { translationGroupId: string; title: string; slug: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The published stories of this locale in the given translation groups, in
 * the order asked for, for a body's related-news block. Like every query here
 * it reads only published snapshots: a group with no published story in this
 * locale, or an id that names nothing, is simply not in the answer. The group
 * is matched through the article relation, whose (translation_group_id,
 * locale) key serves the lookup.
 */
export async function listPublishedStoriesByGroupIds({
  locale,
  translationGroupIds,
}: {
  locale: Locale;
  translationGroupIds: readonly string[];
}): Promise<PublicRelatedStory[]> {
  const ids = [...new Set(translationGroupIds.map((id) => id.toLowerCase()).filter((id) => UUID.test(id)))].slice(0, 50);
  if (ids.length === 0) return [];
  const rows = await db.publishedArticle.findMany({
    where: publishedWhere(locale, { translationGroupId: { in: ids }, article: { translationGroupId: { in: ids }, locale } }),
    select: { translationGroupId: true, title: true, slug: true },
  });
  return ids.flatMap((id) => rows.filter((row) => row.translationGroupId === id));
}

/** Sections that have a name in this locale, in the newsroom's order; for navigation. */
export async function listPublicCategories(locale: Locale): Promise<PublicCategory[]> {
  const rows = await db.categoryTranslation.findMany({
    where: { locale },
    orderBy: [{ category: { position: "asc" } }, { name: "asc" }],
    select: { name: true, slug: true, category: { select: { id: true, key: true } } },
  });
  return rows.map((row) => ({ id: row.category.id, key: row.category.key, name: row.name, slug: row.slug }));
}

export type PublicCategoryDetail = PublicCategory & { translations: PublicTranslation[] };

/** A section by its slug in this locale, with its slugs in the other locales (for the language switch). */
export async function getPublicCategory({ locale, slug }: { locale: Locale; slug: string }): Promise<PublicCategoryDetail | null> {
  const row = await db.categoryTranslation.findUnique({
    where: { locale_slug: { locale, slug } },
    select: {
      name: true,
      slug: true,
      category: {
        select: {
          id: true,
          key: true,
          translations: { where: { locale: { not: locale } }, select: { locale: true, slug: true } },
        },
      },
    },
  });
  if (!row) return null;
  const translations = LOCALES.flatMap((other) =>
    row.category.translations.filter((entry) => entry.locale === other).map((entry) => ({ locale: other, slug: entry.slug })),
  );
  return { id: row.category.id, key: row.category.key, name: row.name, slug: row.slug, translations };
}
