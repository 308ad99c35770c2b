import type { Metadata } from "next";
import { cookies } from "next/headers";
import { notFound } from "next/navigation";
import { ApplicationPageFrame } from "@/components/applications/application-page-frame";
import { DocumentsStep } from "@/components/applications/documents-step";
import { MembersStepForm } from "@/components/applications/members-step-form";
import { OutletStepForm } from "@/components/applications/outlet-step-form";
import { ReviewStep } from "@/components/applications/review-step";
import { StepNav } from "@/components/applications/step-nav";
import { VisitStepForm } from "@/components/applications/visit-step-form";
import { Alert } from "@/components/ui/alert";
import { reachedStep } from "@/lib/delegations/application";
import { getApplicationDraft } from "@/lib/delegations/application-draft";
import { APPLICANT_PASS_COOKIE, readApplicantPass } from "@/lib/delegations/applicant-access";
import { isLocale } from "@/lib/i18n/locales";
import { createTranslator } from "@/lib/i18n/translator";

// Per applicant: the pass cookie decides what is shown, so never prerendered or cached.
export const dynamic = "force-dynamic";

type PageProps = { params: Promise<{ locale: string }>; searchParams: Promise<{ step?: string; started?: string; saved?: string; link?: string }> };

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: createTranslator(locale)("applications.title"), robots: { index: false } };
}

/** /{locale}/delegations/apply: the application in five steps; the pass cookie says which draft, the step is in the address. */
export default async function ApplyPage({ params, searchParams }: PageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const query = await searchParams;
  const t = createTranslator(locale);
  const applicantId = readApplicantPass((await cookies()).get(APPLICANT_PASS_COOKIE)?.value);
  const draft = applicantId ? await getApplicationDraft(applicantId) : null;
  const step = draft ? await reachedStep(draft.id, Number(query.step) || null) : 1;

  return (
    <ApplicationPageFrame locale={locale} path="/delegations/apply" title={t("applications.title")}>
      {!draft && <p className="text-slate-700">{t("applications.intro")}</p>}
      {query.link === "invalid" && <Alert tone="error">{t("applications.resumeFailed")}</Alert>}
      {/* The outcome of the step just saved, announced on the step it led to. */}
      <div role="status" aria-live="polite">
        {draft && query.started === "1" && <Alert tone="success">{t("applications.started")}</Alert>}
        {draft && query.saved === "1" && query.started !== "1" && <Alert tone="success">{t("applications.saved")}</Alert>}
      </div>
      <StepNav current={step} reached={draft ? Math.max(draft.formStep, draft.formStep >= 4 ? 5 : 0) : 1} locale={locale} t={t} />
      {step === 1 && <OutletStepForm draft={draft} />}
      {draft && step === 2 && <MembersStepForm draft={draft} />}
      {draft && step === 3 && <VisitStepForm draft={draft} />}
      {draft && step === 4 && <DocumentsStep draft={draft} locale={locale} t={t} />}
      {draft && step === 5 && <ReviewStep draft={draft} locale={locale} t={t} />}
    </ApplicationPageFrame>
  );
}
