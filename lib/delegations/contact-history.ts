import { assertCan, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import type { DelegationMemberRole, DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";

export type ContactDelegation = {
  delegationId: string;
  reference: string;
  outletName: string;
  arrivalOn: CalendarDate | null;
  departureOn: CalendarDate | null;
  status: DelegationStatus;
  role: DelegationMemberRole;
};

/**
 * The delegations a directory person came with, newest first: with their trips
 * it is the person's one history. Applications are press officers' business,
 * so only "delegation.review" reads it; drafts are the applicant's own.
 */
export async function contactDelegationHistory({ actor, contactId }: { actor: Actor; contactId: string }): Promise<ContactDelegation[]> {
  assertCan(actor, "delegation.review");
  const rows = await db.delegationMember.findMany({
    where: { contactId, delegation: { status: { not: "DRAFT" } } },
    orderBy: [{ delegation: { submittedAt: "desc" } }, { delegationId: "asc" }],
    select: { role: true, delegation: { select: { id: true, reference: true, outletName: true, arrivalOn: true, departureOn: true, status: true } } },
  });
  return rows.map(({ role, delegation }) => ({
    delegationId: delegation.id,
    reference: delegation.reference ?? "",
    outletName: delegation.outletName,
    arrivalOn: delegation.arrivalOn ? calendarDateFromDb(delegation.arrivalOn) : null,
    departureOn: delegation.departureOn ? calendarDateFromDb(delegation.departureOn) : null,
    status: delegation.status,
    role,
  }));
}
