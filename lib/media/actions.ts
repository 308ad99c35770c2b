"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { revalidatePublicMedia } from "@/lib/articles/revalidate";
import { deleteMedia, updateMedia } from "./mutations";
import { listImagesByIds, listMedia, toEditorImage, type EditorImage } from "./queries";
import { deleteMediaSchema, imagesByIdsSchema, searchImagesSchema, updateMediaSchema } from "./schemas";

const LIBRARY_PATH = "/admin/media";

export const updateMediaAction = authedAction("updateMedia", updateMediaSchema, async (input, { actor }) => {
  const media = await updateMedia({ actor, input });
  revalidatePath(LIBRARY_PATH);
  revalidatePath(`${LIBRARY_PATH}/${media.id}`);
  revalidatePublicMedia();
  return media;
});

export const deleteMediaAction = authedAction("deleteMedia", deleteMediaSchema, async (input, { actor }) => {
  await deleteMedia({ actor, input });
  revalidatePath(LIBRARY_PATH);
  revalidatePath(`${LIBRARY_PATH}/${input.mediaId}`);
  revalidatePublicMedia();
  return { id: input.mediaId };
});

/** The editor's image picker: library images only, newest first, a page at a time. */
export const searchImagesAction = authedAction("searchImages", searchImagesSchema, async (input, { actor }) => {
  const page = await listMedia({ actor, filters: { q: input.q, cursor: input.cursor, kind: "IMAGE" } });
  return { items: page.items.map(toEditorImage).filter((item): item is EditorImage => item !== null), nextCursor: page.nextCursor };
});

/** The images a story's figures and galleries name, for their previews in the editor. */
export const imagesByIdsAction = authedAction("imagesByIds", imagesByIdsSchema, async (input, { actor }) => listImagesByIds({ actor, ids: input.ids }));
