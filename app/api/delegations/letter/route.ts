import { cookies } from "next/headers";
import { APPLICANT_PASS_COOKIE } from "@/lib/delegations/applicant-access";
import { PDF_CONTENT_TYPE } from "@/lib/delegations/decision-letter";
import { decisionLetterForApplicant } from "@/lib/delegations/letter-downloads";
import { attachmentHeaders } from "@/lib/export/csv";
import { logger } from "@/lib/logger";

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

/**
 * GET /api/delegations/letter — the applicant's decision letter, from the
 * status page. No account: the HTTP-only pass cookie names the application.
 * Anything but an approved application behind a valid pass answers a bare
 * 404, the same for every case, so passes and applications cannot be probed.
 */
export async function GET(): Promise<Response> {
  try {
    const file = await decisionLetterForApplicant({ pass: (await cookies()).get(APPLICANT_PASS_COOKIE)?.value });
    if (!file) return new Response(null, { status: 404, headers: PRIVATE });
    return new Response(new Uint8Array(file.body), { headers: { ...attachmentHeaders(file.fileName, PDF_CONTENT_TYPE), "Referrer-Policy": "no-referrer" } });
  } catch (error) {
    logger.error({ route: "applicantDecisionLetter", err: error }, "route failed");
    return new Response(null, { status: 500, headers: PRIVATE });
  }
}
