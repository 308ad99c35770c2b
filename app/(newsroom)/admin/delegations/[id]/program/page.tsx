import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { getDelegationEscorts, type EscortPerson, type EscortWarning } from "@/lib/delegations/escorts";
import { calendarDaysBetween, formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translator";
import { getDelegationProgram } from "@/lib/itinerary/delegation-itinerary";
import { formatProgramDay } from "@/lib/itinerary/program";
import { signInPath } from "@/components/auth/callback-path";
import { ConflictList } from "@/components/delegations/program/conflict-list";
import { DelegationProgramEditor } from "@/components/delegations/program/delegation-program-editor";
import { EscortPanel } from "@/components/delegations/program/escort-panel";
import { ProgramHeader } from "@/components/delegations/program/program-header";
import { ProgramLinks } from "@/components/delegations/program/program-links";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { ProgramTable } from "@/components/itinerary/program-table";
import { Alert } from "@/components/ui/alert";
import { pageErrorFor } from "../../../page-errors";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("delegationProgram.title") };
}

function escortWarningText(warning: EscortWarning, locale: Locale, t: Translate): string {
  if (warning.kind === "trip") {
    return t("delegationProgram.escorts.busyTrip", { name: warning.name, trip: warning.trip.title, dates: formatCalendarRange(locale, warning.trip.startsOn, warning.trip.endsOn) });
  }
  const other = [warning.other.reference, warning.other.outletName].filter(Boolean).join(" · ");
  return t("delegationProgram.escorts.busyDelegation", { name: warning.name, other, dates: formatCalendarRange(locale, warning.other.startsOn, warning.other.endsOn) });
}

export default async function DelegationProgramPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/delegations/${id}/program`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "delegation.review")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const [program, escorts] = await Promise.all([getDelegationProgram({ actor, delegationId: id }), getDelegationEscorts({ actor, delegationId: id })]).catch(pageErrorFor(path));
  const { delegation } = program;
  const stayDays = delegation.arrivalOn && delegation.departureOn ? calendarDaysBetween(delegation.arrivalOn, delegation.departureOn) : [];
  const person = (entry: EscortPerson) => ({ contactId: entry.contactId, name: entry.name, roleLabel: t(`contacts.roles.${entry.role}`) });

  return (
    <>
      <ProgramHeader delegation={delegation} locale={locale} t={t} title={t("delegationProgram.title")} actions={<ProgramLinks delegationId={delegation.id} t={t} />} />
      <EscortPanel
        delegationId={delegation.id}
        version={delegation.version}
        escorts={escorts.escorts.map(person)}
        candidates={escorts.candidates.map(person)}
        warnings={escorts.warnings.map((warning) => escortWarningText(warning, locale, t))}
        canEdit={program.canEdit}
      />
      <ConflictList conflicts={program.conflicts} items={program.items} locale={locale} t={t} />
      <p className="mb-4 text-sm text-slate-600">{t("delegationProgram.intro")}</p>
      {program.canEdit ? (
        <DelegationProgramEditor
          // Its own saves keep the editor's state; a new stay gives other days, so it starts afresh.
          key={`${delegation.id}:${delegation.arrivalOn}:${delegation.departureOn}`}
          delegationId={delegation.id}
          itineraryVersion={delegation.itineraryVersion}
          tripDays={stayDays}
          dayLabels={Object.fromEntries(program.days.map((group) => [group.day, formatProgramDay(locale, group.day)]))}
          items={program.items}
          participants={program.members}
        />
      ) : (
        <div className="space-y-4">
          <Alert tone="info">{stayDays.length ? t("delegationProgram.readOnly") : t("delegationProgram.noStay")}</Alert>
          {program.items.length === 0 && <p className="text-sm text-slate-600">{t("itinerary.empty")}</p>}
          <ProgramTable days={program.days} tripDays={stayDays} locale={locale} t={t} showNotes />
        </div>
      )}
    </>
  );
}
