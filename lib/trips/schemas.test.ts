import { z } from "zod";
import { describe, expect, test } from "vitest";
import { createTripSchema, transitionTripSchema, tripListFiltersSchema, updateTripSchema } from "./schemas";

const valid = {
  title: "Đắk Lắk: phát triển kinh tế - xã hội",
  provinceCodes: "DLK",
  startsOn: "2027-09-16",
  endsOn: "2027-09-18",
  topic: "Economic and social development",
  capacity: "12",
};

const fieldErrors = (input: unknown, schema: z.ZodType = createTripSchema) => {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[]>;
};

describe("createTripSchema", () => {
  test("a form's fields become a typed trip with defaults", () => {
    const trip = createTripSchema.parse(valid);
    expect(trip).toMatchObject({ provinceCodes: ["DLK"], capacity: 12, goals: "", partnerAuthority: "", organiserId: null, escortContactIds: [], budgetLines: [] });
  });

  test("repeated province values keep the order visited", () => {
    expect(createTripSchema.parse({ ...valid, provinceCodes: ["HN", "DLK"] }).provinceCodes).toEqual(["HN", "DLK"]);
  });

  test("unknown, missing, duplicate and too many provinces are field errors", () => {
    expect(fieldErrors({ ...valid, provinceCodes: ["DLK", "XXX"] }).provinceCodes).toEqual(["trips.unknownProvince"]);
    expect(fieldErrors({ ...valid, provinceCodes: undefined }).provinceCodes).toEqual(["trips.provinceRequired"]);
    expect(fieldErrors({ ...valid, provinceCodes: ["DLK", "DLK"] }).provinceCodes).toEqual(["trips.duplicateProvince"]);
    const eleven = ["HN", "HUE", "HP", "DN", "HCM", "CT", "LCH", "DB", "SL", "LS", "QNI"];
    expect(fieldErrors({ ...valid, provinceCodes: eleven }).provinceCodes).toContain("trips.tooManyProvinces");
  });

  test("dates must be real days, the end not before the start", () => {
    expect(fieldErrors({ ...valid, startsOn: "2027-02-30" }).startsOn).toEqual(["trips.invalidDate"]);
    expect(fieldErrors({ ...valid, endsOn: "" }).endsOn).toEqual(["validation.required"]);
    expect(fieldErrors({ ...valid, startsOn: "2027-09-18", endsOn: "2027-09-16" }).endsOn).toEqual(["trips.endsBeforeStarts"]);
    expect(createTripSchema.parse({ ...valid, endsOn: valid.startsOn }).endsOn).toBe(valid.startsOn);
  });

  test("the date order is reported together with other mistakes", () => {
    const errors = fieldErrors({ ...valid, title: "", startsOn: "2027-09-18", endsOn: "2027-09-16" });
    expect(errors.title).toEqual(["validation.required"]);
    expect(errors.endsOn).toEqual(["trips.endsBeforeStarts"]);
  });

  test("title and topic are required and bounded; capacity is an integer from 1 to 500", () => {
    const errors = fieldErrors({ ...valid, title: " ", topic: undefined });
    expect(errors.title).toEqual(["validation.required"]);
    expect(errors.topic).toEqual(["validation.required"]);
    expect(fieldErrors({ ...valid, title: "x".repeat(201) }).title).toEqual(["validation.tooLong"]);
    for (const capacity of ["0", "501", "2.5", "abc", ""]) expect(fieldErrors({ ...valid, capacity }).capacity).toEqual(["trips.capacityRange"]);
    expect(createTripSchema.parse({ ...valid, capacity: "500" }).capacity).toBe(500);
  });

  test("escorts: up to 10 distinct ids", () => {
    const ids = Array.from({ length: 11 }, (_, index) => `00000000-0000-4000-8000-${String(index).padStart(12, "0")}`);
    expect(createTripSchema.parse({ ...valid, escortContactIds: ids[0] }).escortContactIds).toEqual([ids[0]]);
    expect(fieldErrors({ ...valid, escortContactIds: ids }).escortContactIds).toEqual(["trips.tooManyEscorts"]);
    expect(fieldErrors({ ...valid, escortContactIds: "not-a-uuid" }).escortContactIds).toEqual(["validation.invalid"]);
  });

  test("fields a form may not send are refused", () => {
    const result = createTripSchema.safeParse({ ...valid, status: "APPROVED", createdById: "00000000-0000-4000-8000-000000000000" });
    expect(result.success).toBe(false);
    expect(z.flattenError(result.error!).formErrors).toEqual(["validation.unknownField"]);
  });
});

describe("budget lines", () => {
  const line = { category: "MEALS", description: "Dinner", quantity: 3, unitCost: "150000", currency: "vnd" };

  test("posted as one JSON field, parsed into exact decimal strings with VND by default", () => {
    const trip = createTripSchema.parse({ ...valid, budgetLines: JSON.stringify([line, { category: "TRANSPORT", quantity: "1", unitCost: "12.5", currency: "" }]) });
    expect(trip.budgetLines).toEqual([
      { category: "MEALS", description: "Dinner", quantity: 3, unitCost: "150000", currency: "VND" },
      { category: "TRANSPORT", description: "", quantity: 1, unitCost: "12.5", currency: "VND" },
    ]);
  });

  test("errors are keyed by row and column so the editor puts them on the row", () => {
    const errors = fieldErrors({
      ...valid,
      budgetLines: [line, { ...line, unitCost: "1.234", quantity: -1, currency: "XYZ" }, { ...line, category: "PARTY", extra: true }],
    });
    expect(errors["budgetLines.1.unitCost"]).toEqual(["trips.budget.amountInvalid"]);
    expect(errors["budgetLines.1.quantity"]).toEqual(["trips.budget.quantityInvalid"]);
    expect(errors["budgetLines.1.currency"]).toEqual(["trips.budget.currencyInvalid"]);
    expect(errors["budgetLines.2.category"]).toEqual(["validation.invalid"]);
    expect(errors["budgetLines.2.line"]).toEqual(["validation.unknownField"]);
    expect(errors["budgetLines.0.unitCost"]).toBeUndefined();
  });

  test("floats, negative and over-precise amounts are refused; more than 50 lines too; unreadable JSON too", () => {
    expect(fieldErrors({ ...valid, budgetLines: [{ ...line, unitCost: "-5" }] })["budgetLines.0.unitCost"]).toEqual(["trips.budget.amountInvalid"]);
    expect(fieldErrors({ ...valid, budgetLines: [{ ...line, unitCost: "1e6" }] })["budgetLines.0.unitCost"]).toEqual(["trips.budget.amountInvalid"]);
    expect(fieldErrors({ ...valid, budgetLines: Array.from({ length: 51 }, () => line) }).budgetLines).toEqual(["trips.budget.tooMany"]);
    expect(fieldErrors({ ...valid, budgetLines: "[{" }).budgetLines).toEqual(["trips.budget.invalid"]);
    expect(fieldErrors({ ...valid, budgetLines: "{}" }).budgetLines).toEqual(["trips.budget.invalid"]);
  });
});

describe("update and transition schemas", () => {
  test("an update names the trip and the version loaded", () => {
    const update = updateTripSchema.parse({ ...valid, tripId: "3f1c6a3e-8c1e-4c59-9a52-0d7a4b8f3a10", version: "4" });
    expect(update.version).toBe(4);
    expect(fieldErrors({ ...valid, version: "1" }, updateTripSchema).tripId).toEqual(["validation.invalid"]);
  });

  test("a transition names a status; nothing else may ride along", () => {
    const input = { tripId: "3f1c6a3e-8c1e-4c59-9a52-0d7a4b8f3a10", version: "2", to: "CANCELLED", note: "  Storm warning  " };
    expect(transitionTripSchema.parse(input)).toEqual({ ...input, version: 2, note: "Storm warning" });
    expect(fieldErrors({ ...input, to: "DONE" }, transitionTripSchema).to).toEqual(["validation.invalid"]);
    expect(transitionTripSchema.safeParse({ ...input, cancelReason: "x" }).success).toBe(false);
  });

  test("list filters from the address bar: unreadable values are no filter", () => {
    expect(tripListFiltersSchema.parse({ q: "dak lak", status: "NOPE", provinceCode: "XXX", from: "2027-02-30", to: "2027-12-31" })).toEqual({
      q: "dak lak",
      to: "2027-12-31",
    });
  });
});
