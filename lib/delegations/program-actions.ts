"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { saveDelegationProgram } from "@/lib/itinerary/delegation-itinerary";
import { saveDelegationProgramSchema, withDottedPaths } from "@/lib/itinerary/schemas";
import { assignDelegationEscort, delegationEscortSchema, removeDelegationEscort } from "./escorts";

const programPath = (delegationId: string) => `/admin/delegations/${delegationId}/program`;

export const saveDelegationProgramAction = authedAction("saveDelegationProgram", withDottedPaths(saveDelegationProgramSchema), async (input, { actor }) => {
  const saved = await saveDelegationProgram({ actor, input });
  revalidatePath(programPath(input.delegationId), "layout");
  return saved;
});

export const assignDelegationEscortAction = authedAction("assignDelegationEscort", delegationEscortSchema, async (input, { actor }) => {
  const changed = await assignDelegationEscort({ actor, input });
  revalidatePath(`/admin/delegations/${input.delegationId}`, "layout");
  return changed;
});

export const removeDelegationEscortAction = authedAction("removeDelegationEscort", delegationEscortSchema, async (input, { actor }) => {
  const changed = await removeDelegationEscort({ actor, input });
  revalidatePath(`/admin/delegations/${input.delegationId}`, "layout");
  return changed;
});
