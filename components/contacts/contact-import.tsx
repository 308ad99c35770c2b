"use client";

import { useRef, useState, type ChangeEvent, type DragEvent } from "react";
import type { ImportMode } from "@/lib/contacts/csv-import";
import type { ContactImportResult } from "@/lib/contacts/csv-import-stream";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { FormMessage } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { cx } from "@/components/ui/class-names";
import { ImportReview } from "./import-review";
import { sendImport, type ImportStep } from "./import-upload";

/** What the server accepts; it still reads the bytes and refuses anything else. */
const ACCEPTED = ".csv,text/csv";

type Stage = { name: "idle" } | { name: "working"; mode: ImportMode } | { name: "previewed"; result: ContactImportResult } | { name: "finished"; result: ContactImportResult };

/**
 * The CSV import: a file is dropped or chosen, sent for a preview (nothing is
 * written), its rows and errors shown; then the same file is sent again to
 * import every row (only when none has an error) or only the valid ones.
 */
export function ContactImport() {
  const t = useT();
  const locale = useLocale();
  const inputRef = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ name: "idle" });
  const [step, setStep] = useState<ImportStep | null>(null);
  const [error, setError] = useState("");
  const [isDragging, setIsDragging] = useState(false);

  async function run(chosen: File, mode: ImportMode) {
    setError("");
    setStep(null);
    setStage({ name: "working", mode });
    const outcome = await sendImport(chosen, mode, { onStep: setStep, networkErrorMessage: t("contactsImport.networkError"), fallbackMessage: t("contactsImport.failed") });
    if (!outcome.ok) {
      setError(outcome.message);
      setStage({ name: "idle" });
      return;
    }
    setStage(mode === "preview" ? { name: "previewed", result: outcome.result } : { name: "finished", result: outcome.result });
  }

  function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (!chosen) return;
    setFile(chosen);
    void run(chosen, "preview");
  }

  function onDragOver(event: DragEvent<HTMLElement>) {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    setIsDragging(true);
  }

  function onDrop(event: DragEvent<HTMLElement>) {
    event.preventDefault();
    setIsDragging(false);
    if (stage.name !== "working") choose(event.dataTransfer.files);
  }

  const working = stage.name === "working";
  const invalid = stage.name === "previewed" ? stage.result.total - stage.result.valid : 0;
  const chooseAnother = () => inputRef.current?.click();

  return (
    <div>
      <section aria-labelledby="contact-import-file" className="mb-4 rounded-lg border border-slate-200 bg-white p-3">
        <h2 id="contact-import-file" className="sr-only">{t("contactsImport.chooseFile")}</h2>
        <div
          onDragOver={onDragOver}
          onDragEnter={onDragOver}
          onDragLeave={() => setIsDragging(false)}
          onDrop={onDrop}
          className={cx(
            "flex flex-col items-center justify-center gap-2 rounded-md border-2 border-dashed px-4 py-6 text-center transition-colors",
            isDragging ? "border-blue-600 bg-blue-50" : "border-slate-300 bg-slate-50",
          )}
        >
          <p className="text-sm text-slate-700">
            {t("contactsImport.dropHere")}{" "}
            <Button variant="secondary" size="sm" className="ml-1 align-middle" disabled={working} onClick={() => inputRef.current?.click()} aria-describedby="contact-import-hint">
              {t("contactsImport.chooseFile")}
            </Button>
          </p>
          <p id="contact-import-hint" className="text-xs text-slate-600">{t("contactsImport.hint")}</p>
          <p className="text-xs text-slate-600">{t("contactsImport.duplicatesHint")}</p>
          <input
            ref={inputRef}
            type="file"
            accept={ACCEPTED}
            hidden
            aria-label={t("contactsImport.chooseFile")}
            onChange={(event: ChangeEvent<HTMLInputElement>) => {
              choose(event.target.files);
              event.target.value = "";
            }}
          />
          {file && <p className="text-sm font-medium text-slate-900">{file.name}</p>}
        </div>
        <ImportProgressBar step={step} stage={stage} />
      </section>

      <FormMessage tone="error" message={error} className="mb-4" />

      {stage.name === "previewed" && (
        <>
          <ImportReview result={stage.result} />
          <div className="mb-4 flex flex-wrap items-center gap-2">
            <Button variant="primary" disabled={invalid > 0 || !file} aria-describedby="contact-import-all-hint" onClick={() => file && void run(file, "all")}>
              {t("contactsImport.importAll")}
            </Button>
            <Button disabled={stage.result.valid === 0 || !file} onClick={() => file && void run(file, "valid")}>
              {t("contactsImport.importValid", { count: formatNumber(locale, stage.result.valid) })}
            </Button>
            <Button variant="ghost" onClick={chooseAnother}>{t("contactsImport.chooseAnother")}</Button>
          </div>
          <p id="contact-import-all-hint" className="mb-4 text-xs text-slate-600">{t("contactsImport.importAllHint")}</p>
        </>
      )}

      {stage.name === "finished" && <ImportFinished result={stage.result} onChooseAnother={chooseAnother} />}
    </div>
  );
}

function ImportProgressBar({ step, stage }: { step: ImportStep | null; stage: Stage }) {
  const t = useT();
  const locale = useLocale();
  const percent = step && step.total > 0 ? Math.min(100, Math.round((step.done / step.total) * 100)) : 0;
  let status = "";
  if (stage.name === "working" && step) {
    const counts = { done: formatNumber(locale, step.done), total: formatNumber(locale, step.total), percent };
    status = t(`contactsImport.phase.${step.phase}`, counts);
  } else if (stage.name === "previewed") {
    const { total, valid } = stage.result;
    status = t("contactsImport.phase.previewReady", { total: formatNumber(locale, total), valid: formatNumber(locale, valid), invalid: formatNumber(locale, total - valid) });
  } else if (stage.name === "finished") {
    status = t("contactsImport.phase.finished", { imported: formatNumber(locale, stage.result.imported), skipped: formatNumber(locale, stage.result.skipped) });
  }
  const shown = stage.name !== "idle";
  return (
    <div className={cx("mt-3", !shown && "hidden")}>
      <progress
        id="contact-import-progress"
        max={100}
        value={stage.name === "working" ? percent : 100}
        aria-label={t("contactsImport.progressLabel")}
        aria-describedby="contact-import-status"
        className="h-2 w-full overflow-hidden rounded-full [&::-moz-progress-bar]:bg-blue-700 [&::-webkit-progress-bar]:bg-slate-200 [&::-webkit-progress-value]:bg-blue-700"
      />
      <p id="contact-import-status" role="status" aria-live="polite" aria-atomic="true" className="mt-1 text-sm text-slate-700">
        {status}
      </p>
    </div>
  );
}

function ImportFinished({ result, onChooseAnother }: { result: ContactImportResult; onChooseAnother: () => void }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="contact-import-report" className="mb-4 rounded-lg border border-slate-200 bg-white p-3 text-sm">
      <h2 id="contact-import-report" className="mb-2 text-base font-semibold text-slate-900">{t("contactsImport.reportTitle")}</h2>
      {result.imported > 0 ? (
        <p className="text-green-800">{t("contactsImport.reportImported", { imported: formatNumber(locale, result.imported) })}</p>
      ) : (
        <p className="text-red-800">{t("contactsImport.reportNothing", { count: formatNumber(locale, result.total - result.valid) })}</p>
      )}
      {result.imported > 0 && result.skipped > 0 && (
        <p className="mt-1 text-slate-800">{t("contactsImport.reportSkipped", { skipped: formatNumber(locale, result.skipped), lines: result.skippedLines.join(", ") })}</p>
      )}
      {result.errors.length > 0 && (
        <div className="mt-3">
          <ImportReview result={result} />
        </div>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <ButtonLink href="/admin/contacts" variant="primary">{t("contactsImport.backToDirectory")}</ButtonLink>
        <Button variant="ghost" onClick={onChooseAnother}>{t("contactsImport.chooseAnother")}</Button>
      </div>
    </section>
  );
}
