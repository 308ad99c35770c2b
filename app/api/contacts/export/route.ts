import { contactExportQuerySchema, exportContacts } from "@/lib/contacts/csv-export";
import { validationError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translator";
import { attachmentHeaders } from "@/lib/export/csv";
import { newsroomLocale } from "@/lib/request";
import { withActor } from "@/lib/route";

/** GET /api/contacts/export?format=csv|xlsx&<the directory's filters> — a download of every matching live contact. */
export const GET = withActor("exportContacts", async (request, { actor }) => {
  const parsed = contactExportQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw validationError(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0] ?? "format"), [issue.message as MessageKey]])));
  const exported = await exportContacts({ actor, query: parsed.data, locale: await newsroomLocale(actor.preferredLocale) });
  const body = Buffer.isBuffer(exported.body) ? new Uint8Array(exported.body) : exported.body;
  return new Response(body, { headers: attachmentHeaders(exported.fileName, exported.contentType) });
});
