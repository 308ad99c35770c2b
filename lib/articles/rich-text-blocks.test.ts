import { describe, expect, test } from "vitest";
import { MAX_RELATED_ARTICLES, plainText, relatedTranslationGroupIds, richTextDocSchema, type RichTextDoc } from "./rich-text";

const text = (value: string) => ({ type: "text", text: value });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const messages = (value: unknown) => richTextDocSchema.safeParse(value).error?.issues.map((issue) => issue.message) ?? [];
const isValid = (value: unknown) => richTextDocSchema.safeParse(value).success;

const uuid = (n: number) => `0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f${String(n).padStart(2, "0")}`;
const cell = (attrs?: unknown, type = "tableCell") => ({ type, ...(attrs === undefined ? {} : { attrs }), content: [paragraph(text("x"))] });
const table = (...cells: unknown[]) => doc({ type: "table", content: [{ type: "tableRow", content: cells }] });

describe("tables", () => {
  test("accept header and body cells with bounded spans", () => {
    expect(isValid(table(cell(undefined, "tableHeader"), cell({ colspan: 2, rowspan: 3 }), cell({ colspan: 20, rowspan: 200 })))).toBe(true);
  });

  test.each([
    [{ colspan: 0 }],
    [{ colspan: 21 }],
    [{ rowspan: 201 }],
    [{ colspan: 1.5 }],
    [{ colspan: "2" }],
    [{ colspan: 1, style: "color:red" }],
    [{ colwidth: [100] }],
    [{ onclick: "alert(1)" }],
  ])("refuse cell attributes %j", (attrs) => {
    expect(isValid(table(cell(attrs)))).toBe(false);
    expect(isValid(table(cell(attrs, "tableHeader")))).toBe(false);
  });

  test("a table or row carries no attributes at all", () => {
    expect(isValid(doc({ type: "table", attrs: { class: "x" }, content: [] }))).toBe(false);
    expect(isValid(doc({ type: "table", content: [{ type: "tableRow", attrs: { style: "x" }, content: [] }] }))).toBe(false);
  });
});

describe("pull quotes", () => {
  test("accept an optional attribution", () => {
    expect(isValid(doc({ type: "pullQuote", content: [paragraph(text("q"))] }))).toBe(true);
    expect(isValid(doc({ type: "pullQuote", attrs: { attribution: "Người phát ngôn Phạm Thu Hằng" }, content: [paragraph(text("q"))] }))).toBe(true);
  });

  test.each([[{ attribution: 42 }], [{ attribution: "x".repeat(301) }], [{ attribution: "x", cite: "https://x" }]])("refuse %j", (attrs) => {
    expect(isValid(doc({ type: "pullQuote", attrs, content: [paragraph(text("q"))] }))).toBe(false);
  });
});

describe("footnotes", () => {
  test("carry their note as text", () => {
    expect(isValid(doc(paragraph(text("a"), { type: "footnote", attrs: { note: "Nguồn: Bộ Ngoại giao." } })))).toBe(true);
  });

  test.each([[undefined], [{}], [{ note: "" }], [{ note: "   " }], [{ note: 1 }], [{ note: "x".repeat(2001) }], [{ note: "x", html: "<b>x</b>" }]])(
    "refuse attributes %j",
    (attrs) => {
      expect(isValid(doc(paragraph({ type: "footnote", ...(attrs ? { attrs } : {}) })))).toBe(false);
    },
  );

  test("hold no content", () => {
    expect(messages(doc(paragraph({ type: "footnote", attrs: { note: "n" }, content: [text("x")] })))).toContain("validation.invalid");
  });
});

describe("video embeds", () => {
  test("accept a YouTube or Vimeo id with an optional title", () => {
    expect(isValid(doc({ type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ", title: "Họp báo" } }))).toBe(true);
    expect(isValid(doc({ type: "videoEmbed", attrs: { provider: "vimeo", videoId: "76979871" } }))).toBe(true);
  });

  test.each([
    [{ provider: "youtube", videoId: "short" }],
    [{ provider: "youtube", videoId: "dQw4w9WgXc\"" }],
    [{ provider: "vimeo", videoId: "dQw4w9WgXcQ" }],
    [{ provider: "dailymotion", videoId: "x7tgad0" }],
    [{ provider: "youtube", videoId: "dQw4w9WgXcQ", src: "https://evil.example/" }],
    [{ provider: "youtube", videoId: "dQw4w9WgXcQ", srcdoc: "<script>alert(1)</script>" }],
    [{ url: "https://www.youtube.com/watch?v=dQw4w9WgXcQ" }],
  ])("refuse %j with the video message", (attrs) => {
    const result = messages(doc({ type: "videoEmbed", attrs }));
    expect(result.length).toBeGreaterThan(0);
    if (!("src" in attrs) && !("srcdoc" in attrs)) expect(result).toContain("validation.unsupportedVideo");
  });
});

describe("related articles", () => {
  const related = (ids: unknown) => doc({ type: "relatedArticles", attrs: { translationGroupIds: ids } });

  test("accept up to five distinct translation groups; an empty block is a draft that renders nothing", () => {
    expect(isValid(related([]))).toBe(true);
    expect(isValid(related([uuid(1)]))).toBe(true);
    expect(isValid(related(Array.from({ length: MAX_RELATED_ARTICLES }, (_, i) => uuid(i))))).toBe(true);
  });

  test("refuse more than five, repeats, ids that are not UUIDs and a missing list", () => {
    expect(isValid(doc({ type: "relatedArticles" }))).toBe(false);
    expect(messages(related(Array.from({ length: 6 }, (_, i) => uuid(i))))).toContain("validation.tooMany");
    expect(isValid(related([uuid(1), uuid(1)]))).toBe(false);
    expect(isValid(related(["1; DROP TABLE article"]))).toBe(false);
    expect(isValid(doc({ type: "relatedArticles", attrs: { translationGroupIds: [uuid(1)], titles: ["x"] } }))).toBe(false);
  });

  test("relatedTranslationGroupIds lists the valid blocks' groups, once each, and ignores invalid blocks", () => {
    const body = doc(
      { type: "relatedArticles", attrs: { translationGroupIds: [uuid(2), uuid(1)] } },
      { type: "blockquote", content: [{ type: "relatedArticles", attrs: { translationGroupIds: [uuid(1).toUpperCase(), uuid(3)] } }] },
      { type: "relatedArticles", attrs: { translationGroupIds: ["not-a-uuid"] } },
    );
    expect(relatedTranslationGroupIds(body)).toEqual([uuid(2), uuid(1), uuid(3)]);
    expect(relatedTranslationGroupIds(null)).toEqual([]);
    expect(relatedTranslationGroupIds("x")).toEqual([]);
  });
});

test("plainText separates table cells and quoted paragraphs and skips footnotes and embeds", () => {
  const body = doc(
    { type: "table", content: [{ type: "tableRow", content: [cell(), cell()] }] },
    { type: "pullQuote", content: [paragraph(text("một")), paragraph(text("hai"))] },
    paragraph(text("a"), { type: "footnote", attrs: { note: "n" } }),
    { type: "videoEmbed", attrs: { provider: "vimeo", videoId: "1" } },
  ) as RichTextDoc;
  expect(plainText(body)).toBe("x\nx\nmột\nhai\na\n");
});
