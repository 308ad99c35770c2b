"use client";

import type { ContactImportResult } from "@/lib/contacts/csv-import-stream";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/class-names";

const CELL = "px-3 py-1.5 align-top";

/** The first rows as the file has them, and every error with its line and column. */
export function ImportReview({ result }: { result: ContactImportResult }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      <div className="mb-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-900">{t("contactsImport.previewTitle", { count: result.preview.length })}</caption>
          <thead className="border-y border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
            <tr>
              <th scope="col" className={CELL}>{t("contactsImport.line")}</th>
              <th scope="col" className={CELL}>{t("contactsImport.status")}</th>
              {result.columns.map((column) => (
                <th key={column} scope="col" className={CELL}>{t(`contactsImport.columns.${column}`)}</th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {result.preview.map((row) => (
              <tr key={row.line} className={row.hasErrors ? "bg-red-50" : undefined}>
                <td className={cx(CELL, "tabular-nums text-slate-600")}>{formatNumber(locale, row.line)}</td>
                <td className={cx(CELL, row.hasErrors ? "font-medium text-red-800" : "text-green-800")}>
                  {row.hasErrors ? t("contactsImport.rowHasErrors") : t("contactsImport.rowOk")}
                </td>
                {result.columns.map((column) => (
                  <td key={column} className={cx(CELL, "max-w-60 truncate text-slate-800")}>{row.cells[column]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="mb-4 overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="w-full text-left text-sm">
          <caption className="px-3 py-2 text-left text-sm font-semibold text-slate-900">
            {t("contactsImport.errorsTitle", { count: formatNumber(locale, result.errors.length) })}
          </caption>
          {result.errors.length > 0 && (
            <thead className="border-y border-slate-200 bg-slate-50 text-xs font-medium text-slate-600 uppercase">
              <tr>
                <th scope="col" className={CELL}>{t("contactsImport.line")}</th>
                <th scope="col" className={CELL}>{t("contactsImport.column")}</th>
                <th scope="col" className={CELL}>{t("contactsImport.problem")}</th>
              </tr>
            </thead>
          )}
          <tbody className="divide-y divide-slate-100">
            {result.errors.length === 0 ? (
              <tr>
                <td className={cx(CELL, "text-slate-600")}>{t("contactsImport.noErrors")}</td>
              </tr>
            ) : (
              result.errors.map((error, index) => (
                <tr key={`${error.line}-${index}`}>
                  <td className={cx(CELL, "tabular-nums")}>{formatNumber(locale, error.line)}</td>
                  <td className={CELL}>{error.column ?? t("common.none")}</td>
                  <td className={cx(CELL, "text-red-800")}>{error.message}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </>
  );
}
