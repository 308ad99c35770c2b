/**
 * The program of an approved journalist delegation: the shared program rules
 * applied to the delegation's stay, its members and its status. Only press
 * officers and admins ("delegation.review") see or change it.
 */
import { can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { calendarDaysBetween } from "@/lib/i18n/calendar-date";
import type { MessageKey } from "@/lib/i18n/translator";
import { assertManagesDelegation, getDelegationScopeOrThrow, lockDelegation, type DelegationScope } from "@/lib/delegations/access";
import { findProgramConflicts, type ProgramConflict } from "@/lib/delegations/program-conflicts";
import { PROGRAM_STATUSES } from "@/lib/delegations/workflow";
import { groupByDay, type ProgramDay, type ProgramItem } from "./program";
import { PROGRAM_ITEM_SELECT, PROGRAM_ORDER, replaceProgramItems, toProgramItem } from "./program-store";
import { findOverlaps, type OverlapWarning } from "./rules";
import type { SaveDelegationProgramInput } from "./schemas";
import { toTimedItem } from "./trip-itinerary";

/** A member who may be put on an item, named as in the passport. */
export type ProgramMember = { contactId: string; name: string };

export type DelegationProgram = {
  delegation: DelegationScope;
  days: ProgramDay<ProgramItem>[];
  items: ProgramItem[];
  members: ProgramMember[];
  warnings: OverlapWarning[];
  conflicts: ProgramConflict[];
  canEdit: boolean;
};

export async function listDelegationMembers(delegationId: string): Promise<ProgramMember[]> {
  const rows = await db.delegationMember.findMany({ where: { delegationId }, select: { id: true, passportName: true }, orderBy: [{ position: "asc" }, { createdAt: "asc" }] });
  return rows.map((row) => ({ contactId: row.id, name: row.passportName }));
}

export async function listDelegationProgramItems(delegationId: string): Promise<ProgramItem[]> {
  const rows = await db.itineraryItem.findMany({ where: { delegationId }, select: PROGRAM_ITEM_SELECT, orderBy: PROGRAM_ORDER });
  return rows.map(toProgramItem);
}

const stayDays = (delegation: DelegationScope) => (delegation.arrivalOn && delegation.departureOn ? calendarDaysBetween(delegation.arrivalOn, delegation.departureOn) : []);

/** "delegation.review": the program by day with members' names, overlaps and conflicts with other bookings. */
export async function getDelegationProgram({ actor, delegationId }: { actor: Actor; delegationId: string }): Promise<DelegationProgram> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  const [items, members] = await Promise.all([listDelegationProgramItems(delegation.id), listDelegationMembers(delegation.id)]);
  const conflicts = await db.$transaction((tx) => findProgramConflicts(tx, delegation, items.map((item) => ({ ...item, key: item.id }))));
  return {
    delegation,
    days: groupByDay(items, stayDays(delegation)),
    items,
    members,
    warnings: findOverlaps(items.map(toTimedItem)),
    conflicts,
    canEdit: can(actor, "delegation.review") && PROGRAM_STATUSES.includes(delegation.status) && stayDays(delegation).length > 0,
  };
}

export type SavedDelegationProgram = { itineraryVersion: number; itemIds: string[]; warnings: OverlapWarning[]; conflicts: ProgramConflict[] };

/**
 * Saves the whole program over the version the press officer loaded, under
 * the delegation's row lock: a stale version, a day outside the stay or an
 * attendee who is not a member leaves everything as it was. Overlaps and
 * double bookings come back as warnings (keyed by item id) and never stop a
 * save. A program save is not a step of the application, so no transition is
 * recorded: the review history stays a list of decisions.
 */
export async function saveDelegationProgram({ actor, input }: { actor: Actor; input: SaveDelegationProgramInput }): Promise<SavedDelegationProgram> {
  await getDelegationScopeOrThrow({ actor, delegationId: input.delegationId });
  return db.$transaction(async (tx) => {
    const delegation = await lockDelegation(tx, input.delegationId);
    assertManagesDelegation(actor, delegation, PROGRAM_STATUSES);
    if (delegation.itineraryVersion !== input.itineraryVersion) throw new AppError("CONFLICT", "delegationProgram.conflict");

    const fieldErrors: Record<string, MessageKey[]> = {};
    const stay = delegation.arrivalOn && delegation.departureOn ? { startsOn: delegation.arrivalOn, endsOn: delegation.departureOn } : null;
    input.items.forEach((item, index) => {
      if (!stay || item.day < stay.startsOn || item.day > stay.endsOn) fieldErrors[`items.${index}.day`] = ["delegationProgram.outsideStay"];
    });
    const members = new Set((await tx.delegationMember.findMany({ where: { delegationId: delegation.id }, select: { id: true } })).map((row) => row.id));
    input.items.forEach((item, index) => {
      if (item.attendeeContactIds.some((id) => !members.has(id))) fieldErrors[`items.${index}.attendeeContactIds`] = ["delegationProgram.notMember"];
    });
    if (Object.keys(fieldErrors).length) throw new AppError("VALIDATION", "delegationProgram.invalidProgram", { fieldErrors });

    const replaced = await replaceProgramItems(tx, { delegationId: delegation.id }, input.items);
    const bumped = await tx.delegation.updateMany({ where: { id: delegation.id, itineraryVersion: input.itineraryVersion }, data: { itineraryVersion: { increment: 1 } } });
    if (bumped.count === 0) throw notFound();
    const saved = input.items.map((item, index) => ({ ...item, key: replaced.itemIds[index] }));
    return {
      itineraryVersion: input.itineraryVersion + 1,
      itemIds: replaced.itemIds,
      warnings: findOverlaps(saved),
      conflicts: await findProgramConflicts(tx, delegation, saved),
    };
  });
}
