"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { CoverageTone } from "@/lib/generated/prisma/enums";
import { addCoverageAction, updateCoverageAction } from "@/lib/trips/report-actions";
import type { CoverageItem } from "@/lib/trips/coverage";
import { useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";

type Feedback = { tone: "success" | "error"; message: string } | null;
export type OutletOption = { id: string; name: string };

/**
 * Records a story an outlet published about the trip, or edits one over the
 * version loaded (a newer one is refused as a conflict). What was typed stays
 * after a refusal; each field error shows beside its field.
 */
export function CoverageForm({ tripId, outlets, item, startsOn }: { tripId: string; outlets: OutletOption[]; item?: CoverageItem; startsOn: string }) {
  const t = useT();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [feedback, setFeedback] = useState<Feedback>(null);
  const [version, setVersion] = useState(item?.version ?? 0);
  const prefix = item ? `coverage-${item.id}` : "coverage-new";
  const name = item ? t("coverage.edit", { title: item.title }) : t("coverage.add");

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    startTransition(async () => {
      const form = new FormData(element);
      form.set("tripId", tripId);
      if (item) {
        form.set("coverageId", item.id);
        form.set("version", String(version));
      }
      const state = item ? await updateCoverageAction(form) : await addCoverageAction(form);
      if (state.status === "ok") {
        if (item) setVersion(state.data.version);
        else element.reset();
        setFieldErrors({});
        setFeedback({ tone: "success", message: item ? t("coverage.saved") : t("coverage.added") });
        router.refresh();
      } else if (state.status === "error") {
        setFieldErrors(state.fieldErrors ?? {});
        setFeedback({ tone: "error", message: state.message });
      }
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-label={name} aria-busy={pending || undefined} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      {!item && <h3 className="text-sm font-semibold text-slate-900">{t("coverage.add")}</h3>}
      <FormMessage tone={feedback?.tone ?? "success"} message={feedback?.message} />
      <div className="grid gap-3 md:grid-cols-2">
        <SelectField
          id={`${prefix}-outlet`}
          name="outletId"
          label={t("coverage.fields.outlet")}
          defaultValue={item?.outlet?.id ?? ""}
          options={[{ value: "", label: t("coverage.fields.noOutlet") }, ...outlets.map((outlet) => ({ value: outlet.id, label: outlet.name }))]}
          error={fieldErrors.outletId}
        />
        <TextField id={`${prefix}-title`} name="title" label={t("coverage.fields.title")} defaultValue={item?.title} error={fieldErrors.title} required autoComplete="off" />
        <TextField id={`${prefix}-url`} name="url" type="url" label={t("coverage.fields.url")} defaultValue={item?.url} error={fieldErrors.url} required autoComplete="off" maxLength={2000} />
        <TextField id={`${prefix}-language`} name="language" label={t("coverage.fields.language")} defaultValue={item?.language} error={fieldErrors.language} required autoComplete="off" maxLength={3} />
        <TextField
          id={`${prefix}-publishedOn`}
          name="publishedOn"
          type="date"
          min={startsOn}
          label={t("coverage.fields.publishedOn")}
          defaultValue={item?.publishedOn}
          error={fieldErrors.publishedOn}
          required
        />
        <TextField
          id={`${prefix}-reach`}
          name="reach"
          type="number"
          min={0}
          step={1}
          inputMode="numeric"
          label={t("coverage.fields.reach")}
          labelSuffix={`(${t("common.optional")})`}
          hint={t("coverage.fields.reachHint")}
          defaultValue={item?.reach ?? ""}
          error={fieldErrors.reach}
        />
        <SelectField
          id={`${prefix}-tone`}
          name="tone"
          label={t("coverage.fields.tone")}
          defaultValue={item?.tone ?? "NEUTRAL"}
          options={Object.values(CoverageTone).map((tone) => ({ value: tone, label: t(`coverage.tones.${tone}`) }))}
          error={fieldErrors.tone}
        />
      </div>
      <Button type="submit" variant="primary" busy={pending}>
        {item ? t("common.save") : t("coverage.add")}
      </Button>
    </form>
  );
}
