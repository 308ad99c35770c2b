/**
 * A trip's report: who came (counted by country and by outlet, never named),
 * what the outlets published (by outlet, by language, reach and tone), and our
 * own articles about it. Counts only: nothing in it is personal data, so the
 * whole desk (trip.read) may see it and a draft article may be built from it.
 */
import { can, type Actor } from "@/lib/authz/policy";
import { db, type Db, type Tx } from "@/lib/db";
import type { ArticleStatus, CoverageTone } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { intlLocale } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { searchKey } from "@/lib/text/slug";
import { getTripScopeOrThrow, type TripScope } from "./access";

export type CountRow = { key: string; count: number };
/** Participants of a party: an outlet, or a foreign mission for press attachés, or neither. */
export type PartyRow = { kind: "outlet" | "mission" | "none"; name: string | null; count: number };
export type OutletCoverageRow = { outletId: string | null; name: string | null; count: number; reach: number };

export type LinkedArticle = { id: string; title: string; locale: Locale; status: ArticleStatus; publishedSlug: string | null };

export type TripReport = {
  participants: {
    /** Those who held a seat and came or are expected: ACCEPTED and ATTENDED. */
    withSeat: number;
    /** NO_SHOW: counted apart, and left out of the breakdowns. */
    noShows: number;
    byCountry: CountRow[];
    byParty: PartyRow[];
  };
  coverage: {
    total: number;
    byOutlet: OutletCoverageRow[];
    byLanguage: CountRow[];
    /** The sum of the reach that is known; `unknownReach` stories have none. */
    knownReach: number;
    unknownReach: number;
    tone: Record<CoverageTone, number>;
    /** Days of the first and last story, for the draft's lead. */
    firstOn: CalendarDate | null;
    lastOn: CalendarDate | null;
  };
  articles: LinkedArticle[];
};

/** "Pháp" / "France" for "FR"; an unknown code is shown as it is. */
export function regionName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Tiếng Pháp" / "French" for "fr"; an unknown code is shown as it is. */
export function languageName(locale: Locale, code: string): string {
  try {
    return new Intl.DisplayNames([intlLocale(locale)], { type: "language", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

const SEATED = ["ACCEPTED", "ATTENDED"] as const;

function tally<T>(items: readonly T[], keyOf: (item: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(keyOf(item), (counts.get(keyOf(item)) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** The report's sums, for a trip already in the actor's scope. */
export async function buildTripReport(client: Db | Tx, trip: Pick<TripScope, "id">): Promise<TripReport> {
  const [participants, coverage, links] = await Promise.all([
    // Nationality and organisation only: names, contact details and needs are never read here.
    client.tripParticipant.findMany({
      where: { tripId: trip.id, status: { in: [...SEATED, "NO_SHOW"] } },
      select: { status: true, contact: { select: { nationality: true, outlet: { select: { name: true } }, mission: { select: { name: true } } } } },
    }),
    client.tripCoverage.findMany({
      where: { tripId: trip.id },
      orderBy: [{ publishedOn: "asc" }, { createdAt: "asc" }],
      select: { outletId: true, language: true, reach: true, tone: true, publishedOn: true, outlet: { select: { name: true } } },
    }),
    client.tripArticle.findMany({
      where: { tripId: trip.id },
      orderBy: { createdAt: "asc" },
      select: { article: { select: { id: true, title: true, locale: true, status: true, published: { select: { slug: true } } } } },
    }),
  ]);

  const seated = participants.filter((row) => row.status !== "NO_SHOW");
  const parties = new Map<string, PartyRow>();
  for (const { contact } of seated) {
    const party: Omit<PartyRow, "count"> = contact.outlet
      ? { kind: "outlet", name: contact.outlet.name }
      : contact.mission
        ? { kind: "mission", name: contact.mission.name }
        : { kind: "none", name: null };
    const key = `${party.kind}:${party.name ?? ""}`;
    parties.set(key, { ...party, count: (parties.get(key)?.count ?? 0) + 1 });
  }

  const outlets = new Map<string, OutletCoverageRow>();
  const tone: Record<CoverageTone, number> = { POSITIVE: 0, NEUTRAL: 0, NEGATIVE: 0 };
  let knownReach = 0;
  let unknownReach = 0;
  for (const story of coverage) {
    const key = story.outletId ?? "";
    const row = outlets.get(key) ?? { outletId: story.outletId, name: story.outlet?.name ?? null, count: 0, reach: 0 };
    row.count += 1;
    row.reach += story.reach ?? 0;
    outlets.set(key, row);
    tone[story.tone] += 1;
    if (story.reach === null) unknownReach += 1;
    else knownReach += story.reach;
  }
  const byCount = <R extends { count: number; name: string | null }>(a: R, b: R) => b.count - a.count || (a.name ?? "\uffff").localeCompare(b.name ?? "\uffff");

  return {
    participants: {
      withSeat: seated.length,
      noShows: participants.length - seated.length,
      byCountry: tally(seated, (row) => row.contact.nationality),
      byParty: [...parties.values()].sort(byCount),
    },
    coverage: {
      total: coverage.length,
      byOutlet: [...outlets.values()].sort(byCount),
      byLanguage: tally(coverage, (story) => story.language),
      knownReach,
      unknownReach,
      tone,
      firstOn: coverage.length ? calendarDateFromDb(coverage[0].publishedOn) : null,
      lastOn: coverage.length ? calendarDateFromDb(coverage[coverage.length - 1].publishedOn) : null,
    },
    articles: links.flatMap(({ article }) =>
      isLocale(article.locale)
        ? [{ id: article.id, title: article.title, locale: article.locale, status: article.status, publishedSlug: article.published?.slug ?? null }]
        : [],
    ),
  };
}

export async function getTripReport({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripReport> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  return buildTripReport(db, trip);
}

// ---------------------------------------------------------------------------
// The article picker
// ---------------------------------------------------------------------------

export type ArticleOption = { id: string; title: string; locale: Locale; status: ArticleStatus };

const OPTION_LIMIT = 10;

/**
 * Our articles to link to the trip, by folded title ("dak lak" finds "Đắk
 * Lắk"). Those with "article.read" are offered any article; a press officer,
 * who reads no drafts, only published stories, matched and shown by what
 * readers see (the published title and lead), so the search cannot probe drafts.
 */
export async function searchArticlesToLink({ actor, tripId, q }: { actor: Actor; tripId: string; q: string }): Promise<ArticleOption[]> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  const term = searchKey(q).replace(/[%_\\]/g, "").trim();
  if (!term) return [];
  const notLinked = { trips: { none: { tripId: trip.id } } };
  if (can(actor, "article.read")) {
    const rows = await db.article.findMany({
      where: { searchText: { contains: term }, ...notLinked },
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      take: OPTION_LIMIT,
      select: { id: true, title: true, locale: true, status: true },
    });
    return rows.flatMap((row) => (isLocale(row.locale) ? [{ ...row, locale: row.locale }] : []));
  }
  const rows = await db.publishedArticle.findMany({
    where: { article: { searchText: { contains: term }, ...notLinked } },
    orderBy: [{ publishedAt: "desc" }, { articleId: "asc" }],
    take: OPTION_LIMIT * 3,
    select: { articleId: true, title: true, sapo: true, locale: true },
  });
  return rows
    .filter((row) => searchKey(`${row.title} ${row.sapo}`).includes(term) && isLocale(row.locale))
    .slice(0, OPTION_LIMIT)
    .map((row) => ({ id: row.articleId, title: row.title, locale: row.locale as Locale, status: "PUBLISHED" as const }));
}
