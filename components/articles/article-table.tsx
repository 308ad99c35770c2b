import Link from "next/link";
import type { ArticleListItem } from "@/lib/articles/queries";
import { formatDateTime, isoDate } from "@/lib/i18n/format";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { StatusBadge } from "./status-badge";

/** One row per article: dense, scannable, the title links to the editor. */
export function ArticleTable({ items, locale, t }: { items: ArticleListItem[]; locale: Locale; t: Translate }) {
  if (items.length === 0) {
    return <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-10 text-center text-sm text-slate-600">{t("articles.list.empty")}</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
          <tr>
            <th scope="col" className="px-3 py-2">{t("articles.list.columns.title")}</th>
            <th scope="col" className="px-3 py-2">{t("articles.list.columns.locale")}</th>
            <th scope="col" className="px-3 py-2">{t("articles.list.columns.status")}</th>
            <th scope="col" className="px-3 py-2">{t("articles.list.columns.category")}</th>
            <th scope="col" className="px-3 py-2">{t("articles.list.columns.authors")}</th>
            <th scope="col" className="px-3 py-2 text-right">{t("articles.list.columns.updatedAt")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item) => (
            <tr key={item.id} className="hover:bg-slate-50">
              <td className="max-w-[36rem] px-3 py-2">
                <Link href={`/admin/articles/${item.id}`} lang={item.locale} className="font-medium text-slate-900 hover:text-blue-800 hover:underline">
                  {item.title || t("articles.list.untitled")}
                </Link>
              </td>
              <td className="px-3 py-2 text-xs font-medium text-slate-600 uppercase">
                <abbr title={isLocale(item.locale) ? t(`common.languages.${item.locale}`) : item.locale} className="no-underline">
                  {item.locale}
                </abbr>
              </td>
              <td className="px-3 py-2">
                <StatusBadge status={item.status} label={t(`articles.status.${item.status}`)} />
              </td>
              <td className="px-3 py-2 text-slate-700">{item.categoryName ?? t("common.none")}</td>
              <td className="px-3 py-2 text-slate-700">{item.authorNames.join(", ") || item.createdByName}</td>
              <td className="px-3 py-2 text-right whitespace-nowrap text-slate-600 tabular-nums">
                <time dateTime={isoDate(item.updatedAt)}>{formatDateTime(locale, item.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
