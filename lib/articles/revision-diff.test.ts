import { describe, expect, test } from "vitest";
import { diffSequences } from "@/lib/text/sequence-diff";
import { docFromParagraphs, type RichTextDoc } from "./rich-text";
import { bodyBlocks, diffArticleContent, diffBody, diffFields, diffWords, tokenize, type DiffableContent, type DiffSegment } from "./revision-diff";

/** Renders segments the way a reader of the diff would see them: [-deleted-]{+inserted+}. */
function show(segments: DiffSegment[]): string {
  return segments.map(({ op, text }) => (op === "delete" ? `[-${text}-]` : op === "insert" ? `{+${text}+}` : text)).join("");
}

function side(segments: DiffSegment[], which: "before" | "after"): string {
  const skip = which === "before" ? "insert" : "delete";
  return segments.filter((s) => s.op !== skip).map((s) => s.text).join("");
}

const content = (changes: Partial<DiffableContent> = {}): DiffableContent => ({
  title: "Họp báo thường kỳ",
  slug: "hop-bao-thuong-ky",
  sapo: "Người phát ngôn trả lời câu hỏi.",
  body: docFromParagraphs(["Đoạn một.", "Đoạn hai."]),
  category: "Đối ngoại",
  tags: ["Họp báo", "ASEAN"],
  authors: ["Nguyễn Hồng"],
  byline: "",
  sourceLine: "",
  coverImageUrl: null,
  seoTitle: "",
  metaDescription: "",
  socialImageUrl: null,
  canonicalUrl: null,
  ...changes,
});

describe("the edit script (Myers)", () => {
  test.each([
    ["", ""],
    ["abc", ""],
    ["", "abc"],
    ["abcabba", "cbabac"],
    ["kitten", "sitting"],
    ["the same", "the same"],
    ["xaxbxc", "abc"],
  ])("%j → %j: applying the script gives the target, and keeps a longest common subsequence", (a, b) => {
    const edits = diffSequences([...a], [...b]);
    expect(edits.filter((e) => e.op !== "insert").map((e) => e.item).join("")).toBe(a);
    expect(edits.filter((e) => e.op !== "delete").map((e) => e.item).join("")).toBe(b);
    const lcs = (x: string, y: string): number => {
      const table = Array.from({ length: x.length + 1 }, () => new Array<number>(y.length + 1).fill(0));
      for (let i = 1; i <= x.length; i++)
        for (let j = 1; j <= y.length; j++) table[i][j] = x[i - 1] === y[j - 1] ? table[i - 1][j - 1] + 1 : Math.max(table[i - 1][j], table[i][j - 1]);
      return table[x.length][y.length];
    };
    expect(edits.filter((e) => e.op === "equal")).toHaveLength(lcs(a, b));
  });

  test("a long text with one edit in the middle", () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `w${i}`);
    const b = [...a.slice(0, 10_000), "inserted", ...a.slice(10_001)];
    const changed = diffSequences(a, b).filter((e) => e.op !== "equal");
    expect(changed).toEqual([
      { op: "delete", item: "w10000" },
      { op: "insert", item: "inserted" },
    ]);
  });

  test("two entirely different long texts still give a correct script", () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `a${i}`);
    const b = Array.from({ length: 3_000 }, (_, i) => `b${i}`);
    const edits = diffSequences(a, b);
    expect(edits.filter((e) => e.op !== "insert").map((e) => e.item)).toEqual(a);
    expect(edits.filter((e) => e.op !== "delete").map((e) => e.item)).toEqual(b);
  });
});

describe("words", () => {
  test("an inserted word", () => {
    expect(show(diffWords("Bộ Ngoại giao họp báo", "Bộ Ngoại giao tổ chức họp báo"))).toBe("Bộ Ngoại giao {+tổ chức +}họp báo");
  });

  test("a deleted word", () => {
    expect(show(diffWords("Người phát ngôn Bộ Ngoại giao", "Người phát ngôn"))).toBe("Người phát ngôn[- Bộ Ngoại giao-]");
  });

  test("replaced words read as one replacement, not word/space/word", () => {
    expect(show(diffWords("the old red car", "the new blue car"))).toBe("the [-old red-]{+new blue+} car");
  });

  test("punctuation is its own token", () => {
    expect(show(diffWords("Hà Nội.", "Hà Nội, Việt Nam."))).toBe("Hà Nội{+, Việt Nam+}.");
  });

  test("Vietnamese diacritics: a changed tone mark is a changed word", () => {
    expect(show(diffWords("Đà Nẵng có mưa", "Đà Nẵng có múa"))).toBe("Đà Nẵng có [-mưa-]{+múa+}");
    expect(show(diffWords("cá", "ca"))).toBe("[-cá-]{+ca+}");
  });

  test("Vietnamese diacritics: composed and decomposed forms are the same text", () => {
    const composed = "Thông tin đối ngoại Việt Nam";
    const decomposed = composed.normalize("NFD");
    expect(decomposed).not.toBe(composed);
    expect(diffWords(composed, decomposed)).toEqual([{ op: "equal", text: composed }]);
    // A word with combining marks stays one token, never split between its letters and marks.
    expect(tokenize("Nguyễn".normalize("NFD"))).toEqual(["Nguyễn"]);
  });

  test("both sides of the diff rebuild the two texts", () => {
    const before = "Sáng 16/9, đoàn phóng viên đã tới thăm tỉnh Đắk Lắk.";
    const after = "Chiều 16/9, đoàn 20 phóng viên nước ngoài đã tới tỉnh Đắk Lắk và Gia Lai.";
    const segments = diffWords(before, after);
    expect(side(segments, "before")).toBe(before);
    expect(side(segments, "after")).toBe(after);
  });

  test("identical text has no changes", () => {
    expect(diffWords("Không đổi", "Không đổi")).toEqual([{ op: "equal", text: "Không đổi" }]);
    expect(diffWords("", "")).toEqual([]);
  });
});

describe("body blocks", () => {
  const doc: RichTextDoc = {
    type: "doc",
    content: [
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Tiêu đề phụ" }] },
      { type: "paragraph", content: [{ type: "text", text: "Dòng một" }, { type: "hardBreak" }, { type: "text", text: "dòng hai", marks: [{ type: "bold" }] }] },
      {
        type: "bulletList",
        content: [
          { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Ý thứ nhất" }] }] },
          { type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "Ý thứ hai" }] }] },
        ],
      },
      { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Trích dẫn" }] }] },
      { type: "horizontalRule" },
    ],
  };

  test("headings, paragraphs, list items and quotes are separate blocks; marks do not matter", () => {
    expect(bodyBlocks(doc)).toEqual([
      { kind: "heading2", text: "Tiêu đề phụ" },
      { kind: "paragraph", text: "Dòng một dòng hai" },
      { kind: "listItem", text: "Ý thứ nhất" },
      { kind: "listItem", text: "Ý thứ hai" },
      { kind: "quote", text: "Trích dẫn" },
      { kind: "rule", text: "" },
    ]);
  });

  test("a node this module does not know is one block with its text", () => {
    const withFigure = { type: "doc", content: [{ type: "figure", content: [{ type: "figcaption", content: [{ type: "text", text: "Ảnh: Nguyễn Hồng" }] }] }] };
    expect(bodyBlocks(withFigure)).toEqual([{ kind: "figure", text: "Ảnh: Nguyễn Hồng" }]);
  });

  test("garbage is an empty body, not a crash", () => {
    expect(bodyBlocks(null)).toEqual([]);
    expect(bodyBlocks({ type: "doc", content: "x" })).toEqual([]);
  });

  test("an edited paragraph is a word diff; the others stay equal; block boundaries are kept", () => {
    const before = docFromParagraphs(["Đoạn một.", "Đoạn hai nói về Đắk Lắk.", "Đoạn ba."]);
    const after = docFromParagraphs(["Đoạn một.", "Đoạn hai nói về Đắk Lắk và Gia Lai.", "Đoạn ba."]);
    const changes = diffBody(before, after);
    expect(changes.map((c) => c.op)).toEqual(["equal", "change", "equal"]);
    const changed = changes[1];
    expect(changed.op === "change" && show(changed.segments)).toBe("Đoạn hai nói về Đắk Lắk{+ và Gia Lai+}.");
  });

  test("an added and a removed paragraph are whole blocks", () => {
    const changes = diffBody(docFromParagraphs(["A.", "B.", "C."]), docFromParagraphs(["A.", "C.", "D."]));
    expect(changes).toEqual([
      { op: "equal", kind: "paragraph", text: "A." },
      { op: "delete", kind: "paragraph", text: "B." },
      { op: "equal", kind: "paragraph", text: "C." },
      { op: "insert", kind: "paragraph", text: "D." },
    ]);
  });

  test("text merged across two paragraphs shows the boundary change, not one long line", () => {
    const changes = diffBody(docFromParagraphs(["Một.", "Hai."]), docFromParagraphs(["Một. Hai."]));
    expect(changes.map((c) => c.op)).toEqual(["change", "delete"]);
  });

  test("a paragraph turned into a heading is a change of kind", () => {
    const before = docFromParagraphs(["Kết luận"]);
    const after: RichTextDoc = { type: "doc", content: [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Kết luận" }] }] };
    expect(diffBody(before, after)).toEqual([{ op: "change", kind: "heading2", kindBefore: "paragraph", segments: [{ op: "equal", text: "Kết luận" }] }]);
  });
});

describe("metadata and the whole article", () => {
  test("identical content → no changes", () => {
    const diff = diffArticleContent(content(), content());
    expect(diff).toMatchObject({ fields: [], bodyChanged: false, hasChanges: false });
    expect(diff.body.every((block) => block.op === "equal")).toBe(true);
  });

  test("text fields report before, after and a word diff", () => {
    const [title] = diffFields(content(), content({ title: "Họp báo thường kỳ quý III" }));
    expect(title).toMatchObject({ field: "title", type: "text", before: "Họp báo thường kỳ", after: "Họp báo thường kỳ quý III" });
    expect(title.type === "text" && show(title.segments)).toBe("Họp báo thường kỳ{+ quý III+}");
  });

  test("tags and authors report what was added and removed, in order", () => {
    const changes = diffFields(content(), content({ tags: ["ASEAN", "Biển Đông"], authors: ["Nguyễn Hồng", "Trần Minh"] }));
    expect(changes).toEqual([
      { field: "tags", type: "list", before: ["Họp báo", "ASEAN"], after: ["ASEAN", "Biển Đông"], added: ["Biển Đông"], removed: ["Họp báo"] },
      { field: "authors", type: "list", before: ["Nguyễn Hồng"], after: ["Nguyễn Hồng", "Trần Minh"], added: ["Trần Minh"], removed: [] },
    ]);
  });

  test("reordered tags are no change", () => {
    expect(diffFields(content({ tags: ["A", "B"] }), content({ tags: ["B", "A"] }))).toEqual([]);
  });

  test("reordered authors are a change (the byline order matters) with nothing added or removed", () => {
    const [authors] = diffFields(content({ authors: ["A", "B"] }), content({ authors: ["B", "A"] }));
    expect(authors).toMatchObject({ field: "authors", added: [], removed: [] });
  });

  test("category, cover, SEO and sharing fields are compared; empty and missing are the same", () => {
    const changes = diffFields(
      content({ coverImageUrl: null, canonicalUrl: "" }),
      content({
        category: "Kinh tế",
        coverImageUrl: "https://example.org/a.jpg",
        seoTitle: "Họp báo",
        metaDescription: "Mô tả",
        socialImageUrl: "https://example.org/s.jpg",
        canonicalUrl: null,
        byline: "Nguyễn Hồng",
        sourceLine: "Theo TTXVN",
      }),
    );
    expect(changes.map((change) => change.field)).toEqual(["category", "byline", "sourceLine", "coverImageUrl", "seoTitle", "metaDescription", "socialImageUrl"]);
  });

  test("decomposed Vietnamese in a field equals the composed form", () => {
    expect(diffFields(content(), content({ title: "Họp báo thường kỳ".normalize("NFD") }))).toEqual([]);
  });

  test("a body change alone is a change", () => {
    const diff = diffArticleContent(content(), content({ body: docFromParagraphs(["Đoạn một.", "Đoạn hai, đã sửa."]) }));
    expect(diff).toMatchObject({ fields: [], bodyChanged: true, hasChanges: true });
  });
});
