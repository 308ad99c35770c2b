import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import { formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import type { CoverageItem } from "@/lib/trips/coverage";
import { languageName } from "@/lib/trips/report";
import { CoverageForm, type OutletOption } from "./coverage-form";
import { RemoveCoverageButton } from "./remove-coverage-button";

type CoverageListProps = {
  tripId: string;
  startsOn: string;
  coverage: CoverageItem[];
  outlets: OutletOption[];
  /** trip.manage and a trip that has begun: the list is edited in place and the add form shows. */
  canEdit: boolean;
  locale: Locale;
  t: Translate;
};

/** The outlets' stories about the trip, each linked to where it was published; press officers edit them in place. */
export function CoverageList({ tripId, startsOn, coverage, outlets, canEdit, locale, t }: CoverageListProps) {
  return (
    <section aria-labelledby="coverage-heading" className="space-y-3">
      <h2 id="coverage-heading" className="text-lg font-semibold text-slate-900">
        {t("coverage.list.heading")}
      </h2>
      {coverage.length === 0 ? (
        <p className="text-sm text-slate-600">{t("coverage.list.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-sm">
            <thead>
              <tr className="border-b border-slate-200 text-left text-xs text-slate-600">
                <th scope="col" className="px-3 py-2 font-medium">{t("coverage.list.title")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("coverage.list.outlet")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("coverage.list.language")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("coverage.list.publishedOn")}</th>
                <th scope="col" className="px-3 py-2 text-right font-medium">{t("coverage.list.reach")}</th>
                <th scope="col" className="px-3 py-2 font-medium">{t("coverage.list.tone")}</th>
                {canEdit && <th scope="col" className="px-3 py-2 text-right font-medium">{t("coverage.list.actions")}</th>}
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {coverage.map((item) => (
                <tr key={item.id} className="align-top">
                  <th scope="row" className="px-3 py-2 text-left font-normal">
                    <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="font-medium text-blue-800 underline">
                      {item.title}
                      <span className="sr-only"> {t("coverage.list.externalLink")} {t("common.openInNewTab")}</span>
                    </a>
                  </th>
                  <td className="px-3 py-2">{item.outlet?.name ?? t("coverage.fields.noOutlet")}</td>
                  <td className="px-3 py-2">{languageName(locale, item.language)}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <time dateTime={item.publishedOn}>{formatCalendarDate(locale, item.publishedOn)}</time>
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{item.reach === null ? t("coverage.list.unknown") : formatNumber(locale, item.reach)}</td>
                  <td className="px-3 py-2">{t(`coverage.tones.${item.tone}`)}</td>
                  {canEdit && (
                    <td className="px-3 py-2 text-right">
                      <RemoveCoverageButton tripId={tripId} coverageId={item.id} version={item.version} title={item.title} />
                      <details className="mt-1 text-left">
                        <summary className="cursor-pointer text-right text-xs text-blue-800 underline">{t("coverage.edit", { title: item.title })}</summary>
                        <div className="mt-2 w-[min(40rem,80vw)]">
                          <CoverageForm tripId={tripId} outlets={outlets} item={item} startsOn={startsOn} />
                        </div>
                      </details>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canEdit ? <CoverageForm tripId={tripId} outlets={outlets} startsOn={startsOn} /> : null}
    </section>
  );
}
