import { getSchema } from "@tiptap/core";
import { describe, expect, test } from "vitest";
import { RICH_TEXT_MARKS, RICH_TEXT_NODES, richTextDocSchema } from "@/lib/articles/rich-text";
import { EDITOR_EXTENSIONS } from "./extensions";

const schema = getSchema(EDITOR_EXTENSIONS);

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });

describe("the editor's schema", () => {
  test("has exactly the allow-list's nodes and marks", () => {
    expect(Object.keys(schema.nodes).sort()).toEqual([...RICH_TEXT_NODES].sort());
    expect(Object.keys(schema.marks).sort()).toEqual([...RICH_TEXT_MARKS].sort());
  });

  test("everything the editor can hold saves: its JSON passes the server's schema", () => {
    const document = schema.nodeFromJSON({
      type: "doc",
      content: [
        paragraph(text("Kết luận "), text("57", [{ type: "bold" }]), { type: "footnote", attrs: { note: "Kết luận số 57-KL/TW." } }),
        {
          type: "table",
          content: [
            { type: "tableRow", content: [{ type: "tableHeader", content: [paragraph(text("Tỉnh"))] }, { type: "tableHeader", content: [paragraph(text("Số"))] }] },
            { type: "tableRow", content: [{ type: "tableCell", attrs: { colspan: 2 }, content: [paragraph(text("13"))] }] },
          ],
        },
        { type: "pullQuote", attrs: { attribution: "Người phát ngôn" }, content: [paragraph(text("Hợp tác"))] },
        { type: "videoEmbed", attrs: { provider: "vimeo", videoId: "76979871", title: "Họp báo" } },
        { type: "relatedArticles", attrs: { translationGroupIds: ["0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f01"] } },
        { type: "figure", attrs: { mediaId: "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f02", caption: "Lễ hội cồng chiêng", credit: "Ảnh: Nguyễn Hồng" } },
        { type: "gallery", attrs: { mediaIds: ["0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f03", "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f04"] } },
        { type: "horizontalRule" },
      ],
    });
    document.check();
    const result = richTextDocSchema.safeParse(document.toJSON());
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  test("fresh blocks, as the toolbar inserts them, also save", () => {
    for (const node of [
      { type: "pullQuote", content: [paragraph()] },
      { type: "relatedArticles" },
      // As the picker inserts them: the chosen ids, every override left to the library.
      { type: "figure", attrs: { mediaId: "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f02" } },
      { type: "gallery", attrs: { mediaIds: ["0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f03", "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f04"] } },
      { type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", content: [paragraph()] }] }] },
    ]) {
      const json = schema.nodeFromJSON({ type: "doc", content: [node] }).toJSON();
      expect(richTextDocSchema.safeParse(json).success, JSON.stringify(json)).toBe(true);
    }
  });

  test("a table cell cannot hold a table, a video or a related-news block", () => {
    expect(() =>
      schema.nodeFromJSON({ type: "tableCell", content: [{ type: "videoEmbed", attrs: { provider: "vimeo", videoId: "1" } }] }).check(),
    ).toThrow();
  });
});
