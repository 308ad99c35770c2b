/**
 * Reading and replacing a program in the database, for any owner. A trip's
 * program is its items with `tripId` set, a delegation's those with
 * `delegationId` (the table keeps exactly one owner per item). Who attends is
 * owner-specific: a trip's guests are directory people (ItineraryAttendee), a
 * delegation's are its members (ItineraryMemberAttendee), who need not be in
 * the directory; items carry either kind of id as their attendee ids.
 */
import { randomUUID } from "node:crypto";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { calendarDateFromDb, calendarDateToDb } from "@/lib/i18n/calendar-date";
import { compareText } from "@/lib/i18n/format";
import type { ProgramItem } from "./program";
import type { ItineraryItemInput } from "./schemas";

export type ProgramOwner = { tripId: string } | { delegationId: string };

export const PROGRAM_ITEM_SELECT = {
  id: true,
  tripId: true,
  delegationId: true,
  day: true,
  startMinute: true,
  endMinute: true,
  activity: true,
  place: true,
  host: true,
  transport: true,
  notes: true,
  forSubset: true,
  attendees: { select: { contactId: true, contact: { select: { latinName: true } } } },
  memberAttendees: { select: { memberId: true, member: { select: { passportName: true } } } },
} satisfies Prisma.ItineraryItemSelect;

export const PROGRAM_ORDER = [{ day: "asc" }, { position: "asc" }, { startMinute: "asc" }] satisfies Prisma.ItineraryItemOrderByWithRelationInput[];

type ItemRow = Prisma.ItineraryItemGetPayload<{ select: typeof PROGRAM_ITEM_SELECT }>;

/** A trip's attendees named in the directory's Latin script, a delegation's members as in their passports. */
function attendeesOf(row: ItemRow): ProgramItem["attendees"] {
  const people = row.delegationId
    ? row.memberAttendees.map((attendee) => ({ contactId: attendee.memberId, name: attendee.member.passportName }))
    : row.attendees.map((attendee) => ({ contactId: attendee.contactId, name: attendee.contact.latinName }));
  return people.sort((a, b) => compareText("vi", a.name, b.name));
}

/** Attendees in Vietnamese alphabetical order. */
export function toProgramItem(row: ItemRow): ProgramItem {
  return {
    id: row.id,
    day: calendarDateFromDb(row.day),
    startMinute: row.startMinute,
    endMinute: row.endMinute,
    activity: row.activity,
    place: row.place,
    host: row.host,
    transport: row.transport,
    notes: row.notes,
    forSubset: row.forSubset,
    attendees: attendeesOf(row),
  };
}

export type ProgramReplacement = { itemIds: string[]; added: number; kept: number; removed: number };

/**
 * Deletes the owner's items and inserts the posted ones, positions counted per
 * day in the posted order. A posted id is kept only when it is one of this
 * owner's items (so its calendar UID stays the same across saves); any other
 * id is ignored and the item gets a new one, so no one can reach another
 * program's rows by naming them. Runs inside the caller's transaction.
 */
export async function replaceProgramItems(tx: Tx, owner: ProgramOwner, items: readonly ItineraryItemInput[]): Promise<ProgramReplacement> {
  const existing = new Set((await tx.itineraryItem.findMany({ where: owner, select: { id: true } })).map((row) => row.id));
  const itemIds = items.map((item) => (item.id && existing.has(item.id) ? item.id : randomUUID()));
  const kept = itemIds.filter((id) => existing.has(id)).length;
  const positions = new Map<string, number>();
  const rows = items.map((item, index) => {
    const position = positions.get(item.day) ?? 0;
    positions.set(item.day, position + 1);
    return {
      id: itemIds[index],
      ...owner,
      day: calendarDateToDb(item.day),
      startMinute: item.startMinute,
      endMinute: item.endMinute,
      position,
      activity: item.activity,
      place: item.place,
      host: item.host,
      transport: item.transport,
      notes: item.notes,
      forSubset: item.forSubset,
    };
  });
  await tx.itineraryItem.deleteMany({ where: owner });
  if (rows.length) await tx.itineraryItem.createMany({ data: rows });
  const attendeeIds = items.flatMap((item, index) => (item.forSubset ? item.attendeeContactIds.map((id) => ({ itemId: itemIds[index], id })) : []));
  if (attendeeIds.length && "delegationId" in owner) {
    await tx.itineraryMemberAttendee.createMany({ data: attendeeIds.map(({ itemId, id }) => ({ itemId, memberId: id })) });
  } else if (attendeeIds.length) {
    await tx.itineraryAttendee.createMany({ data: attendeeIds.map(({ itemId, id }) => ({ itemId, contactId: id })) });
  }
  return { itemIds, added: items.length - kept, kept, removed: existing.size - kept };
}

/**
 * Someone who declined or was taken off the guest list no longer attends any
 * item of the owner's program; called in the transaction that changes their
 * answer, so the program never names a person who is not coming (a later save
 * would be refused for it).
 */
export function removeProgramAttendee(tx: Tx, owner: { tripId: string }, contactId: string) {
  return tx.itineraryAttendee.deleteMany({ where: { contactId, item: { tripId: owner.tripId } } });
}
