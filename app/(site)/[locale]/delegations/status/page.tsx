import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { ApplicationPageFrame } from "@/components/applications/application-page-frame";
import { LookupForm } from "@/components/applications/lookup-form";
import { StatusView } from "@/components/applications/status-view";
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
  return { title: createTranslator(locale)("applications.status.heading"), robots: { index: false } };
}

/** /{locale}/delegations/status: the lookup form, or the application the pass cookie opens. Nothing personal in the address. */
export default async function StatusPage({ params }: PageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = createTranslator(locale);
  const applicantId = readApplicantPass((await cookies()).get(APPLICANT_PASS_COOKIE)?.value);
  const application = applicantId ? await getApplicationStatus(applicantId) : null;
  return (
    <ApplicationPageFrame locale={locale} path="/delegations/status" title={t("applications.status.heading")}>
      {application ? <StatusView application={application} locale={locale} t={t} /> : <LookupForm />}
    </ApplicationPageFrame>
  );
}
