"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createContactFromMember, linkMemberToContact } from "./member-matching";
import { revealMemberField, transitionDelegation } from "./review";
import { createContactFromMemberSchema, linkMemberSchema, revealMemberFieldSchema, transitionDelegationSchema } from "./review-schemas";

const DELEGATIONS_PATH = "/admin/delegations";

function revalidateDelegation(delegationId: string) {
  revalidatePath(DELEGATIONS_PATH);
  revalidatePath(`${DELEGATIONS_PATH}/${delegationId}`, "layout");
  revalidatePath("/admin/outbox");
}

export const transitionDelegationAction = authedAction("transitionDelegation", transitionDelegationSchema, async (input, { actor }) => {
  const delegation = await transitionDelegation({ actor, input });
  revalidateDelegation(delegation.id);
  return delegation;
});

// The value goes back to the one officer who asked; nothing is revalidated, so it is in no cached page.
export const revealMemberFieldAction = authedAction("revealMemberField", revealMemberFieldSchema, async (input, { actor }) => revealMemberField({ actor, input }));

export const linkMemberToContactAction = authedAction("linkMemberToContact", linkMemberSchema, async (input, { actor }) => {
  const link = await linkMemberToContact({ actor, input });
  revalidateDelegation(input.delegationId);
  return link;
});

export const createContactFromMemberAction = authedAction("createContactFromMember", createContactFromMemberSchema, async (input, { actor }) => {
  const link = await createContactFromMember({ actor, input });
  revalidateDelegation(input.delegationId);
  revalidatePath("/admin/contacts");
  return link;
});
