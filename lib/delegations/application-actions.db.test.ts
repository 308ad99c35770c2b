/**
 * The public server actions end to end on a real database. Only Next's
 * request accessors are stood in for (there is no request outside a server):
 * headers carry the origin and client address, cookies are a plain jar.
 */
import { beforeEach, describe, expect, test, vi } from "vitest";
import { db } from "@/lib/db";
import { completeDraft, inYears, member, outlet, versionOf } from "@/lib/test/application-factories";
import { APPLICANT_PASS_COOKIE, issueApplicantPass, readApplicantPass } from "./applicant-access";
import { submitApplication } from "./application-submit";

process.env.NEXTAUTH_SECRET ??= "test-only-secret";
process.env.TRUSTED_PROXY = "true";

const request = { origin: "http://localhost:3000", address: "203.0.113.1" };
const jar = new Map<string, string>();

vi.mock("next/headers", () => ({
  headers: async () => new Headers({ host: "localhost:3000", origin: request.origin, "x-forwarded-for": `${request.address}, 10.0.0.1` }),
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: ({ name }: { name: string }) => void jar.delete(name),
  }),
}));

const actions = await import("./application-actions");

let addressCounter = 0;
beforeEach(() => {
  jar.clear();
  request.origin = "http://localhost:3000";
  addressCounter += 1;
  request.address = `198.51.100.${addressCounter}`;
});

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

describe("starting", () => {
  test("a real start sets the pass cookie for the new draft", async () => {
    const fields = outlet() as Record<string, string>;
    const state = await actions.startApplicationAction(form({ ...fields, locale: "en", faxNumber: "" }));
    expect(state).toEqual({ status: "ok", data: { started: true } });
    const delegationId = readApplicantPass(jar.get(APPLICANT_PASS_COOKIE));
    const row = await db.delegation.findUniqueOrThrow({ where: { id: delegationId! } });
    expect(row).toMatchObject({ outletName: fields.outletName, locale: "en", status: "DRAFT" });
  });

  test("a filled honeypot looks like success and stores nothing", async () => {
    const fields = outlet() as Record<string, string>;
    const state = await actions.startApplicationAction(form({ ...fields, locale: "en", faxNumber: "+1 555 0100" }));
    expect(state).toEqual({ status: "ok", data: { started: true } });
    expect(jar.size).toBe(0);
    expect(await db.delegation.count({ where: { outletName: fields.outletName } })).toBe(0);
    expect(await db.outboundEmail.count({ where: { toAddress: fields.contactEmail } })).toBe(0);
  });

  test("a cross-site post is refused", async () => {
    request.origin = "https://evil.example";
    const state = await actions.startApplicationAction(form({ ...(outlet() as Record<string, string>), locale: "en" }));
    expect(state).toMatchObject({ status: "error", code: "FORBIDDEN" });
  });

  test("the sixth start within an hour from one address is rate-limited", async () => {
    for (let index = 0; index < 5; index += 1) {
      expect((await actions.startApplicationAction(form({ ...(outlet() as Record<string, string>), locale: "en" }))).status).toBe("ok");
    }
    const sixth = await actions.startApplicationAction(form({ ...(outlet() as Record<string, string>), locale: "en" }));
    expect(sixth).toMatchObject({ status: "error", code: "RATE_LIMITED", message: "Too many attempts. Please try again in an hour." });
  });

  test("invalid fields come back translated on their own field; a forged field is refused", async () => {
    const invalid = await actions.startApplicationAction(form({ ...(outlet({ contactEmail: "not-an-address" }) as Record<string, string>), locale: "en" }));
    expect(invalid).toMatchObject({ status: "error", code: "VALIDATION", fieldErrors: { contactEmail: ["This email address is not valid."] } });
    const forged = await actions.startApplicationAction(form({ ...(outlet({ status: "APPROVED" }) as Record<string, string>), locale: "en" }));
    expect(forged).toMatchObject({ status: "error", code: "VALIDATION", message: "This field may not be sent." });
  });
});

describe("saving members", () => {
  test("errors carry the member's index; more than 50 members is an error, never saved", async () => {
    const delegationId = await completeDraft();
    jar.set(APPLICANT_PASS_COOKIE, issueApplicantPass(delegationId));
    const version = await versionOf(delegationId);
    const rows: Record<string, string> = { version: String(version), locale: "en" };
    for (let index = 0; index < 4; index += 1) {
      for (const [key, value] of Object.entries(member(index === 3 ? { passportNumber: "#!" } : {}))) rows[`members.${index}.${key}`] = String(value);
    }
    const state = await actions.saveMembersAction(form(rows));
    expect(state).toMatchObject({ status: "error", fieldErrors: { "members.3.passportNumber": ["A passport number has 5 to 20 letters and digits."] } });

    const many: Record<string, string> = { version: String(version), locale: "en" };
    for (let index = 0; index < 51; index += 1) {
      for (const [key, value] of Object.entries(member())) many[`members.${index}.${key}`] = String(value);
    }
    const tooMany = await actions.saveMembersAction(form(many));
    expect(tooMany).toMatchObject({ status: "error", fieldErrors: { members: ["A delegation has at most 50 members."] } });
    expect(await db.delegationMember.count({ where: { delegationId } })).toBe(1);
    expect(await versionOf(delegationId)).toBe(version);
  });

  test("without a pass nothing is saved", async () => {
    const state = await actions.saveVisitAction(form({ version: "1", arrivalOn: inYears(1), departureOn: inYears(1), purpose: "x", locale: "en" }));
    expect(state).toMatchObject({ status: "error", code: "UNAUTHENTICATED" });
  });
});

describe("the status page", () => {
  test("the right pair sets the pass; a wrong e-mail answers like an unknown reference", async () => {
    const delegationId = await completeDraft();
    const { reference } = await submitApplication({ delegationId, version: await versionOf(delegationId) });
    const { contactEmail } = await db.delegation.findUniqueOrThrow({ where: { id: delegationId } });
    const wrong = await actions.lookupApplicationAction(form({ reference, email: "other@example.org", locale: "en" }));
    const unknown = await actions.lookupApplicationAction(form({ reference: "DL-1999-00001", email: contactEmail, locale: "en" }));
    expect(wrong).toEqual(unknown);
    expect(wrong).toMatchObject({ status: "error", code: "NOT_FOUND", message: "No application matches this reference number and e-mail address." });
    expect(jar.size).toBe(0);
    expect(await actions.lookupApplicationAction(form({ reference, email: contactEmail, locale: "en" }))).toEqual({ status: "ok", data: { opened: true } });
    expect(readApplicantPass(jar.get(APPLICANT_PASS_COOKIE))).toBe(delegationId);
  });

  test("the eleventh lookup in an hour is rate-limited", async () => {
    for (let index = 0; index < 10; index += 1) {
      await actions.lookupApplicationAction(form({ reference: `DL-1999-${String(index).padStart(5, "0")}`, email: "guess@example.org", locale: "en" }));
    }
    const eleventh = await actions.lookupApplicationAction(form({ reference: "DL-1999-00099", email: "guess@example.org", locale: "en" }));
    expect(eleventh).toMatchObject({ status: "error", code: "RATE_LIMITED" });
  });
});
