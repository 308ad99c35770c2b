import { assertCan, type Actor } from "@/lib/authz/policy";
import { decryptBytes, decryptText } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { logger } from "@/lib/logger";
import { sendEmail } from "@/lib/mail/send-email";
import { mediaStorage } from "@/lib/media/configured-storage";
import { isUuid } from "@/lib/text/uuid";
import { getDelegationScopeOrThrow, recordDelegationTransition } from "./access";
import { newLetterCode } from "./letter-verification";
import { decisionEmail, isDecisionEmailStatus } from "./review-emails";
import type { RevealMemberFieldInput, TransitionDelegationInput } from "./review-schemas";
import { DELEGATION_WORKFLOW } from "./workflow";

export type DelegationChange = { id: string; version: number; status: DelegationStatus };

const NOTE_REQUIRED = {
  INFO_REQUESTED: "delegationReview.workflow.noteRequired.INFO_REQUESTED",
  REJECTED: "delegationReview.workflow.noteRequired.REJECTED",
  CANCELLED: "delegationReview.workflow.noteRequired.CANCELLED",
} as const;
const noteRequiredKey = (to: DelegationStatus) => (to in NOTE_REQUIRED ? NOTE_REQUIRED[to as keyof typeof NOTE_REQUIRED] : "validation.required");

const DECIDED: readonly DelegationStatus[] = ["APPROVED", "REJECTED"];
/** Withdrawn is the applicant's own step and sets endedAt on their side. */
const ENDING: readonly DelegationStatus[] = ["REJECTED", "COMPLETED", "CANCELLED"];

async function conflictOrMissing(delegationId: string): Promise<AppError> {
  const exists = await db.delegation.count({ where: { id: delegationId } });
  return exists ? new AppError("CONFLICT", "delegations.conflict") : notFound();
}

/**
 * A press officer's step on an application: the workflow table decides
 * whether it exists and who may take it; the compare-and-set on status and
 * version makes two officers deciding at once end with one decision. The
 * applicant is told by e-mail after the commit — a failed delivery never
 * undoes a decision, and a refused step sends nothing.
 */
export async function transitionDelegation({ actor, input }: { actor: Actor; input: TransitionDelegationInput }): Promise<DelegationChange> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId: input.delegationId });
  if (input.version !== delegation.version) throw new AppError("CONFLICT", "delegations.conflict");
  const rule = DELEGATION_WORKFLOW.rule(delegation.status, input.to);
  if (!rule) throw new AppError("INVALID_TRANSITION", "delegations.notInThisStatus");
  assertCan(actor, rule.action);
  const note = input.note?.trim() || null;
  if (rule.requiresNote && !note) {
    throw new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { note: [noteRequiredKey(input.to)] } });
  }
  const now = new Date();
  const change = await db.$transaction(async (tx) => {
    const { count } = await tx.delegation.updateMany({
      where: { id: delegation.id, status: delegation.status, version: input.version },
      data: {
        status: input.to,
        version: { increment: 1 },
        ...(DECIDED.includes(input.to) ? { decidedAt: now } : {}),
        ...(ENDING.includes(input.to) ? { endedAt: now } : {}),
        ...(input.to === "APPROVED" ? { letterCode: newLetterCode() } : {}),
      },
    });
    if (count === 0) throw await conflictOrMissing(delegation.id);
    await recordDelegationTransition(tx, { delegationId: delegation.id, fromStatus: delegation.status, toStatus: input.to, note, actorId: actor.id });
    return { id: delegation.id, version: input.version + 1, status: input.to };
  });
  if (isDecisionEmailStatus(input.to)) {
    // The decision stands even if its mail cannot be written; the log names the application and the error's kind, never the address (a database error's text may quote it).
    await tellApplicant(delegation.id, input.to, note).catch((error: unknown) => logger.error({ delegationId: delegation.id, to: input.to, error: error instanceof Error ? error.name : "unknown" }, "decision e-mail not written"));
  }
  return change;
}

async function tellApplicant(delegationId: string, status: Parameters<typeof decisionEmail>[0]["status"], note: string | null) {
  const row = await db.delegation.findUniqueOrThrow({
    where: { id: delegationId },
    select: { reference: true, locale: true, outletName: true, contactName: true, contactEmail: true },
  });
  // A purged application has no address left to write to.
  if (!row.contactEmail || !row.reference) return;
  const mail = decisionEmail({ status, locale: row.locale, reference: row.reference, outletName: row.outletName, contactName: row.contactName, note });
  await sendEmail({ to: row.contactEmail, ...mail, delegationId });
}

const SEALED_FIELD = { PASSPORT_NUMBER: "delegation_member.passport_number", DATE_OF_BIRTH: "delegation_member.date_of_birth" } as const;

/**
 * One protected value of one member, decrypted for a press officer who asked
 * to see it: the access-log row is written before the value leaves, so every
 * view is on record even when the answer never reaches the screen.
 */
export async function revealMemberField({ actor, input }: { actor: Actor; input: RevealMemberFieldInput }): Promise<{ value: string }> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId: input.delegationId });
  assertCan(actor, "delegation.personal");
  const member = await db.delegationMember.findFirst({
    where: { id: input.memberId, delegationId: delegation.id },
    select: { id: true, passportNumberEnc: true, dateOfBirthEnc: true },
  });
  if (!member) throw notFound();
  const sealed = input.field === "PASSPORT_NUMBER" ? member.passportNumberEnc : member.dateOfBirthEnc;
  if (!sealed) throw new AppError("NOT_FOUND", "delegationReview.members.nothingStored");
  await db.personalDataAccess.create({ data: { actorId: actor.id, delegationId: delegation.id, memberId: member.id, field: input.field } });
  return { value: decryptText(SEALED_FIELD[input.field], sealed) };
}

export type DelegationDocumentFile = { fileName: string; mimeType: string; bytes: Buffer };

/**
 * A document of an application, for download by a press officer. A passport
 * scan is protected data: only "delegation.personal", decrypted on the way
 * out, and every download is written to the access log.
 */
export async function openDelegationDocument({ actor, delegationId, documentId }: { actor: Actor; delegationId: string; documentId: string }): Promise<DelegationDocumentFile> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  if (!isUuid(documentId)) throw notFound();
  const document = await db.delegationDocument.findFirst({
    where: { id: documentId, delegationId: delegation.id },
    select: { id: true, kind: true, memberId: true, fileName: true, mimeType: true, storageKey: true, isEncrypted: true },
  });
  if (!document) throw notFound();
  const protectedScan = document.kind === "PASSPORT_SCAN" || document.isEncrypted;
  if (protectedScan) assertCan(actor, "delegation.personal");
  const stored = await mediaStorage().read(document.storageKey);
  if (!stored) throw notFound();
  if (protectedScan) {
    await db.personalDataAccess.create({ data: { actorId: actor.id, delegationId: delegation.id, memberId: document.memberId, field: "PASSPORT_SCAN" } });
  }
  const bytes = document.isEncrypted ? decryptBytes("delegation_document.passport_scan", stored.toString("utf8")) : stored;
  return { fileName: document.fileName, mimeType: document.mimeType, bytes };
}
