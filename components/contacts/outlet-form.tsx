"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createOutletAction, updateOutletAction } from "@/lib/contacts/actions";
import type { OutletDto } from "@/lib/contacts/queries";
import { OutletKind } from "@/lib/generated/prisma/enums";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;

/** Adds an outlet to the directory, or edits one over the version loaded. What was typed stays after a refusal. */
export function OutletForm({ outlet }: { outlet?: OutletDto }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [version, setVersion] = useState(outlet?.version ?? 0);
  const prefix = outlet ? `outlet-${outlet.id}` : "outlet";
  const title = outlet ? t("contacts.organisations.edit", { name: outlet.name }) : t("contacts.organisations.newOutlet");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    startTransition(async () => {
      const form = new FormData(element);
      if (outlet) {
        form.set("outletId", outlet.id);
        form.set("version", String(version));
      }
      const state = outlet ? await updateOutletAction(form) : await createOutletAction(form);
      if (state.status === "ok") {
        if (outlet) setVersion(state.data.version);
        else element.reset();
        setFieldErrors({});
        setFeedback({ tone: "success", message: outlet ? t("contacts.saved") : t("contacts.organisations.outletAdded") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={title} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4" aria-busy={pending || undefined}>
      {!outlet && <h2 className="text-sm font-semibold text-slate-900">{title}</h2>}
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField id={`${prefix}-name`} name="name" label={t("contacts.organisations.name")} defaultValue={outlet?.name} error={fieldErrors.name} required autoComplete="off" />
      <SelectField
        id={`${prefix}-kind`} name="kind"
        label={t("contacts.organisations.kind")}
        defaultValue={outlet?.kind ?? "NEWSPAPER"}
        options={Object.values(OutletKind).map((kind) => ({ value: kind, label: t(`contacts.outletKinds.${kind}`) }))}
        error={fieldErrors.kind}
      />
      <TextField id={`${prefix}-country`} name="country" label={t("contacts.organisations.country")} defaultValue={outlet?.country} error={fieldErrors.country} required maxLength={2} autoComplete="off" />
      <TextField id={`${prefix}-languages`} name="languages" label={t("contacts.fields.languages")} defaultValue={outlet?.languages.join(", ")} error={fieldErrors.languages} autoComplete="off" />
      <TextField id={`${prefix}-website`} name="website" type="url" label={t("contacts.organisations.website")} defaultValue={outlet?.website ?? ""} error={fieldErrors.website} autoComplete="off" />
      <Button type="submit" variant="primary" busy={pending}>
        {outlet ? t("common.save") : t("contacts.organisations.addOutlet")}
      </Button>
    </form>
  );
}
