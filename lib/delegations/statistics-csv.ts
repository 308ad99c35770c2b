/**
 * The statistics page as a spreadsheet: the same aggregates, one section per
 * breakdown. Items carry the reader's label and the raw code (country code,
 * outlet type, month) so the file can be sorted and joined; numbers are plain
 * (no thousands separators) for the spreadsheet to read as numbers.
 */
import type { Actor } from "@/lib/authz/policy";
import { CSV_CONTENT_TYPE, toCsv, type CsvCell } from "@/lib/export/csv";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { periodStatistics } from "./statistics";
import { BREAKDOWNS, breakdownLabel } from "./statistics-labels";
import type { StatisticsPeriodInput } from "./statistics-schemas";

export type StatisticsCsv = { body: string; fileName: string; contentType: string };

export async function exportStatisticsCsv({ actor, period, locale, now }: { actor: Actor; period: StatisticsPeriodInput; locale: Locale; now?: Date }): Promise<StatisticsCsv> {
  const stats = await periodStatistics({ actor, ...period, now });
  const t = createTranslator(locale);
  const rows: CsvCell[][] = [
    [t("delegationStats.export.period"), `${stats.period.from} – ${stats.period.to}`, "", "", ""],
    [t("delegationStats.export.total"), "", "", stats.delegations, stats.reporters],
    [t("delegationStats.export.decided"), "", "", stats.decided, ""],
    [t("delegationStats.export.medianDays"), stats.medianProcessingDays ?? "", "", "", ""],
  ];
  for (const breakdown of BREAKDOWNS) {
    const section = t(`delegationStats.charts.${breakdown}`);
    for (const row of stats[breakdown]) rows.push([section, breakdownLabel(breakdown, row, locale, t), row.key, row.delegations, row.reporters]);
  }
  const header = [t("delegationStats.export.section"), t("delegationStats.charts.item"), t("delegationStats.export.code"), t("delegationStats.charts.delegations"), t("delegationStats.charts.reporters")];
  return {
    body: toCsv(header, rows),
    fileName: `${t("delegationStats.export.fileName")}-${stats.period.from}-${stats.period.to}.csv`,
    contentType: CSV_CONTENT_TYPE,
  };
}
