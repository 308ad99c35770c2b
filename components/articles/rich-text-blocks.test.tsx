import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { RichText, type RelatedStoryLink } from "./rich-text";

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const footnote = (note: string) => ({ type: "footnote", attrs: { note } });
const cell = (type: "tableCell" | "tableHeader", value: string, attrs?: Record<string, unknown>) => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [paragraph(text(value))],
});
const row = (...cells: unknown[]) => ({ type: "tableRow", content: cells });
const html = (value: unknown, locale: "vi" | "en" = "en", related?: RelatedStoryLink[]) =>
  renderToStaticMarkup(<RichText doc={value} locale={locale} related={related} />);

const GROUP_A = "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f01";
const GROUP_B = "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f02";
const GROUP_C = "0b6c3f5e-1f1a-4d2b-9a51-6a3c1d2e4f03";

describe("footnotes", () => {
  const body = doc(
    paragraph(text("Kết luận 57"), footnote("Kết luận số 57-KL/TW, 2023."), text(" và 13 chuyến"), footnote("Báo cáo của Bộ.")),
    { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("mục"), footnote("Ghi chú thứ ba."))] }] },
  );

  test("are numbered in document order, linked both ways", () => {
    const output = html(body, "vi");
    for (const number of [1, 2, 3]) {
      expect(output).toContain(`<a href="#note-${number}" id="note-ref-${number}" role="doc-noteref"`);
      expect(output).toContain(`<li id="note-${number}">`);
      expect(output).toContain(`<a href="#note-ref-${number}" role="doc-backlink" aria-label="Quay lại vị trí chú thích ${number}">`);
    }
    expect(output.indexOf("note-ref-1")).toBeLessThan(output.indexOf("note-ref-2"));
    expect(output).toMatch(/<span id="note-text-1">Kết luận số 57-KL\/TW, 2023.<\/span>.*<span id="note-text-2">Báo cáo của Bộ.<\/span>.*<span id="note-text-3">Ghi chú thứ ba.<\/span>/);
  });

  test("each reference is described by its note; the list is a labelled endnotes section after the body", () => {
    const output = html(body, "en");
    expect(output).toContain('aria-label="Note 1" aria-describedby="note-text-1">1</a>');
    expect(output).toContain('<section class="footnotes" role="doc-endnotes" aria-labelledby="notes-heading"><h2 id="notes-heading">Notes</h2><ol>');
    expect(output.endsWith("</ol></section>")).toBe(true);
    expect(html(body, "vi")).toContain('<h2 id="notes-heading">Chú thích</h2>');
  });

  test("a body without footnotes has no notes section; an empty or oversized note is dropped and not counted", () => {
    expect(html(doc(paragraph(text("x"))))).toBe("<p>x</p>");
    const output = html(doc(paragraph(footnote(""), { type: "footnote", attrs: { note: "x".repeat(2001) } }, footnote("kept"))));
    expect(output).toContain('id="note-ref-1"');
    expect(output).not.toContain("note-ref-2");
  });

  test("a footnote inside a dropped node is neither shown nor counted", () => {
    const output = html(doc({ type: "script", content: [paragraph(footnote("dropped-note"))] }, paragraph(footnote("shown"))));
    expect(output).not.toContain("dropped-note");
    expect(output).toContain('<span id="note-text-1">shown</span>');
  });
});

describe("tables", () => {
  test("a header row becomes <thead> with column scope; header cells in body rows head their row", () => {
    const output = html(
      doc({
        type: "table",
        content: [
          row(cell("tableHeader", "Tỉnh"), cell("tableHeader", "Chuyến")),
          row(cell("tableHeader", "Đắk Lắk"), cell("tableCell", "13")),
          row(cell("tableCell", "Tổng", { colspan: 2, rowspan: 1 })),
        ],
      }),
    );
    expect(output).toBe(
      '<div class="table-scroll" role="region" aria-label="Table (scrolls sideways if needed)" tabindex="0"><table>' +
        '<thead><tr><th scope="col"><p>Tỉnh</p></th><th scope="col"><p>Chuyến</p></th></tr></thead>' +
        '<tbody><tr><th scope="row"><p>Đắk Lắk</p></th><td><p>13</p></td></tr><tr><td colSpan="2"><p>Tổng</p></td></tr></tbody>' +
        "</table></div>",
    );
  });

  test("a table without a header row has only a body; cells with spans outside the bounds are dropped", () => {
    const output = html(doc({ type: "table", content: [row(cell("tableCell", "a"), cell("tableCell", "b", { colspan: 999 }))] }));
    expect(output).toContain("<tbody><tr><td><p>a</p></td></tr></tbody>");
    expect(output).not.toContain("thead");
    expect(output).not.toContain("999");
  });

  test("rows and cells outside a table, and an empty table, render nothing", () => {
    expect(html(doc(row(cell("tableCell", "x")), cell("tableHeader", "y"), { type: "table", content: [] }))).toBe("");
  });
});

describe("pull quotes", () => {
  test("render as a figure with the quote and its attribution", () => {
    const output = html(doc({ type: "pullQuote", attrs: { attribution: "Thứ trưởng Nguyễn Minh Hằng" }, content: [paragraph(text("Hợp tác"))] }));
    expect(output).toBe('<figure class="pull-quote"><blockquote><p>Hợp tác</p></blockquote><figcaption>Thứ trưởng Nguyễn Minh Hằng</figcaption></figure>');
  });

  test("without an attribution there is no caption", () => {
    expect(html(doc({ type: "pullQuote", content: [paragraph(text("q"))] }))).toBe('<figure class="pull-quote"><blockquote><p>q</p></blockquote></figure>');
  });
});

describe("video embeds", () => {
  const youtube = { type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ", title: "Họp báo thường kỳ" } };

  test("render a placeholder with a real play button and no iframe before the click", () => {
    const output = html(doc(youtube), "vi");
    expect(output).not.toContain("<iframe");
    expect(output).not.toContain("youtube-nocookie");
    expect(output).toContain('<button type="button" class="video-play" aria-label="Phát video: Họp báo thường kỳ">');
    expect(output).toContain('<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" rel="noopener noreferrer nofollow">Xem trên YouTube</a>');
    expect(output).toContain('<p class="video-title">Họp báo thường kỳ</p>');
  });

  test("Vimeo works the same way; an untitled video gets a generic name", () => {
    const output = html(doc({ type: "videoEmbed", attrs: { provider: "vimeo", videoId: "76979871" } }));
    expect(output).toContain('aria-label="Play video: Video on Vimeo"');
    expect(output).toContain('href="https://vimeo.com/76979871"');
    expect(output).toContain('<p class="video-title">Video on Vimeo</p>');
  });

  test.each([
    { provider: "youtube", videoId: "abc\" onload=\"x" },
    { provider: "youtube", videoId: "../../evil" },
    { provider: "dailymotion", videoId: "x7tgad0" },
    { provider: "vimeo", videoId: "76979871", src: "https://evil.example" },
  ])("a video with attributes outside the schema renders nothing (%j)", (attrs) => {
    expect(html(doc({ type: "videoEmbed", attrs }))).toBe("");
  });
});

describe("related articles", () => {
  const block = { type: "relatedArticles", attrs: { translationGroupIds: [GROUP_B, GROUP_A, GROUP_C] } };
  const resolved: RelatedStoryLink[] = [
    { translationGroupId: GROUP_A, title: "Đắk Lắk", href: "/vi/bai-viet/dak-lak" },
    { translationGroupId: GROUP_B, title: "Hà Nội", href: "/vi/bai-viet/ha-noi" },
  ];

  test("lists only the stories the resolver returned, in the writer's order", () => {
    const output = html(doc(block), "vi", resolved);
    expect(output).toBe(
      '<aside class="related-stories" aria-labelledby="related-1"><h2 id="related-1">Tin liên quan</h2><ul>' +
        '<li><a href="/vi/bai-viet/ha-noi">Hà Nội</a></li><li><a href="/vi/bai-viet/dak-lak">Đắk Lắk</a></li></ul></aside>',
    );
  });

  test("renders nothing when none of its stories is published in this locale", () => {
    expect(html(doc(block), "en", [])).toBe("");
    expect(html(doc(block), "en")).toBe("");
  });

  test("two blocks get distinct heading ids; a resolved link that is not a safe href is left out", () => {
    const output = html(doc(block, block), "en", [...resolved, { translationGroupId: GROUP_C, title: "x", href: "javascript:alert(1)" }]);
    expect(output).toContain('id="related-1"');
    expect(output).toContain('id="related-2"');
    expect(output).toContain("Related news");
    expect(output).not.toContain("javascript:");
  });
});

describe("footnotes in tables", () => {
  test("count in the cells they render in, and not when misplaced in a table", () => {
    const output = html(
      doc({
        type: "table",
        content: [paragraph(footnote("misplaced")), row({ type: "tableCell", content: [paragraph(text("x"), footnote("in a cell"))] })],
      }),
    );
    expect(output).not.toContain("misplaced");
    expect(output).toContain('<span id="note-text-1">in a cell</span>');
  });
});
