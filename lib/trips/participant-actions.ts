"use server";

// The participants page is rendered per request for the signed-in person, so
// the client refreshes it after each answer (router.refresh); nothing here is
// cached that would need revalidating.
import { authedAction } from "@/lib/action";
import { answerParticipant, inviteParticipants, recordAttendance, removeParticipant, updateParticipantDetails } from "./participants";
import {
  answerParticipantSchema,
  inviteParticipantsSchema,
  recordAttendanceSchema,
  removeParticipantSchema,
  updateParticipantDetailsSchema,
} from "./participant-schemas";

export const inviteParticipantsAction = authedAction("inviteParticipants", inviteParticipantsSchema, (input, { actor }) => inviteParticipants({ actor, input }));

export const answerParticipantAction = authedAction("answerParticipant", answerParticipantSchema, (input, { actor }) => answerParticipant({ actor, input }));

export const recordAttendanceAction = authedAction("recordAttendance", recordAttendanceSchema, (input, { actor }) => recordAttendance({ actor, input }));

export const removeParticipantAction = authedAction("removeParticipant", removeParticipantSchema, (input, { actor }) => removeParticipant({ actor, input }));

export const updateParticipantDetailsAction = authedAction("updateParticipantDetails", updateParticipantDetailsSchema, (input, { actor }) =>
  updateParticipantDetails({ actor, input }),
);
