import type { DelegationReview } from "@/lib/delegations/review-queries";
import { formatByteSize } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/**
 * The attached files, each a download from the documents route. Passport
 * scans are offered only to officers who may see them; opening one is logged.
 */
export function DelegationDocuments({ delegation, locale, t }: { delegation: DelegationReview; locale: Locale; t: Translate }) {
  const documents = delegation.documents.filter((document) => document.kind !== "PASSPORT_SCAN" || delegation.canSeePersonal);
  return (
    <section aria-labelledby="delegation-documents-title" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="delegation-documents-title" className="mb-2 text-base font-semibold text-slate-900">
        {t("delegationReview.documents.heading")}
      </h2>
      {documents.length === 0 ? (
        <p className="text-sm text-slate-600">{t("delegationReview.documents.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 text-sm">
          {documents.map((document) => (
            <li key={document.id} className="flex flex-wrap items-baseline gap-x-2 py-2">
              <span className="font-medium text-slate-900">{t(`delegationReview.documents.kinds.${document.kind}`)}</span>
              {document.memberName && <span className="text-slate-700">{t("delegationReview.documents.ofMember", { name: document.memberName })}</span>}
              <a
                href={`/api/delegations/${delegation.id}/documents/${document.id}`}
                download
                className="text-blue-800 underline hover:text-blue-950"
                aria-label={t("delegationReview.documents.download", { name: document.fileName })}
              >
                {document.fileName}
              </a>
              <span className="text-slate-500">{formatByteSize(locale, document.byteSize)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
