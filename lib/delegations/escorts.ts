/**
 * Escort officers and interpreters of a delegation, chosen from the press
 * contacts directory. Assignment changes the delegation's version (it is part
 * of what the press office agreed with the outlet); a person already busy
 * with another delegation or a trip during the stay is a warning, not a block:
 * the office may mean it (a short overlap, a hand-over).
 */
import { z } from "zod";
import type { Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { PressContactRole } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { compareText } from "@/lib/i18n/format";
import { assertManagesDelegation, getDelegationScopeOrThrow, lockDelegation, type DelegationScope } from "./access";
import { PROGRAM_STATUSES } from "./workflow";

export const ESCORT_ROLES: readonly PressContactRole[] = ["ESCORT_OFFICER", "INTERPRETER"];

const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };
export const delegationEscortSchema = z.strictObject(
  {
    delegationId: z.uuid("validation.invalid"),
    version: z.number("validation.invalid").int("validation.invalid").positive("validation.invalid"),
    contactId: z.uuid("delegationProgram.escorts.notEscort"),
  },
  strict,
);
export type DelegationEscortInput = z.output<typeof delegationEscortSchema>;

export type EscortPerson = { contactId: string; name: string; role: PressContactRole };
type Period = { startsOn: CalendarDate; endsOn: CalendarDate };
export type EscortWarning =
  | { kind: "delegation"; contactId: string; name: string; other: { id: string; reference: string | null; outletName: string } & Period }
  | { kind: "trip"; contactId: string; name: string; trip: { id: string; title: string } & Period };

export type DelegationEscorts = { escorts: EscortPerson[]; candidates: EscortPerson[]; warnings: EscortWarning[] };

const PERSON_SELECT = { id: true, latinName: true, role: true } as const;
const toPerson = (row: { id: string; latinName: string; role: PressContactRole }): EscortPerson => ({ contactId: row.id, name: row.latinName, role: row.role });
const byName = (a: EscortPerson, b: EscortPerson) => compareText("vi", a.name, b.name);

/**
 * Other delegations still planned or under way whose stay overlaps this one
 * and that share an escort, and trips (not cancelled) an escort accompanies
 * during the stay.
 */
export async function escortWarnings(tx: Tx, delegation: Pick<DelegationScope, "id" | "arrivalOn" | "departureOn">): Promise<EscortWarning[]> {
  if (!delegation.arrivalOn || !delegation.departureOn) return [];
  const [arrival, departure] = [calendarDateToDb(delegation.arrivalOn), calendarDateToDb(delegation.departureOn)];
  const escorts = await tx.delegationEscort.findMany({ where: { delegationId: delegation.id }, select: { contact: { select: PERSON_SELECT } } });
  const ids = escorts.map((escort) => escort.contact.id);
  if (ids.length === 0) return [];
  const name = new Map(escorts.map((escort) => [escort.contact.id, escort.contact.latinName]));
  const [delegations, trips] = await Promise.all([
    tx.delegationEscort.findMany({
      where: {
        contactId: { in: ids },
        delegationId: { not: delegation.id },
        delegation: { status: { in: [...PROGRAM_STATUSES] }, arrivalOn: { lte: departure }, departureOn: { gte: arrival } },
      },
      select: { contactId: true, delegation: { select: { id: true, reference: true, outletName: true, arrivalOn: true, departureOn: true } } },
    }),
    tx.tripEscort.findMany({
      where: { contactId: { in: ids }, trip: { status: { not: "CANCELLED" }, startsOn: { lte: departure }, endsOn: { gte: arrival } } },
      select: { contactId: true, trip: { select: { id: true, title: true, startsOn: true, endsOn: true } } },
    }),
  ]);
  return [
    ...delegations.flatMap(({ contactId, delegation: { arrivalOn, departureOn, ...other } }): EscortWarning[] =>
      arrivalOn && departureOn
        ? [{ kind: "delegation", contactId, name: name.get(contactId) ?? "", other: { ...other, startsOn: calendarDateFromDb(arrivalOn), endsOn: calendarDateFromDb(departureOn) } }]
        : [],
    ),
    ...trips.map(({ contactId, trip }): EscortWarning => ({
      kind: "trip",
      contactId,
      name: name.get(contactId) ?? "",
      trip: { id: trip.id, title: trip.title, startsOn: calendarDateFromDb(trip.startsOn), endsOn: calendarDateFromDb(trip.endsOn) },
    })),
  ];
}

/** "delegation.review": who is assigned, who could be, and who is busy elsewhere during the stay. */
export async function getDelegationEscorts({ actor, delegationId }: { actor: Actor; delegationId: string }): Promise<DelegationEscorts> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  return db.$transaction(async (tx) => {
    const [assigned, candidates, warnings] = await Promise.all([
      tx.delegationEscort.findMany({ where: { delegationId: delegation.id }, select: { contact: { select: PERSON_SELECT } } }),
      tx.pressContact.findMany({ where: { role: { in: [...ESCORT_ROLES] }, mergedIntoId: null, delegationEscorts: { none: { delegationId: delegation.id } } }, select: PERSON_SELECT }),
      escortWarnings(tx, delegation),
    ]);
    return { escorts: assigned.map((row) => toPerson(row.contact)).sort(byName), candidates: candidates.map(toPerson).sort(byName), warnings };
  });
}

export type EscortChange = { version: number; warnings: EscortWarning[] };

async function changeEscorts(actor: Actor, input: DelegationEscortInput, change: (tx: Tx, delegation: DelegationScope) => Promise<void>): Promise<EscortChange> {
  await getDelegationScopeOrThrow({ actor, delegationId: input.delegationId });
  return db.$transaction(async (tx) => {
    const delegation = await lockDelegation(tx, input.delegationId);
    assertManagesDelegation(actor, delegation, PROGRAM_STATUSES);
    if (delegation.version !== input.version) throw new AppError("CONFLICT", "delegations.conflict");
    await change(tx, delegation);
    const bumped = await tx.delegation.updateMany({ where: { id: delegation.id, version: input.version }, data: { version: { increment: 1 } } });
    if (bumped.count === 0) throw notFound();
    return { version: input.version + 1, warnings: await escortWarnings(tx, delegation) };
  });
}

/** Assigns a directory escort officer or interpreter; the warnings say where else they are booked. */
export function assignDelegationEscort({ actor, input }: { actor: Actor; input: DelegationEscortInput }): Promise<EscortChange> {
  return changeEscorts(actor, input, async (tx, delegation) => {
    const person = await tx.pressContact.findFirst({ where: { id: input.contactId, role: { in: [...ESCORT_ROLES] }, mergedIntoId: null }, select: { id: true } });
    if (!person) throw new AppError("VALIDATION", "delegationProgram.escorts.notEscort", { fieldErrors: { contactId: ["delegationProgram.escorts.notEscort"] } });
    const created = await tx.delegationEscort.createMany({ data: [{ delegationId: delegation.id, contactId: person.id }], skipDuplicates: true });
    if (created.count === 0) throw new AppError("VALIDATION", "delegationProgram.escorts.alreadyAssigned", { fieldErrors: { contactId: ["delegationProgram.escorts.alreadyAssigned"] } });
  });
}

export function removeDelegationEscort({ actor, input }: { actor: Actor; input: DelegationEscortInput }): Promise<EscortChange> {
  return changeEscorts(actor, input, async (tx, delegation) => {
    const removed = await tx.delegationEscort.deleteMany({ where: { delegationId: delegation.id, contactId: input.contactId } });
    if (removed.count === 0) throw new AppError("VALIDATION", "delegationProgram.escorts.notAssigned", { fieldErrors: { contactId: ["delegationProgram.escorts.notAssigned"] } });
  });
}
