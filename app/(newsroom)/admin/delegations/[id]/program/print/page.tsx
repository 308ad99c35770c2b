import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getDelegationEscorts } from "@/lib/delegations/escorts";
import { calendarDaysBetween } from "@/lib/i18n/calendar-date";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { getDelegationProgram } from "@/lib/itinerary/delegation-itinerary";
import { signInPath } from "@/components/auth/callback-path";
import { stayOf } from "@/components/delegations/program/program-header";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { PrintButton } from "@/components/itinerary/print-button";
import { ProgramTable } from "@/components/itinerary/program-table";
import { pageErrorFor } from "../../../../page-errors";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<{ lang?: string | string[] }>;

const PAGE_CSS = "@page { size: A4; margin: 15mm 12mm; } @media print { html, body { background: #fff; } }";

async function programLocale(searchParams: SearchParams, fallback: Locale): Promise<Locale> {
  const { lang } = await searchParams;
  return isLocale(lang) ? lang : fallback;
}

export async function generateMetadata({ searchParams }: { searchParams: SearchParams }): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await programLocale(searchParams, await newsroomUiLocale(actor?.preferredLocale)));
  return { title: t("delegationProgram.title") };
}

/** The program to print and hand to the delegation and its hosts, in the language asked for; names only, no passport data. */
export default async function PrintableDelegationProgramPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const path = `/admin/delegations/${id}/program/print`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "delegation.review")) forbidden();

  const lang = await programLocale(searchParams, await newsroomUiLocale(actor.preferredLocale));
  const t = createTranslator(lang);
  const [{ delegation, days, members }, { escorts }] = await Promise.all([getDelegationProgram({ actor, delegationId: id }), getDelegationEscorts({ actor, delegationId: id })]).catch(
    pageErrorFor(path),
  );
  const facts = [
    { label: t("delegationProgram.header.reference"), value: delegation.reference ?? "" },
    { label: t("delegationProgram.header.dates"), value: stayOf(delegation, lang, t) },
    { label: t("delegationProgram.print.members"), value: members.map((member) => member.name).join(", ") },
    ...(escorts.length ? [{ label: t("delegationProgram.print.escorts"), value: escorts.map((escort) => escort.name).join(", ") }] : []),
  ];

  return (
    <article lang={lang} className="mx-auto max-w-5xl bg-white text-slate-900 print:max-w-none">
      <style href="delegation-program-print-page" precedence="default">
        {PAGE_CSS}
      </style>
      <div className="mb-4 flex justify-end print:hidden">
        <PrintButton label={t("itinerary.print.button")} />
      </div>
      <header className="mb-5 border-b border-slate-300 pb-3">
        <p className="text-sm tracking-wide text-slate-600 uppercase">{t("delegationProgram.title")}</p>
        <h1 className="text-2xl font-bold">{delegation.outletName}</h1>
        <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {facts.map((fact) => (
            <div key={fact.label} className="contents">
              <dt className="font-semibold">{fact.label}</dt>
              <dd>{fact.value}</dd>
            </div>
          ))}
        </dl>
      </header>
      <ProgramTable days={days} tripDays={delegation.arrivalOn && delegation.departureOn ? calendarDaysBetween(delegation.arrivalOn, delegation.departureOn) : []} locale={lang} t={t} />
      <p className="mt-4 text-xs text-slate-600">{t("itinerary.print.timesNote")}</p>
    </article>
  );
}
