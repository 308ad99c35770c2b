import { createHash, timingSafeEqual } from "node:crypto";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb } from "@/lib/i18n/calendar-date";
import { isUuid } from "@/lib/text/uuid";
import { lockDelegation, recordDelegationTransition } from "./access";
import type { AnswerInfoRequestInput, StatusLookupInput } from "./application-schemas";
import { APPROVED_STATUSES, applicantMayMove } from "./workflow";

const digest = (value: string) => createHash("sha256").update(value).digest();
// Compared when the reference is unknown, so both failures do the same work.
const NO_ADDRESS = digest("no application has this reference");

/**
 * The application a reference number and an e-mail address open. A wrong
 * address for a real reference and an unknown reference fail alike (the same
 * error, the same query and comparison), so the status page tells a guesser
 * nothing; drafts have no reference and cannot be opened this way.
 */
export async function lookupApplication(input: StatusLookupInput): Promise<{ delegationId: string }> {
  const row = await db.delegation.findUnique({ where: { reference: input.reference }, select: { id: true, contactEmail: true } });
  const matches = timingSafeEqual(row ? digest(row.contactEmail.toLowerCase()) : NO_ADDRESS, digest(input.email));
  if (!row || !matches) throw new AppError("NOT_FOUND", "applications.lookupFailed");
  return { delegationId: row.id };
}

export type ApplicationStep = { toStatus: DelegationStatus; note: string | null; at: Date; byApplicant: boolean };

export type ApplicationStatusView = {
  reference: string;
  status: DelegationStatus;
  version: number;
  outletName: string;
  arrivalOn: string | null;
  departureOn: string | null;
  memberCount: number;
  documents: { fileName: string; kind: string }[];
  history: ApplicationStep[];
  mayAnswer: boolean;
  mayWithdraw: boolean;
  hasLetter: boolean;
};

/** What the applicant sees of their submitted application: no personal data of the members. */
export async function getApplicationStatus(delegationId: string): Promise<ApplicationStatusView | null> {
  if (!isUuid(delegationId)) return null;
  const row = await db.delegation.findFirst({
    where: { id: delegationId, status: { not: "DRAFT" } },
    select: {
      reference: true,
      status: true,
      version: true,
      outletName: true,
      arrivalOn: true,
      departureOn: true,
      _count: { select: { members: true } },
      documents: { select: { fileName: true, kind: true }, orderBy: { createdAt: "asc" } },
      transitions: { select: { toStatus: true, note: true, createdAt: true, actorId: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return null;
  return {
    reference: row.reference!,
    status: row.status,
    version: row.version,
    outletName: row.outletName,
    arrivalOn: row.arrivalOn ? calendarDateFromDb(row.arrivalOn) : null,
    departureOn: row.departureOn ? calendarDateFromDb(row.departureOn) : null,
    memberCount: row._count.members,
    documents: row.documents,
    history: row.transitions.map((step) => ({ toStatus: step.toStatus, note: step.note, at: step.createdAt, byApplicant: step.actorId === null })),
    mayAnswer: row.status === "INFO_REQUESTED",
    mayWithdraw: applicantMayMove(row.status, "WITHDRAWN"),
    hasLetter: APPROVED_STATUSES.includes(row.status),
  };
}

async function applicantMove({ delegationId, version, to, note }: { delegationId: string; version: number; to: DelegationStatus; note?: string }) {
  if (!isUuid(delegationId)) throw notFound();
  return db.$transaction(async (tx) => {
    const locked = await lockDelegation(tx, delegationId);
    if (locked.status === "DRAFT") throw notFound();
    if (!applicantMayMove(locked.status, to)) throw new AppError("INVALID_TRANSITION", "applications.notPossibleNow");
    if (locked.version !== version) throw new AppError("CONFLICT", "applications.conflict");
    await tx.delegation.update({
      where: { id: delegationId },
      data: { status: to, version: { increment: 1 }, ...(to === "WITHDRAWN" ? { endedAt: new Date() } : {}) },
    });
    await recordDelegationTransition(tx, { delegationId, fromStatus: locked.status, toStatus: to, note: note ?? null, actorId: null });
    return { status: to };
  });
}

/** The applicant's answer to a request for information: back under review, the answer kept as the step's note. */
export function answerInfoRequest({ delegationId, input }: { delegationId: string; input: AnswerInfoRequestInput }) {
  return applicantMove({ delegationId, version: input.version, to: "UNDER_REVIEW", note: input.answer });
}

export function withdrawApplication({ delegationId, version }: { delegationId: string; version: number }) {
  return applicantMove({ delegationId, version, to: "WITHDRAWN" });
}
