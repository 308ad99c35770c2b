import { describe, expect, test } from "vitest";
import { docFromParagraphs, EMPTY_DOC, isSafeHref, plainText, richTextDocSchema, type RichTextNode } from "./rich-text";

const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const linked = (href: string) => doc(paragraph({ type: "text", text: "xem", marks: [{ type: "link", attrs: { href } }] }));

describe("isSafeHref", () => {
  test.each([
    "https://www.mofa.gov.vn/",
    "http://example.org/a?b=c#d",
    "mailto:press@newsroom.local",
    "tel:+84-24-3799-2000",
    "/vi/tin-tuc/dak-lak",
    "  https://example.org  ",
  ])("allows %j", (href) => {
    expect(isSafeHref(href)).toBe(true);
  });

  test.each([
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox",
    "file:///etc/passwd",
    "//evil.example/path",
    "/\\evil.example/path",
    "/\t/evil.example/path",
    "/\n/evil.example",
    "relative/path",
    "",
    `https://example.org/${"a".repeat(2100)}`,
  ])("refuses %j", (href) => {
    expect(isSafeHref(href)).toBe(false);
  });

  test.each([null, undefined, 42, { href: "https://example.org" }])("refuses non-strings (%j)", (href) => {
    expect(isSafeHref(href)).toBe(false);
  });
});

describe("richTextDocSchema", () => {
  test("accepts the nodes and marks the editor makes", () => {
    const document = doc(
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Tiêu đề" }] },
      paragraph({ type: "text", text: "đậm", marks: [{ type: "bold" }, { type: "italic" }] }, { type: "hardBreak" }),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph({ type: "text", text: "một" })] }] },
      { type: "orderedList", content: [{ type: "listItem", content: [paragraph({ type: "text", text: "hai" })] }] },
      { type: "blockquote", content: [paragraph({ type: "text", text: "trích dẫn" })] },
      { type: "horizontalRule" },
    );
    expect(richTextDocSchema.safeParse(document).success).toBe(true);
    expect(richTextDocSchema.safeParse(linked("https://example.org")).success).toBe(true);
  });

  test.each(["image", "iframe", "script", "htmlBlock", "codeBlock"])("refuses unknown node type %s", (type) => {
    const result = richTextDocSchema.safeParse(doc(paragraph({ type: "text", text: "x" }), { type, attrs: { src: "x" } }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain("validation.unknownNode");
  });

  test("refuses an unknown node nested deep inside a list", () => {
    const nested = doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "iframe" }] }] });
    expect(richTextDocSchema.safeParse(nested).success).toBe(false);
  });

  test.each(["textStyle", "highlight", "subscript"])("refuses unknown mark %s", (mark) => {
    expect(richTextDocSchema.safeParse(doc(paragraph({ type: "text", text: "x", marks: [{ type: mark }] }))).success).toBe(false);
  });

  test.each(["javascript:alert(document.cookie)", "JAVASCRIPT:void(0)", "data:text/html;base64,PHNjcmlwdD4=", "//evil.example"])(
    "refuses a link to %j",
    (href) => {
      const result = richTextDocSchema.safeParse(linked(href));
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toContain("validation.unsafeLink");
    },
  );

  test("refuses a link without an href", () => {
    expect(richTextDocSchema.safeParse(doc(paragraph({ type: "text", text: "x", marks: [{ type: "link" }] }))).success).toBe(false);
  });

  test("refuses documents nested deeper than the limit", () => {
    let node: Record<string, unknown> = paragraph({ type: "text", text: "sâu" });
    for (let level = 0; level < 20; level++) node = { type: "blockquote", content: [node] };
    const result = richTextDocSchema.safeParse(doc(node));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toContain("validation.tooDeep");
  });

  test("refuses anything that is not a document", () => {
    for (const value of [null, "<p>x</p>", { type: "paragraph", content: [] }, { type: "doc", content: "x" }]) {
      expect(richTextDocSchema.safeParse(value).success, JSON.stringify(value)).toBe(false);
    }
  });

  test("an empty document is valid", () => {
    expect(richTextDocSchema.parse({ type: "doc" })).toEqual(EMPTY_DOC);
  });
});

describe("plainText and docFromParagraphs", () => {
  test("round-trip paragraphs into text", () => {
    const document = docFromParagraphs(["Đắk Lắk", "Buôn Ma Thuột"]);
    expect(richTextDocSchema.safeParse(document).success).toBe(true);
    expect(plainText(document)).toBe("Đắk Lắk\nBuôn Ma Thuột");
  });

  test("joins list items by line and inline pieces without separators", () => {
    const list: RichTextNode = {
      type: "bulletList",
      content: [
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "một " }, { type: "text", text: "hai", marks: [{ type: "bold" }] }] }] },
        { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "ba" }] }] },
      ],
    };
    expect(plainText(list)).toBe("một hai\nba");
  });
});
