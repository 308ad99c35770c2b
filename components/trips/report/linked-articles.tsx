import { articlePath } from "@/lib/articles/public-paths";
import type { Translate } from "@/lib/i18n/translator";
import type { ArticleOption, LinkedArticle } from "@/lib/trips/report";
import { StatusBadge } from "@/components/articles/status-badge";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { TripArticleButton } from "./trip-article-button";

type LinkedArticlesProps = {
  tripId: string;
  articles: LinkedArticle[];
  /** trip.manage: links and unlinks, and gets the picker. */
  canManage: boolean;
  /** article.read: titles open the editor, and the picker offers every article, not only published ones. */
  canReadArticles: boolean;
  /** The picker's search, from the address bar; `results` are its answers. */
  q: string;
  results: ArticleOption[];
  t: Translate;
};

/**
 * Our articles about the trip with their workflow state, and the picker that
 * links more: a plain search form (GET, so it works without scripts and the
 * address can be shared) whose answers each carry a link button.
 */
export function LinkedArticles({ tripId, articles, canManage, canReadArticles, q, results, t }: LinkedArticlesProps) {
  return (
    <section aria-labelledby="articles-heading" className="space-y-3">
      <h2 id="articles-heading" className="text-lg font-semibold text-slate-900">
        {t("coverage.articles.heading")}
      </h2>
      {articles.length === 0 ? (
        <p className="text-sm text-slate-600">{t("coverage.articles.empty")}</p>
      ) : (
        <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white text-sm">
          {articles.map((article) => (
            <li key={article.id} className="flex flex-wrap items-center gap-2 px-3 py-2">
              {canReadArticles ? (
                <a href={`/admin/articles/${article.id}`} className="font-medium text-blue-800 underline" aria-label={t("coverage.articles.open", { title: article.title })}>
                  {article.title}
                </a>
              ) : article.publishedSlug ? (
                <a href={articlePath(article.locale, article.publishedSlug)} className="font-medium text-blue-800 underline">
                  {article.title}
                </a>
              ) : (
                <span className="font-medium text-slate-900">{article.title}</span>
              )}
              <span className="text-xs text-slate-600 uppercase">{article.locale}</span>
              <StatusBadge status={article.status} label={t(`articles.status.${article.status}`)} />
              {canManage && (
                <span className="ml-auto">
                  <TripArticleButton tripId={tripId} articleId={article.id} title={article.title} mode="unlink" />
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
      {canManage && (
        <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
          <h3 className="text-sm font-semibold text-slate-900">{t("coverage.articles.pickerHeading")}</h3>
          <form method="get" role="search" aria-label={t("coverage.articles.pickerHeading")} className="flex flex-wrap items-end gap-2">
            <TextField
              id="article-picker-q"
              name="q"
              type="search"
              label={t("coverage.articles.search")}
              hint={canReadArticles ? t("coverage.articles.pickerHintAll") : t("coverage.articles.pickerHintPublished")}
              defaultValue={q}
              className="min-w-64 flex-1"
              autoComplete="off"
            />
            <Button type="submit">{t("coverage.articles.searchButton")}</Button>
          </form>
          {q && (
            <div role="status" aria-live="polite">
              {results.length === 0 ? (
                <p className="text-sm text-slate-600">{t("coverage.articles.noResults")}</p>
              ) : (
                <ul className="divide-y divide-slate-100 text-sm">
                  {results.map((option) => (
                    <li key={option.id} className="flex flex-wrap items-center gap-2 py-1.5">
                      <span className="font-medium text-slate-900">{option.title}</span>
                      <span className="text-xs text-slate-600 uppercase">{option.locale}</span>
                      <StatusBadge status={option.status} label={t(`articles.status.${option.status}`)} />
                      <span className="ml-auto">
                        <TripArticleButton tripId={tripId} articleId={option.id} title={option.title} mode="link" />
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
