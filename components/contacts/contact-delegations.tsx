import Link from "next/link";
import type { ContactDelegation } from "@/lib/delegations/contact-history";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { DelegationStatusBadge } from "@/components/delegations/delegation-status-badge";

/** The delegations a person came with, newest first: the contact page's "Delegations", for press officers. */
export function ContactDelegations({ delegations, locale, t }: { delegations: ContactDelegation[]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="contact-delegations-heading" className="mt-6 max-w-3xl">
      <h2 id="contact-delegations-heading" className="mb-2 text-base font-semibold text-slate-900">
        {t("delegationReview.contactHistory.heading")}
      </h2>
      {delegations.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationReview.contactHistory.empty")}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-2">{t("delegationReview.contactHistory.reference")}</th>
                <th scope="col" className="px-3 py-2">{t("delegationReview.contactHistory.outlet")}</th>
                <th scope="col" className="px-3 py-2">{t("delegationReview.contactHistory.stay")}</th>
                <th scope="col" className="px-3 py-2">{t("delegationReview.contactHistory.role")}</th>
                <th scope="col" className="px-3 py-2">{t("delegationReview.contactHistory.status")}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {delegations.map((delegation) => (
                <tr key={delegation.delegationId}>
                  <td className="px-3 py-2">
                    <Link href={`/admin/delegations/${delegation.delegationId}`} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                      {delegation.reference}
                    </Link>
                  </td>
                  <td className="px-3 py-2 text-slate-700">{delegation.outletName}</td>
                  <td className="px-3 py-2 text-slate-700">
                    {delegation.arrivalOn && delegation.departureOn ? formatCalendarRange(locale, delegation.arrivalOn, delegation.departureOn) : "—"}
                  </td>
                  <td className="px-3 py-2 text-slate-700">{t(`delegations.memberRoles.${delegation.role}`)}</td>
                  <td className="px-3 py-2">
                    <DelegationStatusBadge status={delegation.status} label={t(`delegations.status.${delegation.status}`)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
