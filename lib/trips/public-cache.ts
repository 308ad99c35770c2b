import { revalidateTag, unstable_cache } from "next/cache";
import { publicListTag } from "@/lib/articles/cache-tags";
import { PUBLIC_CACHE_SECONDS } from "@/lib/articles/public-cache";
import type { Locale } from "@/lib/i18n/locales";
import { getPublicTrip, listPublicTrips, listPublicTripStories } from "./public-queries";

/**
 * The reader site's trip reads through Next's data cache, the seam between the
 * framework and public-queries.ts, as lib/articles/public-cache.ts is for
 * stories. One tag covers every trip page and list: trips change a few times
 * a year, so expiring them all on any change costs nothing and cannot miss a
 * page (a cancellation, a new slug, coverage, a story linked or unlinked).
 */
export const PUBLIC_TRIPS_TAG = "public-trips";

function cached<T>(key: string[], tags: string[], load: () => Promise<T>): Promise<T> {
  // The key names every input: unstable_cache keys on the function's source, not on its closure.
  return unstable_cache(load, ["public-trips", ...key], { tags, revalidate: PUBLIC_CACHE_SECONDS })();
}

export function cachedPublicTrips(locale: Locale) {
  return cached(["list", locale], [PUBLIC_TRIPS_TAG], () => listPublicTrips({ locale }));
}

/** Tagged even when nothing is found, so making a trip public replaces the 404. */
export function cachedPublicTrip(locale: Locale, slug: string) {
  return cached(["trip", locale, slug], [PUBLIC_TRIPS_TAG], () => getPublicTrip({ locale, slug }));
}

/** Also tagged with the locale's story list, which publishing or withdrawing any story of it revalidates. */
export function cachedPublicTripStories(locale: Locale, tripId: string) {
  return cached(["stories", locale, tripId], [PUBLIC_TRIPS_TAG, publicListTag(locale)], () => listPublicTripStories({ locale, tripId }));
}

/**
 * After the commit of anything readers may see of a trip: its public page,
 * its coverage or linked stories while it is public, and a status change that
 * shows or hides it (a cancellation, a step back before approval). Never
 * inside the transaction. `expire: 0`: the very next request renders fresh.
 */
export function revalidatePublicTrips(): void {
  revalidateTag(PUBLIC_TRIPS_TAG, { expire: 0 });
}
