import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDateToDb } from "@/lib/i18n/calendar-date";
import { searchKey } from "@/lib/text/slug";
import { findLikelyDuplicates } from "./duplicates";
import type {
  CreateContactInput,
  CreateMissionInput,
  CreateOutletInput,
  MergeContactsInput,
  UpdateContactInput,
  UpdateMissionInput,
  UpdateOutletInput,
} from "./schemas";

export type ContactChange = { id: string; version: number };

export const contactSearchText = (fields: { latinName: string; nativeName: string }) => searchKey(`${fields.latinName} ${fields.nativeName}`);

/** Only a reader of the directory learns that a contact exists: others get 404, as for a foreign id. */
function assertManages(actor: Actor): void {
  if (!can(actor, "contact.read")) throw notFound();
  assertCan(actor, "contact.manage");
}

/** Unknown outlet or mission ids are the form's mistake, not a crash on the foreign key. */
async function assertLinksExist(input: { outletId: string | null; missionId: string | null }): Promise<void> {
  const [outlet, mission] = await Promise.all([
    input.outletId ? db.outlet.findUnique({ where: { id: input.outletId }, select: { id: true } }) : true,
    input.missionId ? db.foreignMission.findUnique({ where: { id: input.missionId }, select: { id: true } }) : true,
  ]);
  if (!outlet) throw validationError({ outletId: ["contacts.unknownOutlet"] });
  if (!mission) throw validationError({ missionId: ["contacts.unknownMission"] });
}

/** The writable fields, named one by one: parsed input is never spread into `data`. */
export function contactData(input: Omit<CreateContactInput, "confirmDuplicate">) {
  return {
    latinName: input.latinName,
    nativeName: input.nativeName,
    nationality: input.nationality,
    role: input.role,
    outletId: input.outletId,
    missionId: input.missionId,
    languages: input.languages,
    email: input.email,
    phone: input.phone,
    accreditationStatus: input.accreditationStatus,
    accreditationExpiresOn: input.accreditationExpiresOn ? calendarDateToDb(input.accreditationExpiresOn) : null,
    needs: input.needs,
    notes: input.notes,
    searchText: contactSearchText(input),
  };
}

export async function createContact({ actor, input }: { actor: Actor; input: CreateContactInput }): Promise<ContactChange> {
  assertManages(actor);
  await assertLinksExist(input);
  if (!input.confirmDuplicate) {
    const duplicates = await findLikelyDuplicates(input);
    if (duplicates.length) {
      throw new AppError("VALIDATION", "contacts.duplicateFound", {
        params: { names: duplicates.map((duplicate) => duplicate.latinName).join(", ") },
        fieldErrors: { latinName: ["contacts.likelyDuplicate"] },
        details: { duplicates },
      });
    }
  }
  const { confirmDuplicate: _confirmed, ...fields } = input;
  return db.pressContact.create({ data: { ...contactData(fields), createdById: actor.id }, select: { id: true, version: true } });
}

/** A zero-row compare-and-set: the contact is gone or merged away (404), or someone saved first (409). */
async function staleOrMissing(contactId: string): Promise<AppError> {
  const live = await db.pressContact.findFirst({ where: { id: contactId, mergedIntoId: null }, select: { id: true } });
  return live ? new AppError("CONFLICT", "contacts.conflict") : notFound();
}

export async function updateContact({ actor, input }: { actor: Actor; input: UpdateContactInput }): Promise<ContactChange> {
  assertManages(actor);
  await assertLinksExist(input);
  const { contactId, version, ...fields } = input;
  const { count } = await db.pressContact.updateMany({
    where: { id: contactId, version, mergedIntoId: null },
    data: { ...contactData(fields), version: { increment: 1 } },
  });
  if (count === 0) throw await staleOrMissing(contactId);
  return { id: contactId, version: version + 1 };
}

type Tx = Prisma.TransactionClient;

/**
 * Every link that points at a contact, moved from the merged record to the kept
 * one inside the merge's transaction. A new table that references contacts
 * (trip participants, delegation members…) adds its one line here.
 */
const CONTACT_LINK_MOVES: readonly ((tx: Tx, from: string, to: string) => Promise<unknown>)[] = [
  // Records merged earlier into the one now merged follow it to the kept record.
  (tx, from, to) => tx.pressContact.updateMany({ where: { mergedIntoId: from }, data: { mergedIntoId: to } }),
  // On a trip both records were on, the kept record's participation (and its answer) stays.
  (tx, from, to) => tx.$executeRaw`
    DELETE FROM trip_participant AS merged USING trip_participant AS kept
    WHERE merged.contact_id = ${from}::uuid AND kept.contact_id = ${to}::uuid AND kept.trip_id = merged.trip_id`,
  (tx, from, to) => tx.tripParticipant.updateMany({ where: { contactId: from }, data: { contactId: to } }),
  (tx, from, to) => tx.$executeRaw`
    DELETE FROM trip_escort AS merged USING trip_escort AS kept
    WHERE merged.contact_id = ${from}::uuid AND kept.contact_id = ${to}::uuid AND kept.trip_id = merged.trip_id`,
  (tx, from, to) => tx.tripEscort.updateMany({ where: { contactId: from }, data: { contactId: to } }),
  (tx, from, to) => tx.$executeRaw`
    DELETE FROM itinerary_attendee AS merged USING itinerary_attendee AS kept
    WHERE merged.contact_id = ${from}::uuid AND kept.contact_id = ${to}::uuid AND kept.item_id = merged.item_id`,
  (tx, from, to) => tx.itineraryAttendee.updateMany({ where: { contactId: from }, data: { contactId: to } }),
  (tx, from, to) => tx.delegationMember.updateMany({ where: { contactId: from }, data: { contactId: to } }),
  (tx, from, to) => tx.$executeRaw`
    DELETE FROM delegation_escort AS merged USING delegation_escort AS kept
    WHERE merged.contact_id = ${from}::uuid AND kept.contact_id = ${to}::uuid AND kept.delegation_id = merged.delegation_id`,
  (tx, from, to) => tx.delegationEscort.updateMany({ where: { contactId: from }, data: { contactId: to } }),
];

const FILLABLE = { nativeName: true, outletId: true, missionId: true, languages: true, email: true, phone: true, accreditationStatus: true, accreditationExpiresOn: true, needs: true, notes: true } as const;
type Fillable = Prisma.PressContactGetPayload<{ select: typeof FILLABLE }>;

const isEmpty = (value: unknown) => value === null || value === "" || (Array.isArray(value) && value.length === 0);

/** The kept record's empty fields, filled from the merged one; what the kept record has wins. */
function filledFields(keep: Fillable, merged: Fillable): Prisma.PressContactUncheckedUpdateManyInput {
  const data: Prisma.PressContactUncheckedUpdateManyInput = {};
  if (isEmpty(keep.nativeName) && !isEmpty(merged.nativeName)) data.nativeName = merged.nativeName;
  if (isEmpty(keep.outletId) && !isEmpty(merged.outletId)) data.outletId = merged.outletId;
  if (isEmpty(keep.missionId) && !isEmpty(merged.missionId)) data.missionId = merged.missionId;
  if (isEmpty(keep.languages) && !isEmpty(merged.languages)) data.languages = merged.languages;
  if (isEmpty(keep.email) && !isEmpty(merged.email)) data.email = merged.email;
  if (isEmpty(keep.phone) && !isEmpty(merged.phone)) data.phone = merged.phone;
  if (isEmpty(keep.needs) && !isEmpty(merged.needs)) data.needs = merged.needs;
  if (isEmpty(keep.notes) && !isEmpty(merged.notes)) data.notes = merged.notes;
  // Status and expiry travel together: an expiry date without its status would mean nothing.
  if (keep.accreditationStatus === "NONE" && merged.accreditationStatus !== "NONE") {
    data.accreditationStatus = merged.accreditationStatus;
    data.accreditationExpiresOn = merged.accreditationExpiresOn;
  }
  return data;
}

/**
 * Folds a duplicate into the record that stays, in one transaction: the
 * duplicate gets `mergedIntoId` and leaves lists and search, every link moves
 * to the kept record, and the kept record's empty fields are filled from the
 * duplicate. `version` is the kept record's as the person saw it: a record
 * changed or merged since then refuses the merge (409).
 */
export async function mergeContacts({ actor, keepId, mergeId, version }: { actor: Actor } & MergeContactsInput): Promise<ContactChange> {
  assertManages(actor);
  if (keepId === mergeId) throw validationError({ mergeId: ["contacts.mergeSelf"] });
  const [keepLive, mergeLive] = await Promise.all([
    db.pressContact.findFirst({ where: { id: keepId, mergedIntoId: null }, select: { id: true } }),
    db.pressContact.findFirst({ where: { id: mergeId, mergedIntoId: null }, select: { id: true } }),
  ]);
  if (!keepLive || !mergeLive) {
    const exist = await db.pressContact.count({ where: { id: { in: [keepId, mergeId] } } });
    throw exist === 2 ? new AppError("CONFLICT", "contacts.alreadyMerged") : notFound();
  }
  return db.$transaction(async (tx) => {
    // Marking the duplicate first locks its row: a concurrent merge or edit of it waits, then finds it merged.
    const marked = await tx.pressContact.updateMany({ where: { id: mergeId, mergedIntoId: null }, data: { mergedIntoId: keepId, version: { increment: 1 } } });
    if (marked.count === 0) throw new AppError("CONFLICT", "contacts.alreadyMerged");
    const [keep, merged] = await Promise.all([
      tx.pressContact.findUniqueOrThrow({ where: { id: keepId }, select: { ...FILLABLE, latinName: true } }),
      tx.pressContact.findUniqueOrThrow({ where: { id: mergeId }, select: FILLABLE }),
    ]);
    const data = filledFields(keep, merged);
    const nativeName = typeof data.nativeName === "string" ? data.nativeName : keep.nativeName;
    const updated = await tx.pressContact.updateMany({
      where: { id: keepId, version, mergedIntoId: null },
      data: { ...data, searchText: contactSearchText({ latinName: keep.latinName, nativeName }), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "contacts.conflict");
    for (const move of CONTACT_LINK_MOVES) await move(tx, mergeId, keepId);
    return { id: keepId, version: version + 1 };
  });
}

export async function createOutlet({ actor, input }: { actor: Actor; input: CreateOutletInput }): Promise<ContactChange> {
  assertManages(actor);
  return db.outlet.create({
    data: { name: input.name, kind: input.kind, country: input.country, languages: input.languages, website: input.website, searchText: searchKey(input.name) },
    select: { id: true, version: true },
  });
}

export async function updateOutlet({ actor, input }: { actor: Actor; input: UpdateOutletInput }): Promise<ContactChange> {
  assertManages(actor);
  const { count } = await db.outlet.updateMany({
    where: { id: input.outletId, version: input.version },
    data: {
      name: input.name,
      kind: input.kind,
      country: input.country,
      languages: input.languages,
      website: input.website,
      searchText: searchKey(input.name),
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const exists = await db.outlet.findUnique({ where: { id: input.outletId }, select: { id: true } });
    throw exists ? new AppError("CONFLICT", "contacts.conflict") : notFound();
  }
  return { id: input.outletId, version: input.version + 1 };
}

export async function createMission({ actor, input }: { actor: Actor; input: CreateMissionInput }): Promise<ContactChange> {
  assertManages(actor);
  return db.foreignMission.create({
    data: { name: input.name, kind: input.kind, country: input.country, city: input.city, searchText: searchKey(`${input.name} ${input.city}`) },
    select: { id: true, version: true },
  });
}

export async function updateMission({ actor, input }: { actor: Actor; input: UpdateMissionInput }): Promise<ContactChange> {
  assertManages(actor);
  const { count } = await db.foreignMission.updateMany({
    where: { id: input.missionId, version: input.version },
    data: {
      name: input.name,
      kind: input.kind,
      country: input.country,
      city: input.city,
      searchText: searchKey(`${input.name} ${input.city}`),
      version: { increment: 1 },
    },
  });
  if (count === 0) {
    const exists = await db.foreignMission.findUnique({ where: { id: input.missionId }, select: { id: true } });
    throw exists ? new AppError("CONFLICT", "contacts.conflict") : notFound();
  }
  return { id: input.missionId, version: input.version + 1 };
}
