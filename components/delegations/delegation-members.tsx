import Link from "next/link";
import type { DelegationReview } from "@/lib/delegations/review-queries";
import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { countryName } from "./country-name";
import { RevealButton } from "./reveal-button";

/**
 * The members as in their passports. Numbers and dates of birth arrive
 * masked; an officer with "delegation.personal" may reveal one at a time.
 */
export function DelegationMembers({ delegation, locale, t }: { delegation: DelegationReview; locale: Locale; t: Translate }) {
  const notGiven = <span className="text-slate-500">{t("delegationReview.members.notGiven")}</span>;
  return (
    <section aria-labelledby="delegation-members-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="delegation-members-title" className="mb-2 text-base font-semibold text-slate-900">
        {t("delegationReview.members.heading")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">{t("delegationReview.members.caption")}</caption>
          <thead className="border-b border-slate-200 text-xs font-medium text-slate-600 uppercase">
            <tr>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.passportName")}</th>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.nationality")}</th>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.role")}</th>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.passportExpiry")}</th>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.dateOfBirth")}</th>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.passportNumber")}</th>
              <th scope="col" className="px-2 py-2">{t("delegationReview.members.directory")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {delegation.members.map((member) => (
              <tr key={member.id}>
                <th scope="row" className="px-2 py-2 font-medium text-slate-900">
                  {member.passportName}
                </th>
                <td className="px-2 py-2 text-slate-700">{countryName(locale, member.nationality)}</td>
                <td className="px-2 py-2 text-slate-700">{t(`delegations.memberRoles.${member.role}`)}</td>
                <td className="px-2 py-2 whitespace-nowrap text-slate-700">{member.passportExpiresOn ? formatCalendarDate(locale, member.passportExpiresOn) : notGiven}</td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {!member.maskedDateOfBirth ? (
                    notGiven
                  ) : delegation.canSeePersonal ? (
                    <RevealButton
                      delegationId={delegation.id}
                      memberId={member.id}
                      field="DATE_OF_BIRTH"
                      masked={member.maskedDateOfBirth}
                      label={t("delegationReview.members.showDateOfBirth", { name: member.passportName })}
                    />
                  ) : (
                    <span className="font-mono">{member.maskedDateOfBirth}</span>
                  )}
                </td>
                <td className="px-2 py-2 whitespace-nowrap">
                  {!member.maskedPassportNumber ? (
                    notGiven
                  ) : delegation.canSeePersonal ? (
                    <RevealButton
                      delegationId={delegation.id}
                      memberId={member.id}
                      field="PASSPORT_NUMBER"
                      masked={member.maskedPassportNumber}
                      label={t("delegationReview.members.showPassportNumber", { name: member.passportName })}
                    />
                  ) : (
                    <span className="font-mono">{member.maskedPassportNumber}</span>
                  )}
                </td>
                <td className="px-2 py-2">
                  {member.contact ? (
                    <Link href={`/admin/contacts/${member.contact.id}`} className="text-blue-800 underline hover:text-blue-950">
                      {member.contact.latinName}
                    </Link>
                  ) : (
                    <span className="text-slate-500">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
