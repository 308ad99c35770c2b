import { describe, expect, test } from "vitest";
import { MESSAGES } from "./messages";
import { LOCALES } from "./locales";
import { createTranslator, translateDynamic } from "./translator";

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe("createTranslator", () => {
  test("speaks each locale", () => {
    expect(createTranslator("vi")("auth.signIn")).toBe("Đăng nhập");
    expect(createTranslator("en")("auth.signIn")).toBe("Sign in");
  });

  test("fills placeholders from params", () => {
    expect(createTranslator("vi")("auth.rateLimited", { minutes: 15 })).toContain("15 phút");
    expect(createTranslator("en")("auth.rateLimited", { minutes: 15 })).toContain("in 15 minutes");
    expect(createTranslator("en")("articles.conflict", { version: 7 })).toContain("(version 7)");
  });

  test("leaves a placeholder visible when its param is missing, rather than printing undefined", () => {
    const text = createTranslator("en")("auth.rateLimited", { other: 1 });
    expect(text).toContain("{minutes}");
    expect(text).not.toContain("undefined");
  });

  test("an unknown key built at run time falls back to the key itself", () => {
    expect(translateDynamic(createTranslator("en"), "articles.status.NOPE")).toBe("articles.status.NOPE");
    expect(translateDynamic(createTranslator("vi"), "articles.status.DRAFT")).toBe("Bản nháp");
  });
});

describe("the message catalogue", () => {
  const vi = new Map(leaves(MESSAGES.vi as unknown as Tree));

  test.each(LOCALES)("%s has the same keys as Vietnamese and no empty message", (locale) => {
    const messages = new Map(leaves(MESSAGES[locale] as unknown as Tree));
    expect([...messages.keys()].sort()).toEqual([...vi.keys()].sort());
    for (const [key, text] of messages) expect(text.trim(), key).not.toBe("");
  });

  test.each(LOCALES)("%s uses the same placeholders as Vietnamese in every message", (locale) => {
    for (const [key, text] of leaves(MESSAGES[locale] as unknown as Tree)) {
      expect(placeholders(text), key).toEqual(placeholders(vi.get(key) ?? ""));
    }
  });
});
