"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createContactAction, updateContactAction } from "@/lib/contacts/actions";
import { AccreditationStatus, PressContactRole } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextAreaField, TextField } from "@/components/ui/field";

/** What the edit form starts from: a press officer's full view of the contact. */
export type EditableContact = {
  id: string;
  version: number;
  latinName: string;
  nativeName: string;
  nationality: string;
  role: PressContactRole;
  outletId: string | null;
  missionId: string | null;
  languages: string[];
  email: string | null;
  phone: string | null;
  accreditationStatus: AccreditationStatus;
  accreditationExpiresOn: string | null;
  needs: string;
  notes: string;
};

type Option = { id: string; name: string };
type Duplicate = { id: string; latinName: string; outletName: string | null };
type Feedback = { tone: "success" | "error"; message: string } | null;

/**
 * Creates a contact, or edits one over the version loaded. Submitted by hand so
 * what was typed stays after a refusal; a likely duplicate is listed with links
 * and creating anyway needs the confirmation box.
 */
export function ContactForm({ contact, outlets, missions }: { contact?: EditableContact; outlets: Option[]; missions: Option[] }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(contact?.version ?? 0);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [duplicates, setDuplicates] = useState<Duplicate[]>([]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      if (!contact) {
        const state = await createContactAction(form);
        if (state.status === "ok") {
          router.push(`/admin/contacts/${state.data.id}`);
          return;
        }
        if (state.status === "error") {
          setFieldErrors(state.fieldErrors ?? {});
          setFeedback({ tone: "error", message: state.message });
          setDuplicates(Array.isArray(state.details?.duplicates) ? (state.details.duplicates as Duplicate[]) : []);
        }
        return;
      }
      form.set("contactId", contact.id);
      form.set("version", String(version));
      const state = await updateContactAction(form);
      if (state.status === "ok") {
        setVersion(state.data.version);
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("contacts.saved") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  const none = { value: "", label: t("common.none") };
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl space-y-4 rounded-lg border border-slate-200 bg-white p-5" aria-busy={pending || undefined}>
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      {duplicates.length > 0 && (
        <ul className="list-disc pl-5 text-sm">
          {duplicates.map((duplicate) => (
            <li key={duplicate.id}>
              <a href={`/admin/contacts/${duplicate.id}`} target="_blank" rel="noopener" className="text-blue-800 underline">
                {duplicate.latinName}
              </a>
              {duplicate.outletName && <span className="text-slate-600"> · {duplicate.outletName}</span>}
              <span className="sr-only"> {t("common.openInNewTab")}</span>
            </li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="latinName" label={t("contacts.fields.latinName")} defaultValue={contact?.latinName} error={fieldErrors.latinName} required autoComplete="off" />
        <TextField name="nativeName" label={t("contacts.fields.nativeName")} defaultValue={contact?.nativeName} error={fieldErrors.nativeName} autoComplete="off" />
        <TextField name="nationality" label={t("contacts.fields.nationality")} defaultValue={contact?.nationality} error={fieldErrors.nationality} required maxLength={2} autoComplete="off" />
        <SelectField
          name="role"
          label={t("contacts.fields.role")}
          defaultValue={contact?.role ?? "REPORTER"}
          options={Object.values(PressContactRole).map((role) => ({ value: role, label: t(`contacts.roles.${role}`) }))}
          error={fieldErrors.role}
        />
        <SelectField
          name="outletId"
          label={t("contacts.fields.outlet")}
          defaultValue={contact?.outletId ?? ""}
          options={[none, ...outlets.map((outlet) => ({ value: outlet.id, label: outlet.name }))]}
          error={fieldErrors.outletId}
        />
        <SelectField
          name="missionId"
          label={t("contacts.fields.mission")}
          defaultValue={contact?.missionId ?? ""}
          options={[none, ...missions.map((mission) => ({ value: mission.id, label: mission.name }))]}
          error={fieldErrors.missionId}
        />
        <TextField name="languages" label={t("contacts.fields.languages")} defaultValue={contact?.languages.join(", ")} error={fieldErrors.languages} autoComplete="off" />
        <SelectField
          name="accreditationStatus"
          label={t("contacts.fields.accreditationStatus")}
          defaultValue={contact?.accreditationStatus ?? "NONE"}
          options={Object.values(AccreditationStatus).map((status) => ({ value: status, label: t(`contacts.accreditation.${status}`) }))}
          error={fieldErrors.accreditationStatus}
        />
        <TextField
          name="accreditationExpiresOn"
          type="date"
          label={t("contacts.fields.accreditationExpiresOn")}
          defaultValue={contact?.accreditationExpiresOn ?? ""}
          error={fieldErrors.accreditationExpiresOn}
        />
      </div>
      <fieldset className="space-y-4 rounded-md border border-amber-200 bg-amber-50/40 p-4">
        <legend className="px-1 text-sm font-semibold text-slate-900">{t("contacts.personalTitle")}</legend>
        <p className="text-xs text-slate-600">{t("contacts.personalHint")}</p>
        <div className="grid gap-4 md:grid-cols-2">
          <TextField name="email" type="email" label={t("contacts.fields.email")} defaultValue={contact?.email ?? ""} error={fieldErrors.email} autoComplete="off" />
          <TextField name="phone" type="tel" label={t("contacts.fields.phone")} defaultValue={contact?.phone ?? ""} error={fieldErrors.phone} autoComplete="off" />
        </div>
        <TextAreaField name="needs" label={t("contacts.fields.needs")} defaultValue={contact?.needs} error={fieldErrors.needs} rows={2} />
      </fieldset>
      <TextAreaField name="notes" label={t("contacts.fields.notes")} defaultValue={contact?.notes} error={fieldErrors.notes} rows={3} />
      {!contact && duplicates.length > 0 && (
        <label className="flex items-center gap-2 text-sm text-slate-800">
          <input type="checkbox" name="confirmDuplicate" value="true" className="size-4" />
          {t("contacts.confirmDuplicate")}
        </label>
      )}
      <div className="flex justify-end border-t border-slate-100 pt-4">
        <Button type="submit" variant="primary" busy={pending}>
          {contact ? t("common.save") : t("contacts.create")}
        </Button>
      </div>
    </form>
  );
}
