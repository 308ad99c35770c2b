import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { APPLICANT_PASS_SECONDS, issueApplicantPass, readApplicantPass } from "./applicant-access";

const ID = "0f6b8c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b";
const saved = process.env.NEXTAUTH_SECRET;
beforeAll(() => {
  process.env.NEXTAUTH_SECRET = "test-secret-for-passes";
});
afterAll(() => {
  process.env.NEXTAUTH_SECRET = saved;
});

describe("applicant passes", () => {
  test("open the application they were issued for, until they expire", () => {
    const now = Date.UTC(2026, 11, 1);
    const pass = issueApplicantPass(ID, now);
    expect(readApplicantPass(pass, now)).toBe(ID);
    expect(readApplicantPass(pass, now + (APPLICANT_PASS_SECONDS - 1) * 1000)).toBe(ID);
    expect(readApplicantPass(pass, now + (APPLICANT_PASS_SECONDS + 1) * 1000)).toBeNull();
  });

  test("a pass moved to another application, re-dated or signed with another key opens nothing", () => {
    const pass = issueApplicantPass(ID);
    const [, expires, signature] = pass.split(".");
    expect(readApplicantPass(`1f6b8c1e-2a3d-4e5f-8a9b-0c1d2e3f4a5b.${expires}.${signature}`)).toBeNull();
    expect(readApplicantPass(`${ID}.${Number(expires) + 3600}.${signature}`)).toBeNull();
    process.env.NEXTAUTH_SECRET = "another-secret";
    expect(readApplicantPass(pass)).toBeNull();
    process.env.NEXTAUTH_SECRET = "test-secret-for-passes";
    expect(readApplicantPass("garbage")).toBeNull();
    expect(readApplicantPass(undefined)).toBeNull();
  });
});
