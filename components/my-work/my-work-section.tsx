import Link from "next/link";
import type { ReactNode } from "react";
import type { MyWorkArticle, MyWorkComment, MyWorkList } from "@/lib/collaboration/my-work";
import { formatCalendarDate } from "@/lib/i18n/calendar-date";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { StatusBadge } from "@/components/articles/status-badge";
import { Badge } from "@/components/ui/badge";

type SectionProps<T> = {
  id: string;
  title: string;
  empty: string;
  list: MyWorkList<T>;
  /** The article list filtered to the same queue, for everything past the cap. */
  seeAllHref?: string;
  t: Translate;
  children: (item: T) => ReactNode;
};

/** One list on "My work": a heading with its count, the first items, and the way to the rest. */
export function MyWorkSection<T extends { id: string }>({ id, title, empty, list, seeAllHref, t, children }: SectionProps<T>) {
  return (
    <section aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white">
      <h2 id={id} className="border-b border-slate-200 px-4 py-2.5 text-sm font-semibold text-slate-900">
        {title} <span className="font-normal text-slate-600">({list.items.length}{list.hasMore ? "+" : ""})</span>
      </h2>
      {list.items.length === 0 ? (
        <p className="px-4 py-3 text-sm text-slate-600">{empty}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {list.items.map((item) => (
            <li key={item.id} className="px-4 py-2.5">
              {children(item)}
            </li>
          ))}
        </ul>
      )}
      {(list.hasMore || seeAllHref) && (
        <p className="border-t border-slate-100 px-4 py-2 text-xs text-slate-600">
          {list.hasMore && <span className="mr-2">{t("collaboration.myWork.showingFirst", { count: list.items.length })}</span>}
          {seeAllHref && (
            <Link href={seeAllHref} className="font-medium text-blue-800 underline hover:text-blue-950">
              {t("collaboration.myWork.seeAll")}
            </Link>
          )}
        </p>
      )}
    </section>
  );
}

/** A story on "My work": title, language, state, the person's part and the due date (late ones marked). */
export function MyWorkArticleRow({ article, locale, t }: { article: MyWorkArticle; locale: Locale; t: Translate }) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <Link href={`/admin/articles/${article.id}`} className="min-w-0 flex-1 font-medium text-blue-800 hover:underline" lang={article.locale}>
        {article.title}
      </Link>
      <span className="text-xs font-medium text-slate-600 uppercase">{article.locale}</span>
      <StatusBadge status={article.status} label={t(`articles.status.${article.status}`)} />
      {article.asWriter && <Badge tone="neutral">{t("collaboration.myWork.asWriter")}</Badge>}
      {article.asEditor && <Badge tone="neutral">{t("collaboration.myWork.asEditor")}</Badge>}
      {article.dueDate ? (
        <span className={article.isOverdue ? "text-xs font-semibold text-red-700" : "text-xs text-slate-700"}>
          {t("collaboration.assignment.due", { date: formatCalendarDate(locale, article.dueDate) })}
          {article.isOverdue && (
            <Badge tone="red" className="ml-1.5">
              {t("collaboration.assignment.overdue")}
            </Badge>
          )}
        </span>
      ) : (
        <span className="text-xs text-slate-600">{t("collaboration.myWork.updated", { date: formatDateTime(locale, article.updatedAt) })}</span>
      )}
    </div>
  );
}

/** An open thread on one of the person's stories; the text is shown as text, cut to two lines. */
export function MyWorkCommentRow({ comment, locale, t }: { comment: MyWorkComment; locale: Locale; t: Translate }) {
  return (
    <div className="space-y-0.5 text-sm">
      <p className="text-xs text-slate-600">
        <span className="font-semibold text-slate-900">{comment.authorName}</span>{" "}
        <Link href={`/admin/articles/${comment.articleId}`} className="text-blue-800 hover:underline">
          {t("collaboration.myWork.on", { title: comment.articleTitle })}
        </Link>{" "}
        · <time dateTime={comment.createdAt}>{formatDateTime(locale, comment.createdAt)}</time>
        {comment.replyCount > 0 && <> · {t("collaboration.myWork.replies", { count: comment.replyCount })}</>}
      </p>
      <p className="line-clamp-2 whitespace-pre-wrap text-slate-900">{comment.body}</p>
    </div>
  );
}
