import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccreditationStatus, MissionKind, OutletKind, PressContactRole } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { searchKey } from "@/lib/text/slug";
import type { ContactListFilters } from "./schemas";

export const CONTACTS_PAGE_SIZE = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What anyone with "contact.read" sees of a person. */
export type ContactSummary = {
  id: string;
  latinName: string;
  nativeName: string;
  nationality: string;
  role: PressContactRole;
  outlet: { id: string; name: string } | null;
  mission: { id: string; name: string } | null;
  languages: string[];
  accreditationStatus: AccreditationStatus;
  accreditationExpiresOn: CalendarDate | null;
};

/**
 * Contact details and needs. The keys are absent (not blanked) for everyone
 * without "contact.personal": the data never leaves the server, so no client
 * code can unmask it.
 */
export type ContactPersonal = { email: string | null; phone: string | null; needs: string };

export type ContactListItem = ContactSummary & Partial<Pick<ContactPersonal, "email" | "phone">>;
export type ContactListPage = { items: ContactListItem[]; nextCursor: string | null };

export type ContactDetail = ContactSummary &
  Partial<ContactPersonal> & { notes: string; version: number; canManage: boolean; canSeePersonal: boolean };

const summarySelect = {
  id: true,
  latinName: true,
  nativeName: true,
  nationality: true,
  role: true,
  languages: true,
  accreditationStatus: true,
  accreditationExpiresOn: true,
  outlet: { select: { id: true, name: true } },
  mission: { select: { id: true, name: true } },
} satisfies Prisma.PressContactSelect;

type SummaryRow = Prisma.PressContactGetPayload<{ select: typeof summarySelect }>;

function toSummary(row: SummaryRow): ContactSummary {
  return { ...row, accreditationExpiresOn: row.accreditationExpiresOn ? calendarDateFromDb(row.accreditationExpiresOn) : null };
}

type Cursor = { latinName: string; id: string };

function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.latinName, row.id])).toString("base64url");
}

/** An unreadable or forged cursor means "first page", never an error. */
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [latinName, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    if (typeof latinName !== "string" || typeof id !== "string" || !UUID.test(id)) return null;
    return { latinName, id };
  } catch {
    return null;
  }
}

/** Folded search text: "Nguyễn" and "nguyen" ask the same question. LIKE wildcards are dropped. */
export function searchTerm(q: string | undefined): string {
  return q ? searchKey(q).replace(/[%_\\]/g, "").trim() : "";
}

/** Live contacts only: a merged duplicate has left the directory. */
export function filterWhere(filters: ContactListFilters): Prisma.PressContactWhereInput {
  const text = searchTerm(filters.q);
  return {
    mergedIntoId: null,
    role: filters.role,
    outletId: filters.outletId,
    missionId: filters.missionId,
    nationality: filters.nationality,
    accreditationStatus: filters.accreditationStatus,
    ...(text ? { searchText: { contains: text } } : {}),
  };
}

/**
 * By Latin name. The unfiltered list also sorts by `mergedIntoId` (null for
 * every row it shows): PostgreSQL does not treat `IS NULL` as fixing a column
 * for ordering, so without it the (merged_into_id, latin_name, id) index is
 * not used and every page sorts the whole directory. A filtered list keeps the
 * plain order, which its own (filter, latin_name, id) index or the trigram
 * index serves.
 */
export function directoryOrder(filters: ContactListFilters): Prisma.PressContactOrderByWithRelationInput[] {
  const isFiltered = Boolean(searchTerm(filters.q) || filters.role || filters.outletId || filters.missionId || filters.nationality || filters.accreditationStatus);
  return isFiltered ? [{ latinName: "asc" }, { id: "asc" }] : [{ mergedIntoId: "asc" }, { latinName: "asc" }, { id: "asc" }];
}

/** One page of the directory by Latin name, in the order of the (…, latin_name, id) indexes. */
export async function listContacts({ actor, filters }: { actor: Actor; filters: ContactListFilters }): Promise<ContactListPage> {
  assertCan(actor, "contact.read");
  const canSeePersonal = can(actor, "contact.personal");
  const cursor = decodeCursor(filters.cursor);
  const where = filterWhere(filters);
  const rows = await db.pressContact.findMany({
    where: cursor
      ? { AND: [where, { OR: [{ latinName: { gt: cursor.latinName } }, { latinName: cursor.latinName, id: { gt: cursor.id } }] }] }
      : where,
    orderBy: directoryOrder(filters),
    take: CONTACTS_PAGE_SIZE + 1,
    select: { ...summarySelect, email: canSeePersonal, phone: canSeePersonal },
  });
  const page = rows.slice(0, CONTACTS_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: page.map(({ email, phone, ...row }) => ({ ...toSummary(row), ...(canSeePersonal ? { email, phone } : {}) })),
    nextCursor: last && rows.length > CONTACTS_PAGE_SIZE ? encodeCursor(last) : null,
  };
}

/** A live contact; unknown, malformed and merged-away ids all answer 404. */
export async function getContactOrThrow({ actor, contactId }: { actor: Actor; contactId: string }): Promise<ContactDetail> {
  assertCan(actor, "contact.read");
  if (!UUID.test(contactId)) throw notFound();
  const canSeePersonal = can(actor, "contact.personal");
  const row = await db.pressContact.findFirst({
    where: { id: contactId, mergedIntoId: null },
    select: { ...summarySelect, notes: true, version: true, email: canSeePersonal, phone: canSeePersonal, needs: canSeePersonal },
  });
  if (!row) throw notFound();
  const { email, phone, needs, notes, version, ...summary } = row;
  return {
    ...toSummary(summary),
    ...(canSeePersonal ? { email, phone, needs } : {}),
    notes,
    version,
    canManage: can(actor, "contact.manage"),
    canSeePersonal,
  };
}

/** Where a merged id now lives, so an old link can be sent on; null when it is live or unknown. */
export async function mergedContactTarget({ actor, contactId }: { actor: Actor; contactId: string }): Promise<string | null> {
  assertCan(actor, "contact.read");
  if (!UUID.test(contactId)) return null;
  let id = contactId;
  // A chain of merges (A into B, then B into C) ends at the live record.
  for (let hop = 0; hop < 10; hop += 1) {
    const row = await db.pressContact.findUnique({ where: { id }, select: { mergedIntoId: true } });
    if (!row?.mergedIntoId) return id === contactId ? null : id;
    id = row.mergedIntoId;
  }
  return id;
}

export type OutletDto = { id: string; name: string; kind: OutletKind; country: string; languages: string[]; website: string | null; version: number };
export type MissionDto = { id: string; name: string; kind: MissionKind; country: string; city: string; version: number };

/** Outlets by name, optionally matching a folded search; small enough for a picker. */
export async function listOutlets({ actor, q }: { actor: Actor; q?: string }): Promise<OutletDto[]> {
  assertCan(actor, "contact.read");
  const text = searchTerm(q);
  return db.outlet.findMany({
    where: text ? { searchText: { contains: text } } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, kind: true, country: true, languages: true, website: true, version: true },
  });
}

export async function listMissions({ actor, q }: { actor: Actor; q?: string }): Promise<MissionDto[]> {
  assertCan(actor, "contact.read");
  const text = searchTerm(q);
  return db.foreignMission.findMany({
    where: text ? { searchText: { contains: text } } : {},
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true, kind: true, country: true, city: true, version: true },
  });
}
