import { calendarFeedFile } from "@/lib/itinerary/calendar-feed";
import { ICS_CONTENT_TYPE } from "@/lib/itinerary/ics";
import { logger } from "@/lib/logger";

type Context = { params: Promise<{ token: string }> };

const PRIVATE = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer" };

/**
 * GET /api/calendar/:token(.ics) — a press officer's feed for calendar apps,
 * which send no session: the secret address is the credential. Anything that
 * is not a live feed answers a bare 404, so addresses cannot be probed. The
 * token is never logged.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { token } = await params;
  try {
    const body = await calendarFeedFile({ token: token.replace(/\.ics$/, "") });
    if (body === null) return new Response(null, { status: 404, headers: PRIVATE });
    return new Response(body, { headers: { ...PRIVATE, "Content-Type": ICS_CONTENT_TYPE } });
  } catch (error) {
    logger.error({ route: "calendarFeed", err: error }, "route failed");
    return new Response(null, { status: 500, headers: PRIVATE });
  }
}
