/**
 * Cache tags of the reader site; mutations revalidate them after commit.
 * - one story page: `publicArticleTag(locale, slug)`, also carried by a 404 for that slug,
 *   so publishing a story under a slug a reader already tried replaces the 404;
 * - every list of a locale (home, its pages, sections) and the "read in" links that point
 *   into that locale: `publicListTag(locale)`;
 * - section names and navigation: `PUBLIC_CATEGORIES_TAG`;
 * - the library's description of images that stories show (alt, caption, credit, focal point):
 *   `PUBLIC_MEDIA_TAG`, revalidated by lib/media/actions.ts after an edit or delete.
 */
export const publicArticleTag = (locale: string, slug: string) => `public-article:${locale}:${slug}`;
export const publicListTag = (locale: string) => `public-list:${locale}`;
export const PUBLIC_CATEGORIES_TAG = "public-categories";
export const PUBLIC_MEDIA_TAG = "public-media";
