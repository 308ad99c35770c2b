import { z } from "zod";

// Extra keys (a `status`, an `invitedById`, a `seatRequestedAt`) are refused, not ignored.
const strict = { error: (issue: { code?: string }) => (issue.code === "unrecognized_keys" ? "validation.unknownField" : undefined) };

/** A form posts one checked box as a string and several as an array. */
const oneOrMany = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

const id = z.uuid("validation.invalid");
const version = z.coerce.number<unknown>().int().positive();
const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");

/** At most this many people in one invitation round: a trip has tens of seats, not thousands. */
export const MAX_INVITES = 100;

export const inviteParticipantsSchema = z.strictObject(
  {
    tripId: id,
    contactIds: z.preprocess(
      oneOrMany,
      z
        .array(id)
        .min(1, "participants.noneChosen")
        .max(MAX_INVITES, "participants.tooManyInvites")
        .transform((ids) => [...new Set(ids)]),
    ),
  },
  strict,
);
export type InviteParticipantsInput = z.output<typeof inviteParticipantsSchema>;

/** One participant, as the person saw them (their `version`). */
const participantRef = { tripId: id, participantId: id, version };

/**
 * The person's answer to the invitation. There is no "waitlisted" answer: the
 * waitlist is only where acceptances go once the seats are taken.
 */
export const PARTICIPANT_ANSWERS = ["ACCEPTED", "DECLINED"] as const;
export type ParticipantAnswer = (typeof PARTICIPANT_ANSWERS)[number];
export const answerParticipantSchema = z.strictObject({ ...participantRef, answer: z.enum(PARTICIPANT_ANSWERS, "validation.invalid") }, strict);
export type AnswerParticipantInput = z.output<typeof answerParticipantSchema>;

export const ATTENDANCE_MARKS = ["ATTENDED", "NO_SHOW"] as const;
export type AttendanceMark = (typeof ATTENDANCE_MARKS)[number];
export const recordAttendanceSchema = z.strictObject({ ...participantRef, attendance: z.enum(ATTENDANCE_MARKS, "validation.invalid") }, strict);
export type RecordAttendanceInput = z.output<typeof recordAttendanceSchema>;

export const removeParticipantSchema = z.strictObject(participantRef, strict);
export type RemoveParticipantInput = z.output<typeof removeParticipantSchema>;

/** Logistics of one participant for the rooming/transport sheet. */
export const updateParticipantDetailsSchema = z.strictObject(
  { ...participantRef, rooming: text(500), transport: text(500), notes: text(2000) },
  strict,
);
export type UpdateParticipantDetailsInput = z.output<typeof updateParticipantDetailsSchema>;

/** The invite picker's search, read from the address bar: anything unreadable is simply no search. */
export const candidateSearchSchema = z.object({ q: z.string().trim().max(200).optional().catch(undefined) });

/** GET /api/trips/[id]/participants?format=…&sheet=… */
export const participantExportSchema = z.strictObject(
  {
    format: z.enum(["csv", "xlsx"], "validation.invalid"),
    sheet: z.enum(["participants", "rooming"], "validation.invalid").default("participants"),
  },
  strict,
);
export type ParticipantExportQuery = z.output<typeof participantExportSchema>;
