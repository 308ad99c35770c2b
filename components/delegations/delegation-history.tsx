import type { DelegationReview } from "@/lib/delegations/review-queries";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Every step of the application, oldest first: who (an officer, or the applicant), when, and why. */
export function DelegationHistory({ items, locale, t }: { items: DelegationReview["history"]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="delegation-history-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="delegation-history-title" className="mb-2 text-base font-semibold text-slate-900">
        {t("delegationReview.history.heading")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationReview.history.empty")}</p>
      ) : (
        <ol className="divide-y divide-slate-100 text-sm">
          {items.map((step) => (
            <li key={step.id} className="py-2">
              <p>
                <time dateTime={isoDate(step.createdAt)} className="text-slate-600">
                  {formatDateTime(locale, step.createdAt)}
                </time>{" "}
                <span className="font-medium text-slate-900">{step.actorName ?? t("delegationReview.history.applicant")}</span>
                {": "}
                {t(`delegations.status.${step.fromStatus}`)} → {t(`delegations.status.${step.toStatus}`)}
              </p>
              {step.note && <p className="whitespace-pre-line text-slate-700">{step.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
