import { z } from "zod";
import { importContactsStream, NDJSON_CONTENT_TYPE, fileTooLarge, readBodyCapped } from "@/lib/contacts/csv-import-stream";
import { assertMayImportContacts, CSV_IMPORT_LIMITS, IMPORT_MODES } from "@/lib/contacts/csv-import";
import { contactImportTemplate } from "@/lib/contacts/csv-export";
import { validationError } from "@/lib/errors";
import { attachmentHeaders } from "@/lib/export/csv";
import { newsroomLocale } from "@/lib/request";
import { withActor } from "@/lib/route";

/** Room for the multipart envelope around the file itself. */
const ENVELOPE_BYTES = 64 * 1024;
const querySchema = z.strictObject({ mode: z.enum(IMPORT_MODES) });

/** GET /api/contacts/import — the template: the header row alone, in the person's language. */
export const GET = withActor("contactImportTemplate", async (_request, { actor }) => {
  assertMayImportContacts(actor);
  const template = contactImportTemplate(await newsroomLocale(actor.preferredLocale));
  return new Response(template.body, { headers: attachmentHeaders(template.fileName, template.contentType) });
});

/**
 * POST /api/contacts/import?mode=preview|all|valid — the CSV as the body
 * (or a multipart field `file`), answered as NDJSON progress then the report.
 */
export const POST = withActor("importContacts", async (request, { actor, requestId, t }) => {
  // Refused before a byte of the body is read: who may not import, which mode, how large.
  assertMayImportContacts(actor);
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) throw validationError({ mode: ["validation.invalid"] });
  const limit = CSV_IMPORT_LIMITS.maxBytes + ENVELOPE_BYTES;
  if (Number(request.headers.get("content-length") ?? 0) > limit) throw fileTooLarge(CSV_IMPORT_LIMITS.maxBytes);
  const body = await readBodyCapped(request, limit);
  let file: Uint8Array = body;
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    const part = (await new Response(new Uint8Array(body), { headers: { "content-type": request.headers.get("content-type")! } }).formData().catch(() => null))?.get("file");
    if (!(part instanceof File)) throw validationError({ file: ["validation.required"] });
    file = new Uint8Array(await part.arrayBuffer());
  }
  const stream = importContactsStream({ actor, file, mode: query.data.mode, t, requestId });
  return new Response(stream, { headers: { "Content-Type": NDJSON_CONTENT_TYPE, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
});
