import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { calendarDaysBetween } from "@/lib/i18n/calendar-date";
import { createTranslator } from "@/lib/i18n/translator";
import { formatProgramDay } from "@/lib/itinerary/program";
import { getTripItinerary } from "@/lib/itinerary/trip-itinerary";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { ItineraryEditor } from "@/components/itinerary/itinerary-editor";
import { ItineraryLinks } from "@/components/itinerary/itinerary-links";
import { ProgramTable } from "@/components/itinerary/program-table";
import { TripHeader } from "@/components/trips/trip-header";
import { Alert } from "@/components/ui/alert";
import { pageErrorFor } from "../../../page-errors";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("itinerary.title") };
}

export default async function TripItineraryPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/trips/${id}/itinerary`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "trip.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const itinerary = await getTripItinerary({ actor, tripId: id }).catch(pageErrorFor(path));
  const { trip } = itinerary;
  const tripDays = calendarDaysBetween(trip.startsOn, trip.endsOn);
  const canManage = can(actor, "trip.manage");

  return (
    <>
      <TripHeader trip={trip} locale={locale} t={t} actions={<ItineraryLinks tripId={trip.id} canManage={canManage} t={t} />} />
      <p className="mb-4 text-sm text-slate-600">{t("itinerary.intro")}</p>
      {itinerary.canEdit ? (
        <ItineraryEditor
          // Its own saves keep the editor's state; new trip dates give other days, so it starts afresh.
          key={`${trip.id}:${trip.startsOn}:${trip.endsOn}`}
          tripId={trip.id}
          itineraryVersion={trip.itineraryVersion}
          tripDays={tripDays}
          dayLabels={Object.fromEntries(itinerary.days.map((group) => [group.day, formatProgramDay(locale, group.day)]))}
          items={itinerary.items}
          participants={itinerary.participants}
        />
      ) : (
        <div className="space-y-4">
          {canManage && <Alert tone="info">{t("itinerary.readOnly")}</Alert>}
          {itinerary.items.length === 0 && <p className="text-sm text-slate-600">{t("itinerary.empty")}</p>}
          <ProgramTable days={itinerary.days} tripDays={tripDays} locale={locale} t={t} showNotes />
        </div>
      )}
    </>
  );
}
