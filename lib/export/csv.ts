/**
 * CSV files people open in a spreadsheet: UTF-8 with a byte-order mark (so
 * Excel reads Vietnamese diacritics right), CRLF line ends, every field quoted
 * when it needs to be.
 */
export type CsvCell = string | number | boolean | null | undefined;

const BOM = "\uFEFF";

/**
 * A cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR) is
 * prefixed with an apostrophe: a name typed by a stranger into an application
 * must not become `=HYPERLINK(…)` on a press officer's machine (CSV injection).
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  const text = typeof value === "string" ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return `${cells.map(csvField).join(",")}\r\n`;
}

/** The whole file: a header row, then one row per record. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = BOM + csvLine(header);
  for (const row of rows) out += csvLine(row);
  return out;
}

/** A download answer; the name is given both ASCII-safe and in UTF-8 (RFC 6266). */
export function attachmentHeaders(fileName: string, contentType: string): HeadersInit {
  const ascii = fileName.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\w.-]+/g, "_");
  return {
    "Content-Type": contentType,
    "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    "Cache-Control": "private, no-store",
    "X-Content-Type-Options": "nosniff",
  };
}

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8";
