import type { Metadata } from "next";
import { forbidden, redirect } from "next/navigation";
import { listArticles, listAuthorCandidates, listCategories } from "@/lib/articles/queries";
import { articleListFiltersSchema, type ArticleListFilters } from "@/lib/articles/schemas";
import { currentActor } from "@/lib/auth/session";
import { can } from "@/lib/authz/policy";
import { formatNumber } from "@/lib/i18n/format";
import { createTranslator } from "@/lib/i18n/translator";
import { ArticleFilters } from "@/components/articles/article-filters";
import { ArticleTable } from "@/components/articles/article-table";
import { signInPath } from "@/components/auth/callback-path";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { Pagination } from "@/components/ui/pagination";
import { firstValues } from "../list-query";

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  const actor = await currentActor();
  const t = createTranslator(await newsroomUiLocale(actor?.preferredLocale));
  return { title: t("articles.list.title") };
}

/** The list's URL for the same filters on another page. */
function pageHref(filters: ArticleListFilters, cursor: string | null, direction: "next" | "prev"): string | null {
  if (!cursor) return null;
  const params = new URLSearchParams();
  for (const key of ["q", "status", "locale", "authorId", "categoryId"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (filters.sort !== "updated-desc") params.set("sort", filters.sort);
  params.set("cursor", cursor);
  params.set("direction", direction);
  return `/admin/articles?${params}`;
}


export default async function ArticlesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await currentActor();
  if (!actor) redirect(signInPath("/admin/articles"));
  if (!can(actor, "article.read")) forbidden();

  const locale = await newsroomUiLocale(actor.preferredLocale);
  const t = createTranslator(locale);
  const filters = articleListFiltersSchema.parse(firstValues(await searchParams));
  const [page, categories, authors] = await Promise.all([
    listArticles({ actor, filters, locale }),
    listCategories({ actor, locale }),
    listAuthorCandidates({ actor }),
  ]);

  return (
    <>
      <PageHeader
        title={t("articles.list.title")}
        description={t(page.totalIsCapped ? "articles.list.countAtLeast" : "articles.list.count", { count: formatNumber(locale, page.total) })}
        actions={
          can(actor, "article.create") && (
            <ButtonLink href="/admin/articles/new" variant="primary">
              {t("articles.list.newArticle")}
            </ButtonLink>
          )
        }
      />
      <ArticleFilters filters={filters} categories={categories} authors={authors} t={t} />
      <ArticleTable items={page.items} locale={locale} t={t} />
      <Pagination
        className="mt-4 justify-end"
        label={t("common.pagination")}
        previous={{ href: pageHref(filters, page.previousCursor, "prev"), label: t("common.previous") }}
        next={{ href: pageHref(filters, page.nextCursor, "next"), label: t("common.next") }}
      />
    </>
  );
}
