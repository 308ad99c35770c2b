import { drawLine, layoutLines, type Weight } from "./letter-typesetting";

export type TextStyle = { size?: number; weight?: Weight; align?: "left" | "center" | "right"; color?: string };

export type Cell = TextStyle & { text: string; x: number; width: number };

const LEADING = 1.35;

/**
 * A writing position moving down the page, which turns to a new page when
 * the next block does not fit. Every block is laid out by letter-typesetting
 * (one font subset per run), never by pdfkit's own wrapping.
 */
export class LetterPage {
  y: number;
  readonly left: number;
  readonly width: number;
  private readonly top: number;
  private readonly bottom: number;

  constructor(private readonly doc: PDFKit.PDFDocument) {
    const { margins, width, height } = doc.page;
    this.top = margins.top;
    this.bottom = height - margins.bottom;
    this.left = margins.left;
    this.width = width - margins.left - margins.right;
    this.y = this.top;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.top;
  }

  /** Turns the page unless `height` more points fit on this one. */
  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  gap(points: number): void {
    this.y += points;
  }

  /** A paragraph across the text column (or the given column); long ones continue on the next page. */
  text(text: string, style: TextStyle & { x?: number; width?: number } = {}): void {
    this.cells([{ ...style, text, x: style.x ?? this.left, width: style.width ?? this.width }], { keepTogether: false });
  }

  /** How tall a row of cells would be, to decide before drawing it whether the page must turn. */
  heightOf(cells: Cell[]): number {
    return Math.max(...this.layout(cells).map((block) => block.lines.length * block.lineHeight));
  }

  fits(height: number): boolean {
    return this.y + height <= this.bottom;
  }

  private layout(cells: Cell[]) {
    return cells.map((cell) => {
      const size = cell.size ?? 10;
      return { cell, size, lineHeight: size * LEADING, lines: layoutLines(this.doc, cell.text, { size, weight: cell.weight ?? "regular", width: cell.width }) };
    });
  }

  /**
   * Side-by-side blocks starting at the same height (a table row, the two
   * columns of the letterhead); the page moves on below the tallest.
   * A row is kept on one page; a lone paragraph may break between lines.
   */
  cells(cells: Cell[], { keepTogether = true }: { keepTogether?: boolean } = {}): void {
    const laid = this.layout(cells);
    if (keepTogether) this.ensure(Math.max(...laid.map((block) => block.lines.length * block.lineHeight)));
    const startY = this.y;
    let endY = startY;
    for (const { cell, size, lineHeight, lines } of laid) {
      let y = startY;
      this.doc.fillColor(cell.color ?? "#111827");
      for (const line of lines) {
        if (!keepTogether && y + lineHeight > this.bottom) {
          this.newPage();
          y = this.y;
          endY = y;
        }
        const offset = cell.align === "center" ? (cell.width - line.width) / 2 : cell.align === "right" ? cell.width - line.width : 0;
        drawLine(this.doc, line, cell.x + Math.max(0, offset), y, size);
        y += lineHeight;
      }
      endY = Math.max(endY, y);
    }
    this.y = endY;
  }

  /** A small line in the bottom margin of the current page (pdfkit's bottom margin is left alone: nothing wraps there). */
  footer(text: string): void {
    const [line] = layoutLines(this.doc, text, { size: 7.5, weight: "regular", width: this.width });
    this.doc.fillColor("#6b7280");
    drawLine(this.doc, line, this.left + this.width - line.width, this.bottom + 18, 7.5);
  }

  /** A thin horizontal rule, across the text column at the current height unless told otherwise. */
  rule({ x = this.left, width = this.width, y = this.y }: { x?: number; width?: number; y?: number } = {}): void {
    this.doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.6).strokeColor("#9ca3af").stroke();
  }
}
