import { attachmentHeaders } from "@/lib/export/csv";
import { delegationCalendarFile } from "@/lib/itinerary/delegation-calendar";
import { ICS_CONTENT_TYPE } from "@/lib/itinerary/ics";
import { newsroomLocale } from "@/lib/request";
import { withActor } from "@/lib/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/delegations/:id/calendar — the stay and its program as an .ics download (delegation.review; drafts and unknown ids 404). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withActor("delegationCalendar", async (_request, { actor }) => {
    const file = await delegationCalendarFile({ actor, delegationId: id, locale: await newsroomLocale(actor.preferredLocale) });
    return new Response(file.body, { headers: attachmentHeaders(file.fileName, ICS_CONTENT_TYPE) });
  })(request);
}
