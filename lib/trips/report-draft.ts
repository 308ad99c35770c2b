/**
 * A trip's report turned into a draft article for the editorial workflow, in
 * one click: the article, its first revision, the link to the trip and the
 * trip's history line are one transaction. Press officers may do it although
 * they cannot create articles otherwise: the draft then waits for the desk.
 */
import { createDraftArticleInTransaction } from "@/lib/articles/mutations";
import type { RichTextDoc, RichTextMark, RichTextNode } from "@/lib/articles/rich-text";
import { isSafeHref } from "@/lib/articles/rich-text";
import { createArticleSchema } from "@/lib/articles/schemas";
import { can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, forbidden } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { formatNumber, intlLocale } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import { getTripScopeOrThrow, lockTrip, recordTripActivity } from "./access";
import type { CoverageItem } from "./coverage";
import { buildTripReport, regionName, type TripReport } from "./report";
import { COVERAGE_STATUSES } from "./workflow";

export type ReportDraftSource = {
  locale: Locale;
  trip: { provinceCodes: readonly string[]; startsOn: CalendarDate; endsOn: CalendarDate; topic: string };
  report: TripReport;
  coverage: readonly Pick<CoverageItem, "outlet" | "title" | "url">[];
};

export type ReportDraft = { title: string; sapo: string; body: RichTextDoc };

/** "16–18 September 2023" / "16–18 tháng 9, 2023": the trip's days with the month written out. */
export function tripDays(locale: Locale, from: CalendarDate, to: CalendarDate): string {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "long", timeZone: "UTC" });
  if (from === to) return format.format(calendarDateToDb(from));
  // ICU spaces the dash of "16 – 18"; within one month the days read as one span.
  return format.formatRange(calendarDateToDb(from), calendarDateToDb(to)).replace(/(\d)\s+–\s+(\d)/, "$1–$2");
}

const shorten = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

// TipTap refuses empty text nodes, so every piece of text goes through here.
const text = (value: string, marks?: RichTextMark[]): RichTextNode[] => (value ? [{ type: "text", text: value, ...(marks ? { marks } : {}) }] : []);
const paragraph = (...content: RichTextNode[][]): RichTextNode => ({ type: "paragraph", content: content.flat() });
const heading = (level: 2 | 3, value: string): RichTextNode => ({ type: "heading", attrs: { level }, content: text(value) });
const bulletList = (items: RichTextNode[][]): RichTextNode => ({ type: "bulletList", content: items.map((content) => ({ type: "listItem", content: [paragraph(content)] })) });

/** A story's title, linked to it only when the address is one the allow-list accepts. */
const storyLink = (title: string, url: string): RichTextNode[] => text(title, isSafeHref(url) ? [{ type: "link", attrs: { href: url } }] : undefined);

/**
 * The draft's title, lead and body from the report, in the chosen locale:
 * headings, paragraphs and bullet lists only, each story linked to its
 * address. No participant is named; the body holds counts, countries and
 * outlets, which is what the report holds.
 */
export function buildReportDraft({ locale, trip, report, coverage }: ReportDraftSource): ReportDraft {
  const t = createTranslator(locale);
  const number = (value: number) => formatNumber(locale, value);
  const destination = trip.provinceCodes.flatMap((code) => {
    const province = provinceByCode(code);
    return province ? [provinceName(province, locale)] : [];
  }).join(", ");
  const dates = tripDays(locale, trip.startsOn, trip.endsOn);
  const { participants } = report;

  const body: RichTextNode[] = [
    heading(2, t("coverage.draft.participantsHeading")),
    paragraph(
      text(
        t("coverage.draft.participantsSummary", {
          count: number(participants.withSeat),
          countries: number(participants.byCountry.length),
          parties: number(participants.byParty.filter((party) => party.kind !== "none").length),
        }),
      ),
    ),
  ];
  if (participants.byCountry.length) {
    body.push(heading(3, t("coverage.draft.byCountry")));
    body.push(bulletList(participants.byCountry.map((row) => text(t("coverage.draft.countLine", { name: regionName(locale, row.key), count: number(row.count) })))));
  }
  if (participants.byParty.length) {
    body.push(heading(3, t("coverage.draft.byOutlet")));
    body.push(
      bulletList(participants.byParty.map((row) => text(t("coverage.draft.countLine", { name: row.name ?? t("coverage.report.noParty"), count: number(row.count) })))),
    );
  }

  body.push(heading(2, t("coverage.draft.coverageHeading")));
  if (report.coverage.total === 0) {
    body.push(paragraph(text(t("coverage.draft.noCoverage"))));
  } else {
    body.push(
      paragraph(
        text(
          t("coverage.draft.coverageSummary", {
            count: number(report.coverage.total),
            languages: number(report.coverage.byLanguage.length),
            reach: number(report.coverage.knownReach),
          }),
        ),
      ),
    );
    body.push(
      bulletList(
        report.coverage.byOutlet.map((row) => {
          const stories = coverage.filter((story) => (story.outlet?.id ?? null) === row.outletId);
          const links = stories.flatMap((story, index) => [...(index > 0 ? text("; ") : []), ...storyLink(story.title, story.url)]);
          return [...text(t("coverage.draft.outletLine", { name: row.name ?? t("coverage.report.otherOutlets"), count: number(row.count) })), ...links];
        }),
      ),
    );
  }

  return {
    title: shorten(t("coverage.draft.title", { destination, dates }), 300),
    sapo: shorten(t("coverage.draft.lead", { destination, dates, topic: shorten(trip.topic, 400) }), 1000),
    body: { type: "doc", content: body },
  };
}

/** What the page needs after the click: where the draft is, and whether this person may open it. */
export type DraftFromReport = { articleId: string; canOpen: boolean };

const isSlugRace = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("slug");

/**
 * Press officers run the trip (trip.manage); the desk reads it and writes
 * articles (trip.read + article.create). A writer has neither and learns
 * nothing of trips (403 from the scope).
 */
export async function createDraftFromReport({ actor, tripId, locale }: { actor: Actor; tripId: string; locale: Locale }): Promise<DraftFromReport> {
  const seen = await getTripScopeOrThrow({ actor, tripId });
  if (!can(actor, "trip.manage") && !can(actor, "article.create")) throw forbidden();
  const assertReported = (status: string) => {
    if (!(COVERAGE_STATUSES as readonly string[]).includes(status)) throw new AppError("INVALID_TRANSITION", "trips.notInThisStatus", { params: { status } });
  };
  assertReported(seen.status);

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const trip = await lockTrip(tx, tripId);
        assertReported(trip.status);
        const [report, coverage, { topic }] = await Promise.all([
          buildTripReport(tx, trip),
          tx.tripCoverage.findMany({
            where: { tripId },
            orderBy: [{ publishedOn: "asc" }, { createdAt: "asc" }],
            select: { title: true, url: true, outlet: { select: { id: true, name: true } } },
          }),
          tx.trip.findUniqueOrThrow({ where: { id: tripId }, select: { topic: true } }),
        ]);
        const draft = buildReportDraft({ locale, trip: { ...trip, topic }, report, coverage });
        // Through the article schema: the draft meets every rule a person's create meets, the body's allow-list included.
        const input = createArticleSchema.parse({ locale, title: draft.title, sapo: draft.sapo, body: draft.body });
        const article = await createDraftArticleInTransaction(tx, { authorId: actor.id, input });
        await tx.tripArticle.create({ data: { tripId, articleId: article.id, linkedById: actor.id } });
        await recordTripActivity(tx, { tripId, actorId: actor.id, kind: "REPORT_DRAFTED", detail: { articleId: article.id, locale } });
        return { articleId: article.id, canOpen: can(actor, "article.read") };
      });
    } catch (error) {
      // Two drafts racing for the same derived slug: the loser starts again and takes the next suffix.
      if (!isSlugRace(error) || attempt >= 3) throw error;
    }
  }
}
