import { describe, expect, test } from "vitest";
import { MAX_GALLERY_IMAGES, MAX_MEDIA_REFERENCES, mediaReferences, richTextDocSchema } from "./rich-text";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const uuid = (n: number) => `0b6c3f5e-1f1a-4d2b-9a51-${String(n).padStart(12, "0")}`;
const figure = (attrs: unknown) => ({ type: "figure", attrs });
const gallery = (attrs: unknown) => ({ type: "gallery", attrs });
const messages = (value: unknown) => richTextDocSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
const isValid = (value: unknown) => richTextDocSchema.safeParse(value).success;

describe("figures", () => {
  test("name a library item, with optional per-story caption, credit and alt text", () => {
    expect(isValid(doc(figure({ mediaId: uuid(1) })))).toBe(true);
    expect(isValid(doc(figure({ mediaId: uuid(1), caption: "Lễ hội cồng chiêng", credit: "Ảnh: Nguyễn Hồng", alt: "Nghệ nhân đánh cồng" })))).toBe(true);
    // Empty overrides are what the editor stores for "use the library's".
    expect(isValid(doc(figure({ mediaId: uuid(1), caption: "", credit: "", alt: "" })))).toBe(true);
  });

  test.each([
    [{}],
    [{ mediaId: "" }],
    [{ mediaId: "not-a-uuid" }],
    [{ mediaId: 42 }],
    [{ mediaId: uuid(1), caption: null }],
  ])("refuse attributes %j", (attrs) => {
    expect(isValid(doc(figure(attrs)))).toBe(false);
  });

  test("overrides are bounded like the library's fields", () => {
    expect(isValid(doc(figure({ mediaId: uuid(1), caption: "x".repeat(1000), credit: "x".repeat(200), alt: "x".repeat(300) })))).toBe(true);
    expect(messages(doc(figure({ mediaId: uuid(1), caption: "x".repeat(1001) })))).toContain("validation.tooLong");
    expect(messages(doc(figure({ mediaId: uuid(1), credit: "x".repeat(201) })))).toContain("validation.tooLong");
    expect(messages(doc(figure({ mediaId: uuid(1), alt: "x".repeat(301) })))).toContain("validation.tooLong");
  });

  test.each(["src", "srcset", "style", "onerror", "onload", "class", "width", "href"])("an attribute %s refuses the document", (name) => {
    expect(messages(doc(figure({ mediaId: uuid(1), [name]: "javascript:alert(1)" })))).toContain("validation.unknownNode");
    expect(messages(doc(gallery({ mediaIds: [uuid(1), uuid(2)], [name]: "x" })))).toContain("validation.unknownNode");
  });

  test("are leaves: content inside is refused", () => {
    expect(isValid(doc({ ...figure({ mediaId: uuid(1) }), content: [paragraph()] }))).toBe(false);
    expect(isValid(doc({ ...gallery({ mediaIds: [uuid(1), uuid(2)] }), content: [paragraph()] }))).toBe(false);
  });
});

describe("galleries", () => {
  const ids = (count: number) => Array.from({ length: count }, (_, index) => uuid(index + 1));

  test("hold 2 to 20 distinct images and an optional caption", () => {
    expect(isValid(doc(gallery({ mediaIds: ids(2) })))).toBe(true);
    expect(isValid(doc(gallery({ mediaIds: ids(MAX_GALLERY_IMAGES), caption: "Festival" })))).toBe(true);
    expect(messages(doc(gallery({ mediaIds: ids(1) })))).toContain("validation.tooFew");
    expect(messages(doc(gallery({ mediaIds: ids(MAX_GALLERY_IMAGES + 1) })))).toContain("validation.tooMany");
    expect(isValid(doc(gallery({ mediaIds: [uuid(1), uuid(1)] })))).toBe(false);
    expect(isValid(doc(gallery({ mediaIds: [uuid(1), uuid(1).toUpperCase()] })))).toBe(false);
    expect(isValid(doc(gallery({ mediaIds: [uuid(1), "x"] })))).toBe(false);
    expect(isValid(doc(gallery({})))).toBe(false);
    expect(messages(doc(gallery({ mediaIds: ids(2), caption: "x".repeat(1001) })))).toContain("validation.tooLong");
  });
});

describe("mediaReferences", () => {
  test("collects figure and gallery ids in order, lower-cased, without repeats, at any depth", () => {
    const body = doc(
      figure({ mediaId: uuid(3).toUpperCase() }),
      paragraph({ type: "text", text: "x" }),
      gallery({ mediaIds: [uuid(1), uuid(3)] }),
      { type: "blockquote", content: [figure({ mediaId: uuid(2) })] },
    );
    expect(mediaReferences(body)).toEqual([uuid(3), uuid(1), uuid(2)]);
  });

  test("reads untrusted JSON: nodes failing their schema and values that are not documents name nothing", () => {
    expect(mediaReferences(null)).toEqual([]);
    expect(mediaReferences("doc")).toEqual([]);
    expect(mediaReferences({ type: "doc", content: "x" })).toEqual([]);
    expect(mediaReferences(doc(figure({ mediaId: "../etc/passwd" }), figure({ mediaId: uuid(1), src: "x" }), gallery({ mediaIds: [uuid(2)] })))).toEqual([]);
  });

  test("is bounded, and a deeply nested hostile value does not exhaust the stack", () => {
    const many = doc(...Array.from({ length: 300 }, (_, index) => figure({ mediaId: uuid(index) })));
    expect(mediaReferences(many)).toHaveLength(MAX_MEDIA_REFERENCES);
    expect(mediaReferences(many, 5)).toEqual([0, 1, 2, 3, 4].map(uuid));
    let deep: unknown = figure({ mediaId: uuid(1) });
    for (let level = 0; level < 10_000; level++) deep = { type: "blockquote", content: [deep] };
    expect(mediaReferences(doc(deep))).toEqual([]);
  });
});
