import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/**
 * Text on the decision letter in Be Vietnam Pro, shipped through npm
 * (@fontsource/be-vietnam-pro). That package splits the typeface into
 * Unicode-range subsets as web fonts do: "latin" holds ASCII and Latin-1
 * (à, á, â, ê, ô …), "vietnamese" holds ă, đ, ơ, ư and the stacked tones
 * (U+1EA0–1EF9: ắ, ễ, ự …), "latin-ext" the rest of European Latin. No file
 * holds a whole Vietnamese word ("Đắk" needs two), so every subset is
 * embedded and each run of text goes to the subset that has its glyphs. The
 * line breaking is done here too, because pdfkit wraps each run on its own
 * and would split a word where its font changes.
 */
export type Weight = "regular" | "bold";

const SUBSETS = ["latin", "vietnamese", "latin-ext"] as const;
const WEIGHTS: Record<Weight, number> = { regular: 400, bold: 700 };

type Subset = (typeof SUBSETS)[number];
export type FontName = `${Weight}-${Subset}`;

// Resolved from the folder the app runs in (the project), not from this file:
// inside Next's server bundle this module has no meaningful location of its own.
const projectRequire = createRequire(path.join(process.cwd(), "package.json"));

let fontFiles: Map<FontName, Buffer> | undefined;

/** The six WOFF files (two weights × three subsets), read once per process. */
export function letterFontFiles(): Map<FontName, Buffer> {
  fontFiles ??= new Map(
    (Object.keys(WEIGHTS) as Weight[]).flatMap((weight) =>
      SUBSETS.map((subset) => {
        const file = projectRequire.resolve(`@fontsource/be-vietnam-pro/files/be-vietnam-pro-${subset}-${WEIGHTS[weight]}-normal.woff`);
        return [`${weight}-${subset}` as FontName, readFileSync(file)] as const;
      }),
    ),
  );
  return fontFiles;
}

export function registerLetterFonts(doc: PDFKit.PDFDocument): void {
  for (const [name, bytes] of letterFontFiles()) doc.registerFont(name, bytes);
}

type GlyphCheck = { hasGlyphForCodePoint(codePoint: number): boolean };
type FontWithGlyphs = { font: GlyphCheck };

const glyphChecks = new WeakMap<PDFKit.PDFDocument, Map<FontName, GlyphCheck>>();

function glyphCheck(doc: PDFKit.PDFDocument, name: FontName): GlyphCheck {
  let checks = glyphChecks.get(doc);
  if (!checks) glyphChecks.set(doc, (checks = new Map()));
  let check = checks.get(name);
  if (!check) {
    doc.font(name);
    // pdfkit keeps the fontkit font of the current font on `_font`; its types do not say so.
    check = (doc as unknown as { _font: FontWithGlyphs })._font.font;
    checks.set(name, check);
  }
  return check;
}

export type Run = { font: FontName; text: string };

/**
 * The text cut into runs of one subset each: a character stays in the run's
 * subset when that subset has it (spaces, digits, "a" are in all three), else
 * goes to the first subset that does. Text is composed (NFC) first so a tone
 * mark typed as a combining character finds its precomposed glyph.
 */
export function splitRuns(doc: PDFKit.PDFDocument, text: string, weight: Weight): Run[] {
  const checks = SUBSETS.map((subset) => ({ name: `${weight}-${subset}` as FontName, font: glyphCheck(doc, `${weight}-${subset}`) }));
  const runs: Run[] = [];
  for (const char of text.normalize("NFC")) {
    const codePoint = char.codePointAt(0)!;
    const current = runs.at(-1);
    const stays = current && checks.find((check) => check.name === current.font)!.font.hasGlyphForCodePoint(codePoint);
    if (current && stays) {
      current.text += char;
      continue;
    }
    // A character no subset has (a Japanese outlet name, say) is drawn as the latin font's missing-glyph box.
    const font = checks.find((check) => check.font.hasGlyphForCodePoint(codePoint))?.name ?? (`${weight}-latin` as FontName);
    if (current && current.font === font) current.text += char;
    else runs.push({ font, text: char });
  }
  return runs;
}

type MeasuredRun = Run & { width: number };
export type Line = { runs: MeasuredRun[]; width: number };

function measure(doc: PDFKit.PDFDocument, runs: Run[], size: number): MeasuredRun[] {
  return runs.map((run) => ({ ...run, width: doc.font(run.font).fontSize(size).widthOfString(run.text) }));
}

function joinRuns(runs: MeasuredRun[]): MeasuredRun[] {
  const joined: MeasuredRun[] = [];
  for (const run of runs) {
    const last = joined.at(-1);
    if (last && last.font === run.font) joined[joined.length - 1] = { ...last, text: last.text + run.text, width: last.width + run.width };
    else joined.push(run);
  }
  return joined;
}

/**
 * Greedy lines at most `width` wide, broken at spaces only (a word longer
 * than the line stands alone and overflows rather than being cut). Explicit
 * newlines start a new line.
 */
export function layoutLines(doc: PDFKit.PDFDocument, text: string, { size, weight, width }: { size: number; weight: Weight; width: number }): Line[] {
  const lines: Line[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    const words = paragraph.split(/ +/).filter(Boolean);
    const space = measure(doc, splitRuns(doc, " ", weight), size);
    let current: MeasuredRun[] = [];
    let currentWidth = 0;
    for (const word of words) {
      const runs = measure(doc, splitRuns(doc, word, weight), size);
      const wordWidth = runs.reduce((sum, run) => sum + run.width, 0);
      if (current.length > 0 && currentWidth + space[0].width + wordWidth > width) {
        lines.push({ runs: joinRuns(current), width: currentWidth });
        current = [];
        currentWidth = 0;
      }
      if (current.length > 0) {
        current.push(...space);
        currentWidth += space[0].width;
      }
      current.push(...runs);
      currentWidth += wordWidth;
    }
    lines.push({ runs: joinRuns(current), width: currentWidth });
  }
  return lines;
}

/** One line at (x, y), run after run; pdfkit's own wrapping is off. */
export function drawLine(doc: PDFKit.PDFDocument, line: Line, x: number, y: number, size: number): void {
  let cursor = x;
  for (const run of line.runs) {
    doc.font(run.font).fontSize(size).text(run.text, cursor, y, { lineBreak: false });
    cursor += run.width;
  }
}
