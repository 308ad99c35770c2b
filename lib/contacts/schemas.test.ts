import { describe, expect, test } from "vitest";
import { createContactSchema, createOutletSchema } from "./schemas";

const base = { latinName: "Hoa", nationality: "vn", role: "REPORTER" };

describe("contact input", () => {
  test("a form's strings become the stored shape: upper-case country, lower-case email, empties as none", () => {
    expect(createContactSchema.parse({ ...base, email: " Hoa@VTV.vn ", phone: "", outletId: "", languages: "VI", confirmDuplicate: "on" })).toMatchObject({
      nationality: "VN",
      email: "hoa@vtv.vn",
      phone: null,
      outletId: null,
      missionId: null,
      languages: ["vi"],
      accreditationStatus: "NONE",
      accreditationExpiresOn: null,
      confirmDuplicate: true,
    });
  });

  test.each([
    ["nationality", "France", "contacts.invalidCountry"],
    ["languages", ["vi", "english"], "contacts.invalidLanguage"],
    ["phone", "call me", "contacts.invalidPhone"],
    ["email", "not-an-address", "validation.invalidEmail"],
    ["role", "PRESIDENT", "validation.invalid"],
    ["accreditationExpiresOn", "2027-02-30", "validation.invalid"],
    ["latinName", "  ", "validation.required"],
  ])("%s = %j is refused with %s", (field, value, message) => {
    const result = createContactSchema.safeParse({ ...base, [field]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });

  test("languages come as one comma-separated field or as repeated values", () => {
    expect(createContactSchema.parse({ ...base, languages: "fr, EN;vi fr" }).languages).toEqual(["fr", "en", "vi"]);
    expect(createContactSchema.parse({ ...base, languages: ["ja", "en"] }).languages).toEqual(["ja", "en"]);
    expect(createContactSchema.parse({ ...base, languages: "" }).languages).toEqual([]);
  });

  test("an outlet's website is http or https only", () => {
    expect(createOutletSchema.safeParse({ name: "X", kind: "TV", country: "VN", website: "javascript:alert(1)" }).success).toBe(false);
    expect(createOutletSchema.parse({ name: "X", kind: "TV", country: "VN", website: "https://vtv.vn" }).website).toBe("https://vtv.vn");
  });
});
