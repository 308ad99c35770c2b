import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { isLocale, LOCALES, type Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translator";
import { publicSiteUrl } from "@/lib/site-url";

/** The statuses whose reaching the applicant is told of by e-mail, and the outbox kind of each mail. */
export const DECISION_EMAIL_KINDS = {
  INFO_REQUESTED: "delegation.infoRequested",
  APPROVED: "delegation.approved",
  REJECTED: "delegation.rejected",
  CANCELLED: "delegation.cancelled",
} as const satisfies Partial<Record<DelegationStatus, string>>;

export type DecisionEmailStatus = keyof typeof DECISION_EMAIL_KINDS;

export function isDecisionEmailStatus(status: DelegationStatus): status is DecisionEmailStatus {
  return status in DECISION_EMAIL_KINDS;
}

/** The public status page where the applicant signs in with the reference number and e-mail address. */
export function applicationStatusUrl(locale: Locale): string {
  return new URL(`/${locale}/delegations/status`, publicSiteUrl()).toString();
}

type DecisionEmailFacts = {
  status: DecisionEmailStatus;
  /** The applicant's language; anything we do not speak gets English first. */
  locale: string;
  reference: string;
  outletName: string;
  contactName: string;
  /** The officer's question, the reason of a refusal or cancellation, or the approval's note. */
  note: string | null;
};

function section(t: Translate, locale: Locale, facts: DecisionEmailFacts): string {
  const key = `delegationReview.email.${facts.status}` as const;
  const lines = [
    t("delegationReview.email.greeting", { name: facts.contactName || facts.outletName }),
    "",
    t(`${key}.body`, { reference: facts.reference, outlet: facts.outletName }),
  ];
  if (facts.note) lines.push("", t(`${key}.noteLabel`), facts.note);
  lines.push("", t("delegationReview.email.statusPage", { url: applicationStatusUrl(locale) }), "", t("delegationReview.email.signature"));
  return lines.join("\n");
}

/**
 * A decision e-mail in the applicant's language first and the other one
 * below, so a forwarded mail still reads for a colleague; the reference
 * number is in both subjects and both bodies.
 */
export function decisionEmail(facts: DecisionEmailFacts): { subject: string; text: string; kind: string } {
  const first: Locale = isLocale(facts.locale) ? facts.locale : "en";
  const order = [first, ...LOCALES.filter((locale) => locale !== first)];
  const translators = order.map((locale) => [locale, createTranslator(locale)] as const);
  const subject = translators.map(([, t]) => t(`delegationReview.email.${facts.status}.subject`, { reference: facts.reference })).join(" / ");
  const text = translators.map(([locale, t]) => section(t, locale, facts)).join("\n\n────────────────────────\n\n");
  return { subject, text, kind: DECISION_EMAIL_KINDS[facts.status] };
}
