import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listOutlets } from "@/lib/contacts/queries";
import { createTranslator } from "@/lib/i18n/translator";
import { getTripScopeOrThrow } from "@/lib/trips/access";
import { listTripCoverage } from "@/lib/trips/coverage";
import { getTripPublicPage } from "@/lib/trips/public-text";
import { getTripReport, searchArticlesToLink } from "@/lib/trips/report";
import { COVERAGE_STATUSES } from "@/lib/trips/workflow";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { CoverageList } from "@/components/trips/report/coverage-list";
import { DraftFromReport } from "@/components/trips/report/draft-from-report";
import { LinkedArticles } from "@/components/trips/report/linked-articles";
import { PublicPageForm } from "@/components/trips/report/public-page-form";
import { ReportSummary } from "@/components/trips/report/report-summary";
import { TripHeader } from "@/components/trips/trip-header";
import { Alert } from "@/components/ui/alert";
import { pageErrorFor } from "../../../page-errors";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("coverage.title") };
}

/** A trip's coverage and report: the sums, the outlets' stories, our articles, the draft article and the public page. */
export default async function TripReportPage({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const path = `/admin/trips/${id}/report`;
  const actor = await currentActor();
  if (!actor) redirect(signInPath(path));
  if (!can(actor, "trip.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const trip = await getTripScopeOrThrow({ actor, tripId: id }).catch(pageErrorFor(path));
  const rawQ = (await searchParams).q;
  const q = (typeof rawQ === "string" ? rawQ : "").trim().slice(0, 200);

  const canManage = can(actor, "trip.manage");
  const hasBegun = COVERAGE_STATUSES.includes(trip.status);
  const canEditCoverage = canManage && hasBegun;
  const canDraft = hasBegun && (canManage || can(actor, "article.create"));
  const [report, coverage, publicPage, outlets, results] = await Promise.all([
    getTripReport({ actor, tripId: trip.id }),
    listTripCoverage({ actor, tripId: trip.id }),
    getTripPublicPage({ actor, tripId: trip.id }),
    canEditCoverage ? listOutlets({ actor }) : Promise.resolve([]),
    canManage && q ? searchArticlesToLink({ actor, tripId: trip.id, q }) : Promise.resolve([]),
  ]);

  return (
    <>
      <TripHeader trip={trip} locale={locale} t={t} />
      <div className="space-y-8">
        {!hasBegun && <Alert tone="info">{t("coverage.notEditable")}</Alert>}
        <ReportSummary report={report} locale={locale} t={t} />
        <CoverageList
          tripId={trip.id}
          startsOn={trip.startsOn}
          coverage={coverage}
          outlets={outlets.map((outlet) => ({ id: outlet.id, name: outlet.name }))}
          canEdit={canEditCoverage}
          locale={locale}
          t={t}
        />
        <LinkedArticles
          tripId={trip.id}
          articles={report.articles}
          canManage={canManage && trip.status !== "CANCELLED"}
          canReadArticles={can(actor, "article.read")}
          q={q}
          results={results}
          t={t}
        />
        {canDraft && <DraftFromReport tripId={trip.id} />}
        {canManage && <PublicPageForm key={publicPage.publicVersion} tripId={trip.id} page={publicPage} />}
      </div>
    </>
  );
}
