import { revalidateTag } from "next/cache";
import { PUBLIC_CATEGORIES_TAG, PUBLIC_MEDIA_TAG, publicArticleTag, publicListTag } from "./cache-tags";

/**
 * Expires the reader site's cached pages that a committed change touched: the
 * story under each of its old and new slugs, and every list of its locale
 * (home, sections, and the "read in" links of its translations). Call it after
 * the transaction, never inside it. `expire: 0` makes the very next request
 * render fresh (no stale copy is served), from server actions and route
 * handlers alike; an empty `publicSlugs` means readers saw nothing change.
 */
export function revalidatePublicArticle(change: { locale: string; publicSlugs: readonly string[] }): void {
  if (change.publicSlugs.length === 0) return;
  for (const slug of change.publicSlugs) revalidateTag(publicArticleTag(change.locale, slug), { expire: 0 });
  revalidateTag(publicListTag(change.locale), { expire: 0 });
}

/** After section names or order change. */
export function revalidatePublicCategories(): void {
  revalidateTag(PUBLIC_CATEGORIES_TAG, { expire: 0 });
}

/** After a library item's description changes or it is deleted: the story pages showing images re-render. */
export function revalidatePublicMedia(): void {
  revalidateTag(PUBLIC_MEDIA_TAG, { expire: 0 });
}
