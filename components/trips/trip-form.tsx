"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { createTripAction, updateTripAction } from "@/lib/trips/actions";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { BudgetLinesEditor, type BudgetLineDraft } from "./budget-lines-editor";
import { TripProvincesPicker } from "./trip-provinces-picker";

/** What the edit form starts from. */
export type EditableTrip = {
  id: string;
  version: number;
  title: string;
  provinceCodes: string[];
  startsOn: string;
  endsOn: string;
  topic: string;
  goals: string;
  partnerAuthority: string;
  organiserId: string;
  escortContactIds: string[];
  capacity: number;
  budgetLines: BudgetLineDraft[];
};

type Option = { id: string; name: string };
type Feedback = { tone: "success" | "error"; message: string } | null;

/**
 * Creates a trip, or edits its details over the version loaded. Submitted by
 * hand so what was typed stays after a refusal; errors sit beside their fields
 * and the message on top (a stale version says someone else saved first).
 */
export function TripForm({ trip, organisers, escorts }: { trip?: EditableTrip; organisers: Option[]; escorts: Option[] }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [version, setVersion] = useState(trip?.version ?? 0);
  const [seenVersion, setSeenVersion] = useState(trip?.version ?? 0);
  const [dirty, setDirty] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);

  // A workflow step taken on this page moves the trip's version on; an untouched form follows it,
  // a form with unsaved changes keeps the version it was edited from (its save is then a conflict).
  if (trip && trip.version !== seenVersion) {
    setSeenVersion(trip.version);
    if (!dirty) setVersion(trip.version);
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      if (!trip) {
        const state = await createTripAction(form);
        if (state.status === "ok") {
          router.push(`/admin/trips/${state.data.id}`);
          return;
        }
        if (state.status === "error") {
          setFieldErrors(state.fieldErrors ?? {});
          setFeedback({ tone: "error", message: state.message });
        }
        return;
      }
      form.set("tripId", trip.id);
      form.set("version", String(version));
      const state = await updateTripAction(form);
      if (state.status === "ok") {
        setVersion(state.data.version);
        setDirty(false);
        setFieldErrors({});
        setFeedback({ tone: "success", message: t("trips.form.saved") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      onChange={() => setDirty(true)}
      noValidate
      aria-label={t("trips.detailsTitle")}
      className="space-y-4 rounded-lg border border-slate-200 bg-white p-5"
      aria-busy={pending || undefined}
    >
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <TextField name="title" label={t("trips.fields.title")} defaultValue={trip?.title} error={fieldErrors.title} required maxLength={200} autoComplete="off" />
      <TripProvincesPicker defaultValue={trip?.provinceCodes} error={fieldErrors.provinceCodes} />
      <div className="grid gap-4 md:grid-cols-3">
        <TextField name="startsOn" type="date" label={t("trips.fields.startsOn")} defaultValue={trip?.startsOn} error={fieldErrors.startsOn} required />
        <TextField name="endsOn" type="date" label={t("trips.fields.endsOn")} defaultValue={trip?.endsOn} error={fieldErrors.endsOn} required />
        <TextField
          name="capacity"
          type="number"
          min={1}
          max={500}
          label={t("trips.fields.capacity")}
          hint={t("trips.form.capacityHint")}
          defaultValue={trip?.capacity ?? 10}
          error={fieldErrors.capacity}
          required
        />
      </div>
      <TextAreaField name="topic" label={t("trips.fields.topic")} defaultValue={trip?.topic} error={fieldErrors.topic} rows={2} required maxLength={500} />
      <TextAreaField name="goals" label={t("trips.fields.goals")} defaultValue={trip?.goals} error={fieldErrors.goals} rows={3} />
      <div className="grid gap-4 md:grid-cols-2">
        <TextField name="partnerAuthority" label={t("trips.fields.partnerAuthority")} defaultValue={trip?.partnerAuthority} error={fieldErrors.partnerAuthority} autoComplete="off" />
        <SelectField
          name="organiserId"
          label={t("trips.fields.organiser")}
          hint={trip ? undefined : t("trips.form.organiserHint")}
          defaultValue={trip?.organiserId ?? ""}
          options={[...(trip ? [] : [{ value: "", label: t("common.none") }]), ...organisers.map((person) => ({ value: person.id, label: person.name }))]}
          error={fieldErrors.organiserId}
        />
      </div>
      {escorts.length ? (
        <CheckboxGroup
          name="escortContactIds"
          legend={t("trips.fields.escorts")}
          hint={t("trips.form.escortsHint")}
          options={escorts.map((person) => ({ value: person.id, label: person.name }))}
          defaultValues={trip?.escortContactIds}
          error={fieldErrors.escortContactIds}
          className="[&>div]:grid [&>div]:gap-x-4 md:[&>div]:grid-cols-2"
        />
      ) : (
        <p className="text-sm text-slate-600">{t("trips.form.escortsEmpty")}</p>
      )}
      <BudgetLinesEditor defaultValue={trip?.budgetLines} errors={fieldErrors} />
      <div className="flex justify-end border-t border-slate-100 pt-4">
        <Button type="submit" variant="primary" busy={pending}>
          {trip ? t("trips.form.save") : t("trips.form.create")}
        </Button>
      </div>
    </form>
  );
}
