/**
 * The directory, with the list's own filters, as a CSV or XLSX download.
 * Email, phone and needs are columns only for "contact.personal": for anyone
 * else they are absent from the file, not blanked. Rows are read in the
 * list's keyset order a page at a time, so 50,000 people never sit in memory
 * at once for a CSV (the XLSX writer takes its rows whole).
 */
import { z } from "zod";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { CSV_CONTENT_TYPE, csvLine, type CsvCell } from "@/lib/export/csv";
import { toXlsx, XLSX_CONTENT_TYPE } from "@/lib/export/xlsx";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDateFromDb, todayInVietnam } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { accreditationLabel, columnLabel, columnsFor, languagesCell, roleLabel, type ContactCsvColumn, type ContactCsvColumnKey } from "./csv-columns";
import { filterWhere } from "./queries";
import { contactListFiltersSchema, type ContactListFilters } from "./schemas";

const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** The directory's filters (no cursor: an export is every page) and the format. */
export const contactExportQuerySchema = z.strictObject(
  { ...contactListFiltersSchema.omit({ cursor: true }).shape, format: z.enum(["csv", "xlsx"], "validation.invalid") },
  strict,
);
export type ContactExportQuery = z.output<typeof contactExportQuerySchema>;

const EXPORT_PAGE = 1000;

const exportSelect = {
  id: true,
  latinName: true,
  nativeName: true,
  nationality: true,
  role: true,
  languages: true,
  accreditationStatus: true,
  accreditationExpiresOn: true,
  notes: true,
  outlet: { select: { name: true } },
  mission: { select: { name: true } },
} satisfies Prisma.PressContactSelect;
type ExportRow = Prisma.PressContactGetPayload<{ select: typeof exportSelect }> & { email?: string | null; phone?: string | null; needs?: string };

/** Pages of live contacts in the list's order (latin name, id), each page after the last row of the one before. */
async function* directoryPages(filters: ContactListFilters, canSeePersonal: boolean): AsyncGenerator<ExportRow[]> {
  const where = filterWhere(filters);
  let after: { latinName: string; id: string } | null = null;
  for (;;) {
    const rows: ExportRow[] = await db.pressContact.findMany({
      where: after ? { AND: [where, { OR: [{ latinName: { gt: after.latinName } }, { latinName: after.latinName, id: { gt: after.id } }] }] } : where,
      orderBy: [{ latinName: "asc" }, { id: "asc" }],
      take: EXPORT_PAGE,
      select: { ...exportSelect, ...(canSeePersonal ? { email: true, phone: true, needs: true } : {}) },
    });
    if (rows.length) yield rows;
    if (rows.length < EXPORT_PAGE) return;
    after = rows[rows.length - 1];
  }
}

function cell(locale: Locale, row: ExportRow, key: ContactCsvColumnKey): CsvCell {
  switch (key) {
    case "role":
      return roleLabel(locale, row.role);
    case "accreditationStatus":
      return accreditationLabel(locale, row.accreditationStatus);
    case "accreditationExpiresOn":
      return row.accreditationExpiresOn ? calendarDateFromDb(row.accreditationExpiresOn) : "";
    case "outlet":
      return row.outlet?.name ?? "";
    case "mission":
      return row.mission?.name ?? "";
    case "languages":
      return languagesCell(row.languages);
    default:
      return row[key] ?? "";
  }
}

const rowCells = (locale: Locale, columns: ContactCsvColumn[], row: ExportRow) => columns.map((column) => cell(locale, row, column.key));

export type ContactExport = { fileName: string; contentType: string; body: ReadableStream<Uint8Array> | Buffer };

export async function exportContacts({ actor, query, locale }: { actor: Actor; query: ContactExportQuery; locale: Locale }): Promise<ContactExport> {
  assertCan(actor, "contact.read");
  const canSeePersonal = can(actor, "contact.personal");
  const { format, ...filters } = query;
  const columns = columnsFor({ canSeePersonal });
  const header = columns.map((column) => columnLabel(locale, column.key));
  const name = `${MESSAGES[locale].contactsImport.fileName}-${todayInVietnam()}`;

  if (format === "xlsx") {
    const rows: CsvCell[][] = [];
    for await (const page of directoryPages(filters, canSeePersonal)) for (const row of page) rows.push(rowCells(locale, columns, row));
    const body = await toXlsx([{ name: MESSAGES[locale].contactsImport.sheetName, header, rows, widths: header.map((title) => Math.max(14, title.length + 4)) }]);
    return { fileName: `${name}.xlsx`, contentType: XLSX_CONTENT_TYPE, body };
  }

  const encoder = new TextEncoder();
  const pages = directoryPages(filters, canSeePersonal);
  // The byte-order mark makes spreadsheets read the diacritics as UTF-8.
  let started = false;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(`\uFEFF${csvLine(header)}`));
        return;
      }
      const next = await pages.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value.map((row) => csvLine(rowCells(locale, columns, row))).join("")));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
  return { fileName: `${name}.csv`, contentType: CSV_CONTENT_TYPE, body };
}

/** Headers only, in the person's language, for filling in by hand. */
export function contactImportTemplate(locale: Locale): { fileName: string; contentType: string; body: string } {
  const header = columnsFor({ canSeePersonal: true }).map((column) => columnLabel(locale, column.key));
  return { fileName: `${MESSAGES[locale].contactsImport.templateFileName}.csv`, contentType: CSV_CONTENT_TYPE, body: `\uFEFF${csvLine(header)}` };
}
