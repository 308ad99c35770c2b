"use client";

import { useState } from "react";
import { sortedProvinces, provinceByCode, provinceName } from "@/lib/places/provinces";
import { useLocale, useT } from "@/components/i18n/i18n-provider";

/**
 * The destination provinces as checkboxes in the reader's alphabetical order.
 * The order in which they are ticked is the order visited, so the values are
 * posted from hidden inputs in that order (a checkbox list would post them
 * alphabetically).
 */
export function TripProvincesPicker({ defaultValue = [], error }: { defaultValue?: string[]; error?: string[] }) {
  const t = useT();
  const locale = useLocale();
  const [selected, setSelected] = useState<string[]>(defaultValue);
  const errorId = error?.length ? "group-provinceCodes-error" : undefined;
  const names = selected.map((code) => provinceByCode(code)).filter((province) => province !== undefined).map((province) => provinceName(province, locale));
  return (
    <fieldset className="space-y-1" aria-describedby={["group-provinceCodes-hint", errorId].filter(Boolean).join(" ")}>
      <legend className="text-sm font-medium text-slate-800">{t("trips.fields.provinces")}</legend>
      <p id="group-provinceCodes-hint" className="text-xs text-slate-600">
        {t("trips.form.provincesHint")}
      </p>
      {selected.map((code) => (
        <input key={code} type="hidden" name="provinceCodes" value={code} />
      ))}
      <div className="grid max-h-56 grid-cols-2 gap-x-4 gap-y-1 overflow-y-auto rounded-md border border-slate-200 p-2 md:grid-cols-3">
        {sortedProvinces(locale).map((province) => {
          const id = `province-${province.code}`;
          return (
            <div key={province.code} className="flex items-center gap-2">
              <input
                id={id}
                type="checkbox"
                className="size-4 rounded border-slate-400 accent-blue-700"
                checked={selected.includes(province.code)}
                onChange={(event) =>
                  setSelected((current) => (event.target.checked ? [...current, province.code] : current.filter((code) => code !== province.code)))
                }
              />
              <label htmlFor={id} className="text-sm text-slate-800">
                {provinceName(province, locale)}
              </label>
            </div>
          );
        })}
      </div>
      <p className="text-xs text-slate-700" aria-live="polite">
        {names.length > 0 && t("trips.form.visitOrder", { list: names.join(" → ") })}
      </p>
      {errorId && (
        <p id={errorId} className="text-xs font-medium text-red-700">
          {error!.join(" ")}
        </p>
      )}
    </fieldset>
  );
}
