import { publishedWhere } from "@/lib/articles/public-queries";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

/**
 * The reader site's only way to trips. A trip shows when the press office
 * marked it public, it has been approved (and not cancelled since), and it has
 * a public text in the reader's locale. Every query below selects, field by
 * field, what the press office wrote for readers, the coverage and our
 * published stories: participants are never read, so no name, address, phone
 * or need can reach a page, its metadata or the cache.
 */

/** Approved and later; never a cancelled trip, whatever its public flag says. */
export const PUBLIC_STATUSES: readonly TripStatus[] = ["APPROVED", "INVITATIONS_SENT", "CONFIRMED", "ONGOING", "COMPLETED", "REPORTED"];

/** The one filter every public trip query starts from. */
export function publicTripWhere(locale: Locale, where: Prisma.TripWhereInput = {}): Prisma.TripWhereInput {
  return { AND: [{ isPublic: true, status: { in: [...PUBLIC_STATUSES] }, publicTexts: { some: { locale } } }, where] };
}

/** /vi/trips and /en/trips, then one trip under its slug in that locale. */
export const tripsPath = (locale: Locale) => `/${locale}/trips`;
export const tripPath = (locale: Locale, slug: string) => `${tripsPath(locale)}/${slug}`;

export const isPublicTripSlug = (value: string) => value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);

/** Dates as ISO days: these DTOs pass through the page cache as JSON. */
export type PublicTripSummary = { slug: string; title: string; summary: string; startsOn: CalendarDate; endsOn: CalendarDate; provinceCodes: string[] };

export type PublicCoverage = { outletName: string | null; title: string; url: string; language: string; publishedOn: CalendarDate };
export type PublicTripStory = { title: string; slug: string };

export type PublicTrip = PublicTripSummary & {
  coverage: PublicCoverage[];
  /** The same trip's public page in the other locales, for the language switch and alternate links. */
  translations: { locale: Locale; slug: string }[];
};

export const PUBLIC_TRIP_LIMIT = 200;

const summarySelect = (locale: Locale) =>
  ({
    startsOn: true,
    endsOn: true,
    provinceCodes: true,
    publicTexts: { where: { locale }, select: { slug: true, title: true, summary: true } },
  }) satisfies Prisma.TripSelect;

type SummaryRow = Prisma.TripGetPayload<{ select: ReturnType<typeof summarySelect> }>;

function toSummary(row: SummaryRow): PublicTripSummary | null {
  const text = row.publicTexts[0];
  if (!text) return null;
  return { ...text, startsOn: calendarDateFromDb(row.startsOn), endsOn: calendarDateFromDb(row.endsOn), provinceCodes: row.provinceCodes };
}

/** Public trips of a locale, the latest first. The service runs a handful a year, so one page holds them. */
export async function listPublicTrips({ locale }: { locale: Locale }): Promise<PublicTripSummary[]> {
  const rows = await db.trip.findMany({
    where: publicTripWhere(locale),
    orderBy: [{ startsOn: "desc" }, { id: "asc" }],
    take: PUBLIC_TRIP_LIMIT,
    select: summarySelect(locale),
  });
  return rows.map(toSummary).filter((trip) => trip !== null);
}

/** The public trip at /<locale>/trips/<slug>, or null. */
export async function getPublicTrip({ locale, slug }: { locale: Locale; slug: string }): Promise<(PublicTrip & { id: string }) | null> {
  if (!isPublicTripSlug(slug)) return null;
  const row = await db.trip.findFirst({
    where: publicTripWhere(locale, { publicTexts: { some: { locale, slug } } }),
    select: {
      id: true,
      startsOn: true,
      endsOn: true,
      provinceCodes: true,
      // Every locale's text at once: this one for the page, the others for the language switch.
      publicTexts: { select: { locale: true, slug: true, title: true, summary: true } },
      coverage: {
        orderBy: [{ publishedOn: "asc" }, { createdAt: "asc" }],
        select: { title: true, url: true, language: true, publishedOn: true, outlet: { select: { name: true } } },
      },
    },
  });
  const text = row?.publicTexts.find((entry) => entry.locale === locale);
  if (!row || !text) return null;
  return {
    id: row.id,
    slug: text.slug,
    title: text.title,
    summary: text.summary,
    startsOn: calendarDateFromDb(row.startsOn),
    endsOn: calendarDateFromDb(row.endsOn),
    provinceCodes: row.provinceCodes,
    coverage: row.coverage.map((story) => ({
      outletName: story.outlet?.name ?? null,
      title: story.title,
      url: story.url,
      language: story.language,
      publishedOn: calendarDateFromDb(story.publishedOn),
    })),
    // The trip's public flag and status hold for every locale, so a text in another locale is a page there.
    translations: LOCALES.filter((other) => other !== locale).flatMap((other) =>
      row.publicTexts.filter((entry) => entry.locale === other).map((entry) => ({ locale: other, slug: entry.slug })),
    ),
  };
}

/**
 * Our stories linked to the trip, as published in this locale: through the
 * articles' own published-only filter, so a draft, a story in review or a
 * withdrawn one is simply not there.
 */
export async function listPublicTripStories({ locale, tripId }: { locale: Locale; tripId: string }): Promise<PublicTripStory[]> {
  const rows = await db.publishedArticle.findMany({
    where: publishedWhere(locale, { article: { trips: { some: { tripId, trip: publicTripWhere(locale) } } } }),
    orderBy: [{ publishedAt: "desc" }, { articleId: "asc" }],
    take: 50,
    select: { title: true, slug: true },
  });
  return rows;
}
