import { formatCalendarDate, formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import type { PublicTrip, PublicTripSummary } from "@/lib/trips/public-queries";
import { summaryParagraphs } from "@/lib/trips/public-text";
import { languageName } from "@/lib/trips/report";

export type RecapStory = { title: string; href: string };

/** The provinces visited, in the reader's language and in the order visited. */
export function publicDestination(trip: Pick<PublicTripSummary, "provinceCodes">, locale: Locale): string {
  return trip.provinceCodes.flatMap((code) => {
    const province = provinceByCode(code);
    return province ? [provinceName(province, locale)] : [];
  }).join(" · ");
}

/**
 * A trip's announcement or recap for readers: what the press office wrote
 * for the public, when and where, the outlets' stories and ours. It is given
 * the public DTO only, which holds nothing about participants.
 */
export function TripRecap({ locale, trip, stories }: { locale: Locale; trip: PublicTrip; stories: RecapStory[] }) {
  const t = createTranslator(locale);
  return (
    <article className="mx-auto max-w-3xl">
      <header className="flex flex-col gap-4">
        <h1 className="text-3xl leading-tight font-bold tracking-tight text-slate-950 sm:text-4xl">{trip.title}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 border-y border-slate-200 py-3 text-sm text-slate-700">
          <dt className="font-semibold text-slate-900">{t("coverage.site.when")}</dt>
          <dd>{formatCalendarRange(locale, trip.startsOn, trip.endsOn)}</dd>
          <dt className="font-semibold text-slate-900">{t("coverage.site.where")}</dt>
          <dd>{publicDestination(trip, locale)}</dd>
        </dl>
      </header>
      <div className="article-body mt-8">
        {summaryParagraphs(trip.summary).map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      </div>
      {trip.coverage.length > 0 && (
        <section aria-labelledby="trip-coverage" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="trip-coverage" className="text-xl font-bold text-slate-950">
            {t("coverage.site.coverageHeading")}
          </h2>
          <ul className="mt-4 flex flex-col gap-4">
            {trip.coverage.map((story) => (
              <li key={story.url} className="flex flex-col gap-0.5">
                {story.outletName && <span className="text-sm font-semibold text-slate-700">{story.outletName}</span>}
                <a href={story.url} rel="noopener noreferrer nofollow" className="font-semibold text-slate-950 underline decoration-slate-300 underline-offset-4 hover:decoration-current">
                  {story.title}
                  <span aria-hidden="true"> ↗</span>
                  <span className="sr-only"> {t("coverage.site.externalLink")}</span>
                </a>
                <span className="text-sm text-slate-600">
                  {languageName(locale, story.language)}
                  {" · "}
                  <time dateTime={story.publishedOn}>{formatCalendarDate(locale, story.publishedOn)}</time>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {stories.length > 0 && (
        <section aria-labelledby="trip-stories" className="mt-10 border-t border-slate-200 pt-6">
          <h2 id="trip-stories" className="text-xl font-bold text-slate-950">
            {t("coverage.site.storiesHeading")}
          </h2>
          <ul className="mt-4 flex flex-col gap-2">
            {stories.map((story) => (
              <li key={story.href}>
                <a href={story.href} className="font-semibold text-slate-950 underline decoration-slate-300 underline-offset-4 hover:decoration-current">
                  {story.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
