"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { createContact, createMission, createOutlet, mergeContacts, updateContact, updateMission, updateOutlet } from "./mutations";
import {
  createContactSchema,
  createMissionSchema,
  createOutletSchema,
  mergeContactsSchema,
  updateContactSchema,
  updateMissionSchema,
  updateOutletSchema,
} from "./schemas";

const DIRECTORY_PATH = "/admin/contacts";

export const createContactAction = authedAction("createContact", createContactSchema, async (input, { actor }) => {
  const contact = await createContact({ actor, input });
  revalidatePath(DIRECTORY_PATH);
  return contact;
});

export const updateContactAction = authedAction("updateContact", updateContactSchema, async (input, { actor }) => {
  const contact = await updateContact({ actor, input });
  revalidatePath(DIRECTORY_PATH);
  revalidatePath(`${DIRECTORY_PATH}/${contact.id}`);
  return contact;
});

export const mergeContactsAction = authedAction("mergeContacts", mergeContactsSchema, async (input, { actor }) => {
  const contact = await mergeContacts({ actor, ...input });
  revalidatePath(DIRECTORY_PATH);
  revalidatePath(`${DIRECTORY_PATH}/${input.keepId}`);
  revalidatePath(`${DIRECTORY_PATH}/${input.mergeId}`);
  return contact;
});

export const createOutletAction = authedAction("createOutlet", createOutletSchema, async (input, { actor }) => {
  const outlet = await createOutlet({ actor, input });
  revalidatePath(DIRECTORY_PATH);
  return outlet;
});

export const updateOutletAction = authedAction("updateOutlet", updateOutletSchema, async (input, { actor }) => {
  const outlet = await updateOutlet({ actor, input });
  revalidatePath(DIRECTORY_PATH);
  return outlet;
});

export const createMissionAction = authedAction("createMission", createMissionSchema, async (input, { actor }) => {
  const mission = await createMission({ actor, input });
  revalidatePath(DIRECTORY_PATH);
  return mission;
});

export const updateMissionAction = authedAction("updateMission", updateMissionSchema, async (input, { actor }) => {
  const mission = await updateMission({ actor, input });
  revalidatePath(DIRECTORY_PATH);
  return mission;
});
