"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/action";
import { issueCalendarFeed, removeCalendarFeed } from "./calendar-feed";
import { saveTripItinerarySchema, withDottedPaths } from "./schemas";
import { saveTripItinerary } from "./trip-itinerary";

const FEED_PATH = "/admin/trips/feed";
// Nothing may be posted with a feed request: the person is the session's.
const noInput = z.strictObject({}, { error: () => "validation.unknownField" });

export const saveTripItineraryAction = authedAction("saveTripItinerary", withDottedPaths(saveTripItinerarySchema), async (input, { actor }) => {
  const saved = await saveTripItinerary({ actor, input });
  revalidatePath(`/admin/trips/${input.tripId}`, "layout");
  return saved;
});

export const issueCalendarFeedAction = authedAction("issueCalendarFeed", noInput, async (_input, { actor }) => {
  const feed = await issueCalendarFeed({ actor });
  revalidatePath(FEED_PATH);
  return feed;
});

export const removeCalendarFeedAction = authedAction("removeCalendarFeed", noInput, async (_input, { actor }) => {
  await removeCalendarFeed({ actor });
  revalidatePath(FEED_PATH);
  return { removed: true };
});
