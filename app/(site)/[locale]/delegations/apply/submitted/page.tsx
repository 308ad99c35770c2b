import type { Metadata } from "next";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ApplicationPageFrame } from "@/components/applications/application-page-frame";
import { Alert } from "@/components/ui/alert";
import { getApplicationStatus } from "@/lib/delegations/application-status";
import { APPLICANT_PASS_COOKIE, readApplicantPass } from "@/lib/delegations/applicant-access";
import { isLocale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";

// Per applicant: the pass cookie decides what is shown, so never prerendered or cached.
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: createTranslator(locale)("applications.submitted.heading"), robots: { index: false } };
}

/** /{locale}/delegations/apply/submitted: the reference number of the application just submitted (from the pass, not the address). */
export default async function SubmittedPage({ params }: PageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = createTranslator(locale);
  const applicantId = readApplicantPass((await cookies()).get(APPLICANT_PASS_COOKIE)?.value);
  const application = applicantId ? await getApplicationStatus(applicantId) : null;
  if (!application) redirect(`/${locale}/delegations/status`);
  return (
    <ApplicationPageFrame locale={locale} path="/delegations/apply/submitted" title={t("applications.submitted.heading")}>
      <Alert tone="success">
        <p className="text-lg">{t("applications.submitted.reference", { reference: application.reference })}</p>
      </Alert>
      <p>{t("applications.submitted.keep")}</p>
      <Link href={`/${locale}/delegations/status`} className="underline">
        {t("applications.submitted.statusLink")}
      </Link>
    </ApplicationPageFrame>
  );
}
