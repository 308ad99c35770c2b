import { describe, expect, test } from "vitest";
import { z } from "zod";
import { docFromParagraphs } from "./rich-text";
import { articleListFiltersSchema, createArticleSchema, transitionArticleSchema, updateArticleSchema } from "./schemas";

const ARTICLE_ID = "3f2b8c1e-7d4a-4e8b-9c1d-2a3b4c5d6e7f";
const OTHER_USER = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";

const validCreate = {
  locale: "vi",
  title: "Đoàn phóng viên nước ngoài thăm Đắk Lắk",
  sapo: "Từ ngày 16 đến 18 tháng 9 năm 2023.",
  body: docFromParagraphs(["Nội dung."]),
};
const { locale: _locale, ...articleContent } = validCreate;
const validUpdate = { ...articleContent, articleId: ARTICLE_ID, version: 3 };
const validTransition = { articleId: ARTICLE_ID, to: "IN_REVIEW", version: 3 };

/** Fields an attacker adds to a form post to take over the workflow or the article. */
const SMUGGLED: Record<string, unknown> = {
  role: "ADMIN",
  roles: ["ADMIN"],
  state: "PUBLISHED",
  status: "PUBLISHED",
  authorId: OTHER_USER,
  createdById: OTHER_USER,
  publishedAt: "2023-06-15T00:00:00.000Z",
  id: ARTICLE_ID,
};

function unrecognizedKeys(result: z.ZodSafeParseResult<unknown>): string[] {
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => (issue.code === "unrecognized_keys" ? issue.keys : []));
}

describe("strict schemas refuse smuggled fields", () => {
  const schemas = [
    { name: "createArticleSchema", schema: createArticleSchema as z.ZodType, valid: validCreate, smuggled: { ...SMUGGLED, version: 99 } },
    { name: "updateArticleSchema", schema: updateArticleSchema as z.ZodType, valid: validUpdate, smuggled: SMUGGLED },
    { name: "transitionArticleSchema", schema: transitionArticleSchema as z.ZodType, valid: validTransition, smuggled: SMUGGLED },
  ];

  test.each(schemas)("$name accepts its valid input", ({ schema, valid }) => {
    expect(schema.safeParse(valid).success).toBe(true);
  });

  const cases = schemas.flatMap(({ name, schema, valid, smuggled }) =>
    Object.entries(smuggled).map(([field, value]) => ({ name, schema, valid, field, value })),
  );

  test.each(cases)("$name refuses $field", ({ schema, valid, field, value }) => {
    const result = schema.safeParse({ ...valid, [field]: value });
    expect(result.success).toBe(false);
    expect(unrecognizedKeys(result)).toEqual([field]);
  });

  test("a create can never set a version; an update or transition must name one", () => {
    expect(createArticleSchema.safeParse({ ...validCreate, version: 1 }).success).toBe(false);
    const { version: _updateVersion, ...updateWithout } = validUpdate;
    const { version: _transitionVersion, ...transitionWithout } = validTransition;
    expect(updateArticleSchema.safeParse(updateWithout).success).toBe(false);
    expect(transitionArticleSchema.safeParse(transitionWithout).success).toBe(false);
  });

  test.each([0, -1, 1.5, "3", null])("a version of %j is refused", (version) => {
    expect(updateArticleSchema.safeParse({ ...validUpdate, version }).success).toBe(false);
  });
});

describe("createArticleSchema", () => {
  test("fills defaults and turns empty optional fields into nulls", () => {
    const parsed = createArticleSchema.parse({ ...validCreate, sapo: undefined, categoryId: "", coverImageUrl: "" });
    expect(parsed).toMatchObject({ sapo: "", byline: "", sourceLine: "", tags: [], authorIds: [], categoryId: null, coverImageUrl: null });
  });

  test("trims text and requires a title", () => {
    expect(createArticleSchema.parse({ ...validCreate, title: "  Tiêu đề  " }).title).toBe("Tiêu đề");
    const result = createArticleSchema.safeParse({ ...validCreate, title: "   " });
    expect(result.success).toBe(false);
    expect(result.error && z.flattenError(result.error).fieldErrors.title).toEqual(["validation.required"]);
  });

  test.each(["fr", "", "VI"])("refuses locale %j", (locale) => {
    expect(createArticleSchema.safeParse({ ...validCreate, locale }).success).toBe(false);
  });

  test.each(["Dak-Lak", "đắk-lắk", "dak lak", "-dak"])("refuses slug %j with the slug message", (slug) => {
    const result = createArticleSchema.safeParse({ ...validCreate, slug });
    expect(result.success).toBe(false);
    expect(result.error && z.flattenError(result.error).fieldErrors.slug).toEqual(["validation.slugFormat"]);
  });

  test.each(["javascript:alert(1)", "data:image/png;base64,AAAA", "ftp://example.org/a.jpg", "not a url"])(
    "refuses cover image URL %j",
    (coverImageUrl) => {
      expect(createArticleSchema.safeParse({ ...validCreate, coverImageUrl }).success).toBe(false);
    },
  );

  test("accepts an https cover image", () => {
    const url = "https://example.org/cover.jpg";
    expect(createArticleSchema.parse({ ...validCreate, coverImageUrl: url }).coverImageUrl).toBe(url);
  });

  test.each(["socialImageUrl", "canonicalUrl"] as const)("%s takes http(s) addresses only; empty means none", (field) => {
    for (const bad of ["javascript:alert(1)", "data:text/html,<script>", "//evil.example/x", "not a url"]) {
      const result = createArticleSchema.safeParse({ ...validCreate, [field]: bad });
      expect(result.success, bad).toBe(false);
      expect(result.error && z.flattenError(result.error).fieldErrors[field]).toEqual(["validation.invalidUrl"]);
    }
    expect(createArticleSchema.parse({ ...validCreate, [field]: "https://example.org/a" })[field]).toBe("https://example.org/a");
    expect(createArticleSchema.parse({ ...validCreate, [field]: "" })[field]).toBeNull();
  });

  test("SEO title and meta description are optional, trimmed and length-limited", () => {
    const parsed = createArticleSchema.parse({ ...validCreate, seoTitle: "  Đắk Lắk  ", metaDescription: " Mô tả " });
    expect(parsed).toMatchObject({ seoTitle: "Đắk Lắk", metaDescription: "Mô tả" });
    expect(createArticleSchema.parse(validCreate)).toMatchObject({ seoTitle: "", metaDescription: "", socialImageUrl: null, canonicalUrl: null });
    expect(createArticleSchema.safeParse({ ...validCreate, seoTitle: "x".repeat(91) }).success).toBe(false);
    expect(createArticleSchema.safeParse({ ...validCreate, metaDescription: "x".repeat(301) }).success).toBe(false);
  });

  test("limits tags and authors", () => {
    expect(createArticleSchema.safeParse({ ...validCreate, tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) }).success).toBe(false);
    expect(createArticleSchema.safeParse({ ...validCreate, authorIds: ["not-a-uuid"] }).success).toBe(false);
  });

  test("refuses a body that is not a document", () => {
    expect(createArticleSchema.safeParse({ ...validCreate, body: "<p>html</p>" }).success).toBe(false);
  });
});

describe("transitionArticleSchema", () => {
  test.each(["PUBLISHED", "ARCHIVED", "DRAFT"])("names a known target state (%s)", (to) => {
    expect(transitionArticleSchema.safeParse({ ...validTransition, to }).success).toBe(true);
  });

  test.each(["published", "DELETED", ""])("refuses unknown target %j", (to) => {
    expect(transitionArticleSchema.safeParse({ ...validTransition, to }).success).toBe(false);
  });

  test("limits the note", () => {
    expect(transitionArticleSchema.safeParse({ ...validTransition, note: "x".repeat(2001) }).success).toBe(false);
  });
});

describe("articleListFiltersSchema", () => {
  test("drops bad filter values instead of failing the page", () => {
    expect(articleListFiltersSchema.parse({ status: "NOPE", locale: "fr", authorId: "x", sort: "random" })).toEqual({
      status: undefined,
      locale: undefined,
      authorId: undefined,
      categoryId: undefined,
      q: undefined,
      cursor: undefined,
      sort: "updated-desc",
      direction: "next",
    });
  });
});
