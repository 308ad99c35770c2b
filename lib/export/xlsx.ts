import ExcelJS from "exceljs";
import { neutraliseFormula, type CsvCell } from "./csv";

export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export type Sheet = {
  name: string;
  header: readonly string[];
  rows: Iterable<readonly CsvCell[]>;
  /** Column widths in characters; by default from the header. */
  widths?: readonly number[];
};

/**
 * A workbook of one or more sheets: a bold, frozen header row, filters on it,
 * text kept as text (a value that looks like a formula is neutralised, as in CSV).
 */
export async function toXlsx(sheets: readonly Sheet[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Newsroom";
  for (const sheet of sheets) {
    // Sheet names: at most 31 characters, none of : \ / ? * [ ].
    const worksheet = workbook.addWorksheet(sheet.name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
    worksheet.columns = sheet.header.map((title, index) => ({ header: title, width: sheet.widths?.[index] ?? Math.max(10, Math.min(50, title.length + 4)) }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of sheet.rows) worksheet.addRow(row.map((cell) => (typeof cell === "string" ? neutraliseFormula(cell) : (cell ?? null))));
    worksheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, sheet.header.length) } };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Reads a workbook back into rows of text, for tests and for checking a file before import. */
export async function readXlsx(data: ArrayBuffer | Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as ArrayBuffer);
  const result: Record<string, string[][]> = {};
  workbook.eachSheet((worksheet) => {
    const rows: string[][] = [];
    worksheet.eachRow({ includeEmpty: false }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map((value) => (value === null || value === undefined ? "" : String(value))));
    });
    result[worksheet.name] = rows;
  });
  return result;
}
