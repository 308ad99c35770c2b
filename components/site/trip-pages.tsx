import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { articlePath } from "@/lib/articles/public-paths";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { publicSiteUrl } from "@/lib/site-url";
import { cachedPublicTrip, cachedPublicTrips, cachedPublicTripStories } from "@/lib/trips/public-cache";
import { tripPath, tripsPath, type PublicTrip } from "@/lib/trips/public-queries";
import { summaryParagraphs } from "@/lib/trips/public-text";
import { languageLinks } from "./language-links";
import { SiteMain } from "./site-main";
import { publicDestination, TripRecap } from "./trip-recap";

const absolute = (path: string) => new URL(path, publicSiteUrl()).toString();

/** Search engines show about 160 characters of a description. */
function describe(text: string): string {
  const first = summaryParagraphs(text)[0] ?? "";
  return first.length <= 160 ? first : `${first.slice(0, 157).trimEnd()}…`;
}

export function tripsListMetadata(locale: Locale): Metadata {
  const t = createTranslator(locale);
  return {
    title: t("coverage.site.listTitle"),
    description: t("coverage.site.listDescription"),
    alternates: { canonical: absolute(tripsPath(locale)), languages: Object.fromEntries(LOCALES.map((other) => [other, tripsPath(other)])) },
  };
}

/** /<locale>/trips: the public trips of the locale, the latest first. */
export async function TripsListPage({ locale }: { locale: Locale }) {
  const t = createTranslator(locale);
  const trips = await cachedPublicTrips(locale);
  return (
    <SiteMain locale={locale} languages={languageLinks(locale, (other) => tripsPath(other))}>
      <h1 className="section-title">{t("coverage.site.listTitle")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("coverage.site.listDescription")}</p>
      {trips.length === 0 ? (
        <p className="py-10 text-slate-600">{t("coverage.site.empty")}</p>
      ) : (
        <ul className="mt-8 grid gap-x-8 gap-y-10 sm:grid-cols-2">
          {trips.map((trip) => (
            <li key={trip.slug} className="flex flex-col gap-2">
              <h2 className="text-xl leading-snug font-bold text-slate-950">
                <a href={tripPath(locale, trip.slug)} className="hover:underline">
                  {trip.title}
                </a>
              </h2>
              <p className="text-sm text-slate-600">
                {formatCalendarRange(locale, trip.startsOn, trip.endsOn)} · {publicDestination(trip, locale)}
              </p>
              {trip.summary && <p className="text-slate-700">{describe(trip.summary)}</p>}
            </li>
          ))}
        </ul>
      )}
    </SiteMain>
  );
}

function alternatesOf(locale: Locale, trip: PublicTrip) {
  return {
    canonical: absolute(tripPath(locale, trip.slug)),
    languages: Object.fromEntries([[locale, tripPath(locale, trip.slug)], ...trip.translations.map((entry) => [entry.locale, tripPath(entry.locale, entry.slug)])]),
  };
}

/** Only the public title and summary: nothing about participants is in the DTO, so none can reach the metadata. */
export async function tripMetadata(locale: Locale, slug: string): Promise<Metadata> {
  const t = createTranslator(locale);
  const trip = await cachedPublicTrip(locale, slug);
  if (!trip) return { title: t("site.notFoundTitle") };
  const description = describe(trip.summary) || t("coverage.site.listDescription");
  return {
    title: trip.title,
    description,
    alternates: alternatesOf(locale, trip),
    openGraph: { type: "website", url: absolute(tripPath(locale, trip.slug)), title: trip.title, description, siteName: t("common.siteName"), locale },
    twitter: { card: "summary", title: trip.title, description },
  };
}

/** /<locale>/trips/<slug>: one trip's announcement or recap. */
export async function TripPage({ locale, slug }: { locale: Locale; slug: string }) {
  const trip = await cachedPublicTrip(locale, slug);
  if (!trip) notFound();
  const stories = await cachedPublicTripStories(locale, trip.id);
  const languages = languageLinks(locale, (other) => {
    const translation = trip.translations.find((entry) => entry.locale === other);
    return translation ? tripPath(other, translation.slug) : tripsPath(other);
  });
  const t = createTranslator(locale);
  return (
    <SiteMain locale={locale} languages={languages}>
      <p className="mx-auto mb-4 max-w-3xl text-sm">
        <a href={tripsPath(locale)} className="kicker">
          {t("coverage.site.allTrips")}
        </a>
      </p>
      <TripRecap locale={locale} trip={trip} stories={stories.map((story) => ({ title: story.title, href: articlePath(locale, story.slug) }))} />
    </SiteMain>
  );
}
