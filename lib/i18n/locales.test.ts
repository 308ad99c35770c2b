import { describe, expect, test } from "vitest";
import { DEFAULT_LOCALE, isLocale, localeFromAcceptLanguage } from "./locales";

describe("localeFromAcceptLanguage", () => {
  test.each([
    ["en-US,en;q=0.9", "en"],
    ["vi-VN,vi;q=0.9,en-US;q=0.8,en;q=0.7", "vi"],
    ["EN-gb", "en"],
    ["fr-FR,fr;q=0.9,en;q=0.5", "en"],
    ["de, en;q=0.8, vi;q=0.9", "vi"],
    ["en;q=0.2, vi;q=0.8", "vi"],
    ["vi;q=0, en;q=0.1", "en"],
    ["ja,zh-CN;q=0.9", "vi"],
    ["*", "vi"],
    ["en;q=abc, vi;q=0.5", "vi"],
    ["", "vi"],
  ])("%j → %s", (header, locale) => {
    expect(localeFromAcceptLanguage(header)).toBe(locale);
  });

  test("no header gives the default (Vietnamese)", () => {
    expect(DEFAULT_LOCALE).toBe("vi");
    expect(localeFromAcceptLanguage(null)).toBe("vi");
    expect(localeFromAcceptLanguage(undefined)).toBe("vi");
  });
});

describe("isLocale", () => {
  test.each(["vi", "en"])("%s is a locale", (value) => expect(isLocale(value)).toBe(true));
  test.each(["fr", "VI", "en-US", "", null, 1, undefined])("%j is not", (value) => expect(isLocale(value)).toBe(false));
});
