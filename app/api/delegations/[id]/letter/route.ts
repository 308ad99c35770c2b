import { PDF_CONTENT_TYPE } from "@/lib/delegations/decision-letter";
import { decisionLetterForStaff } from "@/lib/delegations/letter-downloads";
import { attachmentHeaders } from "@/lib/export/csv";
import { withActor } from "@/lib/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/delegations/:id/letter — the decision letter of an approved delegation (delegation.review; unknown ids 404). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withActor("delegationDecisionLetter", async (_request, { actor }) => {
    const file = await decisionLetterForStaff({ actor, delegationId: id });
    return new Response(new Uint8Array(file.body), { headers: attachmentHeaders(file.fileName, PDF_CONTENT_TYPE) });
  })(request);
}
