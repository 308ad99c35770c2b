import type { Locale } from "@/lib/i18n/locales";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translator";

export type BarChartRow = { key: string; label: string; delegations: number; reporters: number };

const ROW = 26;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 330;
const VALUE_WIDTH = 70;
const WIDTH = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH;

const shortLabel = (label: string) => (label.length > 26 ? `${label.slice(0, 25)}…` : label);

/**
 * A horizontal bar chart drawn on the server (no chart library, no client
 * JavaScript): the picture is one image with a title and a description for
 * assistive technology, and the table under it carries every figure, so
 * nothing is only in the picture.
 */
export function BarChart({ id, title, rows, locale, t }: { id: string; title: string; rows: BarChartRow[]; locale: Locale; t: Translate }) {
  const headingId = `${id}-heading`;
  const max = Math.max(1, ...rows.map((row) => row.delegations));
  const height = Math.max(1, rows.length) * ROW + 8;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={headingId} className="mb-3 text-base font-semibold text-slate-900">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationStats.charts.empty")}</p>
      ) : (
        <>
          <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
            <title id={`${id}-title`}>{title}</title>
            <desc id={`${id}-desc`}>{t("delegationStats.charts.desc", { count: formatNumber(locale, rows.length) })}</desc>
            {rows.map((row, index) => {
              const y = index * ROW + 4;
              const width = Math.round((row.delegations / max) * BAR_WIDTH);
              return (
                <g key={row.key || "-"}>
                  <text x={LABEL_WIDTH - 8} y={y + ROW / 2 + 4} textAnchor="end" className="fill-slate-700 text-[12px]">
                    {shortLabel(row.label)}
                  </text>
                  <rect x={LABEL_WIDTH} y={y + 3} width={Math.max(width, row.delegations ? 2 : 0)} height={ROW - 8} rx={2} className="fill-blue-700" />
                  <text x={LABEL_WIDTH + width + 6} y={y + ROW / 2 + 4} className="fill-slate-900 text-[12px] tabular-nums">
                    {formatNumber(locale, row.delegations)}
                  </text>
                </g>
              );
            })}
          </svg>
          <table className="mt-3 w-full max-w-3xl text-sm">
            <caption className="sr-only">{t("delegationStats.charts.tableCaption", { title })}</caption>
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-600">
                <th scope="col" className="py-1 pr-3 font-medium">{t("delegationStats.charts.item")}</th>
                <th scope="col" className="py-1 pr-3 text-right font-medium">{t("delegationStats.charts.delegations")}</th>
                <th scope="col" className="py-1 text-right font-medium">{t("delegationStats.charts.reporters")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key || "-"} className="border-b border-slate-100">
                  <th scope="row" className="py-1 pr-3 text-left font-normal text-slate-800">{row.label}</th>
                  <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(locale, row.delegations)}</td>
                  <td className="py-1 text-right tabular-nums">{formatNumber(locale, row.reporters)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
