import Link from "next/link";
import type { MemberMatch } from "@/lib/delegations/member-matching";
import type { DelegationReview } from "@/lib/delegations/review-queries";
import type { Translate } from "@/lib/i18n/translator";
import { MemberLinkButtons } from "./member-link-buttons";

/**
 * Each member and the directory: the person they are linked to, or the
 * likely matches found by passport number, identity, or name and nationality.
 */
export function MemberMatchingPanel({ delegation, matches, t }: { delegation: DelegationReview; matches: Record<string, MemberMatch[]>; t: Translate }) {
  return (
    <section aria-labelledby="member-matching-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="member-matching-title" className="text-base font-semibold text-slate-900">
        {t("delegationReview.matching.heading")}
      </h2>
      <p className="mb-2 text-sm text-slate-600">{t("delegationReview.matching.intro")}</p>
      <ul className="divide-y divide-slate-100 text-sm">
        {delegation.members.map((member) => {
          const found = matches[member.id] ?? [];
          return (
            <li key={member.id} className="space-y-1 py-2">
              <p className="font-medium text-slate-900">{member.passportName}</p>
              {member.contact ? (
                <p>
                  <Link href={`/admin/contacts/${member.contact.id}`} className="text-blue-800 underline hover:text-blue-950">
                    {t("delegationReview.matching.linkedTo", { name: member.contact.latinName })}
                  </Link>
                </p>
              ) : (
                <>
                  <p className="text-slate-600">{found.length ? t("delegationReview.matching.possibleMatches") : t("delegationReview.matching.noMatches")}</p>
                  <MemberLinkButtons
                    delegationId={delegation.id}
                    memberId={member.id}
                    memberName={member.passportName}
                    matches={found.map((match) => ({
                      contactId: match.contactId,
                      latinName: match.latinName,
                      reasons: match.reasons.map((reason) => t(`delegationReview.matching.reasons.${reason}`)).join(", "),
                    }))}
                  />
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
