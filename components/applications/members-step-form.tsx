"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { saveMembersAction } from "@/lib/delegations/application-actions";
import type { ApplicationDraft } from "@/lib/delegations/application-draft";
import { MAX_MEMBERS } from "@/lib/delegations/application-schemas";
import { DelegationMemberRole } from "@/lib/generated/prisma/enums";
import { usePublicForm } from "./use-public-form";

type Row = { key: string; saved?: ApplicationDraft["members"][number] };

let nextKey = 0;
const newRow = (saved?: Row["saved"]): Row => ({ key: `row-${(nextKey += 1)}`, saved });

/** Step 2: 1 to 50 members. Saved passport numbers and birth dates are not shown again; blank keeps them. */
export function MembersStepForm({ draft }: { draft: ApplicationDraft }) {
  const t = useT();
  const locale = useLocale();
  const router = useRouter();
  const { pending, fieldErrors, feedback, run } = usePublicForm();
  const [rows, setRows] = useState<Row[]>(() => (draft.members.length ? draft.members.map((member) => newRow(member)) : [newRow()]));
  const addButton = useRef<HTMLButtonElement>(null);
  const roles = [{ value: "", label: t("applications.chooseOne") }, ...Object.values(DelegationMemberRole).map((role) => ({ value: role, label: t(`delegations.memberRoles.${role}`) }))];

  function add() {
    const row = newRow();
    setRows((current) => [...current, row]);
    // Focus moves to the new member's first field once it is rendered.
    requestAnimationFrame(() => document.getElementById(`${row.key}-passportName`)?.focus());
  }

  function remove(key: string) {
    setRows((current) => current.filter((row) => row.key !== key));
    requestAnimationFrame(() => addButton.current?.focus());
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    form.set("locale", locale);
    form.set("version", String(draft.version));
    run(() => saveMembersAction(form), () => router.push(`/${locale}/delegations/apply?step=3&saved=1`));
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="step-heading" className="space-y-4" aria-busy={pending || undefined}>
      <h2 id="step-heading" className="text-xl font-semibold">{t("applications.steps.2")}</h2>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {fieldErrors.members && <p className="text-sm font-medium text-red-700">{fieldErrors.members.join(" ")}</p>}
      <ol className="space-y-4">
        {rows.map((row, index) => {
          const name = (field: string) => `members.${index}.${field}`;
          const error = (field: string) => fieldErrors[name(field)];
          const number = index + 1;
          return (
            <li key={row.key}>
              <fieldset className="space-y-3 rounded-lg border border-slate-200 p-4">
                <legend className="px-1 text-base font-semibold">{t("applications.member", { number })}</legend>
                {row.saved && <input type="hidden" name={name("memberId")} value={row.saved.id} />}
                <TextField id={`${row.key}-passportName`} name={name("passportName")} label={t("applications.fields.passportName")} defaultValue={row.saved?.passportName} error={error("passportName")} required autoComplete="off" />
                <TextField id={`${row.key}-nationality`} name={name("nationality")} label={t("applications.fields.nationality")} hint={t("applications.fields.countryHint")} defaultValue={row.saved?.nationality} error={error("nationality")} required maxLength={2} autoComplete="off" className="max-w-40" />
                <TextField id={`${row.key}-dateOfBirth`} name={name("dateOfBirth")} type="date" label={t("applications.fields.dateOfBirth")} hint={row.saved ? t("applications.savedBirthDate") : undefined} error={error("dateOfBirth")} required={!row.saved} autoComplete="off" />
                <TextField id={`${row.key}-passportNumber`} name={name("passportNumber")} label={t("applications.fields.passportNumber")} hint={row.saved ? t("applications.savedSecret", { last4: row.saved.passportNumberLast4 }) : undefined} error={error("passportNumber")} required={!row.saved} autoComplete="off" />
                <TextField id={`${row.key}-passportExpiresOn`} name={name("passportExpiresOn")} type="date" label={t("applications.fields.passportExpiresOn")} defaultValue={row.saved?.passportExpiresOn} error={error("passportExpiresOn")} required />
                <SelectField id={`${row.key}-role`} name={name("role")} label={t("applications.fields.role")} options={roles} defaultValue={row.saved?.role ?? ""} error={error("role")} required />
                {rows.length > 1 && (
                  <Button variant="ghost" size="sm" onClick={() => remove(row.key)}>
                    {t("applications.removeMember", { number })}
                  </Button>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      <p className="text-sm text-slate-600" aria-live="polite">{t("applications.memberCount", { count: rows.length })}</p>
      <div className="flex flex-wrap gap-3">
        <Button ref={addButton} onClick={add} disabled={rows.length >= MAX_MEMBERS}>
          {t("applications.addMember")}
        </Button>
        <Button type="submit" variant="primary" busy={pending}>
          {t("applications.saveAndContinue")}
        </Button>
      </div>
    </form>
  );
}
