import Form from "next/form";
import Link from "next/link";
import type { Translate } from "@/lib/i18n/translator";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

type PeriodFilterProps = { from: string; to: string; errors: Partial<Record<"from" | "to", string[]>>; t: Translate };

/** The period as a plain GET form: every period is a URL that can be shared or bookmarked. */
export function PeriodFilter({ from, to, errors, t }: PeriodFilterProps) {
  return (
    <Form action="/admin/delegations/statistics" aria-label={t("delegationStats.period.legend")} className="mb-4 flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-3">
      <TextField name="from" type="date" label={t("delegationStats.period.from")} defaultValue={from} error={errors.from} />
      <TextField name="to" type="date" label={t("delegationStats.period.to")} defaultValue={to} error={errors.to} />
      <Button type="submit" variant="primary">
        {t("delegationStats.period.apply")}
      </Button>
      <Link href="/admin/delegations/statistics" className="pb-1.5 text-sm text-slate-700 underline hover:text-slate-900">
        {t("delegationStats.period.reset")}
      </Link>
    </Form>
  );
}
