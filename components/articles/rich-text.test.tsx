import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { RichText } from "./rich-text";

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const html = (value: unknown) => renderToStaticMarkup(<RichText doc={value} locale="en" />);

describe("the reader-site renderer", () => {
  test("renders the allowed nodes and marks as semantic HTML", () => {
    const output = html(
      doc(
        { type: "heading", attrs: { level: 2 }, content: [text("Đắk Lắk")] },
        paragraph(text("Kết luận "), text("57-KL/TW", [{ type: "bold" }, { type: "italic" }])),
        { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("13 chuyến"))] }] },
        { type: "orderedList", attrs: { start: 3 }, content: [{ type: "listItem", content: [paragraph(text("ba"))] }] },
        { type: "blockquote", content: [paragraph(text("Trích dẫn"))] },
        { type: "horizontalRule" },
        paragraph(text("a"), { type: "hardBreak" }, text("b")),
      ),
    );
    expect(output).toBe(
      "<h2>Đắk Lắk</h2><p>Kết luận <strong><em>57-KL/TW</em></strong></p><ul><li><p>13 chuyến</p></li></ul>" +
        '<ol start="3"><li><p>ba</p></li></ol><blockquote><p>Trích dẫn</p></blockquote><hr/><p>a<br/>b</p>',
    );
  });

  test("external links get rel attributes; site paths do not", () => {
    const output = html(
      doc(
        paragraph(text("Bộ Ngoại giao", [{ type: "link", attrs: { href: "https://www.mofa.gov.vn/" } }])),
        paragraph(text("trang", [{ type: "link", attrs: { href: "/vi/bai-viet/dak-lak" } }])),
      ),
    );
    expect(output).toContain('<a href="https://www.mofa.gov.vn/" rel="noopener noreferrer nofollow">Bộ Ngoại giao</a>');
    expect(output).toContain('<a href="/vi/bai-viet/dak-lak">trang</a>');
  });

  test.each([
    ["a script in text is only text", doc(paragraph(text("<script>alert(1)</script>"))), "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"],
    ["an unknown node is dropped with its content", doc({ type: "script", content: [text("alert(1)")] }, paragraph(text("ok"))), "<p>ok</p>"],
    ["raw HTML nodes are dropped", doc({ type: "html", attrs: { html: "<img src=x onerror=alert(1)>" } }), ""],
    ["a javascript: link keeps its text, loses the link", doc(paragraph(text("bấm", [{ type: "link", attrs: { href: "javascript:alert(1)" } }]))), "<p>bấm</p>"],
    ["a protocol-relative link is dropped", doc(paragraph(text("x", [{ type: "link", attrs: { href: "//evil.example" } }]))), "<p>x</p>"],
    ["event-handler attributes are never copied", doc({ type: "paragraph", attrs: { onclick: "alert(1)", style: "x" }, content: [text("y")] }), "<p>y</p>"],
    ["an unknown mark keeps its text", doc(paragraph(text("z", [{ type: "iframe", attrs: { src: "https://evil.example" } }]))), "<p>z</p>"],
    ["heading levels are clamped below the page title", doc({ type: "heading", attrs: { level: 1 }, content: [text("h")] }), "<h2>h</h2>"],
    ["a list start that is not a small integer is ignored", doc({ type: "orderedList", attrs: { start: "1\" onmouseover=\"x" }, content: [] }), "<ol></ol>"],
    ["something that is not a document renders nothing", { type: "paragraph", content: [text("x")] }, ""],
    ["non-string text renders nothing", doc(paragraph({ type: "text", text: { toString: "x" } })), "<p></p>"],
  ])("%s", (_name, value, expected) => {
    expect(html(value)).toBe(expected);
  });

  test("a hostile, deeply nested document stops at a safe depth instead of exhausting the stack", () => {
    let node: unknown = text("deep");
    for (let level = 0; level < 10_000; level++) node = { type: "blockquote", content: [node] };
    const output = html(doc(node));
    expect(output.startsWith("<blockquote>")).toBe(true);
    expect(output).not.toContain("deep");
  });
});
