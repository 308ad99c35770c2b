/**
 * The import's answer as NDJSON, written as it goes: progress lines
 * `{"phase","done","total"}`, then one `{"result": …}` or `{"error": …}`. The
 * page reads it while it arrives, so its progress bar follows the server.
 * Messages are translated here, in the person's language; row errors keep
 * their line and the column as the file titles it.
 */
import type { Actor } from "@/lib/authz/policy";
import { AppError, isAppError } from "@/lib/errors";
import { translateDynamic, type Translate } from "@/lib/i18n/translator";
import { logger } from "@/lib/logger";
import { importContacts, type ContactImportReport, type ImportMode } from "./csv-import";

export const NDJSON_CONTENT_TYPE = "application/x-ndjson; charset=utf-8";

export type ImportRowErrorView = { line: number; column: string | null; message: string };
export type ContactImportResult = Omit<ContactImportReport, "errors"> & { errors: ImportRowErrorView[] };

export function translateReport(report: ContactImportReport, t: Translate): ContactImportResult {
  return {
    ...report,
    errors: report.errors.map((error) => ({ line: error.line, column: error.header, message: translateDynamic(t, error.message, error.params) })),
  };
}

export function importContactsStream({ actor, file, mode, t, requestId }: { actor: Actor; file: Uint8Array; mode: ImportMode; t: Translate; requestId: string }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async start(controller) {
      const send = (value: unknown) => controller.enqueue(encoder.encode(`${JSON.stringify(value)}\n`));
      try {
        const report = await importContacts({ actor, file, mode, onProgress: (progress) => send(progress) });
        send({ result: translateReport(report, t) });
        logger.info({ route: "importContacts", requestId, actorId: actor.id, mode, total: report.total, imported: report.imported }, "contacts imported");
      } catch (error) {
        if (isAppError(error)) send({ error: { code: error.code, message: translateDynamic(t, error.messageKey, error.params) } });
        else {
          // The detail goes to the log only: it could hold a row of someone's personal data.
          logger.error({ route: "importContacts", requestId, actorId: actor.id, err: error }, "contact import failed");
          send({ error: { code: "UNEXPECTED", message: t("errors.unexpected", { requestId }) } });
        }
      } finally {
        controller.close();
      }
    },
  });
}

export const fileTooLarge = (maxBytes: number) => new AppError("VALIDATION", "contactsImport.errors.fileTooLarge", { params: { max: maxBytes / 1024 / 1024 } });

/**
 * The request body, read no further than `limit` bytes: a missing or lying
 * Content-Length (chunked uploads) cannot make the server hold more.
 */
export async function readBodyCapped(request: Request, limit: number): Promise<Buffer> {
  const reader = request.body?.getReader();
  if (!reader) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw fileTooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
