import { Badge } from "@/components/ui/badge";
import type { LetterVerification as Verification } from "@/lib/delegations/letter-verification";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";
import { regionName } from "@/lib/trips/report";

/**
 * What the public verification page says of a decision letter: whether it
 * still holds, and the facts printed on it that a checker compares with the
 * paper. It is given the public DTO only, which holds no member's data.
 */
export function LetterVerification({ locale, verification }: { locale: Locale; verification: Verification }) {
  const t = createTranslator(locale);
  const isValid = verification.validity === "VALID";
  const none = t("decisionLetter.pdf.none");
  const period =
    verification.arrivalOn && verification.departureOn ? formatCalendarRange(locale, verification.arrivalOn, verification.departureOn) : none;
  return (
    <article className="mx-auto max-w-2xl">
      <h1 className="section-title">{t("decisionLetter.verify.title")}</h1>
      <p className="mt-2 text-slate-700">{t("decisionLetter.verify.intro")}</p>
      <div className={`mt-6 rounded-lg border-2 p-4 ${isValid ? "border-green-700 bg-green-50" : "border-red-700 bg-red-50"}`}>
        <p className="flex items-center gap-2 text-lg font-bold text-slate-950">
          <span>{t("decisionLetter.verify.status")}:</span>
          <Badge tone={isValid ? "green" : "red"} className="text-base">
            {isValid ? t("decisionLetter.verify.valid") : t("decisionLetter.verify.revoked")}
          </Badge>
        </p>
        <p className="mt-2 text-slate-800">{isValid ? t("decisionLetter.verify.validDetail") : t("decisionLetter.verify.revokedDetail")}</p>
      </div>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 border-y border-slate-200 py-4 text-slate-800">
        <dt className="font-semibold text-slate-950">{t("decisionLetter.verify.reference")}</dt>
        <dd className="font-mono">{verification.reference}</dd>
        <dt className="font-semibold text-slate-950">{t("decisionLetter.verify.outlet")}</dt>
        <dd>{verification.outletName}</dd>
        <dt className="font-semibold text-slate-950">{t("decisionLetter.verify.country")}</dt>
        <dd>{verification.outletCountry ? regionName(locale, verification.outletCountry) : none}</dd>
        <dt className="font-semibold text-slate-950">{t("decisionLetter.verify.period")}</dt>
        <dd>{period}</dd>
        <dt className="font-semibold text-slate-950">{t("decisionLetter.verify.members")}</dt>
        <dd>{formatNumber(locale, verification.memberCount)}</dd>
        <dt className="font-semibold text-slate-950">{t("decisionLetter.verify.issuedOn")}</dt>
        <dd>
          <time dateTime={verification.issuedAt.toISOString()}>{formatDate(locale, verification.issuedAt)}</time>
        </dd>
      </dl>
      <p className="mt-4 text-sm text-slate-600">{t("decisionLetter.verify.privacy")}</p>
    </article>
  );
}
