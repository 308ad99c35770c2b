import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { describe, expect, test } from "vitest";
import { layoutLines, letterFontFiles, registerLetterFonts, splitRuns, type FontName } from "./letter-typesetting";

// fontkit (pdfkit's font engine) ships no types; the test reads the font files with it independently of pdfkit.
type FontFile = { type: string; hasGlyphForCodePoint(codePoint: number): boolean };
const openFont = (createRequire(import.meta.url)("fontkit") as { create(bytes: Buffer): FontFile }).create;

// Every vowel of Vietnamese with each of its six tones, the other letters, upper and lower case.
const TONED = "aăâeêioôơuưy".split("").flatMap((vowel) => ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"].map((tone) => (vowel + tone).normalize("NFC")));
const ALPHABET = [...TONED, ..."bcdđghklmnpqrstvx"].join("");
const TEXT = `${ALPHABET} ${ALPHABET.toUpperCase()} 0123456789 .,;:()-–"'/`;

function documentWithFonts() {
  const doc = new PDFDocument();
  registerLetterFonts(doc);
  return doc;
}

describe("letter typesetting", () => {
  test("reads both weights of the three subsets from the project's node_modules", () => {
    const files = letterFontFiles();
    expect([...files.keys()].sort()).toEqual(["bold-latin", "bold-latin-ext", "bold-vietnamese", "regular-latin", "regular-latin-ext", "regular-vietnamese"]);
    for (const bytes of files.values()) expect(openFont(bytes).type).toBe("WOFF");
  });

  test.each(["regular", "bold"] as const)("gives every Vietnamese letter and tone to a %s subset that has its glyph", (weight) => {
    const fonts = new Map([...letterFontFiles()].map(([name, bytes]) => [name, openFont(bytes)]));
    const runs = splitRuns(documentWithFonts(), TEXT, weight);
    expect(runs.map((run) => run.text).join("")).toBe(TEXT.normalize("NFC"));
    for (const run of runs) {
      expect(run.font.startsWith(weight)).toBe(true);
      for (const char of run.text) expect(fonts.get(run.font as FontName)!.hasGlyphForCodePoint(char.codePointAt(0)!), `${char} in ${run.font}`).toBe(true);
    }
    // "Đắk Lắk" needs two subsets: Đ and ắ are not in the latin one.
    expect(splitRuns(documentWithFonts(), "Đắk Lắk", weight).map((run) => run.font.replace(`${weight}-`, ""))).toEqual(["vietnamese", "latin", "vietnamese", "latin"]);
  });

  test("composes a tone typed as a combining mark before choosing its glyph", () => {
    const runs = splitRuns(documentWithFonts(), "Hu\u031b\u0301ng", "regular");
    expect(runs.map((run) => run.text).join("")).toBe("Hứng");
  });

  test("breaks lines between words only, never where the font subset changes", () => {
    const doc = documentWithFonts();
    const words = Array.from({ length: 40 }, () => "Đắk Lắk Nguyễn Thị Hương");
    const lines = layoutLines(doc, words.join(" "), { size: 10, weight: "regular", width: 200 });
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(200);
      const text = line.runs.map((run) => run.text).join("");
      expect(text).toBe(text.trim());
      for (const word of text.split(" ")) expect(["Đắk", "Lắk", "Nguyễn", "Thị", "Hương"]).toContain(word);
    }
    expect(lines.map((line) => line.runs.map((run) => run.text).join("")).join(" ")).toBe(words.join(" "));
  });

  test("starts a new line at each newline of the text", () => {
    const lines = layoutLines(documentWithFonts(), "BỘ NGOẠI GIAO\nVỤ THÔNG TIN BÁO CHÍ", { size: 10, weight: "bold", width: 400 });
    expect(lines.map((line) => line.runs.map((run) => run.text).join(""))).toEqual(["BỘ NGOẠI GIAO", "VỤ THÔNG TIN BÁO CHÍ"]);
  });
});
