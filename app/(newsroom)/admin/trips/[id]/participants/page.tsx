import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { listTripParticipants, searchInviteCandidates } from "@/lib/trips/participant-queries";
import { candidateSearchSchema } from "@/lib/trips/participant-schemas";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { TripHeader } from "@/components/trips/trip-header";
import { ParticipantAnnouncer } from "@/components/trips/participants/announcer";
import { ExportLinks } from "@/components/trips/participants/export-links";
import { InvitePanel } from "@/components/trips/participants/invite-panel";
import { ParticipantsTable } from "@/components/trips/participants/participants-table";
import { SeatsMeter } from "@/components/trips/participants/seats-meter";
import { pageErrorFor } from "../../../page-errors";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("participants.title") };
}

export default async function TripParticipantsPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const path = `/admin/trips/${id}/participants`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "trip.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const view = await listTripParticipants({ actor, tripId: id }).catch(pageErrorFor(path));
  const rawQ = (await searchParams).q;
  const { q = "" } = candidateSearchSchema.parse({ q: Array.isArray(rawQ) ? rawQ[0] : rawQ });
  const search = view.canInvite ? await searchInviteCandidates({ actor, tripId: id, q }).catch(pageErrorFor(path)) : null;

  return (
    <>
      <TripHeader trip={view.trip} locale={locale} t={t} />
      <SeatsMeter seats={view.seats} locale={locale} t={t} />
      {!view.canManage && <p className="mb-3 text-sm text-slate-600">{t("participants.readOnly")}</p>}
      <h2 className="mb-2 text-base font-semibold text-slate-900">{t("participants.title")}</h2>
      <ParticipantAnnouncer>
        <ParticipantsTable view={view} locale={locale} t={t} />
      </ParticipantAnnouncer>
      <ExportLinks tripId={view.trip.id} t={t} />
      {search && <InvitePanel tripId={view.trip.id} q={q} candidates={search.candidates} hasMore={search.hasMore} locale={locale} t={t} />}
    </>
  );
}
