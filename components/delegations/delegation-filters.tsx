import Form from "next/form";
import Link from "next/link";
import type { DelegationListFilters } from "@/lib/delegations/review-schemas";
import { DELEGATION_STATUSES } from "@/lib/delegations/workflow";
import type { Translate } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

/** The applications list's filters as a plain GET form: every filtered view is a URL that can be shared. */
export function DelegationFilters({ filters, t }: { filters: DelegationListFilters; t: Translate }) {
  const all = { value: "", label: t("common.all") };
  return (
    <Form
      action="/admin/delegations"
      aria-label={t("delegationReview.list.filtersLabel")}
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-4 xl:grid-cols-[minmax(14rem,2fr)_repeat(4,minmax(0,1fr))_auto]"
    >
      <TextField name="q" type="search" label={t("delegationReview.list.search")} defaultValue={filters.q ?? ""} className="col-span-2 md:col-span-4 xl:col-span-1" />
      <SelectField
        name="status"
        label={t("delegationReview.list.status")}
        defaultValue={filters.status ?? ""}
        options={[all, ...DELEGATION_STATUSES.filter((status) => status !== "DRAFT").map((status) => ({ value: status, label: t(`delegations.status.${status}`) }))]}
      />
      <TextField name="country" label={t("delegationReview.list.country")} defaultValue={filters.country ?? ""} maxLength={2} autoCapitalize="characters" />
      <TextField name="from" type="date" label={t("delegationReview.list.from")} defaultValue={filters.from ?? ""} />
      <TextField name="to" type="date" label={t("delegationReview.list.to")} defaultValue={filters.to ?? ""} />
      <div className="col-span-2 flex items-center gap-2 md:col-span-4 xl:col-span-1">
        <Button type="submit" variant="primary">
          {t("common.filter")}
        </Button>
        <Link href="/admin/delegations" className="text-sm whitespace-nowrap text-slate-700 underline hover:text-slate-900">
          {t("common.clear")}
        </Link>
      </div>
    </Form>
  );
}
