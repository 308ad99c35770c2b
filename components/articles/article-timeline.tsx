import type { ArticleTimelineEntry } from "@/lib/articles/queries";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";

/** Every workflow step the article took — who, when, from, to, why — newest first. Server-rendered. */
export function ArticleTimeline({ entries, locale, t }: { entries: ArticleTimelineEntry[]; locale: Locale; t: Translate }) {
  return (
    <section aria-labelledby="timeline-heading" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="timeline-heading" className="mb-3 text-sm font-semibold text-slate-900">
        {t("articles.timeline.title")}
      </h2>
      {entries.length === 0 ? (
        <p className="text-sm text-slate-600">{t("articles.timeline.empty")}</p>
      ) : (
        <ol className="space-y-3 border-l-2 border-slate-200 pl-3">
          {[...entries].reverse().map((entry) => (
            <li key={entry.id} className="text-sm">
              <p className="text-slate-900">
                {t("articles.timeline.entry", {
                  actor: entry.actorName,
                  from: t(`articles.status.${entry.from}`),
                  to: t(`articles.status.${entry.to}`),
                })}
              </p>
              <p className="text-xs text-slate-600">
                <time dateTime={isoDate(entry.at)}>{formatDateTime(locale, entry.at)}</time>
              </p>
              {entry.note && (
                <blockquote className="mt-1 rounded bg-amber-50 px-2 py-1 text-sm whitespace-pre-line text-slate-800">{entry.note}</blockquote>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
