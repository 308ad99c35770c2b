import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { calendarDaysBetween, formatCalendarRange } from "@/lib/i18n/calendar-date";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { getTripItinerary } from "@/lib/itinerary/trip-itinerary";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PrintButton } from "@/components/itinerary/print-button";
import { ProgramTable } from "@/components/itinerary/program-table";
import { tripDestination } from "@/components/trips/trip-header";
import { pageErrorFor } from "../../../../page-errors";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ lang?: string | string[] }>;

// Margins for the sheet itself; the newsroom's top bar is hidden in print by its own class.
const PAGE_CSS = "@page { size: A4; margin: 15mm 12mm; } @media print { html, body { background: #fff; } }";

async function programLocale(searchParams: SearchParams, fallback: Locale): Promise<Locale> {
  const { lang } = await searchParams;
  return isLocale(lang) ? lang : fallback;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await programLocale(searchParams, await newsroomUiLocale(actor?.preferredLocale)));
  return { title: t("itinerary.print.program") };
}

/** The program to print and hand out, in the language asked for whatever the UI's; no personal data. */
export default async function PrintableProgramPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const path = `/admin/trips/${id}/itinerary/print`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "trip.read")) forbidden();

  const lang = await programLocale(searchParams, await newsroomUiLocale(actor.preferredLocale));
  const t = createTranslator(lang);
  const { trip, days } = await getTripItinerary({ actor, tripId: id }).catch(pageErrorFor(path));
  const facts = [
    { label: t("itinerary.print.dates"), value: formatCalendarRange(lang, trip.startsOn, trip.endsOn) },
    { label: t("itinerary.print.destination"), value: tripDestination(trip.provinceCodes, lang) },
    ...(trip.partnerAuthority ? [{ label: t("itinerary.print.partnerAuthority"), value: trip.partnerAuthority }] : []),
  ];

  return (
    <article lang={lang} className="mx-auto max-w-5xl bg-white text-slate-900 print:max-w-none">
      <style href="itinerary-print-page" precedence="default">
        {PAGE_CSS}
      </style>
      <div className="mb-4 flex justify-end print:hidden">
        <PrintButton label={t("itinerary.print.button")} />
      </div>
      <header className="mb-5 border-b border-slate-300 pb-3">
        <p className="text-sm tracking-wide text-slate-600 uppercase">{t("itinerary.print.program")}</p>
        <h1 className="text-2xl font-bold">{trip.title}</h1>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-semibold">{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <ProgramTable days={days} tripDays={calendarDaysBetween(trip.startsOn, trip.endsOn)} locale={lang} t={t} />
      <p className="mt-4 text-xs text-slate-600">{t("itinerary.print.timesNote")}</p>
    </article>
  );
}
