import type { ReactNode } from "react";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { languageName, regionName, type TripReport } from "@/lib/trips/report";

type Row = { key: string; cells: ReactNode[] };

/** One breakdown as a table: a caption screen readers announce, column headers, a row header per line. */
function SumTable({ caption, headers, rows, t }: { caption: string; headers: string[]; rows: Row[]; t: Translate }) {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3">
      <table className="w-full text-sm">
        <caption className="mb-2 text-left text-sm font-semibold text-slate-900">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
            {headers.map((header, index) => (
              <th key={header} scope="col" className={index === 0 ? "py-1 pr-2 font-medium" : "py-1 pl-2 text-right font-medium"}>
                {header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? (
            <tr>
              <td colSpan={headers.length} className="py-2 text-slate-600">
                {t("coverage.report.none")}
              </td>
            </tr>
          ) : (
            rows.map((row) => (
              <tr key={row.key}>
                <th scope="row" className="py-1 pr-2 text-left font-normal text-slate-900">
                  {row.cells[0]}
                </th>
                {row.cells.slice(1).map((cell, index) => (
                  <td key={index} className="py-1 pl-2 text-right tabular-nums">
                    {cell}
                  </td>
                ))}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/** The report's sums: counts only, no participant is named. */
export function ReportSummary({ report, locale, t }: { report: TripReport; locale: Locale; t: Translate }) {
  const n = (value: number) => formatNumber(locale, value);
  const { participants, coverage } = report;
  return (
    <section aria-labelledby="report-summary" className="space-y-3">
      <h2 id="report-summary" className="text-lg font-semibold text-slate-900">
        {t("coverage.report.heading")}
      </h2>
      <p className="text-sm text-slate-700">{t("coverage.report.participantsSummary", { count: n(participants.withSeat), noShows: n(participants.noShows) })}</p>
      <div className="grid gap-3 md:grid-cols-2 xl:grid-cols-3">
        <SumTable
          caption={t("coverage.report.byCountry")}
          headers={[t("coverage.report.country"), t("coverage.report.participants")]}
          rows={participants.byCountry.map((row) => ({ key: row.key, cells: [regionName(locale, row.key), n(row.count)] }))}
          t={t}
        />
        <SumTable
          caption={t("coverage.report.byOutlet")}
          headers={[t("coverage.report.party"), t("coverage.report.participants")]}
          rows={participants.byParty.map((row) => ({ key: `${row.kind}:${row.name ?? ""}`, cells: [row.name ?? t("coverage.report.noParty"), n(row.count)] }))}
          t={t}
        />
        <SumTable
          caption={t("coverage.report.coverageByOutlet")}
          headers={[t("coverage.list.outlet"), t("coverage.report.stories"), t("coverage.report.knownReach")]}
          rows={coverage.byOutlet.map((row) => ({ key: row.outletId ?? "", cells: [row.name ?? t("coverage.report.otherOutlets"), n(row.count), n(row.reach)] }))}
          t={t}
        />
        <SumTable
          caption={t("coverage.report.coverageByLanguage")}
          headers={[t("coverage.report.language"), t("coverage.report.stories")]}
          rows={coverage.byLanguage.map((row) => ({ key: row.key, cells: [languageName(locale, row.key), n(row.count)] }))}
          t={t}
        />
        <SumTable
          caption={t("coverage.report.toneHeading")}
          headers={[t("coverage.report.tone"), t("coverage.report.stories")]}
          rows={coverage.total === 0 ? [] : (["POSITIVE", "NEUTRAL", "NEGATIVE"] as const).map((tone) => ({ key: tone, cells: [t(`coverage.tones.${tone}`), n(coverage.tone[tone])] }))}
          t={t}
        />
      </div>
      <p className="text-sm text-slate-700">{t("coverage.report.reachTotal", { reach: n(coverage.knownReach), unknown: n(coverage.unknownReach) })}</p>
    </section>
  );
}
