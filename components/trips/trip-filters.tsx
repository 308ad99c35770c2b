import Form from "next/form";
import Link from "next/link";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translator";
import { provinceName, sortedProvinces } from "@/lib/places/provinces";
import type { TripListFilters } from "@/lib/trips/schemas";
import { TRIP_STATUSES } from "@/lib/trips/workflow";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

/**
 * The trips list's filters as a plain GET form: every filtered view is a URL
 * that can be shared. The period also sets the overview's figures.
 */
export function TripFilters({ filters, locale, t }: { filters: TripListFilters; locale: Locale; t: Translate }) {
  const all = { value: "", label: t("common.all") };
  return (
    <Form
      action="/admin/trips"
      aria-label={t("trips.list.filtersLabel")}
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(0,1fr))_auto]"
    >
      <TextField name="q" type="search" label={t("trips.list.searchLabel")} defaultValue={filters.q ?? ""} className="col-span-2 md:col-span-4 xl:col-span-1" />
      <SelectField
        name="status"
        label={t("trips.list.statusLabel")}
        defaultValue={filters.status ?? ""}
        options={[all, ...TRIP_STATUSES.map((status) => ({ value: status, label: t(`trips.status.${status}`) }))]}
      />
      <SelectField
        name="provinceCode"
        label={t("trips.list.province")}
        defaultValue={filters.provinceCode ?? ""}
        options={[all, ...sortedProvinces(locale).map((province) => ({ value: province.code, label: provinceName(province, locale) }))]}
      />
      <TextField name="from" type="date" label={t("trips.list.from")} defaultValue={filters.from ?? ""} />
      <TextField name="to" type="date" label={t("trips.list.to")} defaultValue={filters.to ?? ""} />
      <div className="col-span-2 flex items-center gap-2 md:col-span-4 xl:col-span-1">
        <Button type="submit" variant="primary">
          {t("common.filter")}
        </Button>
        <Link href="/admin/trips" className="text-sm whitespace-nowrap text-slate-700 underline hover:text-slate-900">
          {t("common.clear")}
        </Link>
      </div>
    </Form>
  );
}
