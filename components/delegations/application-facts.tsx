import type { ReactNode } from "react";
import type { DelegationReview } from "@/lib/delegations/review-queries";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import { countryName } from "./country-name";
import { delegationStay } from "./delegations-table";

function Facts({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id={id} className="mb-2 text-base font-semibold text-slate-900">
        {title}
      </h2>
      <dl className="grid gap-x-4 gap-y-2 text-sm sm:grid-cols-[12rem_minmax(0,1fr)]">{children}</dl>
    </section>
  );
}

function Fact({ label, value, none }: { label: string; value: ReactNode; none: string }) {
  const empty = value === null || value === undefined || value === "";
  return (
    <>
      <dt className="font-medium text-slate-600">{label}</dt>
      <dd className={empty ? "text-slate-500" : "whitespace-pre-line text-slate-900"}>{empty ? none : value}</dd>
    </>
  );
}

/** Everything the applicant wrote about the outlet, its contact person and the visit; all as text, never markup. */
export function ApplicationFacts({ delegation, locale, t }: { delegation: DelegationReview; locale: Locale; t: Translate }) {
  const none = t("delegationReview.detail.none");
  const provinces = delegation.provinceCodes
    .map((code) => provinceByCode(code))
    .filter((province) => province !== undefined)
    .map((province) => provinceName(province, locale))
    .join(", ");
  return (
    <>
      <Facts id="application-outlet" title={t("delegationReview.detail.outletHeading")}>
        <Fact label={t("delegationReview.list.outlet")} value={delegation.outletName} none={none} />
        <Fact label={t("delegationReview.detail.outletKind")} value={delegation.outletKind && t(`contacts.outletKinds.${delegation.outletKind}`)} none={none} />
        <Fact label={t("delegationReview.detail.country")} value={countryName(locale, delegation.outletCountry)} none={none} />
        <Fact label={t("delegationReview.detail.website")} value={delegation.outletWebsite} none={none} />
      </Facts>
      <Facts id="application-contact" title={t("delegationReview.detail.contactHeading")}>
        <Fact label={t("delegationReview.detail.contactName")} value={delegation.contactName} none={none} />
        <Fact label={t("delegationReview.detail.contactEmail")} value={delegation.contactEmail} none={none} />
        <Fact label={t("delegationReview.detail.contactPhone")} value={delegation.contactPhone} none={none} />
      </Facts>
      <Facts id="application-visit" title={t("delegationReview.detail.visitHeading")}>
        <Fact label={t("delegationReview.detail.stay")} value={delegationStay(locale, delegation.arrivalOn, delegation.departureOn)} none={none} />
        <Fact label={t("delegationReview.detail.purpose")} value={delegation.purpose} none={none} />
        <Fact label={t("delegationReview.detail.topics")} value={delegation.topics.join(", ")} none={none} />
        <Fact label={t("delegationReview.detail.provinces")} value={provinces} none={none} />
        <Fact label={t("delegationReview.detail.placesDetail")} value={delegation.placesDetail} none={none} />
        <Fact label={t("delegationReview.detail.interviews")} value={delegation.interviewRequests} none={none} />
        <Fact label={t("delegationReview.detail.equipment")} value={delegation.equipment} none={none} />
        <Fact
          label={t("delegationReview.detail.submittedAt")}
          value={delegation.submittedAt && <time dateTime={isoDate(delegation.submittedAt)}>{formatDateTime(locale, delegation.submittedAt)}</time>}
          none={none}
        />
        <Fact
          label={t("delegationReview.detail.decidedAt")}
          value={delegation.decidedAt && <time dateTime={isoDate(delegation.decidedAt)}>{formatDateTime(locale, delegation.decidedAt)}</time>}
          none={none}
        />
      </Facts>
    </>
  );
}
