import { describe, expect, test } from "vitest";
import type { z } from "zod";
import { todayInVietnam } from "@/lib/i18n/calendar-date";
import { issuesByPath, nestFields, honeypotFilled, clientAddress } from "./public-request";
import { normalisePassportNumber, saveMembersSchema, saveVisitSchema, startApplicationSchema, statusLookupSchema, submitApplicationSchema } from "./application-schemas";

const year = Number(todayInVietnam().slice(0, 4));
const member = (fields: Record<string, unknown> = {}) => ({
  passportName: "Tanaka Hiroshi",
  nationality: "jp",
  dateOfBirth: "1980-01-31",
  passportNumber: "tk 123 4567",
  passportExpiresOn: `${year + 4}-01-01`,
  role: "CAMERA",
  ...fields,
});
const visit = (fields: Record<string, unknown> = {}) => ({
  version: 3,
  arrivalOn: `${year + 1}-05-01`,
  departureOn: `${year + 1}-05-09`,
  purpose: "Documentary",
  topics: "economy, trade\nculture",
  provinceCodes: ["HN", "HUE"],
  ...fields,
});
const errorsOf = (result: z.ZodSafeParseResult<unknown>) => (result.success ? {} : issuesByPath(result.error).fieldErrors);

describe("members", () => {
  test("normalises countries and passport numbers", () => {
    const parsed = saveMembersSchema.parse({ version: "2", members: [member()] });
    expect(parsed.members[0]).toMatchObject({ nationality: "JP", passportNumber: "TK1234567", memberId: null });
    expect(normalisePassportNumber("c-12 34.56")).toBe("C123456");
  });

  test("each error is on its member's field", () => {
    const members = [member(), member(), member(), member({ passportNumber: "12", dateOfBirth: `${year + 1}-01-01`, role: "BOSS" })];
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members }))).toEqual({
      "members.3.passportNumber": ["applications.invalidPassportNumber"],
      "members.3.dateOfBirth": ["applications.birthDateInFuture"],
      "members.3.role": ["applications.chooseRole"],
    });
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members: [member({ dateOfBirth: "1890-01-01" })] }))).toEqual({
      "members.0.dateOfBirth": ["applications.birthDateImplausible"],
    });
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members: [member({ passportExpiresOn: "2001-01-01" })] }))).toEqual({
      "members.0.passportExpiresOn": ["applications.passportExpired"],
    });
  });

  test("a new member needs passport number and birth date; a saved one may leave them blank", () => {
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members: [member({ passportNumber: "", dateOfBirth: "" })] }))).toEqual({
      "members.0.dateOfBirth": ["validation.required"],
      "members.0.passportNumber": ["validation.required"],
    });
    const kept = member({ memberId: "0b5c1f9e-8a55-4c9e-a2a4-2c3f3a4e1b11", passportNumber: "", dateOfBirth: "" });
    expect(saveMembersSchema.safeParse({ version: 1, members: [kept] }).success).toBe(true);
  });

  test("between 1 and 50 members", () => {
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members: [] }))).toEqual({ members: ["applications.membersRequired"] });
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members: Array.from({ length: 50 }, () => member()) }))).toEqual({});
    expect(errorsOf(saveMembersSchema.safeParse({ version: 1, members: Array.from({ length: 500 }, () => member()) }))).toEqual({ members: ["applications.tooManyMembers"] });
  });
});

describe("visit", () => {
  test("topics from lines or commas, each once; provinces checked against the current list", () => {
    expect(saveVisitSchema.parse(visit({ topics: "economy\neconomy, culture" })).topics).toEqual(["economy", "culture"]);
    expect(errorsOf(saveVisitSchema.safeParse(visit({ provinceCodes: ["HN", "HA_TAY"] })))).toEqual({ provinceCodes: ["applications.unknownProvince"] });
  });

  test("departure before arrival and an arrival in the past are errors on their fields", () => {
    expect(errorsOf(saveVisitSchema.safeParse(visit({ departureOn: `${year + 1}-04-30` })))).toEqual({ departureOn: ["applications.departureBeforeArrival"] });
    expect(errorsOf(saveVisitSchema.safeParse(visit({ arrivalOn: "2020-01-01", departureOn: "2020-01-02" })))).toEqual({ arrivalOn: ["applications.arrivalInPast"] });
    expect(errorsOf(saveVisitSchema.safeParse(visit({ arrivalOn: "2030-02-30" })))).toMatchObject({ arrivalOn: ["applications.invalidDate"] });
  });
});

describe("outlet, lookup and submit", () => {
  const outlet = { outletName: "NHK", outletKind: "TV", outletCountry: "jp", outletWebsite: "", contactName: "Sato", contactEmail: " Sato@NHK.or.jp ", contactPhone: "+81 3 3465 1111" };

  test("an invalid e-mail, a forged status and a wrong kind are refused", () => {
    expect(startApplicationSchema.parse(outlet)).toMatchObject({ contactEmail: "sato@nhk.or.jp", outletCountry: "JP", outletWebsite: null });
    expect(errorsOf(startApplicationSchema.safeParse({ ...outlet, contactEmail: "sato@" }))).toEqual({ contactEmail: ["validation.invalidEmail"] });
    expect(startApplicationSchema.safeParse({ ...outlet, status: "APPROVED" }).error?.issues[0].message).toBe("validation.unknownField");
    expect(errorsOf(startApplicationSchema.safeParse({ ...outlet, outletKind: "BLOG" }))).toEqual({ outletKind: ["applications.chooseOutletKind"] });
  });

  test("a reference is DL-YYYY-NNNNN in any case; submitting needs the confirmation", () => {
    expect(statusLookupSchema.parse({ reference: " dl-2026-00042 ", email: "a@b.co" }).reference).toBe("DL-2026-00042");
    expect(errorsOf(statusLookupSchema.safeParse({ reference: "42", email: "a@b.co" }))).toEqual({ reference: ["applications.invalidReference"] });
    expect(errorsOf(submitApplicationSchema.safeParse({ version: 4 }))).toEqual({ confirm: ["applications.confirmRequired"] });
    expect(submitApplicationSchema.parse({ version: "4", confirm: "on" })).toEqual({ version: 4, confirm: true });
  });
});

describe("public requests", () => {
  test("form keys with dots become nested members", () => {
    expect(nestFields({ version: "1", "members.0.passportName": "A", "members.1.role": "CAMERA" })).toEqual({
      version: "1",
      members: [{ passportName: "A" }, { role: "CAMERA" }],
    });
  });

  test("the forwarded address counts only behind a trusted proxy", () => {
    const headers = new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.2" });
    expect(clientAddress(headers, { TRUSTED_PROXY: "true" })).toBe("203.0.113.9");
    expect(clientAddress(headers, {})).toBe("direct");
    expect(honeypotFilled({ faxNumber: " x " })).toBe(true);
    expect(honeypotFilled({ faxNumber: "" })).toBe(false);
  });
});
