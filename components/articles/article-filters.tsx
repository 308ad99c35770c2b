import Form from "next/form";
import Link from "next/link";
import type { CategoryOption, PersonOption } from "@/lib/articles/queries";
import type { ArticleListFilters } from "@/lib/articles/schemas";
import { ARTICLE_STATUSES } from "@/lib/articles/workflow";
import { LOCALES } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

/** Sorts backed by an index; the list offers only these. */
const LIST_SORTS = ["updated-desc", "updated-asc"] as const;

type ArticleFiltersProps = {
  filters: ArticleListFilters;
  categories: CategoryOption[];
  authors: PersonOption[];
  t: Translate;
};

/** The list's filters as a plain GET form: every filtered view is a URL that can be shared or bookmarked. */
export function ArticleFilters({ filters, categories, authors, t }: ArticleFiltersProps) {
  const all = { value: "", label: t("common.all") };
  return (
    <Form
      action="/admin/articles"
      aria-label={t("articles.list.filtersLabel")}
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(0,1fr))_minmax(13rem,1.2fr)_auto]"
    >
      <TextField name="q" type="search" label={t("articles.list.text")} defaultValue={filters.q ?? ""} className="col-span-2 md:col-span-4 xl:col-span-1" />
      <SelectField
        name="status"
        label={t("articles.list.status")}
        defaultValue={filters.status ?? ""}
        options={[all, ...ARTICLE_STATUSES.map((status) => ({ value: status, label: t(`articles.status.${status}`) }))]}
      />
      <SelectField
        name="locale"
        label={t("articles.list.locale")}
        defaultValue={filters.locale ?? ""}
        options={[all, ...LOCALES.map((locale) => ({ value: locale, label: t(`common.languages.${locale}`) }))]}
      />
      <SelectField
        name="authorId"
        label={t("articles.list.author")}
        defaultValue={filters.authorId ?? ""}
        options={[all, ...authors.map((person) => ({ value: person.id, label: person.name }))]}
      />
      <SelectField
        name="categoryId"
        label={t("articles.list.category")}
        defaultValue={filters.categoryId ?? ""}
        options={[all, ...categories.map((category) => ({ value: category.id, label: category.name }))]}
      />
      <SelectField
        name="sort"
        label={t("articles.list.sort")}
        defaultValue={filters.sort}
        options={LIST_SORTS.map((sort) => ({ value: sort, label: t(`articles.list.sorts.${sort}`) }))}
      />
      <div className="col-span-2 flex items-center gap-2 md:col-span-4 xl:col-span-1">
        <Button type="submit" variant="primary">
          {t("common.filter")}
        </Button>
        <Link href="/admin/articles" className="text-sm whitespace-nowrap text-slate-700 underline hover:text-slate-900">
          {t("common.clear")}
        </Link>
      </div>
    </Form>
  );
}
