/**
 * A press officer's own calendar feed. A calendar app cannot send a session
 * cookie, so the address itself is the credential: 32 random bytes, shown
 * once. Only its SHA-256 hash is stored, so a copy of the database (a backup,
 * a read replica) does not hand out working feed addresses.
 */
import { createHash, randomBytes } from "node:crypto";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { calendarDateToDb, todayInVietnam } from "@/lib/i18n/calendar-date";
import { isLocale, DEFAULT_LOCALE } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { buildCalendar } from "./ics";
import { CALENDAR_TRIP_SELECT, toCalendarTrip, tripEvents } from "./trip-calendar";
import { listTripProgramItems } from "./trip-itinerary";

/** Past trips stay in the feed this long, so last week's program is still there to look back at. */
export const FEED_PAST_DAYS = 30;

/** 32 bytes in base64url: 43 characters of [A-Za-z0-9_-]. */
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export function hashFeedToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export type CalendarFeedStatus = { exists: boolean; createdAt: Date | null; updatedAt: Date | null };

/** "trip.manage": whether the person has a feed, and since when (never its address: that is not kept). */
export async function getCalendarFeedStatus({ actor }: { actor: Actor }): Promise<CalendarFeedStatus> {
  assertCan(actor, "trip.manage");
  const feed = await db.calendarFeed.findUnique({ where: { userId: actor.id }, select: { createdAt: true, updatedAt: true } });
  return { exists: Boolean(feed), createdAt: feed?.createdAt ?? null, updatedAt: feed?.updatedAt ?? null };
}

/**
 * Creates the feed, or gives it a new address: the old address stops working
 * at once, because its hash is overwritten. The token is returned this once.
 */
export async function issueCalendarFeed({ actor }: { actor: Actor }): Promise<{ token: string }> {
  assertCan(actor, "trip.manage");
  const token = randomBytes(32).toString("base64url");
  const tokenHash = hashFeedToken(token);
  await db.calendarFeed.upsert({ where: { userId: actor.id }, create: { userId: actor.id, tokenHash }, update: { tokenHash } });
  return { token };
}

/** "trip.manage": the person stops their feed; its address answers 404 from now on. */
export async function removeCalendarFeed({ actor }: { actor: Actor }): Promise<void> {
  assertCan(actor, "trip.manage");
  await db.calendarFeed.deleteMany({ where: { userId: actor.id } });
}

/**
 * The .ics behind a feed address, or null for anything that is not a live
 * feed: a malformed or reset token, a deactivated account, someone who no
 * longer reads trips. Every non-cancelled trip the person organises that ends
 * within the last FEED_PAST_DAYS days or later, with its program. Labels in the
 * person's language; nothing about participants.
 */
export async function calendarFeedFile({ token, now = new Date() }: { token: string; now?: Date }): Promise<string | null> {
  if (!TOKEN_FORMAT.test(token)) return null;
  const feed = await db.calendarFeed.findUnique({
    where: { tokenHash: hashFeedToken(token) },
    select: { user: { select: { id: true, name: true, roles: true, isActive: true, preferredLocale: true } } },
  });
  const user = feed?.user;
  if (!user?.isActive || !can(user, "trip.read")) return null;
  const since = new Date(calendarDateToDb(todayInVietnam(now)).getTime() - FEED_PAST_DAYS * 86_400_000);
  const rows = await db.trip.findMany({
    where: { organiserId: user.id, status: { not: "CANCELLED" }, endsOn: { gte: since } },
    select: CALENDAR_TRIP_SELECT,
    orderBy: [{ startsOn: "asc" }, { id: "asc" }],
  });
  const programs = await listTripProgramItems(rows.map((row) => row.id));
  const locale = isLocale(user.preferredLocale) ? user.preferredLocale : DEFAULT_LOCALE;
  const t = createTranslator(locale);
  const events = rows.map(toCalendarTrip).flatMap((trip) => tripEvents(trip, programs.get(trip.id) ?? [], locale, t));
  return buildCalendar({ name: t("itinerary.feed.calendarName", { name: user.name }), events, now });
}
