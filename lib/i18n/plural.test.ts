import { describe, expect, test } from "vitest";
import { pluralForm } from "./plural";

describe("plural forms", () => {
  test("English has one and other; Vietnamese has one form", () => {
    expect([0, 1, 2, 13].map((count) => pluralForm("en", count))).toEqual(["other", "one", "other", "other"]);
    expect([0, 1, 2].map((count) => pluralForm("vi", count))).toEqual(["other", "other", "other"]);
  });
});
