/**
 * A CSV file of people into the directory. The whole file is checked first,
 * every row against the contact form's own rules plus outlet and mission by
 * name and likely duplicates; then, in one transaction, either every row is
 * written ("all": any error writes nothing) or only the valid ones ("valid",
 * the rest reported). "preview" writes nothing.
 *
 * A likely duplicate (of someone in the directory or of an earlier row) is a
 * row error, never a warning to click through: the import cannot confirm a
 * person one by one, the "New contact" form can.
 */
import { setImmediate as nextTurn } from "node:timers/promises";
import { CsvError, parse } from "csv-parse/sync";
import { assertCan, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarDateFromDb } from "@/lib/i18n/calendar-date";
import type { MessageKey, MessageParams } from "@/lib/i18n/translator";
import { searchKey } from "@/lib/text/slug";
import { contactData } from "./mutations";
import { createContactSchema, type CreateContactInput } from "./schemas";
import {
  ACCREDITATION_VALUES,
  accreditationFromCell,
  CONTACT_CSV_COLUMNS,
  columnForHeader,
  ROLE_VALUES,
  roleFromCell,
  unneutralised,
  type ContactCsvColumnKey,
} from "./csv-columns";
import { directoryDuplicates, duplicateKeys } from "./csv-duplicates";

export const CSV_IMPORT_LIMITS = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000, previewRows: 20 } as const;
const WRITE_BATCH = 1000;
const PROGRESS_EVERY = 500;

export const IMPORT_MODES = ["preview", "all", "valid"] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export type ImportProgress = { phase: "parsing" | "validating" | "writing"; done: number; total: number };

/** `header` is the column's title as the file spells it, so the person finds it in their spreadsheet. */
export type ImportRowError = { line: number; column: ContactCsvColumnKey | null; header: string | null; message: MessageKey; params?: MessageParams };
export type ImportPreviewRow = { line: number; cells: Partial<Record<ContactCsvColumnKey, string>>; hasErrors: boolean };
export type ContactImportReport = {
  mode: ImportMode;
  columns: ContactCsvColumnKey[];
  total: number;
  valid: number;
  imported: number;
  skipped: number;
  skippedLines: number[];
  errors: ImportRowError[];
  preview: ImportPreviewRow[];
};

type RowInput = Omit<CreateContactInput, "confirmDuplicate">;
const rowSchema = createContactSchema.omit({ confirmDuplicate: true });

const fileError = (message: MessageKey, params?: MessageParams) => new AppError("VALIDATION", message, { params });

/** Importing writes people with their contact details: for those who keep the directory and read personal data. */
export function assertMayImportContacts(actor: Actor): void {
  assertCan(actor, "contact.manage");
  assertCan(actor, "contact.personal");
}

/** UTF-8 only: a Windows-1258 file would import "Nguy?n" without a word of warning. A leading BOM is dropped. */
function checkedUtf8(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength > CSV_IMPORT_LIMITS.maxBytes) throw fileError("contactsImport.errors.fileTooLarge", { max: CSV_IMPORT_LIMITS.maxBytes / 1024 / 1024 });
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileError("contactsImport.errors.notUtf8");
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return hasBom ? bytes.subarray(3) : bytes;
}

/** Comma, or semicolon as spreadsheets write it where the comma is the decimal mark: whichever the header row uses more, outside quotes. */
export function detectDelimiter(text: string): "," | ";" {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text.slice(0, 64 * 1024)) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char === ",") commas += 1;
    else if (!quoted && char === ";") semicolons += 1;
  }
  return semicolons > commas ? ";" : ",";
}

type CsvRecord = { line: number; cells: string[] };

class TooManyRows extends Error {}

/**
 * The file's records, each with the line it starts on (counted here: the
 * parser counts a CRLF inside quotes as two). Parsing stops at the first
 * record past the limit, before anything after it is read.
 */
function readRecords(bytes: Uint8Array): CsvRecord[] {
  const records: CsvRecord[] = [];
  let position = 0;
  let line = 1;
  const advance = (to: number) => {
    for (; position < to; position += 1) {
      if (bytes[position] === 0x0a || (bytes[position] === 0x0d && bytes[position + 1] !== 0x0a)) line += 1;
    }
  };
  const startOfNext = () => {
    while (position < bytes.length && (bytes[position] === 0x0a || bytes[position] === 0x0d)) advance(position + 1);
    return line;
  };
  try {
    parse(bytes, {
      delimiter: detectDelimiter(new TextDecoder().decode(bytes.subarray(0, 64 * 1024))),
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (cells: string[], info: { bytes: number }) => {
        records.push({ line: startOfNext(), cells });
        advance(info.bytes);
        // The header row plus the limit: one record more is refused.
        if (records.length > CSV_IMPORT_LIMITS.maxRows + 1) throw new TooManyRows();
        return null;
      },
    });
  } catch (error) {
    if (error instanceof TooManyRows) throw fileError("contactsImport.errors.tooManyRows", { max: CSV_IMPORT_LIMITS.maxRows });
    if (error instanceof CsvError) throw unreadable(error, records[0]?.cells ?? [], startOfNext());
    throw error;
  }
  return records;
}

function unreadable(error: CsvError, header: string[], line: number): AppError {
  if (error.code === "CSV_QUOTE_NOT_CLOSED") {
    const index = typeof error.index === "number" ? error.index : 0;
    return fileError("contactsImport.errors.unclosedQuote", { line, column: header[index] ?? String(index + 1) });
  }
  return fileError("contactsImport.errors.unreadable", { line });
}

type Header = { index: number; key: ContactCsvColumnKey; title: string }[];

/** Blank header cells (a spreadsheet's trailing empty columns) are ignored; anything unknown stops the import. */
function readHeader(cells: string[]): Header {
  const header: Header = [];
  const unknown: string[] = [];
  cells.forEach((raw, index) => {
    const title = raw.trim();
    if (!title) return;
    const key = columnForHeader(title);
    if (!key) unknown.push(title);
    else if (header.some((column) => column.key === key)) throw fileError("contactsImport.errors.duplicateColumn", { column: title });
    else header.push({ index, key, title });
  });
  const expected = CONTACT_CSV_COLUMNS.map((column) => column.key).join(", ");
  if (unknown.length) throw fileError("contactsImport.errors.unknownColumns", { columns: unknown.join(", "), expected });
  const missing = CONTACT_CSV_COLUMNS.filter((column) => column.required && !header.some((found) => found.key === column.key));
  if (missing.length) throw fileError("contactsImport.errors.missingColumns", { columns: missing.map((column) => column.key).join(", ") });
  return header;
}

type Lookup = Map<string, string[]>;
async function nameLookups(): Promise<{ outlets: Lookup; missions: Lookup }> {
  const group = (rows: { id: string; name: string }[]) => {
    const lookup: Lookup = new Map();
    for (const row of rows) lookup.set(searchKey(row.name), [...(lookup.get(searchKey(row.name)) ?? []), row.id]);
    return lookup;
  };
  const [outlets, missions] = await Promise.all([db.outlet.findMany({ select: { id: true, name: true } }), db.foreignMission.findMany({ select: { id: true, name: true } })]);
  return { outlets: group(outlets), missions: group(missions) };
}

const FIELD_COLUMN: Record<string, ContactCsvColumnKey> = { outletId: "outlet", missionId: "mission" };

type CheckedRow = { line: number; cells: Partial<Record<ContactCsvColumnKey, string>>; input: RowInput | null; errors: ImportRowError[] };

/** One row against the contact form's rules, with outlet and mission found by name. */
function checkRow(record: CsvRecord, header: Header, width: number, lookups: { outlets: Lookup; missions: Lookup }): CheckedRow {
  const cells: Partial<Record<ContactCsvColumnKey, string>> = {};
  for (const column of header) cells[column.key] = unneutralised((record.cells[column.index] ?? "").trim());
  const errors: ImportRowError[] = [];
  const titleOf = (key: ContactCsvColumnKey | null) => header.find((column) => column.key === key)?.title ?? null;
  const fail = (column: ContactCsvColumnKey | null, message: MessageKey, params?: MessageParams) =>
    errors.push({ line: record.line, column, header: titleOf(column), message, ...(params ? { params } : {}) });

  const extra = record.cells.slice(width).some((cell) => cell.trim() !== "");
  if (record.cells.length < width || extra) fail(null, "contactsImport.errors.fieldCount", { found: record.cells.length, expected: width });

  const role = cells.role ? roleFromCell(cells.role) : null;
  if (!cells.role) fail("role", "validation.required");
  else if (!role) fail("role", "contactsImport.errors.unknownRole", { value: cells.role, expected: ROLE_VALUES.join(", ") });
  const accreditation = cells.accreditationStatus ? accreditationFromCell(cells.accreditationStatus) : "NONE";
  if (!accreditation) fail("accreditationStatus", "contactsImport.errors.unknownAccreditation", { value: cells.accreditationStatus ?? "", expected: ACCREDITATION_VALUES.join(", ") });
  const linked = (column: "outlet" | "mission", lookup: Lookup): string | null => {
    const name = cells[column];
    if (!name) return null;
    const ids = lookup.get(searchKey(name)) ?? [];
    if (ids.length === 1) return ids[0];
    fail(column, `contactsImport.errors.${ids.length ? "ambiguous" : "unknown"}${column === "outlet" ? "Outlet" : "Mission"}`, { value: name });
    return null;
  };
  const outletId = linked("outlet", lookups.outlets);
  const missionId = linked("mission", lookups.missions);

  const parsed = rowSchema.safeParse({
    latinName: cells.latinName ?? "",
    nativeName: cells.nativeName ?? "",
    nationality: cells.nationality ?? "",
    role: role ?? "REPORTER",
    outletId,
    missionId,
    languages: cells.languages ?? "",
    email: cells.email ?? "",
    phone: cells.phone ?? "",
    accreditationStatus: accreditation ?? "NONE",
    accreditationExpiresOn: cells.accreditationExpiresOn ?? "",
    needs: cells.needs ?? "",
    notes: cells.notes ?? "",
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "");
      fail(FIELD_COLUMN[field] ?? ((CONTACT_CSV_COLUMNS.find((column) => column.key === field)?.key ?? null) as ContactCsvColumnKey | null), issue.message as MessageKey);
    }
  }
  return { line: record.line, cells, input: errors.length === 0 && parsed.success ? parsed.data : null, errors };
}

/** Rows that are likely the same person as someone in the directory or as an earlier valid row become row errors. */
async function markDuplicates(rows: CheckedRow[]): Promise<void> {
  const known = await directoryDuplicates(rows.flatMap((row) => (row.input ? [row.input] : [])));
  const seenEmails = new Map<string, number>();
  const seenNames = new Map<string, number>();
  for (const row of rows) {
    if (!row.input) continue;
    const { email, names } = duplicateKeys(row.input);
    const fail = (column: ContactCsvColumnKey, message: MessageKey, params: MessageParams) => {
      row.errors.push({ line: row.line, column, header: null, message, params });
      row.input = null;
    };
    const knownByEmail = email ? known.byEmail.get(email) : undefined;
    const knownByName = names.map((key) => known.byName.get(key)).find(Boolean);
    const earlierByEmail = email ? seenEmails.get(email) : undefined;
    const earlierByName = names.map((key) => seenNames.get(key)).find((line) => line !== undefined);
    if (knownByEmail) fail("email", "contactsImport.errors.duplicateOfContact", { name: knownByEmail });
    else if (knownByName) fail("latinName", "contactsImport.errors.duplicateOfContact", { name: knownByName });
    else if (earlierByEmail !== undefined) fail("email", "contactsImport.errors.duplicateInFile", { line: earlierByEmail });
    else if (earlierByName !== undefined) fail("latinName", "contactsImport.errors.duplicateInFile", { line: earlierByName });
    else {
      if (email) seenEmails.set(email, row.line);
      for (const key of names) seenNames.set(key, row.line);
    }
  }
}

export async function importContacts({
  actor,
  file,
  mode,
  onProgress = () => {},
}: {
  actor: Actor;
  file: Uint8Array;
  mode: ImportMode;
  onProgress?: (progress: ImportProgress) => void;
}): Promise<ContactImportReport> {
  assertMayImportContacts(actor);
  onProgress({ phase: "parsing", done: 0, total: file.byteLength });
  const records = readRecords(checkedUtf8(file));
  onProgress({ phase: "parsing", done: file.byteLength, total: file.byteLength });
  await nextTurn();
  const headerRecord = records.shift();
  if (!headerRecord) throw fileError("contactsImport.errors.noHeader");
  const header = readHeader(headerRecord.cells);
  // Rows of nothing but separators (";;;;") are a spreadsheet's leftovers, not people.
  const dataRecords = records.filter((record) => record.cells.some((cell) => cell.trim() !== ""));
  if (!dataRecords.length) throw fileError("contactsImport.errors.noRows");

  const lookups = await nameLookups();
  const rows: CheckedRow[] = [];
  onProgress({ phase: "validating", done: 0, total: dataRecords.length });
  for (const record of dataRecords) {
    rows.push(checkRow(record, header, headerRecord.cells.length, lookups));
    if (rows.length % PROGRESS_EVERY === 0) {
      onProgress({ phase: "validating", done: rows.length, total: dataRecords.length });
      await nextTurn();
    }
  }
  await markDuplicates(rows);
  onProgress({ phase: "validating", done: rows.length, total: dataRecords.length });

  const valid = rows.flatMap((row) => (row.input ? [row.input] : []));
  const invalidLines = rows.filter((row) => !row.input).map((row) => row.line);
  const writes = mode === "valid" || (mode === "all" && invalidLines.length === 0) ? valid : [];
  if (writes.length) await writeContacts(actor, writes, onProgress);

  const columnKeys = header.map((column) => column.key);
  const titles = new Map(header.map((column) => [column.key, column.title]));
  return {
    mode,
    columns: columnKeys,
    total: rows.length,
    valid: valid.length,
    imported: writes.length,
    skipped: mode === "preview" ? 0 : rows.length - writes.length,
    skippedLines: mode === "preview" ? [] : writes.length ? invalidLines : rows.map((row) => row.line),
    errors: rows.flatMap((row) => row.errors.map((error) => ({ ...error, header: error.header ?? (error.column ? (titles.get(error.column) ?? null) : null) }))),
    preview: rows.slice(0, CSV_IMPORT_LIMITS.previewRows).map((row) => ({ line: row.line, cells: row.cells, hasErrors: row.errors.length > 0 })),
  };
}

type ContactRow = ReturnType<typeof contactData>;

/**
 * A batch of contacts in one INSERT … SELECT FROM unnest(…): one parameter per
 * column instead of one per cell, about ten times faster than createMany for
 * a thousand rows. Languages travel comma-joined (ISO codes hold no commas)
 * because unnest cannot take a jagged array of arrays.
 */
function insertContacts(tx: Tx, createdById: string, rows: ContactRow[]) {
  const column = <K extends keyof ContactRow>(key: K) => rows.map((row) => row[key]);
  return tx.$executeRaw`
    INSERT INTO press_contact (id, latin_name, native_name, nationality, role, outlet_id, mission_id, languages, email, phone,
      accreditation_status, accreditation_expires_on, needs, notes, search_text, created_by_id, created_at, updated_at)
    SELECT gen_random_uuid(), r.latin_name, r.native_name, r.nationality, r.role::"PressContactRole", r.outlet_id::uuid, r.mission_id::uuid,
      CASE WHEN r.languages = '' THEN ARRAY[]::text[] ELSE string_to_array(r.languages, ',') END, r.email, r.phone,
      r.accreditation_status::"AccreditationStatus", r.accreditation_expires_on::date, r.needs, r.notes, r.search_text, ${createdById}::uuid, now(), now()
    FROM unnest(
      ${column("latinName")}::text[], ${column("nativeName")}::text[], ${column("nationality")}::text[], ${column("role")}::text[],
      ${column("outletId")}::text[], ${column("missionId")}::text[], ${rows.map((row) => row.languages.join(","))}::text[],
      ${column("email")}::text[], ${column("phone")}::text[], ${column("accreditationStatus")}::text[],
      ${rows.map((row) => (row.accreditationExpiresOn ? calendarDateFromDb(row.accreditationExpiresOn) : null))}::text[],
      ${column("needs")}::text[], ${column("notes")}::text[], ${column("searchText")}::text[]
    ) AS r(latin_name, native_name, nationality, role, outlet_id, mission_id, languages, email, phone,
      accreditation_status, accreditation_expires_on, needs, notes, search_text)`;
}

/** One transaction, batched inserts: a failure halfway (a deleted outlet, a lost connection) leaves nobody written. */
async function writeContacts(actor: Actor, inputs: RowInput[], onProgress: (progress: ImportProgress) => void): Promise<void> {
  onProgress({ phase: "writing", done: 0, total: inputs.length });
  await db.$transaction(
    async (tx) => {
      for (let start = 0; start < inputs.length; start += WRITE_BATCH) {
        const batch = inputs.slice(start, start + WRITE_BATCH);
        await insertContacts(tx, actor.id, batch.map((input) => contactData(input)));
        onProgress({ phase: "writing", done: Math.min(inputs.length, start + batch.length), total: inputs.length });
        await nextTurn();
      }
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}
