import Form from "next/form";
import Link from "next/link";
import { AccreditationStatus, PressContactRole } from "@/lib/generated/prisma/enums";
import type { ContactListFilters } from "@/lib/contacts/schemas";
import type { Translate } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type ContactFiltersProps = {
  filters: ContactListFilters;
  outlets: { id: string; name: string }[];
  missions: { id: string; name: string }[];
  t: Translate;
};

/** The directory's filters as a plain GET form: every filtered view is a URL that can be shared. */
export function ContactFilters({ filters, outlets, missions, t }: ContactFiltersProps) {
  const all = { value: "", label: t("common.all") };
  return (
    <Form
      action="/admin/contacts"
      aria-label={t("contacts.filtersLabel")}
      className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-slate-200 bg-white p-3 md:grid-cols-5 xl:grid-cols-[minmax(14rem,2fr)_repeat(5,minmax(0,1fr))_auto]"
    >
      <TextField name="q" type="search" label={t("contacts.searchLabel")} defaultValue={filters.q ?? ""} className="col-span-2 md:col-span-5 xl:col-span-1" />
      <SelectField
        name="role"
        label={t("contacts.fields.role")}
        defaultValue={filters.role ?? ""}
        options={[all, ...Object.values(PressContactRole).map((role) => ({ value: role, label: t(`contacts.roles.${role}`) }))]}
      />
      <SelectField
        name="outletId"
        label={t("contacts.fields.outlet")}
        defaultValue={filters.outletId ?? ""}
        options={[all, ...outlets.map((outlet) => ({ value: outlet.id, label: outlet.name }))]}
      />
      <SelectField
        name="missionId"
        label={t("contacts.fields.mission")}
        defaultValue={filters.missionId ?? ""}
        options={[all, ...missions.map((mission) => ({ value: mission.id, label: mission.name }))]}
      />
      <TextField name="nationality" label={t("contacts.fields.country")} defaultValue={filters.nationality ?? ""} maxLength={2} autoComplete="off" />
      <SelectField
        name="accreditationStatus"
        label={t("contacts.fields.accreditationStatus")}
        defaultValue={filters.accreditationStatus ?? ""}
        options={[all, ...Object.values(AccreditationStatus).map((status) => ({ value: status, label: t(`contacts.accreditation.${status}`) }))]}
      />
      <div className="col-span-2 flex items-center gap-2 md:col-span-5 xl:col-span-1">
        <Button type="submit" variant="primary">
          {t("common.filter")}
        </Button>
        <Link href="/admin/contacts" className="text-sm whitespace-nowrap text-slate-700 underline hover:text-slate-900">
          {t("common.clear")}
        </Link>
      </div>
    </Form>
  );
}
