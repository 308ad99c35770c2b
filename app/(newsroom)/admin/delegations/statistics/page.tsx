import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { periodStatistics, statisticsStatement } from "@/lib/delegations/statistics";
import { BREAKDOWNS, breakdownLabel } from "@/lib/delegations/statistics-labels";
import { statisticsPeriodSchema, type StatisticsPeriodInput } from "@/lib/delegations/statistics-schemas";
import { createTranslator, translateDynamic } from "@/lib/i18n/translator";
import { signInPath } from "@/components/auth/callback-path";
import { BarChart } from "@/components/delegations/statistics/bar-chart";
import { KeyFigures } from "@/components/delegations/statistics/key-figures";
import { PeriodFilter } from "@/components/delegations/statistics/period-filter";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { Alert } from "@/components/ui/alert";
import { buttonClasses } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { firstValues } from "../../list-query";
import { pageErrorFor } from "../../page-errors";

const PATH = "/admin/delegations/statistics";
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("delegationStats.title") };
}

export default async function DelegationStatisticsPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath(PATH));
  if (!can(actor, "delegation.stats")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const asked = firstValues(await searchParams);
  const parsed = statisticsPeriodSchema.safeParse({ from: asked.from, to: asked.to });
  // A period that does not parse shows the default one, with the reasons beside the fields.
  const input: StatisticsPeriodInput = parsed.success ? parsed.data : {};
  const errors: Partial<Record<"from" | "to", string[]>> = {};
  for (const issue of parsed.error?.issues ?? []) {
    const field = issue.path[0] === "to" ? "to" : "from";
    (errors[field] ??= []).push(translateDynamic(t, issue.message));
  }
  const stats = await periodStatistics({ actor, ...input }).catch(pageErrorFor(PATH));
  const csvHref = `/api/delegations/statistics?${new URLSearchParams(stats.period.isDefault ? {} : { from: stats.period.from, to: stats.period.to })}`;

  return (
    <>
      <PageHeader
        title={t("delegationStats.title")}
        description={t("delegationStats.description")}
        actions={
          // A download, not a page: a plain link the browser saves.
          <a href={csvHref} download className={buttonClasses("secondary")}>
            {t("delegationStats.export.csv")}
          </a>
        }
      />
      <PeriodFilter from={asked.from ?? ""} to={asked.to ?? ""} errors={errors} t={t} />
      {!parsed.success && (
        <Alert tone="warning" className="mb-4">
          {t("delegationStats.period.invalid")}
        </Alert>
      )}
      <p className="mb-4 text-lg font-medium text-slate-900">{statisticsStatement(stats, locale, t)}</p>
      <KeyFigures stats={stats} locale={locale} t={t} />
      <div className="grid gap-4 xl:grid-cols-2">
        {BREAKDOWNS.map((breakdown) => (
          <BarChart
            key={breakdown}
            id={`chart-${breakdown}`}
            title={t(`delegationStats.charts.${breakdown}`)}
            rows={stats[breakdown].map((row) => ({ ...row, label: breakdownLabel(breakdown, row, locale, t) }))}
            locale={locale}
            t={t}
          />
        ))}
      </div>
    </>
  );
}
