import { createHash, randomBytes } from "node:crypto";
import { encryptText, decryptText } from "@/lib/crypto/field-encryption";
import { memberIdentityHash, passportNumberHash } from "./member-hashes";
import { db, type Tx } from "@/lib/db";
import { AppError, notFound, validationError } from "@/lib/errors";
import { calendarDateFromDb, calendarDateToDb, type CalendarDate } from "@/lib/i18n/calendar-date";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, type MessageKey } from "@/lib/i18n/translator";
import { sendEmail } from "@/lib/mail/send-email";
import { publicSiteUrl } from "@/lib/site-url";
import { isUuid } from "@/lib/text/uuid";
import type { MemberInput, SaveMembersInput, SaveOutletInput, SaveVisitInput, StartApplicationInput } from "./application-schemas";

/**
 * The applicant's side of an application while it is a draft: start it (which
 * e-mails a resume link), save each step over the version the form was
 * loaded with, come back through the link. Each step is one transaction;
 * the applicant is identified by the delegation id their pass carries.
 */
export const RESUME_LINK_DAYS = 14;
export const FORM_STEPS = 5;

export const hashResumeToken = (token: string) => createHash("sha256").update(token).digest("base64url");

export const applyPath = (locale: Locale) => `/${locale}/delegations/apply`;
export const statusPath = (locale: Locale) => `/${locale}/delegations/status`;
export const resumeUrl = (token: string) => new URL(`/api/delegations/resume?token=${encodeURIComponent(token)}`, publicSiteUrl()).toString();

/** Starts a draft from step 1 and e-mails the link that opens it again; returns its id for the pass. */
export async function startApplication({ input, locale, now = new Date() }: { input: StartApplicationInput; locale: Locale; now?: Date }) {
  const token = randomBytes(32).toString("base64url");
  const delegation = await db.delegation.create({
    data: {
      ...input,
      locale,
      formStep: 2,
      resumeTokenHash: hashResumeToken(token),
      resumeTokenExpiresAt: new Date(now.getTime() + RESUME_LINK_DAYS * 24 * 60 * 60 * 1000),
    },
    select: { id: true },
  });
  const t = createTranslator(locale);
  await sendEmail({
    to: input.contactEmail,
    subject: t("applications.mail.resumeSubject"),
    text: t("applications.mail.resumeBody", { name: input.contactName, link: resumeUrl(token), days: RESUME_LINK_DAYS }),
    kind: "delegation.resumeLink",
    delegationId: delegation.id,
  });
  return { delegationId: delegation.id, resumeToken: token };
}

/** The draft a resume link opens; a wrong, expired or used-up link answers 404. */
export async function resumeApplication({ token, now = new Date() }: { token: string; now?: Date }) {
  if (!token) throw notFound();
  const row = await db.delegation.findUnique({
    where: { resumeTokenHash: hashResumeToken(token) },
    select: { id: true, status: true, locale: true, formStep: true, resumeTokenExpiresAt: true },
  });
  if (!row || row.status !== "DRAFT" || !row.resumeTokenExpiresAt || row.resumeTokenExpiresAt < now) throw notFound();
  return { delegationId: row.id, locale: row.locale, formStep: row.formStep };
}

/** Writes a step over the version the applicant saw, only while the application is a draft. */
async function saveDraftStep<T>(delegationId: string, version: number, work: (tx: Tx) => Promise<T>, data: Record<string, unknown>, reached: number) {
  if (!isUuid(delegationId)) throw notFound();
  return db.$transaction(async (tx) => {
    const current = await tx.delegation.findUnique({ where: { id: delegationId }, select: { status: true, formStep: true } });
    if (!current) throw notFound();
    if (current.status !== "DRAFT") throw new AppError("INVALID_TRANSITION", "applications.notEditable");
    const updated = await tx.delegation.updateMany({
      where: { id: delegationId, version, status: "DRAFT" },
      data: { ...data, formStep: Math.max(current.formStep, reached), version: { increment: 1 } },
    });
    if (updated.count === 0) throw new AppError("CONFLICT", "applications.conflict");
    const result = await work(tx);
    return { result, version: version + 1 };
  });
}

export async function saveOutletStep({ delegationId, input }: { delegationId: string; input: SaveOutletInput }) {
  const { version, ...fields } = input;
  return saveDraftStep(delegationId, version, async () => null, fields, 2);
}

const passportExpiryErrors = (members: { passportExpiresOn: CalendarDate }[], departureOn: CalendarDate | null) => {
  const errors: Record<string, MessageKey[]> = {};
  if (!departureOn) return errors;
  members.forEach((member, index) => {
    if (member.passportExpiresOn < departureOn) errors[`members.${index}.passportExpiresOn`] = ["applications.passportExpiresBeforeDeparture"];
  });
  return errors;
};

const identityOf = (member: { passportName: string; nationality: string }, dateOfBirth: string) =>
  memberIdentityHash({ passportName: member.passportName, dateOfBirth, nationality: member.nationality });

/** The stored row of one member: protected fields encrypted, with the keyed hashes and last four for lists. */
function memberRow(member: MemberInput, position: number, kept: { dateOfBirthEnc: string | null; passportNumberEnc: string | null; passportNumberLast4: string; passportNumberHash: string | null } | undefined) {
  const dateOfBirth = member.dateOfBirth ?? (kept?.dateOfBirthEnc ? decryptText("delegation_member.date_of_birth", kept.dateOfBirthEnc) : null);
  const number = member.passportNumber;
  return {
    position,
    passportName: member.passportName,
    nationality: member.nationality,
    role: member.role,
    passportExpiresOn: calendarDateToDb(member.passportExpiresOn),
    dateOfBirthEnc: member.dateOfBirth ? encryptText("delegation_member.date_of_birth", member.dateOfBirth) : (kept?.dateOfBirthEnc ?? null),
    passportNumberEnc: number ? encryptText("delegation_member.passport_number", number) : (kept?.passportNumberEnc ?? null),
    passportNumberLast4: number ? number.slice(-4) : (kept?.passportNumberLast4 ?? ""),
    passportNumberHash: number ? passportNumberHash(number) : (kept?.passportNumberHash ?? null),
    identityHash: dateOfBirth ? identityOf(member, dateOfBirth) : null,
  };
}

/**
 * Replaces the member list. A row that names a member saved before and leaves
 * the passport number or birth date blank keeps the stored (encrypted) value:
 * the form never shows them again. Members no longer listed are removed.
 */
export async function saveMembersStep({ delegationId, input }: { delegationId: string; input: SaveMembersInput }) {
  return saveDraftStep(
    delegationId,
    input.version,
    async (tx) => {
      const draft = await tx.delegation.findUniqueOrThrow({ where: { id: delegationId }, select: { departureOn: true } });
      const errors = passportExpiryErrors(input.members, draft.departureOn ? calendarDateFromDb(draft.departureOn) : null);
      const existing = await tx.delegationMember.findMany({ where: { delegationId } });
      const byId = new Map(existing.map((member) => [member.id, member]));
      input.members.forEach((member, index) => {
        if (member.memberId && !byId.has(member.memberId)) errors[`members.${index}.memberId`] = ["validation.invalid"];
      });
      if (Object.keys(errors).length) throw validationError(errors);
      const keptIds = new Set(input.members.map((member) => member.memberId).filter(Boolean));
      await tx.delegationMember.deleteMany({ where: { delegationId, id: { notIn: [...keptIds] as string[] } } });
      for (const [index, member] of input.members.entries()) {
        const row = memberRow(member, index, member.memberId ? byId.get(member.memberId) : undefined);
        if (member.memberId) await tx.delegationMember.update({ where: { id: member.memberId }, data: row });
        else await tx.delegationMember.create({ data: { ...row, delegationId } });
      }
      return null;
    },
    {},
    3,
  );
}

export async function saveVisitStep({ delegationId, input }: { delegationId: string; input: SaveVisitInput }) {
  const { version, arrivalOn, departureOn, ...fields } = input;
  return saveDraftStep(
    delegationId,
    version,
    async (tx) => {
      const members = await tx.delegationMember.findMany({ where: { delegationId }, select: { passportExpiresOn: true }, orderBy: { position: "asc" } });
      const expiring = members.some((member) => member.passportExpiresOn && calendarDateFromDb(member.passportExpiresOn) < departureOn);
      if (expiring) throw validationError({ departureOn: ["applications.passportExpiresBeforeDeparture"] });
      return null;
    },
    { ...fields, arrivalOn: calendarDateToDb(arrivalOn), departureOn: calendarDateToDb(departureOn) },
    4,
  );
}

/** Moves the applicant to a step they already reached (the form's "Back" and step links). */
export async function reachedStep(delegationId: string, wanted: number | null) {
  const row = await db.delegation.findUnique({ where: { id: delegationId }, select: { formStep: true } });
  if (!row) throw notFound();
  // Documents are uploaded one by one, not saved as a step: having reached them opens the review.
  const furthest = row.formStep >= 4 ? FORM_STEPS : row.formStep;
  return wanted && wanted >= 1 && wanted <= furthest ? wanted : Math.min(row.formStep, FORM_STEPS);
}
