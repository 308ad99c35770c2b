import { unstable_cache } from "next/cache";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { listImagesForStory } from "@/lib/media/public-queries";
import { PUBLIC_CATEGORIES_TAG, PUBLIC_MEDIA_TAG, publicArticleTag, publicListTag } from "./cache-tags";
import {
  getPublicCategory,
  getPublishedStory,
  listCategoryStories,
  listLatestStories,
  listPublicCategories,
  listPublishedStoriesByGroupIds,
  listPublishedTranslations,
} from "./public-queries";

/**
 * The reader site's reads, through Next's data cache (a seam between the
 * framework and lib/articles/public-queries.ts, like revalidate.ts).
 *
 * Entries live until their tags are revalidated by revalidate.ts after a
 * publish, unpublish or edit; the pages that used them carry the same tags,
 * so Next serves those pages from its cache and re-renders them on the next
 * request after a change. The time limit is only a backstop for changes made
 * outside the app (a script, a SQL console).
 */
export const PUBLIC_CACHE_SECONDS = 600;

function cached<T>(key: string[], tags: string[], load: () => Promise<T>): Promise<T> {
  // The key names every input: unstable_cache keys on the function's source, not on its closure.
  return unstable_cache(load, ["public", ...key], { tags, revalidate: PUBLIC_CACHE_SECONDS })();
}

const otherLocales = (locale: Locale) => LOCALES.filter((other) => other !== locale);

export function cachedLatestStories(locale: Locale, page: number) {
  return cached(["latest", locale, String(page)], [publicListTag(locale)], () => listLatestStories({ locale, page }));
}

export function cachedCategoryStories(locale: Locale, categoryId: string, page: number) {
  return cached(["category-stories", locale, categoryId, String(page)], [publicListTag(locale), PUBLIC_CATEGORIES_TAG], () =>
    listCategoryStories({ locale, categoryId, page }),
  );
}

/** Tagged with the slug even when nothing is found, so a first publish under that slug replaces the 404. */
export function cachedPublishedStory(locale: Locale, slug: string) {
  return cached(["story", locale, slug], [publicArticleTag(locale, slug), PUBLIC_CATEGORIES_TAG], () => getPublishedStory({ locale, slug }));
}

/**
 * Which other locales have this story published. A translation's first publish
 * or withdrawal revalidates its own locale's list tag, which these entries carry.
 */
export function cachedPublishedTranslations(locale: Locale, translationGroupId: string) {
  return cached(["translations", locale, translationGroupId], otherLocales(locale).map(publicListTag), () =>
    listPublishedTranslations({ locale, translationGroupId }),
  );
}

/**
 * The stories a body's related-news blocks name, as published in this locale.
 * Publishing, editing or withdrawing any story of the locale revalidates its
 * list tag, which these entries carry, so a withdrawn story drops out.
 */
export function cachedRelatedStories(locale: Locale, translationGroupIds: string[]) {
  if (translationGroupIds.length === 0) return Promise.resolve([]);
  return cached(["related", locale, ...translationGroupIds], [publicListTag(locale)], () =>
    listPublishedStoriesByGroupIds({ locale, translationGroupIds }),
  );
}

/**
 * The images a body's figures and galleries show. Tagged with the library's
 * tag, which an edit of an item's description or a delete revalidates; the
 * ids are sorted so two bodies naming the same images share one entry.
 */
export function cachedStoryImages(mediaIds: string[]) {
  if (mediaIds.length === 0) return Promise.resolve([]);
  const ids = [...mediaIds].sort();
  return cached(["story-images", ...ids], [PUBLIC_MEDIA_TAG], () => listImagesForStory(ids));
}

export function cachedPublicCategories(locale: Locale) {
  return cached(["categories", locale], [PUBLIC_CATEGORIES_TAG], () => listPublicCategories(locale));
}

export function cachedPublicCategory(locale: Locale, slug: string) {
  return cached(["category", locale, slug], [PUBLIC_CATEGORIES_TAG], () => getPublicCategory({ locale, slug }));
}
