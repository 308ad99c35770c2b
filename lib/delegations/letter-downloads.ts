import type { Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { calendarDateFromDb } from "@/lib/i18n/calendar-date";
import { isLocale } from "@/lib/i18n/locales";
import { isUuid } from "@/lib/text/uuid";
import { assertManagesDelegation, getDelegationScopeOrThrow } from "./access";
import { readApplicantPass } from "./applicant-access";
import { decisionLetterFileName, renderDecisionLetter, type DecisionLetter } from "./decision-letter";
import { ensureLetterCode, letterIssuedAt } from "./letter-verification";
import { APPROVED_STATUSES } from "./workflow";

export type DecisionLetterFile = { fileName: string; body: Buffer };

/**
 * What the letter states, read for a delegation already known to be approved.
 * The member query names its columns: the encrypted passport number and date
 * of birth are never read for a letter.
 */
export async function loadDecisionLetter(delegationId: string): Promise<DecisionLetter> {
  const letterCode = await ensureLetterCode(delegationId);
  const row = await db.delegation.findUniqueOrThrow({
    where: { id: delegationId },
    select: {
      id: true,
      reference: true,
      locale: true,
      outletName: true,
      outletCountry: true,
      arrivalOn: true,
      departureOn: true,
      purpose: true,
      topics: true,
      provinceCodes: true,
      decidedAt: true,
      updatedAt: true,
      members: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { passportName: true, nationality: true, role: true } },
      transitions: { where: { toStatus: "APPROVED" }, orderBy: { createdAt: "asc" }, take: 1, select: { note: true } },
    },
  });
  return {
    reference: row.reference!,
    locale: isLocale(row.locale) ? row.locale : "en",
    outletName: row.outletName,
    outletCountry: row.outletCountry,
    arrivalOn: row.arrivalOn ? calendarDateFromDb(row.arrivalOn) : null,
    departureOn: row.departureOn ? calendarDateFromDb(row.departureOn) : null,
    purpose: row.purpose,
    topics: row.topics,
    provinceCodes: row.provinceCodes,
    note: row.transitions[0]?.note ?? null,
    issuedAt: await letterIssuedAt(row),
    letterCode,
    members: row.members,
  };
}

async function letterFile(delegationId: string): Promise<DecisionLetterFile> {
  const letter = await loadDecisionLetter(delegationId);
  return { fileName: decisionLetterFileName(letter), body: await renderDecisionLetter(letter) };
}

/**
 * The applicant's download from the status page. Their pass (the signed
 * cookie) names the one application it opens; anything else — no pass, an
 * expired or forged one, an application not approved or already purged —
 * gets nothing, so the route answers a bare 404 that tells a prober nothing.
 */
export async function decisionLetterForApplicant({ pass, now = Date.now() }: { pass: string | undefined | null; now?: number }): Promise<DecisionLetterFile | null> {
  const delegationId = readApplicantPass(pass, now);
  if (!delegationId || !isUuid(delegationId)) return null;
  const approved = await db.delegation.findFirst({
    where: { id: delegationId, status: { in: [...APPROVED_STATUSES] }, purgedAt: null },
    select: { id: true },
  });
  return approved ? letterFile(approved.id) : null;
}

/** A press officer's download of the same letter, to print or resend (delegation.review; unknown ids 404). */
export async function decisionLetterForStaff({ actor, delegationId }: { actor: Actor; delegationId: string }): Promise<DecisionLetterFile> {
  const delegation = await getDelegationScopeOrThrow({ actor, delegationId });
  assertManagesDelegation(actor, delegation, APPROVED_STATUSES);
  if (delegation.purgedAt) throw new AppError("INVALID_TRANSITION", "decisionLetter.purged");
  return letterFile(delegation.id);
}
