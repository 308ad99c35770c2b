import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db, type Tx } from "@/lib/db";
import { AppError, forbidden, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import { isUuid } from "@/lib/text/uuid";

/**
 * What every part of a delegation (review, program, escorts, letter) needs to
 * know of it before deciding anything. Applications are press officers'
 * business alone: anyone else is refused (403) before an id is even looked up.
 */
export type DelegationScope = {
  id: string;
  reference: string | null;
  status: DelegationStatus;
  locale: string;
  outletName: string;
  arrivalOn: CalendarDate | null;
  departureOn: CalendarDate | null;
  version: number;
  itineraryVersion: number;
  purgedAt: Date | null;
};

export const DELEGATION_SCOPE_SELECT = {
  id: true,
  reference: true,
  status: true,
  locale: true,
  outletName: true,
  arrivalOn: true,
  departureOn: true,
  version: true,
  itineraryVersion: true,
  purgedAt: true,
} satisfies Prisma.DelegationSelect;

type ScopeRow = Prisma.DelegationGetPayload<{ select: typeof DELEGATION_SCOPE_SELECT }>;

export function toDelegationScope(row: ScopeRow): DelegationScope {
  return {
    ...row,
    arrivalOn: row.arrivalOn ? calendarDateFromDb(row.arrivalOn) : null,
    departureOn: row.departureOn ? calendarDateFromDb(row.departureOn) : null,
  };
}

export function assertReviewsDelegations(actor: Actor | null | undefined): asserts actor is Actor {
  if (!can(actor, "delegation.review")) throw forbidden();
}

/** A submitted application the actor may review; drafts (the applicant's own, unfinished) and unknown ids answer 404. */
export async function getDelegationScopeOrThrow({ actor, delegationId }: { actor: Actor; delegationId: string }): Promise<DelegationScope> {
  assertReviewsDelegations(actor);
  if (!isUuid(delegationId)) throw notFound();
  const row = await db.delegation.findFirst({ where: { id: delegationId, status: { not: "DRAFT" } }, select: DELEGATION_SCOPE_SELECT });
  if (!row) throw notFound();
  return toDelegationScope(row);
}

/** Locks the delegation's row for the rest of the transaction and reads it again. */
export async function lockDelegation(tx: Tx, delegationId: string): Promise<DelegationScope> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM delegation WHERE id = ${delegationId}::uuid FOR UPDATE`;
  if (locked.length === 0) throw notFound();
  return toDelegationScope(await tx.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: DELEGATION_SCOPE_SELECT }));
}

/** "delegation.review", and an application in one of the states where this part of it may still change. */
export function assertManagesDelegation(actor: Actor, delegation: Pick<DelegationScope, "status">, allowedStatuses: readonly DelegationStatus[]): void {
  assertCan(actor, "delegation.review");
  if (!allowedStatuses.includes(delegation.status)) {
    throw new AppError("INVALID_TRANSITION", "delegations.notInThisStatus");
  }
}

/** A history row, written in the same transaction as the step; `actorId` null when the applicant made it. */
export function recordDelegationTransition(
  tx: Tx,
  step: { delegationId: string; fromStatus: DelegationStatus; toStatus: DelegationStatus; note?: string | null; actorId: string | null },
) {
  return tx.delegationTransition.create({ data: { ...step, note: step.note ?? null } });
}
