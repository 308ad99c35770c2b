import { z } from "zod";
import { DelegationMemberRole, OutletKind } from "@/lib/generated/prisma/enums";
import { todayInVietnam } from "@/lib/i18n/calendar-date";
import { isProvinceCode } from "@/lib/places/provinces";

/**
 * What the public application form may send, step by step. Every schema is
 * strict (a forged `status` or `reference` is refused, not ignored) and every
 * message is an i18n key; errors carry their full path ("members.3.passportNumber")
 * so the form shows each one beside its own field.
 */
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

export const MAX_MEMBERS = 50;
export const MAX_TOPICS = 20;
/** The oldest birth date a working journalist plausibly has. */
const OLDEST_AGE_YEARS = 100;
const YOUNGEST_AGE_YEARS = 14;

const emptyAsNull = (value: unknown) => (value === "" || value === undefined ? null : value);
const oneOrMany = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");
const requiredText = (max: number) => z.string().trim().min(1, "validation.required").max(max, "validation.tooLong");
const country = z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, "applications.invalidCountry");
const version = z.coerce.number<unknown>().int().positive();
const calendarDate = z.iso.date("applications.invalidDate");

export const contactEmailField = z.string().trim().toLowerCase().max(320, "validation.tooLong").pipe(z.email("validation.invalidEmail"));

const outletFields = {
  outletName: requiredText(200),
  outletKind: z.enum(OutletKind, "applications.chooseOutletKind"),
  outletCountry: country,
  outletWebsite: z.preprocess(
    emptyAsNull,
    z.url({ protocol: /^https?$/, error: "validation.invalidUrl" }).max(500, "validation.tooLong").nullable(),
  ),
  contactName: requiredText(200),
  contactEmail: contactEmailField,
  contactPhone: z.string().trim().max(40, "validation.tooLong").regex(/^\+?[0-9 ().-]{6,}$/, "applications.invalidPhone"),
};

/** Step 1 of a new application: it creates the draft and e-mails the resume link. */
export const startApplicationSchema = z.strictObject(outletFields, strict);
export type StartApplicationInput = z.output<typeof startApplicationSchema>;

export const saveOutletSchema = z.strictObject({ version, ...outletFields }, strict);
export type SaveOutletInput = z.output<typeof saveOutletSchema>;

/** Upper-case letters and digits only: "c 1234-567" and "C1234567" are the same passport. */
export { normalisePassportNumber } from "./member-hashes";
import { normalisePassportNumber } from "./member-hashes";

const yearsBefore = (date: string, years: number) => `${Number(date.slice(0, 4)) - years}${date.slice(4)}`;

const memberSchema = z
  .strictObject(
    {
      /** Set for a member saved before: blank passport number and birth date then keep the stored ones. */
      memberId: z.preprocess(emptyAsNull, z.uuid("validation.invalid").nullable()).default(null),
      passportName: requiredText(200),
      nationality: country,
      dateOfBirth: z
        .preprocess(
          emptyAsNull,
          calendarDate
            .refine((date) => date <= todayInVietnam(), { message: "applications.birthDateInFuture", abort: true })
            .refine((date) => date <= yearsBefore(todayInVietnam(), YOUNGEST_AGE_YEARS) && date >= yearsBefore(todayInVietnam(), OLDEST_AGE_YEARS), "applications.birthDateImplausible")
            .nullable(),
        )
        .default(null),
      passportNumber: z.preprocess(
        emptyAsNull,
        z
          .string()
          .trim()
          .max(40, "validation.tooLong")
          .transform(normalisePassportNumber)
          .pipe(z.string().regex(/^[A-Z0-9]{5,20}$/, "applications.invalidPassportNumber"))
          .nullable(),
      ).default(null),
      passportExpiresOn: calendarDate.refine((date) => date >= todayInVietnam(), "applications.passportExpired"),
      role: z.enum(DelegationMemberRole, "applications.chooseRole"),
    },
    strict,
  )
  .superRefine((member, context) => {
    if (!member.memberId && member.dateOfBirth === null) context.addIssue({ code: "custom", path: ["dateOfBirth"], message: "validation.required" });
    if (!member.memberId && member.passportNumber === null) context.addIssue({ code: "custom", path: ["passportNumber"], message: "validation.required" });
  });
export type MemberInput = z.output<typeof memberSchema>;

export const saveMembersSchema = z.strictObject(
  {
    version,
    members: z.preprocess(
      oneOrMany,
      z.array(memberSchema).min(1, "applications.membersRequired").max(MAX_MEMBERS, "applications.tooManyMembers"),
    ),
  },
  strict,
);
export type SaveMembersInput = z.output<typeof saveMembersSchema>;

/** Topics come as one field, one per line or comma-separated, or as repeated values. */
const topicList = (value: unknown) => (typeof value === "string" ? value.split(/[\n,;]+/) : oneOrMany(value));

export const saveVisitSchema = z
  .strictObject(
    {
      version,
      arrivalOn: calendarDate,
      departureOn: calendarDate,
      purpose: requiredText(4000),
      topics: z.preprocess(
        topicList,
        z
          .array(z.string().trim().max(100, "validation.tooLong"))
          .transform((topics) => [...new Set(topics.filter(Boolean))])
          .pipe(z.array(z.string()).max(MAX_TOPICS, "validation.tooMany")),
      ),
      provinceCodes: z.preprocess(
        oneOrMany,
        z
          .array(z.string())
          .max(34, "validation.tooMany")
          .refine((codes) => codes.every(isProvinceCode), "applications.unknownProvince")
          .transform((codes) => [...new Set(codes)]),
      ),
      placesDetail: text(4000),
      interviewRequests: text(4000),
      equipment: text(4000),
    },
    strict,
  )
  .superRefine((visit, context) => {
    if (visit.arrivalOn < todayInVietnam()) context.addIssue({ code: "custom", path: ["arrivalOn"], message: "applications.arrivalInPast" });
    if (visit.departureOn < visit.arrivalOn) context.addIssue({ code: "custom", path: ["departureOn"], message: "applications.departureBeforeArrival" });
  });
export type SaveVisitInput = z.output<typeof saveVisitSchema>;

export const versionOnlySchema = z.strictObject({ version }, strict);

export const submitApplicationSchema = z.strictObject(
  { version, confirm: z.preprocess((value) => value === true || value === "true" || value === "on", z.literal(true, "applications.confirmRequired")) },
  strict,
);

export const REFERENCE_PATTERN = /^DL-\d{4}-\d{5}$/;

export const statusLookupSchema = z.strictObject(
  {
    reference: z.string().trim().toUpperCase().regex(REFERENCE_PATTERN, "applications.invalidReference"),
    email: contactEmailField,
  },
  strict,
);
export type StatusLookupInput = z.output<typeof statusLookupSchema>;

export const answerInfoRequestSchema = z.strictObject({ version, answer: requiredText(5000) }, strict);
export type AnswerInfoRequestInput = z.output<typeof answerInfoRequestSchema>;

export const removeDocumentSchema = z.strictObject({ documentId: z.uuid("validation.invalid") }, strict);
/** Nothing to send: forgetting the pass on this browser. */
export const leaveApplicationSchema = z.strictObject({}, strict);
