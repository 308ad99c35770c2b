import type { DelegationReview } from "@/lib/delegations/review-queries";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Who viewed which protected value of whom, newest first: what an officer answers to. */
export function DelegationAccessLog({ entries, locale, t }: { entries: DelegationReview["accessLog"]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="delegation-access-log-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="delegation-access-log-title" className="mb-2 text-base font-semibold text-slate-900">
        {t("delegationReview.accessLog.heading")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationReview.accessLog.empty")}</p>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("delegationReview.accessLog.caption")}</caption>
          <thead className="border-b border-slate-200 text-xs font-medium text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-2 py-1">{t("delegationReview.accessLog.when")}</th>
              <th scope="col" className="px-2 py-1">{t("delegationReview.accessLog.who")}</th>
              <th scope="col" className="px-2 py-1">{t("delegationReview.accessLog.what")}</th>
              <th scope="col" className="px-2 py-1">{t("delegationReview.accessLog.whose")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td className="px-2 py-1 whitespace-nowrap text-slate-600">
                  <time dateTime={isoDate(entry.createdAt)}>{formatDateTime(locale, entry.createdAt)}</time>
                </td>
                <td className="px-2 py-1 text-slate-900">{entry.actorName}</td>
                <td className="px-2 py-1 text-slate-700">{t(`delegationReview.accessLog.fields.${entry.field}`)}</td>
                <td className="px-2 py-1 text-slate-700">{entry.memberName ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
