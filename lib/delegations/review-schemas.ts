import { z } from "zod";
import { DelegationStatus } from "@/lib/generated/prisma/enums";
import { isCalendarDate } from "@/lib/i18n/calendar-date";

const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };
const id = z.uuid("validation.invalid");
const version = z.coerce.number("validation.invalid").int("validation.invalid").min(1, "validation.invalid");

const optionalDay = z.string().trim().refine(isCalendarDate).optional().catch(undefined);

/** The applications list's filters, read from the address bar: anything unreadable is simply no filter. */
export const delegationListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  status: z.enum(DelegationStatus).exclude(["DRAFT"]).optional().catch(undefined),
  country: z
    .string()
    .trim()
    .regex(/^[A-Za-z]{2}$/)
    .transform((code) => code.toUpperCase())
    .optional()
    .catch(undefined),
  from: optionalDay,
  to: optionalDay,
  cursor: z.string().max(500).optional().catch(undefined),
});
export type DelegationListFilters = z.output<typeof delegationListFiltersSchema>;

export const transitionDelegationSchema = z.strictObject(
  {
    delegationId: id,
    version,
    to: z.enum(DelegationStatus, "validation.invalid"),
    note: z.string().trim().max(2000, "validation.tooLong").optional(),
  },
  strict,
);
export type TransitionDelegationInput = z.output<typeof transitionDelegationSchema>;

/** One protected value of one member, shown to a press officer once it is logged. */
export const revealMemberFieldSchema = z.strictObject(
  { delegationId: id, memberId: id, field: z.enum(["PASSPORT_NUMBER", "DATE_OF_BIRTH"], "validation.invalid") },
  strict,
);
export type RevealMemberFieldInput = z.output<typeof revealMemberFieldSchema>;

export const linkMemberSchema = z.strictObject({ delegationId: id, memberId: id, contactId: id }, strict);
export type LinkMemberInput = z.output<typeof linkMemberSchema>;

export const createContactFromMemberSchema = z.strictObject({ delegationId: id, memberId: id }, strict);
export type CreateContactFromMemberInput = z.output<typeof createContactFromMemberSchema>;

/** The outbox's page, from the address bar. */
export const outboxFiltersSchema = z.object({ cursor: z.string().max(500).optional().catch(undefined) });
