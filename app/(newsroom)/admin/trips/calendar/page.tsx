import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { todayInVietnam } from "@/lib/i18n/calendar-date";
import { createTranslator } from "@/lib/i18n/translator";
import { monthOf, tripsInMonth } from "@/lib/trips/overview";
import { calendarMonthSchema } from "@/lib/trips/schemas";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { TripsCalendar } from "@/components/trips/trips-calendar";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("trips.calendar.title") };
}

export default async function TripsCalendarPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/trips/calendar"));
  if (!can(actor, "trip.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const raw = (await searchParams).month;
  const today = todayInVietnam();
  const month = calendarMonthSchema.parse(Array.isArray(raw) ? raw[0] : raw) ?? monthOf(today);
  const trips = await tripsInMonth({ actor, month });
  return (
    <>
      <PageHeader title={t("trips.calendar.title")} actions={<ButtonLink href="/admin/trips">{t("trips.title")}</ButtonLink>} />
      <TripsCalendar month={month} today={today} trips={trips} locale={locale} t={t} />
    </>
  );
}
