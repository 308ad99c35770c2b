import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { listDelegations } from "@/lib/delegations/review-queries";
import { delegationListFiltersSchema, type DelegationListFilters } from "@/lib/delegations/review-schemas";
import { createTranslator } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { DelegationFilters } from "@/components/delegations/delegation-filters";
import { DelegationsTable } from "@/components/delegations/delegations-table";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { firstValues, listHref } from "../list-query";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const FILTER_KEYS = ["q", "status", "country", "from", "to"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("delegationReview.title") };
}

const pageHref = (filters: DelegationListFilters, cursor: string | null) => listHref("/admin/delegations", FILTER_KEYS, filters, cursor);

export default async function DelegationsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/delegations"));
  if (!can(actor, "delegation.review")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const filters = delegationListFiltersSchema.parse(firstValues(await searchParams));
  const page = await listDelegations({ actor, filters });
  const isFiltered = FILTER_KEYS.some((key) => Boolean(filters[key]));

  return (
    <>
      <PageHeader
        title={t("delegationReview.title")}
        description={t("delegationReview.description")}
        actions={
          <>
            {can(actor, "delegation.stats") && <ButtonLink href="/admin/delegations/statistics">{t("delegationReview.statisticsLink")}</ButtonLink>}
            <ButtonLink href="/admin/outbox">{t("delegationReview.outboxLink")}</ButtonLink>
          </>
        }
      />
      <DelegationFilters filters={filters} t={t} />
      <DelegationsTable items={page.items} isFiltered={isFiltered} locale={locale} t={t} />
      <Pagination
        className="mt-4 justify-end"
        label={t("common.pagination")}
        previous={{ href: filters.cursor ? pageHref(filters, null) : null, label: t("delegationReview.list.firstPage") }}
        next={{ href: page.nextCursor ? pageHref(filters, page.nextCursor) : null, label: t("common.next") }}
      />
    </>
  );
}
