"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createTrip, transitionTrip, updateTrip } from "./mutations";
import { revalidatePublicTrips } from "./public-cache";
import { createTripSchema, transitionTripSchema, updateTripSchema } from "./schemas";

const TRIPS_PATH = "/admin/trips";

/**
 * The list, the calendar and every page of the trip show its title, dates and
 * status; so does its public recap, which a status change can also show or hide.
 */
function revalidateTrip(tripId: string) {
  revalidatePublicTrips();
  revalidatePath(TRIPS_PATH);
  revalidatePath(`${TRIPS_PATH}/calendar`);
  revalidatePath(`${TRIPS_PATH}/${tripId}`, "layout");
}

export const createTripAction = authedAction("createTrip", createTripSchema, async (input, { actor }) => {
  const trip = await createTrip({ actor, input });
  revalidateTrip(trip.id);
  return trip;
});

export const updateTripAction = authedAction("updateTrip", updateTripSchema, async (input, { actor }) => {
  const trip = await updateTrip({ actor, input });
  revalidateTrip(trip.id);
  return trip;
});

export const transitionTripAction = authedAction("transitionTrip", transitionTripSchema, async (input, { actor }) => {
  const trip = await transitionTrip({ actor, input });
  revalidateTrip(trip.id);
  return trip;
});
