"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { deleteMedia, updateMedia } from "./mutations";
import { deleteMediaSchema, updateMediaSchema } from "./schemas";

const LIBRARY_PATH = "/admin/media";

export const updateMediaAction = authedAction("updateMedia", updateMediaSchema, async (input, { actor }) => {
  const media = await updateMedia({ actor, input });
  revalidatePath(LIBRARY_PATH);
  revalidatePath(`${LIBRARY_PATH}/${media.id}`);
  return media;
});

export const deleteMediaAction = authedAction("deleteMedia", deleteMediaSchema, async (input, { actor }) => {
  await deleteMedia({ actor, input });
  revalidatePath(LIBRARY_PATH);
  revalidatePath(`${LIBRARY_PATH}/${input.mediaId}`);
  return { id: input.mediaId };
});
