import { describe, expect, test } from "vitest";
import { z } from "zod";
import { itineraryItemSchema, saveTripItinerarySchema, withDottedPaths } from "./schemas";

const TRIP = "7f1c3b0e-1d2a-4c5b-8e9f-0a1b2c3d4e5f";
const PERSON = "2b9f6a1e-3c4d-4e5f-9a8b-7c6d5e4f3a2b";
const item = (fields: Record<string, unknown> = {}) => ({ day: "2027-03-10", start: "09:30", activity: "Meeting the provincial People's Committee", ...fields });

function fieldErrorsOf(input: unknown) {
  const parsed = withDottedPaths(saveTripItinerarySchema).safeParse(input);
  expect(parsed.success).toBe(false);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
}

describe("one program item", () => {
  test("reads times as minutes after midnight and defaults the optional fields", () => {
    const parsed = itineraryItemSchema.parse(item({ end: "11:00", place: "  Buôn Ma Thuột  " }));
    expect(parsed).toMatchObject({ startMinute: 570, endMinute: 660, place: "Buôn Ma Thuột", host: "", forSubset: false, attendeeContactIds: [] });
  });

  test("an empty end makes a point in time; 24:00 is midnight", () => {
    expect(itineraryItemSchema.parse(item({ end: "" })).endMinute).toBeNull();
    expect(itineraryItemSchema.parse(item({ start: "20:00", end: "24:00" })).endMinute).toBe(1440);
  });

  test.each([
    [{ start: "9:30" }, "start", "itinerary.invalidTime"],
    [{ start: "24:00" }, "start", "itinerary.invalidTime"],
    [{ end: "09:30" }, "end", "itinerary.endBeforeStart"],
    [{ end: "08:00" }, "end", "itinerary.endBeforeStart"],
    [{ day: "2027-02-30" }, "day", "validation.invalid"],
    [{ activity: "   " }, "activity", "validation.required"],
    [{ activity: "x".repeat(301) }, "activity", "validation.tooLong"],
    [{ forSubset: true }, "attendeeContactIds", "itinerary.attendeesRequired"],
    [{ attendeeContactIds: [PERSON] }, "attendeeContactIds", "itinerary.attendeesOnlyForSubset"],
    [{ forSubset: true, attendeeContactIds: [PERSON, PERSON] }, "attendeeContactIds", "itinerary.duplicateAttendee"],
    [{ position: 3 }, "", "validation.unknownField"],
  ])("refuses %o on %s", (fields, path, message) => {
    const parsed = itineraryItemSchema.safeParse(item(fields));
    expect(parsed.success).toBe(false);
    const issue = parsed.error?.issues.find((candidate) => candidate.path.join(".") === path);
    expect(issue?.message).toBe(message);
  });
});

describe("a whole program", () => {
  test("reports each problem under the item's full path", () => {
    const errors = fieldErrorsOf({ tripId: TRIP, itineraryVersion: 1, items: [item(), item({ day: "10/03/2027" }), item({ end: "09:00" })] });
    expect(errors).toEqual({ "items.1.day": ["validation.invalid"], "items.2.end": ["itinerary.endBeforeStart"] });
  });

  test("refuses more than 200 items and the same item twice", () => {
    expect(fieldErrorsOf({ tripId: TRIP, itineraryVersion: 1, items: Array.from({ length: 201 }, () => item()) })).toEqual({ items: ["itinerary.tooManyItems"] });
    expect(fieldErrorsOf({ tripId: TRIP, itineraryVersion: 1, items: [item({ id: PERSON }), item({ id: PERSON })] })).toEqual({ "items.1.id": ["itinerary.duplicateItem"] });
  });

  test("refuses fields the editor never sends", () => {
    const dotted = withDottedPaths(saveTripItinerarySchema).safeParse({ tripId: TRIP, itineraryVersion: 1, items: [item({ position: 0 })], organiserId: PERSON });
    expect(dotted.error && z.flattenError(dotted.error)).toEqual({ formErrors: ["validation.unknownField"], fieldErrors: { "items.0": ["validation.unknownField"] } });
    const parsed = saveTripItinerarySchema.safeParse({ tripId: TRIP, itineraryVersion: 1, items: [], organiserId: PERSON });
    expect(parsed.error?.issues[0]).toMatchObject({ code: "unrecognized_keys", message: "validation.unknownField" });
  });

  test("accepts 200 items and keeps their order", () => {
    const items = Array.from({ length: 200 }, (_, index) => item({ activity: `Item ${index}` }));
    const parsed = saveTripItinerarySchema.parse({ tripId: TRIP, itineraryVersion: 4, items });
    expect(parsed.items.map((entry) => entry.activity)).toEqual(items.map((entry) => entry.activity));
  });
});
