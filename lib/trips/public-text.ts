/**
 * What readers may see of a trip: whether it shows on the reader site, and a
 * title and summary per locale that the press office writes for the public.
 * Saved together over the trip's `publicVersion`, apart from its details.
 */
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { LOCALES, type Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/translator";
import { slugify } from "@/lib/text/slug";
import { getTripScopeOrThrow, lockTrip, recordTripActivity } from "./access";
import type { SavePublicPageInput } from "./coverage-schemas";
import { PUBLIC_STATUSES } from "./public-queries";

export type PublicText = { title: string; slug: string; summary: string };

export type TripPublicPage = {
  isPublic: boolean;
  publicVersion: number;
  texts: Partial<Record<Locale, PublicText>>;
  /** The trip's status allows showing it (approved or later, not cancelled). */
  canBePublic: boolean;
};

export const canTripBePublic = (status: TripStatus) => PUBLIC_STATUSES.includes(status);

export async function getTripPublicPage({ actor, tripId }: { actor: Actor; tripId: string }): Promise<TripPublicPage> {
  const trip = await getTripScopeOrThrow({ actor, tripId });
  const row = await db.trip.findUniqueOrThrow({
    where: { id: trip.id },
    select: { isPublic: true, publicVersion: true, publicTexts: { select: { locale: true, title: true, slug: true, summary: true } } },
  });
  const texts: TripPublicPage["texts"] = {};
  for (const { locale, ...text } of row.publicTexts) if ((LOCALES as readonly string[]).includes(locale)) texts[locale as Locale] = text;
  return { isPublic: row.isPublic, publicVersion: row.publicVersion, texts, canBePublic: canTripBePublic(trip.status) };
}

/** The summary as paragraphs: blank lines separate them, line ends inside one are kept as spaces. */
export function summaryParagraphs(summary: string): string[] {
  return summary
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, " ").trim())
    .filter(Boolean);
}

/** A free slug for the locale: the title's, with -2, -3 … when another trip has it. */
async function chooseTripSlug(tx: Tx, { locale, title, tripId }: { locale: Locale; title: string; tripId: string }): Promise<string> {
  const base = slugify(title) || (locale === "vi" ? "chuyen-di" : "trip");
  const taken = async (slug: string) => Boolean(await tx.tripPublicText.findFirst({ where: { locale, slug, NOT: { tripId } }, select: { tripId: true } }));
  if (!(await taken(base))) return base;
  for (let suffix = 2; ; suffix++) {
    const candidate = `${base}-${suffix}`.slice(0, 120);
    if (!(await taken(candidate))) return candidate;
  }
}

const isSlugRace = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && JSON.stringify(error.meta ?? {}).includes("slug");

export type PublicPageChange = {
  publicVersion: number;
  isPublic: boolean;
  /** Reader-site pages whose content changed, old and new slugs alike, for revalidation. */
  slugs: { locale: Locale; slug: string }[];
};

/**
 * Saves the public page over the version the person loaded. A trip shows on
 * the reader site only from its approval on and never once cancelled; taking
 * it off is always possible. Both locale texts are optional, but a public
 * trip needs at least one, and a summary needs its title.
 */
export async function saveTripPublicPage({ actor, input }: { actor: Actor; input: SavePublicPageInput }): Promise<PublicPageChange> {
  const seen = await getTripScopeOrThrow({ actor, tripId: input.tripId });
  assertCan(actor, "trip.manage");
  const texts = { vi: { title: input.viTitle, summary: input.viSummary }, en: { title: input.enTitle, summary: input.enSummary } } satisfies Record<Locale, unknown>;

  const fieldErrors: Record<string, MessageKey[]> = {};
  for (const locale of LOCALES) {
    if (!texts[locale].title && texts[locale].summary) fieldErrors[`${locale}Title`] = ["validation.required"];
  }
  if (input.isPublic && !LOCALES.some((locale) => texts[locale].title)) fieldErrors.viTitle = ["coverage.public.needsText"];
  if (input.isPublic && !canTripBePublic(seen.status)) fieldErrors.isPublic = ["coverage.public.notYet"];
  if (Object.keys(fieldErrors).length) throw validationError(fieldErrors);

  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const trip = await lockTrip(tx, input.tripId);
        // The status may have moved since the form was checked (a cancellation, a step back to planning).
        if (input.isPublic && !canTripBePublic(trip.status)) throw validationError({ isPublic: ["coverage.public.notYet"] });
        const before = await tx.tripPublicText.findMany({ where: { tripId: trip.id }, select: { locale: true, slug: true } });
        const { count } = await tx.trip.updateMany({
          where: { id: trip.id, publicVersion: input.publicVersion },
          data: { isPublic: input.isPublic, publicVersion: { increment: 1 } },
        });
        if (count === 0) throw new AppError("CONFLICT", "coverage.public.conflict");
        const after: PublicPageChange["slugs"] = [];
        for (const locale of LOCALES) {
          const { title, summary } = texts[locale];
          if (!title) {
            await tx.tripPublicText.deleteMany({ where: { tripId: trip.id, locale } });
            continue;
          }
          const slug = await chooseTripSlug(tx, { locale, title, tripId: trip.id });
          await tx.tripPublicText.upsert({
            where: { tripId_locale: { tripId: trip.id, locale } },
            create: { tripId: trip.id, locale, title, slug, summary },
            update: { title, slug, summary },
          });
          after.push({ locale, slug });
        }
        await recordTripActivity(tx, {
          tripId: trip.id,
          actorId: actor.id,
          kind: "PUBLIC_PAGE_UPDATED",
          detail: { isPublic: input.isPublic, locales: after.map((entry) => entry.locale) },
        });
        const slugs = [...before.filter((entry): entry is { locale: Locale; slug: string } => (LOCALES as readonly string[]).includes(entry.locale)), ...after];
        return { publicVersion: input.publicVersion + 1, isPublic: input.isPublic, slugs };
      });
    } catch (error) {
      // Two trips racing for the same slug: the loser derives it again and takes the next suffix.
      if (!isSlugRace(error) || attempt >= 3) throw error;
    }
  }
}
