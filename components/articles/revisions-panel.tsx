import Link from "next/link";
import type { RevisionSummary } from "@/lib/articles/revisions";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

export function revisionKindLabel(t: Translate, revision: Pick<RevisionSummary, "kind" | "restoredFromNumber">): string {
  return t(`revisions.kind.${revision.kind}`, { number: revision.restoredFromNumber ?? "" });
}

export function revisionsPath(articleId: string, range?: { from: number; to: number }): string {
  const base = `/admin/articles/${articleId}/revisions`;
  return range ? `${base}?from=${range.from}&to=${range.to}` : base;
}

/** The editor's side panel: the latest revisions — number, who, when, kind — each comparable with the one before. Server-rendered. */
export function RevisionsPanel({
  articleId,
  revisions,
  hasMore,
  locale,
  t,
}: {
  articleId: string;
  revisions: RevisionSummary[];
  hasMore: boolean;
  locale: Locale;
  t: Translate;
}) {
  return (
    <section aria-labelledby="revisions-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <div className="mb-3 flex items-baseline justify-between gap-2">
        <h2 id="revisions-heading" className="text-sm font-semibold text-slate-900">
          {t("revisions.panel.title")}
        </h2>
        {revisions.length > 1 && (
          <Link href={revisionsPath(articleId)} className="text-xs font-medium text-blue-800 underline hover:text-blue-950">
            {t("revisions.panel.compare")}
          </Link>
        )}
      </div>
      {revisions.length === 0 ? (
        <p className="text-sm text-slate-600">{t("revisions.panel.empty")}</p>
      ) : (
        <ol className="space-y-2.5">
          {revisions.map((revision) => (
            <li key={revision.number} className="text-sm">
              <p className="flex items-baseline justify-between gap-2 text-slate-900">
                <span className="font-medium">{t("revisions.panel.entry", { number: revision.number, kind: revisionKindLabel(t, revision) })}</span>
                {revision.number > 1 && (
                  <Link
                    href={revisionsPath(articleId, { from: revision.number - 1, to: revision.number })}
                    className="shrink-0 text-xs text-blue-800 underline hover:text-blue-950"
                    aria-label={t("revisions.panel.compareWithPrevious", { number: revision.number })}
                  >
                    {t("revisions.panel.compare")}
                  </Link>
                )}
              </p>
              <p className="text-xs text-slate-600">
                {revision.authorName ?? t("revisions.unknownAuthor")} · <time dateTime={isoDate(revision.createdAt)}>{formatDateTime(locale, revision.createdAt)}</time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {hasMore && (
        <Link href={revisionsPath(articleId)} className="mt-3 block text-xs font-medium text-blue-800 underline hover:text-blue-950">
          {t("revisions.panel.all")}
        </Link>
      )}
    </section>
  );
}
