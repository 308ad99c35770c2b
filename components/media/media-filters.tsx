import Form from "next/form";
import Link from "next/link";
import { MEDIA_KIND_FILTERS, type MediaListFilters } from "@/lib/media/schemas";
import type { Translate } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type MediaFiltersProps = {
  filters: MediaListFilters;
  uploaders: { id: string; name: string }[];
  t: Translate;
};

/** The library's filters as a plain GET form: every filtered view is a URL that can be shared or bookmarked. */
export function MediaFilters({ filters, uploaders, t }: MediaFiltersProps) {
  const all = { value: "", label: t("common.all") };
  return (
    <Form
      action="/admin/media"
      aria-label={t("media.library.filtersLabel")}
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(0,1fr))_auto]"
    >
      <TextField name="q" type="search" label={t("media.library.text")} defaultValue={filters.q ?? ""} className="col-span-2 md:col-span-4 xl:col-span-1" />
      <SelectField
        name="kind"
        label={t("media.library.kind")}
        defaultValue={filters.kind ?? ""}
        options={[all, ...MEDIA_KIND_FILTERS.map((kind) => ({ value: kind, label: t(`media.library.kinds.${kind}`) }))]}
      />
      <SelectField
        name="uploaderId"
        label={t("media.library.uploader")}
        defaultValue={filters.uploaderId ?? ""}
        options={[all, ...uploaders.map((person) => ({ value: person.id, label: person.name }))]}
      />
      <TextField name="from" type="date" label={t("media.library.from")} defaultValue={filters.from ?? ""} max={filters.to} />
      <TextField name="to" type="date" label={t("media.library.to")} defaultValue={filters.to ?? ""} min={filters.from} />
      <div className="col-span-2 flex items-center gap-2 md:col-span-4 xl:col-span-1">
        <Button type="submit" variant="primary">
          {t("common.filter")}
        </Button>
        <Link href="/admin/media" className="text-sm whitespace-nowrap text-slate-700 underline hover:text-slate-900">
          {t("common.clear")}
        </Link>
      </div>
    </Form>
  );
}
