import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { listEscortCandidates, listOrganiserCandidates } from "@/lib/trips/queries";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { TripForm } from "@/components/trips/trip-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("trips.newTrip") };
}

export default async function NewTripPage() {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/trips/new"));
  if (!can(actor, "trip.read") || !can(actor, "trip.manage")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const [organisers, escorts] = await Promise.all([listOrganiserCandidates({ actor, locale }), listEscortCandidates({ actor, locale })]);
  return (
    <>
      <PageHeader title={t("trips.newTrip")} />
      <div className="max-w-4xl">
        <TripForm organisers={organisers} escorts={escorts} />
      </div>
    </>
  );
}
