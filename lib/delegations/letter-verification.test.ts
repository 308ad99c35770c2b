import { afterEach, describe, expect, test } from "vitest";
import { isLetterCode, letterVerificationPath, letterVerificationUrl, newLetterCode } from "./letter-verification";

const saved = { SITE_URL: process.env.SITE_URL, NEXTAUTH_URL: process.env.NEXTAUTH_URL };
afterEach(() => {
  process.env.SITE_URL = saved.SITE_URL;
  process.env.NEXTAUTH_URL = saved.NEXTAUTH_URL;
});

describe("the letter's verification address", () => {
  test("is the verification page of the public site, in the letter's language", () => {
    process.env.SITE_URL = "https://press.mofa.example.vn";
    expect(letterVerificationUrl("vi", "AbCdEfGhIjKlMnOpQr-_")).toBe("https://press.mofa.example.vn/vi/delegations/verify/AbCdEfGhIjKlMnOpQr-_");
    expect(letterVerificationUrl("en", "AbCdEfGhIjKlMnOpQr-_")).toBe("https://press.mofa.example.vn/en/delegations/verify/AbCdEfGhIjKlMnOpQr-_");
    expect(letterVerificationPath("en", "AbCdEfGhIjKlMnOpQr-_")).toBe("/en/delegations/verify/AbCdEfGhIjKlMnOpQr-_");
  });

  test("falls back to the next-auth address when SITE_URL is not set", () => {
    delete process.env.SITE_URL;
    process.env.NEXTAUTH_URL = "http://localhost:3100";
    expect(letterVerificationUrl("vi", "AbCdEfGhIjKlMnOpQrSt")).toBe("http://localhost:3100/vi/delegations/verify/AbCdEfGhIjKlMnOpQrSt");
  });
});

describe("letter codes", () => {
  test("are 20 URL-safe characters, different every time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newLetterCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(isLetterCode(code)).toBe(true);
  });

  test("anything else is not a code and is never looked up", () => {
    for (const value of ["", "short", "AbCdEfGhIjKlMnOpQrSt1", "AbCdEfGhIjKlMnOpQr/t", "AbCdEfGhIjKlMnOpQr%2F", 42, null]) expect(isLetterCode(value)).toBe(false);
  });
});
