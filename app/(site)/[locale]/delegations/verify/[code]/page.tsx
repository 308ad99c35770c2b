import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LetterVerification } from "@/components/delegations/letter-verification";
import { languageLinks } from "@/components/site/language-links";
import { SiteMain } from "@/components/site/site-main";
import { letterVerificationPath, verifyDecisionLetter } from "@/lib/delegations/letter-verification";
import { isLocale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";

type PageParams = { params: Promise<{ locale: string; code: string }> };

// A letter is revoked the moment its delegation is cancelled: the answer is read on every request, never cached.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: PageParams): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return {
    title: createTranslator(locale)("decisionLetter.verify.title"),
    // The secret code is in the address: kept out of search engines and out of the Referer sent to other sites.
    robots: { index: false, follow: false },
    referrer: "no-referrer",
  };
}

/** /vi/delegations/verify/<code>, /en/…: what the decision letter's QR code opens. Unknown codes 404. */
export default async function LetterVerificationPage({ params }: PageParams) {
  const { locale, code } = await params;
  if (!isLocale(locale)) notFound();
  const verification = await verifyDecisionLetter(code);
  if (!verification) notFound();
  return (
    <SiteMain locale={locale} languages={languageLinks(locale, (other) => letterVerificationPath(other, code))}>
      <LetterVerification locale={locale} verification={verification} />
    </SiteMain>
  );
}
