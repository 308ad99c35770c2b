import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import type { DelegationStatus } from "@/lib/generated/prisma/enums";
import { calendarDateFromDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import { publicSiteUrl } from "@/lib/site-url";
import { APPROVED_STATUSES } from "./workflow";

/**
 * Anyone holding a decision letter (a border officer, a province's press
 * office, a host) can check it on our site by its QR code. The code in the
 * address is random (120 bits), so letters cannot be found by counting; the
 * page tells only what the letter itself says, without passport data.
 */
const LETTER_CODE = /^[A-Za-z0-9_-]{20}$/;

export function newLetterCode(): string {
  return randomBytes(15).toString("base64url");
}

export function isLetterCode(value: unknown): value is string {
  return typeof value === "string" && LETTER_CODE.test(value);
}

export function letterVerificationPath(locale: Locale, letterCode: string): string {
  return `/${locale}/delegations/verify/${encodeURIComponent(letterCode)}`;
}

/** What the QR code on the letter encodes: the verification page on the public site, in the letter's language. */
export function letterVerificationUrl(locale: Locale, letterCode: string): string {
  return new URL(letterVerificationPath(locale, letterCode), publicSiteUrl()).toString();
}

/**
 * The letter's code, given the first time its letter is produced. Setting it
 * only where it is still empty keeps the code of a letter already handed out
 * when two downloads race. The application's `version` is left alone: the
 * code is not something a reviewer edits.
 */
export async function ensureLetterCode(delegationId: string): Promise<string> {
  await db.delegation.updateMany({ where: { id: delegationId, letterCode: null }, data: { letterCode: newLetterCode() } });
  const { letterCode } = await db.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: { letterCode: true } });
  return letterCode!;
}

/** The day of the approval: its history row, else the decision time the review recorded. */
export async function letterIssuedAt(delegation: { id: string; decidedAt: Date | null; updatedAt: Date }): Promise<Date> {
  const approval = await db.delegationTransition.findFirst({
    where: { delegationId: delegation.id, toStatus: "APPROVED" },
    orderBy: { createdAt: "asc" },
    select: { createdAt: true },
  });
  return approval?.createdAt ?? delegation.decidedAt ?? delegation.updatedAt;
}

export type LetterValidity = "VALID" | "REVOKED";

export type LetterVerification = {
  reference: string;
  outletName: string;
  outletCountry: string | null;
  arrivalOn: CalendarDate | null;
  departureOn: CalendarDate | null;
  issuedAt: Date;
  memberCount: number;
  validity: LetterValidity;
};

function validityOf(status: DelegationStatus): LetterValidity | null {
  if (APPROVED_STATUSES.includes(status)) return "VALID";
  // Only an approved delegation ever has a letter, so a cancelled one with a code had its letter withdrawn.
  if (status === "CANCELLED") return "REVOKED";
  return null;
}

/** The public facts of the letter with this code, or null (unknown code, or no letter was ever valid). */
export async function verifyDecisionLetter(letterCode: string): Promise<LetterVerification | null> {
  if (!isLetterCode(letterCode)) return null;
  const row = await db.delegation.findUnique({
    where: { letterCode },
    select: {
      id: true,
      status: true,
      reference: true,
      outletName: true,
      outletCountry: true,
      arrivalOn: true,
      departureOn: true,
      decidedAt: true,
      updatedAt: true,
      _count: { select: { members: true } },
    },
  });
  const validity = row && validityOf(row.status);
  if (!row || !row.reference || !validity) return null;
  return {
    reference: row.reference,
    outletName: row.outletName,
    outletCountry: row.outletCountry,
    arrivalOn: row.arrivalOn ? calendarDateFromDb(row.arrivalOn) : null,
    departureOn: row.departureOn ? calendarDateFromDb(row.departureOn) : null,
    issuedAt: await letterIssuedAt(row),
    memberCount: row._count.members,
    validity,
  };
}
