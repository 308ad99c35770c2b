/**
 * The directory's CSV columns, one list for import and export: a file
 * exported here imports back unchanged, whichever language its header row
 * and its role and accreditation cells were written in.
 */
import { AccreditationStatus, PressContactRole } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";
import { searchKey } from "@/lib/text/slug";

export const CONTACT_CSV_COLUMNS = [
  { key: "latinName", required: true, personal: false, aliases: ["name", "full name", "ho ten", "ten"] },
  { key: "nativeName", required: false, personal: false, aliases: ["native script", "ten goc"] },
  { key: "nationality", required: true, personal: false, aliases: ["country", "quoc gia"] },
  { key: "role", required: true, personal: false, aliases: ["vai tro"] },
  { key: "outlet", required: false, personal: false, aliases: ["media outlet", "co quan bao chi", "bao"] },
  { key: "mission", required: false, personal: false, aliases: ["embassy", "co quan dai dien", "dai su quan"] },
  { key: "languages", required: false, personal: false, aliases: ["language", "ngon ngu"] },
  { key: "email", required: false, personal: true, aliases: ["e-mail", "thu dien tu"] },
  { key: "phone", required: false, personal: true, aliases: ["telephone", "tel", "so dien thoai", "dien thoai"] },
  { key: "accreditationStatus", required: false, personal: false, aliases: ["accreditation status", "the phong vien", "tinh trang the"] },
  { key: "accreditationExpiresOn", required: false, personal: false, aliases: ["accreditation expiry", "expires on", "het han"] },
  { key: "needs", required: false, personal: true, aliases: ["dietary needs", "accessibility needs", "nhu cau"] },
  { key: "notes", required: false, personal: false, aliases: ["note", "ghi chu"] },
] as const;

export type ContactCsvColumn = (typeof CONTACT_CSV_COLUMNS)[number];
export type ContactCsvColumnKey = ContactCsvColumn["key"];

/** "Họ tên (chữ Latinh)", "latinName" and "LATIN NAME" all become one comparable word. */
const headerKey = (header: string) => searchKey(header).replace(/[^a-z0-9]+/g, "");

/** Every spelling a header may take: the key, the CSV labels and the contact form's labels in both languages, the aliases. */
export const HEADER_SPELLINGS: readonly (readonly [string, ContactCsvColumnKey])[] = CONTACT_CSV_COLUMNS.flatMap((column) => {
  const spellings = [
    column.key,
    ...column.aliases,
    ...Object.values(MESSAGES).flatMap((messages) => [messages.contactsImport.columns[column.key], messages.contacts.fields[column.key]]),
  ];
  return spellings.map((spelling) => [headerKey(spelling), column.key] as const);
});
const HEADER_LOOKUP: ReadonlyMap<string, ContactCsvColumnKey> = new Map(HEADER_SPELLINGS);

export function columnForHeader(header: string): ContactCsvColumnKey | null {
  return HEADER_LOOKUP.get(headerKey(header)) ?? null;
}

export function columnLabel(locale: Locale, key: ContactCsvColumnKey): string {
  return MESSAGES[locale].contactsImport.columns[key];
}

/** The columns a person may read or write: email, phone and needs only with contact.personal. */
export function columnsFor({ canSeePersonal }: { canSeePersonal: boolean }): ContactCsvColumn[] {
  return CONTACT_CSV_COLUMNS.filter((column) => canSeePersonal || !column.personal);
}

/** An enum cell: its code ("PRESS_ATTACHE") or its label in either language, folded. */
function enumLookup<T extends string>(values: readonly T[], label: (locale: Locale, value: T) => string): (cell: string) => T | null {
  const lookup = new Map<string, T>();
  for (const value of values) {
    lookup.set(headerKey(value), value);
    for (const locale of Object.keys(MESSAGES) as Locale[]) lookup.set(headerKey(label(locale, value)), value);
  }
  return (cell) => lookup.get(headerKey(cell)) ?? null;
}

export const ROLE_VALUES = Object.values(PressContactRole);
export const ACCREDITATION_VALUES = Object.values(AccreditationStatus);

export const roleLabel = (locale: Locale, role: PressContactRole) => MESSAGES[locale].contacts.roles[role];
export const accreditationLabel = (locale: Locale, status: AccreditationStatus) => MESSAGES[locale].contacts.accreditation[status];

export const roleFromCell = enumLookup(ROLE_VALUES, roleLabel);
export const accreditationFromCell = enumLookup(ACCREDITATION_VALUES, accreditationLabel);

/** Languages as one cell, as the contact form takes them. */
export const languagesCell = (languages: readonly string[]) => languages.join(", ");

/**
 * Undoes the export's formula neutralising ("'+84 912…" back to "+84 912…"):
 * only an apostrophe before a character that a spreadsheet would have run.
 */
export const unneutralised = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r])/, "");
