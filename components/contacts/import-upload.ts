import type { ImportMode, ImportProgress } from "@/lib/contacts/csv-import";
import type { ContactImportResult } from "@/lib/contacts/csv-import-stream";

export type ImportStep = { phase: "uploading"; done: number; total: number } | ImportProgress;
export type ImportOutcome = { ok: true; result: ContactImportResult } | { ok: false; message: string };

type Callbacks = { onStep: (step: ImportStep) => void; networkErrorMessage: string; fallbackMessage: string };

type Line = Partial<ImportProgress> & { result?: ContactImportResult; error?: { message?: string } };

/**
 * POSTs the file to /api/contacts/import and reads the NDJSON answer while it
 * arrives. XMLHttpRequest: it reports the upload's progress as well as the
 * answer's, which fetch cannot. Never rejects; a refusal is an outcome.
 */
export function sendImport(file: File, mode: ImportMode, callbacks: Callbacks): Promise<ImportOutcome> {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    let read = 0;
    let outcome: ImportOutcome | null = null;
    const readLines = () => {
      const text = request.responseText;
      let end = text.indexOf("\n", read);
      while (end !== -1) {
        const raw = text.slice(read, end).trim();
        read = end + 1;
        end = text.indexOf("\n", read);
        if (!raw) continue;
        const line = JSON.parse(raw) as Line;
        if (line.result) outcome = { ok: true, result: line.result };
        else if (line.error) outcome = { ok: false, message: line.error.message ?? callbacks.fallbackMessage };
        else if (line.phase && typeof line.done === "number" && typeof line.total === "number") callbacks.onStep({ phase: line.phase, done: line.done, total: line.total });
      }
    };
    request.open("POST", `/api/contacts/import?mode=${mode}`);
    request.setRequestHeader("Content-Type", "text/csv");
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) callbacks.onStep({ phase: "uploading", done: event.loaded, total: event.total });
    };
    request.onprogress = () => {
      if (request.status === 200) readLines();
    };
    request.onload = () => {
      if (request.status !== 200) {
        let message = callbacks.fallbackMessage;
        try {
          const body = JSON.parse(request.responseText) as { error?: { message?: string; fieldErrors?: Record<string, string[]> } };
          message = Object.values(body.error?.fieldErrors ?? {})[0]?.[0] ?? body.error?.message ?? message;
        } catch {
          // Not our JSON (a proxy's error page): the general message says enough.
        }
        resolve({ ok: false, message });
        return;
      }
      readLines();
      resolve(outcome ?? { ok: false, message: callbacks.networkErrorMessage });
    };
    request.onerror = () => resolve({ ok: false, message: callbacks.networkErrorMessage });
    request.onabort = () => resolve({ ok: false, message: callbacks.networkErrorMessage });
    request.send(file);
  });
}
