import { attachmentHeaders } from "@/lib/export/csv";
import { ICS_CONTENT_TYPE } from "@/lib/itinerary/ics";
import { tripCalendarFile } from "@/lib/itinerary/trip-calendar";
import { newsroomLocale } from "@/lib/request";
import { withActor } from "@/lib/route";

type Context = { params: Promise<{ id: string }> };

/** GET /api/trips/:id/calendar — the trip and its program as an .ics download (trip.read; unknown ids 404). */
export async function GET(request: Request, { params }: Context): Promise<Response> {
  const { id } = await params;
  return withActor("tripCalendar", async (_request, { actor }) => {
    const file = await tripCalendarFile({ actor, tripId: id, locale: await newsroomLocale(actor.preferredLocale) });
    return new Response(file.body, { headers: attachmentHeaders(file.fileName, ICS_CONTENT_TYPE) });
  })(request);
}
