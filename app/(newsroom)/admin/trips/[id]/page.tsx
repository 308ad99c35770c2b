import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { getTripDetailOrThrow, listEscortCandidates, listOrganiserCandidates, listTripActivity } from "@/lib/trips/queries";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { TripFacts } from "@/components/trips/trip-facts";
import { TripForm } from "@/components/trips/trip-form";
import { TripHeader } from "@/components/trips/trip-header";
import { TripHistory } from "@/components/trips/trip-history";
import { TripSeats } from "@/components/trips/trip-seats";
import { TripWorkflowPanel } from "@/components/trips/trip-workflow-panel";
import { Alert } from "@/components/ui/alert";
import { pageErrorFor } from "../../page-errors";

type Params = Promise<{ id: string }>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("trips.detailsTitle") };
}

export default async function TripPage({ params }: { params: Params }) {
  const { id } = await params;
  const path = `/admin/trips/${id}`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "trip.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const trip = await getTripDetailOrThrow({ actor, tripId: id }).catch(pageErrorFor(path));
  const [history, organisers, escorts] = await Promise.all([
    listTripActivity({ actor, tripId: trip.id }),
    trip.canManage ? listOrganiserCandidates({ actor, locale }) : [],
    trip.canManage ? listEscortCandidates({ actor, locale, include: trip.escorts.map((escort) => escort.id) }) : [],
  ]);

  return (
    <>
      <TripHeader trip={trip} locale={locale} t={t} />
      {trip.status === "CANCELLED" && trip.cancelReason && (
        <Alert tone="warning" className="mb-4">
          {t("trips.workflow.cancelledBecause", { reason: trip.cancelReason })}
        </Alert>
      )}
      <div className="grid gap-4 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="min-w-0 space-y-4">
          {trip.canManage ? (
            <TripForm
              // A deactivated organiser stays listed, so the form never silently names someone else.
              organisers={organisers.some((person) => person.id === trip.organiser.id) ? organisers : [trip.organiser, ...organisers]}
              escorts={escorts}
              trip={{
                id: trip.id,
                version: trip.version,
                title: trip.title,
                provinceCodes: trip.provinceCodes,
                startsOn: trip.startsOn,
                endsOn: trip.endsOn,
                topic: trip.topic,
                goals: trip.goals,
                partnerAuthority: trip.partnerAuthority,
                organiserId: trip.organiser.id,
                escortContactIds: trip.escorts.map((escort) => escort.id),
                capacity: trip.capacity,
                budgetLines: trip.budgetLines.map((line) => ({
                  category: line.category,
                  description: line.description,
                  quantity: String(line.quantity),
                  unitCost: line.unitCost.replace(/\.00$/, ""),
                  currency: line.currency,
                })),
              }}
            />
          ) : (
            <>
              {can(actor, "trip.manage") && <p className="text-sm text-slate-600">{t("trips.form.readOnly")}</p>}
              <TripFacts trip={trip} locale={locale} t={t} />
            </>
          )}
          <TripHistory items={history} locale={locale} t={t} />
        </div>
        <aside className="space-y-4">
          <TripWorkflowPanel tripId={trip.id} version={trip.version} status={trip.status} targets={trip.allowedTargets} noteRequiredFor={trip.noteRequiredFor} />
          <TripSeats trip={trip} locale={locale} t={t} />
        </aside>
      </div>
    </>
  );
}
