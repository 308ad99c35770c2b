import Link from "next/link";
import type { ReactNode } from "react";
import type { ApplicationDraft } from "@/lib/delegations/application-draft";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { provinceByCode, provinceName } from "@/lib/places/provinces";
import { SubmitForm } from "./submit-form";

function Part({ id, title, step, locale, t, children }: { id: string; title: string; step: number; locale: Locale; t: Translate; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-2 rounded-lg border border-slate-200 p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={id} className="font-semibold">{title}</h3>
        <Link href={`/${locale}/delegations/apply?step=${step}`} className="text-sm underline" aria-label={`${t("applications.review.edit")}: ${title}`}>
          {t("applications.review.edit")}
        </Link>
      </div>
      {children}
    </section>
  );
}

/** Step 5: everything once more, masked where it is protected, then the submission. */
export function ReviewStep({ draft, locale, t }: { draft: ApplicationDraft; locale: Locale; t: Translate }) {
  const provinces = draft.provinceCodes.map((code) => provinceByCode(code)).filter((province) => province !== undefined);
  return (
    <section aria-labelledby="step-heading" className="space-y-4">
      <h2 id="step-heading" className="text-xl font-semibold">{t("applications.review.heading")}</h2>
      <Part id="review-outlet" title={t("applications.review.outlet")} step={1} locale={locale} t={t}>
        <p className="text-sm">
          {draft.outletName} · {draft.outletKind ? t(`contacts.outletKinds.${draft.outletKind}`) : ""} · {draft.outletCountry}
        </p>
        <p className="text-sm">
          {draft.contactName} · {draft.contactEmail} · {draft.contactPhone}
        </p>
      </Part>
      <Part id="review-members" title={t("applications.review.members")} step={2} locale={locale} t={t}>
        <ul className="list-disc pl-5 text-sm">
          {draft.members.map((member) => (
            <li key={member.id}>
              {member.passportName} ({member.nationality}) · {t(`delegations.memberRoles.${member.role}`)} · •••••{member.passportNumberLast4}
            </li>
          ))}
        </ul>
      </Part>
      <Part id="review-visit" title={t("applications.review.visit")} step={3} locale={locale} t={t}>
        {draft.arrivalOn && draft.departureOn && <p className="text-sm">{formatCalendarRange(locale, draft.arrivalOn, draft.departureOn)}</p>}
        <p className="text-sm whitespace-pre-line">{draft.purpose}</p>
        {provinces.length > 0 && <p className="text-sm">{provinces.map((province) => provinceName(province, locale)).join(", ")}</p>}
      </Part>
      <Part id="review-documents" title={t("applications.review.documents")} step={4} locale={locale} t={t}>
        <ul className="list-disc pl-5 text-sm">
          {draft.documents.map((document) => (
            <li key={document.id}>{document.fileName}</li>
          ))}
        </ul>
      </Part>
      <SubmitForm version={draft.version} />
    </section>
  );
}
