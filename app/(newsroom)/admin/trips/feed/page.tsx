import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { formatDateTime } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translator";
import { getCalendarFeedStatus } from "@/lib/itinerary/calendar-feed";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { CalendarFeedManager } from "@/components/itinerary/calendar-feed-manager";
import { PageHeader } from "@/components/ui/page-header";
import { pageErrorFor } from "../../page-errors";

const PATH = "/admin/trips/feed";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("itinerary.feed.title") };
}

/** The signed-in press officer's own calendar feed of the trips they organise. */
export default async function CalendarFeedPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(PATH));
  if (!can(actor, "trip.manage")) forbidden();
  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const feed = await getCalendarFeedStatus({ actor }).catch(pageErrorFor(PATH));
  return (
    <>
      <PageHeader title={t("itinerary.feed.title")} description={t("itinerary.feed.intro")} />
      <CalendarFeedManager exists={feed.exists} issuedOn={feed.updatedAt ? formatDateTime(locale, feed.updatedAt) : null} />
    </>
  );
}
