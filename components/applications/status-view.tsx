import type { ApplicationStatusView } from "@/lib/delegations/application-status";
import { formatCalendarRange } from "@/lib/i18n/calendar-date";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { AnswerForm } from "./answer-form";
import { DocumentUpload } from "./document-upload";
import { LeaveButton } from "./leave-button";
import { WithdrawButton } from "./withdraw-button";

/** Where the decision letter is downloaded; the route reads the same pass cookie. */
export const DECISION_LETTER_PATH = "/api/delegations/letter";

/** The applicant's view of a submitted application: status, history with the office's notes, and what they may do now. */
export function StatusView({ application, locale, t }: { application: ApplicationStatusView; locale: Locale; t: Translate }) {
  return (
    <div className="space-y-6">
      <section aria-labelledby="current-status" className="space-y-2 rounded-lg border border-slate-200 p-4">
        <h2 id="current-status" className="text-xl font-semibold">
          {t("applications.status.current", { status: t(`delegations.status.${application.status}`) })}
        </h2>
        <p className="text-sm">
          {application.reference} · {application.outletName} · {t("applications.memberCount", { count: application.memberCount })}
        </p>
        {application.arrivalOn && application.departureOn && (
          <p className="text-sm">{t("applications.status.stay", { range: formatCalendarRange(locale, application.arrivalOn, application.departureOn) })}</p>
        )}
        {application.hasLetter && (
          <p>
            <a href={DECISION_LETTER_PATH} className="font-medium underline">
              {t("applications.status.letter")}
            </a>
          </p>
        )}
      </section>

      {application.mayAnswer && (
        <section aria-labelledby="answer-heading" className="space-y-4 rounded-lg border border-amber-300 bg-amber-50/40 p-4">
          <h2 id="answer-heading" className="text-lg font-semibold">{t("applications.status.answerHeading")}</h2>
          <AnswerForm version={application.version} />
          <DocumentUpload kind="OTHER" label={t("applications.documents.extra")} hint={t("applications.documents.extraHint")} />
        </section>
      )}

      <section aria-labelledby="history-heading" className="space-y-2">
        <h2 id="history-heading" className="text-lg font-semibold">{t("applications.status.history")}</h2>
        <ol className="space-y-2">
          {application.history.map((step, index) => (
            <li key={index} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-medium">
                {t(`delegations.status.${step.toStatus}`)} · {formatDateTime(locale, step.at)} · {step.byApplicant ? t("applications.status.byApplicant") : t("applications.status.byOffice")}
              </p>
              {step.note && <p className="mt-1 whitespace-pre-line">{step.note}</p>}
            </li>
          ))}
        </ol>
      </section>

      <div className="flex flex-wrap items-start gap-4">
        {application.mayWithdraw && <WithdrawButton version={application.version} />}
        <LeaveButton />
      </div>
    </div>
  );
}
