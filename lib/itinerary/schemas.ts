import { z } from "zod";
import { isCalendarDate } from "@/lib/i18n/calendar-date";
import { endMinutesFromClock, minutesFromClock } from "./clock";

// Extra keys (a `tripId` inside an item, a `position`, a `createdAt`) are refused, not ignored.
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

export const MAX_PROGRAM_ITEMS = 200;
export const MAX_ACTIVITY_LENGTH = 300;

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");
const calendarDay = z.string("validation.required").refine(isCalendarDate, "validation.invalid");
const startClock = z.string("validation.required").trim().refine((value) => minutesFromClock(value) !== null, "itinerary.invalidTime");
/** No end ("" or absent) makes the item a point in time. */
const endClock = z.preprocess(
  (value) => (value === "" || value === undefined ? null : value),
  z
    .string()
    .trim()
    .refine((value) => endMinutesFromClock(value) !== null, "itinerary.invalidTime")
    .nullable(),
);

/**
 * One program item as the editor posts it. `id` is the item's own id when it
 * was saved before, so it keeps the same calendar UID across saves; items
 * without one are new.
 */
export const itineraryItemSchema = z
  .strictObject(
    {
      id: z.uuid("validation.invalid").optional(),
      day: calendarDay,
      start: startClock,
      end: endClock.default(null),
      activity: z.string("validation.required").trim().min(1, "validation.required").max(MAX_ACTIVITY_LENGTH, "validation.tooLong"),
      place: text(300),
      host: text(300),
      transport: text(300),
      notes: text(2000),
      forSubset: z.boolean("validation.invalid").default(false),
      attendeeContactIds: z
        .array(z.uuid("validation.invalid"))
        .max(500, "validation.tooMany")
        .default([])
        .refine((ids) => new Set(ids).size === ids.length, "itinerary.duplicateAttendee"),
    },
    strict,
  )
  .superRefine((item, ctx) => {
    const start = minutesFromClock(item.start);
    const end = item.end === null ? null : endMinutesFromClock(item.end);
    if (start !== null && end !== null && end <= start) ctx.addIssue({ code: "custom", message: "itinerary.endBeforeStart", path: ["end"] });
    if (item.forSubset && item.attendeeContactIds.length === 0) ctx.addIssue({ code: "custom", message: "itinerary.attendeesRequired", path: ["attendeeContactIds"] });
    if (!item.forSubset && item.attendeeContactIds.length > 0) ctx.addIssue({ code: "custom", message: "itinerary.attendeesOnlyForSubset", path: ["attendeeContactIds"] });
  })
  .transform((item) => ({
    ...item,
    startMinute: minutesFromClock(item.start) as number,
    endMinute: item.end === null ? null : (endMinutesFromClock(item.end) as number),
  }));
export type ItineraryItemInput = z.output<typeof itineraryItemSchema>;

/** A whole program, in the order the press officer arranged it (position = order within its day). */
export const itineraryItemsSchema = z
  .array(itineraryItemSchema, "validation.invalid")
  .max(MAX_PROGRAM_ITEMS, "itinerary.tooManyItems")
  .superRefine((items, ctx) => {
    const seen = new Set<string>();
    items.forEach((item, index) => {
      if (!item.id) return;
      if (seen.has(item.id)) ctx.addIssue({ code: "custom", message: "itinerary.duplicateItem", path: [index, "id"] });
      seen.add(item.id);
    });
  });

export const saveTripItinerarySchema = z.strictObject(
  {
    tripId: z.uuid("validation.invalid"),
    itineraryVersion: z.number("validation.invalid").int("validation.invalid").positive("validation.invalid"),
    items: itineraryItemsSchema,
  },
  strict,
);
export type SaveTripItineraryInput = z.output<typeof saveTripItinerarySchema>;

/**
 * The same schema with each issue reported under its whole path joined by dots
 * ("items.3.day"): the form-error flattening keeps only the first segment of a
 * path, and the editor must put each message beside the right input.
 */
export function withDottedPaths<Schema extends z.ZodType>(schema: Schema) {
  return z.unknown().transform((value, ctx): z.output<Schema> => {
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) {
      const path = issue.path.map(String).join(".");
      ctx.addIssue({ code: "custom", message: issue.message, path: path ? [path] : [] });
    }
    return z.NEVER;
  });
}

/** A delegation's program: the same items, whose attendee ids are the delegation's members. */
export const saveDelegationProgramSchema = z.strictObject(
  {
    delegationId: z.uuid("validation.invalid"),
    itineraryVersion: z.number("validation.invalid").int("validation.invalid").positive("validation.invalid"),
    items: itineraryItemsSchema,
  },
  strict,
);
export type SaveDelegationProgramInput = z.output<typeof saveDelegationProgramSchema>;
