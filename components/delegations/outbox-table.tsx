import Link from "next/link";
import type { OutboxEmail } from "@/lib/mail/outbox-queries";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { Badge } from "@/components/ui/badge";

const STATE_TONE = { SENT: "green", QUEUED: "amber", FAILED: "red" } as const;
const STATE_LABEL = { SENT: "delegationReview.outbox.sent", QUEUED: "delegationReview.outbox.queued", FAILED: "delegationReview.outbox.failed" } as const;

/** The mails the system sent or queued, newest first; each one's text opens in place (a native disclosure). */
export function OutboxTable({ items, locale, t }: { items: OutboxEmail[]; locale: Locale; t: Translate }) {
  if (items.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">{t("delegationReview.outbox.empty")}</p>;
  }
  return (
    <ol aria-label={t("delegationReview.outbox.caption")} className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
      {items.map((mail) => (
        <li key={mail.id} className="space-y-1 px-4 py-3">
          <p className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <time dateTime={isoDate(mail.createdAt)} className="text-slate-600">
              {formatDateTime(locale, mail.createdAt)}
            </time>
            <Badge tone={STATE_TONE[mail.state]}>{t(STATE_LABEL[mail.state])}</Badge>
            <span className="font-mono text-xs text-slate-600">{mail.kind}</span>
            {mail.delegation?.reference && (
              <Link href={`/admin/delegations/${mail.delegation.id}`} className="text-blue-800 underline hover:text-blue-950">
                {mail.delegation.reference}
              </Link>
            )}
          </p>
          <p>
            <span className="text-slate-600">{t("delegationReview.outbox.to")}: </span>
            <span className="text-slate-900">{mail.toAddress}</span>
          </p>
          <details>
            <summary className="cursor-pointer font-medium text-slate-900">{mail.subject}</summary>
            <p className="sr-only">{t("delegationReview.outbox.showText")}</p>
            <pre className="mt-2 max-h-96 overflow-auto rounded bg-slate-50 p-3 font-sans text-sm whitespace-pre-wrap text-slate-800">{mail.textBody}</pre>
          </details>
        </li>
      ))}
    </ol>
  );
}
