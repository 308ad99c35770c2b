import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/translator";
import { attachmentHeaders } from "@/lib/export/csv";
import { withActor } from "@/lib/route";
import { exportTripParticipants } from "@/lib/trips/participant-exports";
import { participantExportSchema } from "@/lib/trips/participant-schemas";

type Params = { params: Promise<{ id: string }> };

/** GET /api/trips/[id]/participants?format=csv|xlsx&sheet=participants|rooming — a download, headed in the person's language. */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { id } = await params;
  return withActor("exportTripParticipants", async (req, { actor, t }) => {
    const parsed = participantExportSchema.safeParse(Object.fromEntries(new URL(req.url).searchParams));
    if (!parsed.success) {
      const fieldErrors = z.flattenError(parsed.error).fieldErrors as Record<string, MessageKey[]>;
      throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors });
    }
    const file = await exportTripParticipants({ actor, tripId: id, query: parsed.data, t });
    const body = typeof file.body === "string" ? file.body : new Uint8Array(file.body);
    return new Response(body, { headers: attachmentHeaders(file.fileName, file.contentType) });
  })(request);
}
