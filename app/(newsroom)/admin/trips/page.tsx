import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { createTranslator } from "@/lib/i18n/translator";
import { periodStats, statsPeriod } from "@/lib/trips/overview";
import { listTrips } from "@/lib/trips/queries";
import { tripListFiltersSchema, type TripListFilters } from "@/lib/trips/schemas";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { TripFilters } from "@/components/trips/trip-filters";
import { TripPeriodStats } from "@/components/trips/trip-period-stats";
import { TripsTable } from "@/components/trips/trips-table";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, listHref } from "../list-query";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_KEYS = ["q", "status", "provinceCode", "organiserId", "from", "to"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("trips.title") };
}

const pageHref = (filters: TripListFilters, cursor: string | null) => listHref("/admin/trips", FILTER_KEYS, filters, cursor);


export default async function TripsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/trips"));
  if (!can(actor, "trip.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const filters = tripListFiltersSchema.parse(firstValues(await searchParams));
  // The figures cover the filtered period, or the last two years when none is chosen.
  const [page, stats] = await Promise.all([listTrips({ actor, filters }), periodStats({ actor, ...statsPeriod(filters.from, filters.to) })]);
  const isFiltered = FILTER_KEYS.some((key) => Boolean(filters[key]));
  const canManage = can(actor, "trip.manage");

  return (
    <>
      <PageHeader
        title={t("trips.title")}
        description={t("trips.description")}
        actions={
          <>
            <ButtonLink href="/admin/trips/calendar">{t("trips.calendarLink")}</ButtonLink>
            {canManage && <ButtonLink href="/admin/trips/feed">{t("trips.feedLink")}</ButtonLink>}
            {canManage && (
              <ButtonLink href="/admin/trips/new" variant="primary">
                {t("trips.newTrip")}
              </ButtonLink>
            )}
          </>
        }
      />
      <TripFilters filters={filters} locale={locale} t={t} />
      <TripPeriodStats stats={stats} locale={locale} t={t} />
      <TripsTable items={page.items} isFiltered={isFiltered} locale={locale} t={t} />
      <Pagination
        className="mt-4 justify-end"
        label={t("common.pagination")}
        previous={{ href: filters.cursor ? pageHref(filters, null) : null, label: t("trips.list.firstPage") }}
        next={{ href: page.nextCursor ? pageHref(filters, page.nextCursor) : null, label: t("common.next") }}
      />
    </>
  );
}
