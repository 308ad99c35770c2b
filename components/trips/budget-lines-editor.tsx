"use client";

import { useRef, useState } from "react";
import type { BudgetCategory } from "@/lib/generated/prisma/enums";
import { AMOUNT_PATTERN, BUDGET_CATEGORIES, budgetTotals, formatMoney, fromMinorUnits, isCurrencyCode, lineTotal } from "@/lib/trips/budget";
import { intlLocale } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";

export type BudgetLineDraft = { category: BudgetCategory; description: string; quantity: string; unitCost: string; currency: string };
type Row = BudgetLineDraft & { key: number };

const COLUMNS = ["category", "description", "quantity", "unitCost", "currency"] as const;

/** Lines whose figures can be added up yet; the others wait until they are typed in full. */
function computable(rows: readonly Row[]) {
  return rows
    .filter((row) => /^\d+$/.test(row.quantity) && AMOUNT_PATTERN.test(row.unitCost) && isCurrencyCode(row.currency.toUpperCase() || "VND"))
    .map((row) => ({ category: row.category, quantity: Number(row.quantity), unitCost: row.unitCost, currency: row.currency.toUpperCase() || "VND" }));
}

/**
 * The budget as rows to add and remove, with totals per category and currency
 * recomputed as one types (the same exact arithmetic as the server's). The
 * rows are posted as one JSON field; the server's errors come back keyed
 * "budgetLines.<row>.<column>" and are shown in their cell.
 */
export function BudgetLinesEditor({ defaultValue = [], errors = {} }: { defaultValue?: BudgetLineDraft[]; errors?: Record<string, string[]> }) {
  const t = useT();
  const locale = useLocale();
  const nextKey = useRef(defaultValue.length);
  const [rows, setRows] = useState<Row[]>(() => defaultValue.map((line, key) => ({ ...line, key })));
  const money = (amount: string, currency: string) => formatMoney(intlLocale(locale), amount, currency);
  const totals = budgetTotals(computable(rows));

  const update = (key: number, column: keyof BudgetLineDraft, value: string) =>
    setRows((current) => current.map((row) => (row.key === key ? { ...row, [column]: value } : row)));
  const add = () => {
    nextKey.current += 1;
    setRows((current) => [...current, { key: nextKey.current, category: "TRANSPORT", description: "", quantity: "1", unitCost: "", currency: "VND" }]);
  };

  const posted = JSON.stringify(rows.map(({ key: _key, ...line }) => line));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium text-slate-800">{t("trips.fields.budgetLines")}</legend>
      <input type="hidden" name="budgetLines" value={posted} />
      {errors.budgetLines && <p className="text-xs font-medium text-red-700">{errors.budgetLines.join(" ")}</p>}
      {rows.length === 0 ? (
        <p className="text-sm text-slate-600">{t("trips.budget.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-xs text-slate-600">
              <tr>
                <th scope="col" className="px-1 py-1">{t("trips.budget.category")}</th>
                <th scope="col" className="px-1 py-1">{t("trips.budget.description")}</th>
                <th scope="col" className="px-1 py-1">{t("trips.budget.quantity")}</th>
                <th scope="col" className="px-1 py-1">{t("trips.budget.unitCost")}</th>
                <th scope="col" className="px-1 py-1">{t("trips.budget.currency")}</th>
                <th scope="col" className="px-1 py-1 text-right">{t("trips.budget.lineTotal")}</th>
                <td className="px-1 py-1" />
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const label = t("trips.budget.row", { row: index + 1 });
                const [line] = computable([row]);
                return (
                  <tr key={row.key} className="align-top">
                    {COLUMNS.map((column) => {
                      const id = `budget-${row.key}-${column}`;
                      const cellErrors = errors[`budgetLines.${index}.${column}`];
                      const errorId = cellErrors ? `${id}-error` : undefined;
                      const common = {
                        id,
                        className: CONTROL_CLASSES,
                        "aria-invalid": cellErrors ? (true as const) : undefined,
                        "aria-describedby": errorId,
                      };
                      return (
                        <td key={column} className="px-1 py-1">
                          <label htmlFor={id} className="sr-only">{`${t(`trips.budget.${column}`)}, ${label}`}</label>
                          {column === "category" ? (
                            <select {...common} value={row.category} onChange={(event) => update(row.key, "category", event.target.value)}>
                              {BUDGET_CATEGORIES.map((category) => (
                                <option key={category} value={category}>{t(`trips.budget.categories.${category}`)}</option>
                              ))}
                            </select>
                          ) : (
                            <input
                              {...common}
                              value={row[column]}
                              inputMode={column === "quantity" ? "numeric" : column === "unitCost" ? "decimal" : undefined}
                              maxLength={column === "currency" ? 3 : column === "description" ? 300 : 20}
                              size={column === "currency" ? 4 : column === "description" ? 18 : 10}
                              onChange={(event) => update(row.key, column, event.target.value)}
                            />
                          )}
                          {cellErrors && <p id={errorId} className="mt-0.5 text-xs font-medium text-red-700">{cellErrors.join(" ")}</p>}
                        </td>
                      );
                    })}
                    <td className="px-1 py-2 text-right whitespace-nowrap tabular-nums">{line ? money(fromMinorUnits(lineTotal(line)), line.currency) : "—"}</td>
                    <td className="px-1 py-1">
                      <Button size="sm" variant="ghost" onClick={() => setRows((current) => current.filter((other) => other.key !== row.key))}>
                        {t("trips.budget.remove", { row: index + 1 })}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <Button size="sm" onClick={add} disabled={rows.length >= 50}>
        {t("trips.budget.add")}
      </Button>
      <BudgetTotalsList totals={totals} money={money} />
    </fieldset>
  );
}

/** Totals per category and currency, then per currency, announced as they change. */
function BudgetTotalsList({ totals, money }: { totals: ReturnType<typeof budgetTotals>; money: (amount: string, currency: string) => string }) {
  const t = useT();
  return (
    <div aria-live="polite" className="text-sm">
      {totals.byCurrency.length > 0 && (
        <dl className="grid max-w-md grid-cols-[1fr_auto] gap-x-4 gap-y-0.5 rounded-md bg-slate-50 p-2">
          {totals.byCategory.map((total) => (
            <div key={`${total.category}-${total.currency}`} className="contents">
              <dt className="text-slate-700">{t(`trips.budget.categories.${total.category}`)}</dt>
              <dd className="text-right tabular-nums">{money(total.total, total.currency)}</dd>
            </div>
          ))}
          {totals.byCurrency.map((total) => (
            <div key={total.currency} className="contents font-semibold">
              <dt>{t("trips.budget.totalIn", { currency: total.currency })}</dt>
              <dd className="text-right tabular-nums">{money(total.total, total.currency)}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
