import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import type { ApplicationDraft } from "@/lib/delegations/application-draft";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { DocumentList } from "./document-list";
import { DocumentUpload } from "./document-upload";

/** Step 4: the letter of assignment (required to submit) and optional passport scans per member. */
export function DocumentsStep({ draft, locale, t }: { draft: ApplicationDraft; locale: Locale; t: Translate }) {
  const letters = draft.documents.filter((document) => document.kind === "ASSIGNMENT_LETTER");
  return (
    <section aria-labelledby="step-heading" className="space-y-6">
      <h2 id="step-heading" className="text-xl font-semibold">{t("applications.steps.4")}</h2>
      <section aria-labelledby="letter-heading" className="space-y-3 rounded-lg border border-slate-200 p-4">
        <h3 id="letter-heading" className="font-semibold">{t("applications.documents.letter")}</h3>
        <DocumentList documents={letters} />
        <DocumentUpload kind="ASSIGNMENT_LETTER" label={t("applications.documents.letter")} hint={t("applications.documents.letterHint")} />
      </section>
      {draft.members.map((member) => {
        const label = t("applications.documents.passportScan", { name: member.passportName });
        const scans = draft.documents.filter((document) => document.kind === "PASSPORT_SCAN" && document.memberId === member.id);
        return (
          <section key={member.id} aria-label={label} className="space-y-3 rounded-lg border border-slate-200 p-4">
            <h3 className="font-semibold">{label}</h3>
            <DocumentList documents={scans} />
            <DocumentUpload kind="PASSPORT_SCAN" memberId={member.id} label={label} hint={t("applications.documents.scanHint")} />
          </section>
        );
      })}
      <Link href={`/${locale}/delegations/apply?step=5`} className={buttonClasses("primary")}>
        {t("applications.documents.continue")}
      </Link>
    </section>
  );
}
