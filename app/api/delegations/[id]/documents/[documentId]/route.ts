import { attachmentHeaders } from "@/lib/export/csv";
import { openDelegationDocument } from "@/lib/delegations/review";
import { withActor } from "@/lib/route";

type Params = { params: Promise<{ id: string; documentId: string }> };

/**
 * GET /api/delegations/[id]/documents/[documentId] — a press officer's
 * download of an attached document; passport scans are decrypted and the
 * view written to the access log. Always an attachment, never rendered
 * inline, never cached.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id, documentId } = await params;
  return withActor("downloadDelegationDocument", async (_request, { actor }) => {
    const file = await openDelegationDocument({ actor, delegationId: id, documentId });
    return new Response(new Uint8Array(file.bytes), { headers: { ...attachmentHeaders(file.fileName, file.mimeType), "Content-Length": String(file.bytes.length) } });
  })(request);
}
