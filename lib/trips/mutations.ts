import { assertCan, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, validationError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TripStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, calendarDateToDb } from "@/lib/i18n/calendar-date";
import { searchKey } from "@/lib/text/slug";
import { assertManagesTrip, getTripScopeOrThrow, lockTrip, recordTripActivity, tripConflictOrMissing } from "./access";
import type { BudgetLineInput, CreateTripInput, TransitionTripInput, TripDetailField, UpdateTripInput } from "./schemas";
import { promoteWaitlisted, takenSeats } from "./seats";
import { TRIP_WORKFLOW } from "./workflow";

export type TripChange = { id: string; version: number; status: TripStatus };

/** Details may change until the trip has taken place; afterwards they are the record of what happened. */
export const DETAILS_EDITABLE_STATUSES: readonly TripStatus[] = ["IDEA", "PLANNED", "APPROVED", "INVITATIONS_SENT", "CONFIRMED", "ONGOING"];

/** Who may organise a trip: an active press officer or administrator. */
export const ORGANISER_ROLES = ["PRESS_OFFICER", "ADMIN"] as const;

async function assertOrganiser(tx: Tx, organiserId: string): Promise<void> {
  const organiser = await tx.user.findFirst({
    where: { id: organiserId, isActive: true, roles: { hasSome: [...ORGANISER_ROLES] } },
    select: { id: true },
  });
  if (!organiser) throw validationError({ organiserId: ["trips.unknownOrganiser"] });
}

/** Escorts are live people of the directory: an unknown or merged-away id is the form's mistake. */
async function assertEscorts(tx: Tx, contactIds: readonly string[]): Promise<void> {
  if (contactIds.length === 0) return;
  const live = await tx.pressContact.count({ where: { id: { in: [...contactIds] }, mergedIntoId: null } });
  if (live !== contactIds.length) throw validationError({ escortContactIds: ["trips.unknownEscort"] });
}

const tripSearchText = (input: { title: string; topic: string }) => searchKey(`${input.title} ${input.topic}`);

/** The writable columns, named one by one: parsed input is never spread into `data`. */
function detailData(input: CreateTripInput, organiserId: string) {
  return {
    title: input.title,
    provinceCodes: input.provinceCodes,
    startsOn: calendarDateToDb(input.startsOn),
    endsOn: calendarDateToDb(input.endsOn),
    topic: input.topic,
    goals: input.goals,
    partnerAuthority: input.partnerAuthority,
    organiserId,
    capacity: input.capacity,
    searchText: tripSearchText(input),
  };
}

async function writeEscortsAndLines(tx: Tx, tripId: string, input: Pick<CreateTripInput, "escortContactIds" | "budgetLines">) {
  if (input.escortContactIds.length) {
    await tx.tripEscort.createMany({ data: input.escortContactIds.map((contactId, position) => ({ tripId, contactId, position })) });
  }
  if (input.budgetLines.length) {
    await tx.tripBudgetLine.createMany({
      data: input.budgetLines.map((line, position) => ({
        tripId,
        position,
        category: line.category,
        description: line.description,
        quantity: line.quantity,
        unitCost: new Prisma.Decimal(line.unitCost),
        currency: line.currency,
      })),
    });
  }
}

/** A new trip starts as an idea, organised by whoever creates it unless they name another organiser. */
export async function createTrip({ actor, input }: { actor: Actor; input: CreateTripInput }): Promise<TripChange> {
  assertCan(actor, "trip.manage");
  const organiserId = input.organiserId ?? actor.id;
  return db.$transaction(async (tx) => {
    await assertOrganiser(tx, organiserId);
    await assertEscorts(tx, input.escortContactIds);
    const trip = await tx.trip.create({
      data: { ...detailData(input, organiserId), status: "IDEA", createdById: actor.id },
      select: { id: true, version: true, status: true },
    });
    await writeEscortsAndLines(tx, trip.id, input);
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "CREATED", toStatus: "IDEA" });
    return trip;
  });
}

const sameLines = (a: readonly BudgetLineInput[], b: readonly BudgetLineInput[]) =>
  a.length === b.length &&
  a.every((line, index) => {
    const other = b[index];
    return (
      line.category === other.category &&
      line.description === other.description &&
      line.quantity === other.quantity &&
      new Prisma.Decimal(line.unitCost).equals(new Prisma.Decimal(other.unitCost)) &&
      line.currency === other.currency
    );
  });

async function currentDetails(tx: Tx, tripId: string) {
  const row = await tx.trip.findUniqueOrThrow({
    where: { id: tripId },
    select: {
      title: true,
      provinceCodes: true,
      startsOn: true,
      endsOn: true,
      topic: true,
      goals: true,
      partnerAuthority: true,
      organiserId: true,
      capacity: true,
      escorts: { orderBy: { position: "asc" }, select: { contactId: true } },
      budgetLines: { orderBy: { position: "asc" }, select: { category: true, description: true, quantity: true, unitCost: true, currency: true } },
    },
  });
  return {
    ...row,
    startsOn: calendarDateFromDb(row.startsOn),
    endsOn: calendarDateFromDb(row.endsOn),
    escortContactIds: row.escorts.map((escort) => escort.contactId),
    budgetLines: row.budgetLines.map((line) => ({ ...line, unitCost: line.unitCost.toFixed(2) })),
  };
}

function changedFields(before: Awaited<ReturnType<typeof currentDetails>>, after: UpdateTripInput & { organiserId: string }): TripDetailField[] {
  const changed: TripDetailField[] = [];
  const scalar = ["title", "startsOn", "endsOn", "topic", "goals", "partnerAuthority", "organiserId", "capacity"] as const;
  for (const field of scalar) if (before[field] !== after[field]) changed.push(field);
  if (before.provinceCodes.join() !== after.provinceCodes.join()) changed.push("provinceCodes");
  if (before.escortContactIds.join() !== after.escortContactIds.join()) changed.push("escortContactIds");
  if (!sameLines(before.budgetLines, after.budgetLines)) changed.push("budgetLines");
  return changed;
}

/**
 * Saves the details over the version the press officer loaded. Under the
 * trip's row lock: capacity may not fall below the seats taken (a larger one
 * fills seats from the waitlist), and new dates may not leave program items
 * outside them. The history names the fields that changed.
 */
export async function updateTrip({ actor, input }: { actor: Actor; input: UpdateTripInput }): Promise<TripChange> {
  await getTripScopeOrThrow({ actor, tripId: input.tripId });
  assertCan(actor, "trip.manage");
  return db.$transaction(async (tx) => {
    const locked = await lockTrip(tx, input.tripId);
    if (locked.version !== input.version) throw new AppError("CONFLICT", "trips.conflict");
    assertManagesTrip(actor, locked, DETAILS_EDITABLE_STATUSES);
    const organiserId = input.organiserId ?? locked.organiserId;
    await assertOrganiser(tx, organiserId);
    await assertEscorts(tx, input.escortContactIds);

    const seats = await takenSeats(tx, locked.id);
    if (input.capacity < seats) {
      throw new AppError("VALIDATION", "trips.capacityBelowTaken", { params: { count: seats }, fieldErrors: { capacity: ["trips.capacityBelowTakenField"] } });
    }
    const outside = await tx.itineraryItem.count({
      where: { tripId: locked.id, OR: [{ day: { lt: calendarDateToDb(input.startsOn) } }, { day: { gt: calendarDateToDb(input.endsOn) } }] },
    });
    if (outside > 0) {
      throw new AppError("VALIDATION", "trips.itemsOutsideDates", {
        params: { count: outside },
        fieldErrors: { startsOn: ["trips.itemsOutsideDatesField"], endsOn: ["trips.itemsOutsideDatesField"] },
      });
    }

    const before = await currentDetails(tx, locked.id);
    const changed = changedFields(before, { ...input, organiserId });
    if (changed.length === 0) return { id: locked.id, version: locked.version, status: locked.status };

    const { count } = await tx.trip.updateMany({
      where: { id: locked.id, version: input.version },
      data: { ...detailData(input, organiserId), version: { increment: 1 } },
    });
    if (count === 0) throw await tripConflictOrMissing(locked.id);
    await tx.tripEscort.deleteMany({ where: { tripId: locked.id } });
    await tx.tripBudgetLine.deleteMany({ where: { tripId: locked.id } });
    await writeEscortsAndLines(tx, locked.id, input);
    if (input.capacity > locked.capacity) await promoteWaitlisted(tx, { ...locked, capacity: input.capacity }, actor.id);
    await recordTripActivity(tx, { tripId: locked.id, actorId: actor.id, kind: "UPDATED", detail: { fields: changed } });
    return { id: locked.id, version: input.version + 1, status: locked.status };
  });
}

/** What must be true of the trip, beyond its status, before it may enter a state. */
async function assertReadyFor(tx: Tx, tripId: string, to: TripStatus): Promise<void> {
  if (to === "INVITATIONS_SENT" && (await tx.tripParticipant.count({ where: { tripId } })) === 0) {
    throw new AppError("INVALID_TRANSITION", "trips.needsParticipant");
  }
  if (to === "CONFIRMED" && (await takenSeats(tx, tripId)) === 0) {
    throw new AppError("INVALID_TRANSITION", "trips.needsAcceptedSeat");
  }
}

/**
 * Moves a trip along its workflow: the edge from TRIP_WORKFLOW, the action it
 * needs, a note where the edge asks for one; then, in one transaction, a
 * compare-and-set on status and version and the history row. Of two moves
 * made from the same screen, one wins and the other is told of the conflict.
 */
export async function transitionTrip({ actor, input }: { actor: Actor; input: TransitionTripInput }): Promise<TripChange> {
  const trip = await getTripScopeOrThrow({ actor, tripId: input.tripId });
  if (input.version !== trip.version) throw new AppError("CONFLICT", "trips.conflict");
  const rule = TRIP_WORKFLOW.rule(trip.status, input.to);
  if (!rule) throw new AppError("INVALID_TRANSITION", "trips.invalidTransition");
  assertCan(actor, rule.action);
  const note = input.note?.trim() || null;
  if (rule.requiresNote && !note) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { note: [input.to === "CANCELLED" ? "trips.cancelReasonRequired" : "trips.noteRequired"] } });
  }
  return db.$transaction(async (tx) => {
    // The compare-and-set takes the row lock first, so the checks below see the trip as it now stands.
    const { count } = await tx.trip.updateMany({
      where: { id: trip.id, status: trip.status, version: input.version },
      data: { status: input.to, version: { increment: 1 }, ...(input.to === "CANCELLED" ? { cancelReason: note } : {}) },
    });
    if (count === 0) throw await tripConflictOrMissing(trip.id);
    await assertReadyFor(tx, trip.id, input.to);
    await recordTripActivity(tx, { tripId: trip.id, actorId: actor.id, kind: "STATUS_CHANGED", fromStatus: trip.status, toStatus: input.to, note });
    return { id: trip.id, version: input.version + 1, status: input.to };
  });
}
