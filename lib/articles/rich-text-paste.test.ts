import { describe, expect, test } from "vitest";
import { richTextDocSchema } from "./rich-text";
import { cleanPastedContent } from "./rich-text-paste";

// What the editor's schema makes of a Word or Google Docs paste before this step:
// nodes it knows, with every attribute the HTML offered to their parse rules.
const wordPaste = [
  {
    type: "heading",
    attrs: { level: 2, class: "MsoTitle", style: "mso-style-name:Title", id: "_Toc1" },
    content: [{ type: "text", text: "Thông cáo báo chí", marks: [{ type: "bold", attrs: { style: "font-weight:700" } }] }],
  },
  {
    type: "paragraph",
    attrs: { class: "MsoNormal", style: "margin:0;line-height:115%", dir: "ltr" },
    content: [
      { type: "text", text: "Xem ", marks: [{ type: "textStyle", attrs: { style: "font-family:Calibri" } }] },
      {
        type: "text",
        text: "trang Bộ",
        marks: [{ type: "link", attrs: { href: " https://www.mofa.gov.vn/ ", target: "_blank", rel: "x", class: "MsoHyperlink" } }, { type: "italic" }],
      },
      { type: "text", text: " hoặc ", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] },
      { type: "span", attrs: { style: "color:red" }, content: [{ type: "text", text: "đây" }] },
    ],
  },
  {
    type: "table",
    attrs: { class: "MsoTableGrid", style: "border-collapse:collapse", border: 1 },
    content: [
      {
        type: "tableRow",
        attrs: { style: "height:20pt" },
        content: [
          { type: "tableHeader", attrs: { colspan: 2, rowspan: 1, colwidth: [120, 80], style: "width:200px" }, content: [{ type: "paragraph", content: [{ type: "text", text: "A" }] }] },
        ],
      },
    ],
  },
  { type: "orderedList", attrs: { start: 3, type: "a", class: "x" }, content: [] },
  { type: "footnote", attrs: { note: "" } },
  { type: "videoEmbed", attrs: { provider: "youtube", videoId: "nope" } },
  { type: "footnote", attrs: { note: "Nguồn: TTXVN", class: "x" } },
];

describe("cleanPastedContent", () => {
  const cleaned = cleanPastedContent(wordPaste);

  test("keeps text, structure and allowed marks; drops classes, styles, ids, spans and link extras", () => {
    expect(cleaned).toEqual([
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Thông cáo báo chí", marks: [{ type: "bold" }] }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Xem " },
          { type: "text", text: "trang Bộ", marks: [{ type: "link", attrs: { href: "https://www.mofa.gov.vn/" } }, { type: "italic" }] },
          { type: "text", text: " hoặc " },
          { type: "text", text: "đây" },
        ],
      },
      {
        type: "table",
        content: [
          {
            type: "tableRow",
            content: [{ type: "tableHeader", attrs: { colspan: 2, rowspan: 1 }, content: [{ type: "paragraph", content: [{ type: "text", text: "A" }] }] }],
          },
        ],
      },
      { type: "orderedList", attrs: { start: 3 }, content: [] },
      { type: "footnote", attrs: { note: "Nguồn: TTXVN" } },
    ]);
  });

  test("nothing of style, class or a span survives, and the result passes the server's schema", () => {
    const json = JSON.stringify(cleaned);
    for (const word of ["style", "class", "Mso", "\"span\"", "textStyle", "colwidth", "javascript", "_blank", "_Toc"]) expect(json).not.toContain(word);
    expect(richTextDocSchema.safeParse({ type: "doc", content: cleaned }).success).toBe(true);
  });

  test("anything that is not a list of nodes cleans to nothing", () => {
    expect(cleanPastedContent(null)).toEqual([]);
    expect(cleanPastedContent("<p>x</p>")).toEqual([]);
    expect(cleanPastedContent([null, 1, { type: "text", text: "" }])).toEqual([]);
  });
});
