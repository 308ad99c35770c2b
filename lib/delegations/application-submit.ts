import { db } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { calendarDateFromDb } from "@/lib/i18n/calendar-date";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { createTranslator, type MessageKey } from "@/lib/i18n/translator";
import { sendEmail } from "@/lib/mail/send-email";
import { publicSiteUrl } from "@/lib/site-url";
import { isUuid } from "@/lib/text/uuid";
import { lockDelegation, recordDelegationTransition } from "./access";
import { statusPath } from "./application";
import { takeDelegationReference } from "./reference";
import { applicantMayMove } from "./workflow";

/** What a draft still lacks before it may be submitted, by the field the applicant must fix. */
async function missingForSubmission(delegationId: string): Promise<Record<string, MessageKey[]>> {
  const draft = await db.delegation.findUniqueOrThrow({
    where: { id: delegationId },
    select: {
      outletName: true,
      contactEmail: true,
      arrivalOn: true,
      departureOn: true,
      purpose: true,
      members: { select: { passportExpiresOn: true, passportNumberEnc: true, dateOfBirthEnc: true }, orderBy: { position: "asc" } },
      documents: { where: { kind: "ASSIGNMENT_LETTER" }, select: { id: true } },
    },
  });
  const errors: Record<string, MessageKey[]> = {};
  if (!draft.outletName || !draft.contactEmail) errors.outletName = ["applications.stepIncomplete"];
  if (draft.members.length === 0) errors.members = ["applications.membersRequired"];
  if (!draft.arrivalOn || !draft.departureOn || !draft.purpose) errors.arrivalOn = ["applications.stepIncomplete"];
  if (draft.documents.length === 0) errors.assignmentLetter = ["applications.letterRequired"];
  const departure = draft.departureOn ? calendarDateFromDb(draft.departureOn) : null;
  draft.members.forEach((member, index) => {
    if (!member.passportNumberEnc || !member.dateOfBirthEnc) errors[`members.${index}.passportNumber`] = ["validation.required"];
    if (departure && member.passportExpiresOn && calendarDateFromDb(member.passportExpiresOn) < departure) {
      errors[`members.${index}.passportExpiresOn`] = ["applications.passportExpiresBeforeDeparture"];
    }
  });
  return errors;
}

/**
 * DRAFT → SUBMITTED in one transaction: the year's next reference number, the
 * submission time and a history row by the applicant (actor null). The
 * applicant is told by e-mail, in their language, after the commit.
 */
export async function submitApplication({ delegationId, version, now = new Date() }: { delegationId: string; version: number; now?: Date }) {
  if (!isUuid(delegationId)) throw notFound();
  const missing = await missingForSubmission(delegationId).catch(() => {
    throw notFound();
  });
  if (Object.keys(missing).length) throw validationError(missing);
  const submitted = await db.$transaction(async (tx) => {
    const locked = await lockDelegation(tx, delegationId);
    if (!applicantMayMove(locked.status, "SUBMITTED")) throw new AppError("INVALID_TRANSITION", "applications.notEditable");
    if (locked.version !== version) throw new AppError("CONFLICT", "applications.conflict");
    const reference = await takeDelegationReference(tx, now.getUTCFullYear());
    const row = await tx.delegation.update({
      where: { id: delegationId },
      data: { status: "SUBMITTED", reference, submittedAt: now, resumeTokenHash: null, resumeTokenExpiresAt: null, version: { increment: 1 } },
      select: { reference: true, locale: true, contactEmail: true, contactName: true },
    });
    await recordDelegationTransition(tx, { delegationId, fromStatus: "DRAFT", toStatus: "SUBMITTED", actorId: null });
    return row;
  });
  const locale: Locale = isLocale(submitted.locale) ? submitted.locale : "en";
  const t = createTranslator(locale);
  await sendEmail({
    to: submitted.contactEmail,
    subject: t("applications.mail.submittedSubject", { reference: submitted.reference! }),
    text: t("applications.mail.submittedBody", {
      name: submitted.contactName,
      reference: submitted.reference!,
      link: new URL(statusPath(locale), publicSiteUrl()).toString(),
    }),
    kind: "delegation.submitted",
    delegationId,
  });
  return { reference: submitted.reference! };
}
