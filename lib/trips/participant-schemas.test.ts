import { describe, expect, test } from "vitest";
import {
  answerParticipantSchema,
  candidateSearchSchema,
  inviteParticipantsSchema,
  MAX_INVITES,
  participantExportSchema,
  recordAttendanceSchema,
  updateParticipantDetailsSchema,
} from "./participant-schemas";

const ID = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;
const ref = { tripId: ID(1), participantId: ID(2), version: "3" };
const firstMessage = (result: { error?: { issues: { message: string }[] } }) => result.error?.issues[0].message;

describe("participant schemas", () => {
  test("invitations: one to a hundred distinct people; a single checked box arrives as a string", () => {
    expect(firstMessage(inviteParticipantsSchema.safeParse({ tripId: ID(1), contactIds: [] }))).toBe("participants.noneChosen");
    const tooMany = Array.from({ length: MAX_INVITES + 1 }, (_, index) => ID(index + 10));
    expect(firstMessage(inviteParticipantsSchema.safeParse({ tripId: ID(1), contactIds: tooMany }))).toBe("participants.tooManyInvites");
    expect(inviteParticipantsSchema.parse({ tripId: ID(1), contactIds: ID(5) }).contactIds).toEqual([ID(5)]);
    expect(inviteParticipantsSchema.parse({ tripId: ID(1), contactIds: [ID(5), ID(5), ID(6)] }).contactIds).toEqual([ID(5), ID(6)]);
    expect(firstMessage(inviteParticipantsSchema.safeParse({ tripId: ID(1), contactIds: ["not-an-id"] }))).toBe("validation.invalid");
  });

  test("the waitlist is not an answer, attendance is not an answer, and status fields cannot be smuggled", () => {
    expect(answerParticipantSchema.parse({ ...ref, answer: "ACCEPTED" })).toEqual({ tripId: ID(1), participantId: ID(2), version: 3, answer: "ACCEPTED" });
    expect(answerParticipantSchema.safeParse({ ...ref, answer: "WAITLISTED" }).success).toBe(false);
    expect(answerParticipantSchema.safeParse({ ...ref, answer: "ATTENDED" }).success).toBe(false);
    expect(recordAttendanceSchema.safeParse({ ...ref, attendance: "ACCEPTED" }).success).toBe(false);
    expect(firstMessage(answerParticipantSchema.safeParse({ ...ref, answer: "DECLINED", status: "ACCEPTED" }))).toBe("validation.unknownField");
    expect(firstMessage(updateParticipantDetailsSchema.safeParse({ ...ref, rooming: "x", seatRequestedAt: "2020-01-01" }))).toBe("validation.unknownField");
  });

  test("logistics are trimmed and bounded; a version must be a positive integer", () => {
    expect(updateParticipantDetailsSchema.parse({ ...ref, rooming: "  Room 12 " })).toMatchObject({ rooming: "Room 12", transport: "", notes: "" });
    expect(firstMessage(updateParticipantDetailsSchema.safeParse({ ...ref, notes: "x".repeat(2001) }))).toBe("validation.tooLong");
    expect(updateParticipantDetailsSchema.safeParse({ ...ref, version: "0" }).success).toBe(false);
  });

  test("exports: csv or xlsx, the participants sheet by default, nothing else asked for", () => {
    expect(participantExportSchema.parse({ format: "xlsx" })).toEqual({ format: "xlsx", sheet: "participants" });
    expect(participantExportSchema.safeParse({ format: "csv", sheet: "budget" }).success).toBe(false);
    expect(participantExportSchema.safeParse({ format: "csv", personal: "1" }).success).toBe(false);
    expect(candidateSearchSchema.parse({ q: "x".repeat(300) })).toEqual({ q: undefined });
  });
});
