import { z } from "zod";
import { BudgetCategory, TripStatus } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "@/lib/i18n/calendar-date";
import { isProvinceCode } from "@/lib/places/provinces";
import { AMOUNT_PATTERN, isCurrencyCode } from "./budget";

// Extra keys (a `status`, a `createdById`, a `searchText`) are refused, not ignored.
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** A form posts one value as a string and several as an array. */
const oneOrMany = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);
const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");
const requiredText = (max: number) => z.string("validation.required").trim().min(1, "validation.required").max(max, "validation.tooLong");
const version = z.coerce.number<unknown>().int().positive();
/** A real day of the calendar: "2026-02-30" is refused, not rolled over into March. */
const calendarDay = z.string("validation.required").trim().min(1, { error: "validation.required", abort: true }).refine(isCalendarDate, "trips.invalidDate");
const distinct = (values: readonly string[]) => new Set(values).size === values.length;

export const MAX_PROVINCES = 10;
export const MAX_ESCORTS = 10;
export const MAX_BUDGET_LINES = 50;
export const MAX_CAPACITY = 500;

/** One budget line. Money stays a decimal string up to the database: never a float. */
export const budgetLineSchema = z.strictObject(
  {
    category: z.enum(BudgetCategory, "validation.invalid"),
    description: text(300),
    quantity: z.coerce.number<unknown>({ error: "trips.budget.quantityInvalid" }).int("trips.budget.quantityInvalid").min(0, "trips.budget.quantityInvalid").max(100_000, "trips.budget.quantityInvalid"),
    unitCost: z
      .union([z.string(), z.number()], "trips.budget.amountInvalid")
      .transform((value) => String(value).trim())
      .refine((value) => AMOUNT_PATTERN.test(value), "trips.budget.amountInvalid"),
    currency: z
      .string()
      .trim()
      .toUpperCase()
      .default("VND")
      .transform((value) => value || "VND")
      .refine(isCurrencyCode, "trips.budget.currencyInvalid"),
  },
  strict,
);
export type BudgetLineInput = z.output<typeof budgetLineSchema>;

/**
 * The form posts its budget lines as one JSON field (`budgetLines`), since a
 * list of rows with several columns has no natural form encoding; direct
 * callers pass the array itself. Anything but a JSON array is refused.
 */
function parseLineList(value: unknown): unknown {
  if (value === undefined || value === "") return [];
  if (typeof value !== "string") return value;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

const tripFields = {
  title: requiredText(200),
  /** In the order visited; each a current province or city. */
  provinceCodes: z.preprocess(
    oneOrMany,
    z
      .array(z.string().trim().refine(isProvinceCode, "trips.unknownProvince"), "trips.provinceRequired")
      .min(1, "trips.provinceRequired")
      .max(MAX_PROVINCES, "trips.tooManyProvinces")
      .refine(distinct, "trips.duplicateProvince"),
  ),
  startsOn: calendarDay,
  endsOn: calendarDay,
  topic: requiredText(500),
  goals: text(5000),
  partnerAuthority: text(300),
  /** None means the person creating the trip; checked against active press officers and admins in the mutation. */
  organiserId: z.preprocess(emptyAsNull, z.uuid("validation.invalid").nullable()).default(null),
  escortContactIds: z
    .preprocess(oneOrMany, z.array(z.uuid("validation.invalid")).max(MAX_ESCORTS, "trips.tooManyEscorts").refine(distinct, "validation.invalid"))
    .default([]),
  capacity: z.coerce
    .number<unknown>({ error: "trips.capacityRange" })
    .int("trips.capacityRange")
    .min(1, "trips.capacityRange")
    .max(MAX_CAPACITY, "trips.capacityRange"),
  budgetLines: z.preprocess(parseLineList, z.array(z.unknown(), "trips.budget.invalid").max(MAX_BUDGET_LINES, "trips.budget.tooMany")).default([]),
};

type RawTrip = { startsOn?: unknown; endsOn?: unknown; budgetLines?: unknown };

/**
 * Checks across fields, run even when another field failed so the form shows
 * every mistake at once: the end after the start, and each budget line, its
 * errors keyed "budgetLines.<row>.<column>" so the editor puts them on the row.
 */
function checkAcrossFields(input: RawTrip, ctx: z.RefinementCtx) {
  const { startsOn, endsOn, budgetLines } = input;
  if (typeof startsOn === "string" && typeof endsOn === "string" && isCalendarDate(startsOn) && isCalendarDate(endsOn) && endsOn < startsOn) {
    ctx.addIssue({ code: "custom", message: "trips.endsBeforeStarts", path: ["endsOn"] });
  }
  if (!Array.isArray(budgetLines)) return;
  budgetLines.forEach((line, row) => {
    const parsed = budgetLineSchema.safeParse(line);
    if (parsed.success) return;
    for (const issue of parsed.error.issues) {
      ctx.addIssue({ code: "custom", message: issue.message, path: [`budgetLines.${row}.${issue.path.join(".") || "line"}`] });
    }
  });
}

const withLines = <T extends { budgetLines: unknown[] }>(input: T): Omit<T, "budgetLines"> & { budgetLines: BudgetLineInput[] } => ({
  ...input,
  budgetLines: input.budgetLines.map((line) => budgetLineSchema.parse(line)),
});

export const createTripSchema = z.strictObject(tripFields, strict).superRefine(checkAcrossFields).transform(withLines);
export type CreateTripInput = z.output<typeof createTripSchema>;

export const updateTripSchema = z
  .strictObject({ tripId: z.uuid("validation.invalid"), version, ...tripFields }, strict)
  .superRefine(checkAcrossFields)
  .transform(withLines);
export type UpdateTripInput = z.output<typeof updateTripSchema>;

/** The fields a trip's history names when they change. */
export const TRIP_DETAIL_FIELDS = [
  "title",
  "provinceCodes",
  "startsOn",
  "endsOn",
  "topic",
  "goals",
  "partnerAuthority",
  "organiserId",
  "escortContactIds",
  "capacity",
  "budgetLines",
] as const;
export type TripDetailField = (typeof TRIP_DETAIL_FIELDS)[number];

export const transitionTripSchema = z.strictObject(
  {
    tripId: z.uuid("validation.invalid"),
    version,
    to: z.enum(TripStatus, "validation.invalid"),
    note: z.string().trim().max(2000, "validation.tooLong").optional(),
  },
  strict,
);
export type TransitionTripInput = z.output<typeof transitionTripSchema>;

const optionalDay = z
  .string()
  .trim()
  .refine(isCalendarDate)
  .optional()
  .catch(undefined);

/** The trips list's filters, read from the address bar: anything unreadable is simply no filter. */
export const tripListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(TripStatus).optional().catch(undefined),
  provinceCode: z.string().refine(isProvinceCode).optional().catch(undefined),
  organiserId: z.uuid().optional().catch(undefined),
  from: optionalDay,
  to: optionalDay,
  cursor: z.string().max(500).optional().catch(undefined),
});
export type TripListFilters = z.output<typeof tripListFiltersSchema>;

/** "2026-09" from ?month=; unreadable or absent is undefined (the page then shows the current month). */
export const calendarMonthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
  .optional()
  .catch(undefined);
