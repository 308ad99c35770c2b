"use server";

import { revalidatePath } from "next/cache";
import { authedAction } from "@/lib/action";
import { assignArticle } from "./assignments";
import { addComment, articleIdOfComment, deleteComment, editComment, setCommentResolved } from "./comments";
import { heartbeatEditSession } from "./edit-sessions";
import { addCommentSchema, assignArticleSchema, deleteCommentSchema, editCommentSchema, editSessionSchema, resolveCommentSchema } from "./schemas";

/** Newsroom pages only: none of this is on the reader site, so nothing public is revalidated. */
function revalidateArticle(articleId: string | null) {
  if (articleId) revalidatePath(`/admin/articles/${articleId}`);
  revalidatePath("/admin/my-work");
}

export const assignArticleAction = authedAction("assignArticle", assignArticleSchema, async (input, { actor }) => {
  const assignment = await assignArticle({ actor, input });
  revalidateArticle(input.articleId);
  return assignment;
});

export const addCommentAction = authedAction("addComment", addCommentSchema, async (input, { actor }) => {
  const comment = await addComment({ actor, input });
  revalidateArticle(input.articleId);
  return comment;
});

export const editCommentAction = authedAction("editComment", editCommentSchema, async (input, { actor }) => {
  await editComment({ actor, input });
  revalidateArticle(await articleIdOfComment(input.commentId));
  return null;
});

export const deleteCommentAction = authedAction("deleteComment", deleteCommentSchema, async (input, { actor }) => {
  await deleteComment({ actor, input });
  revalidateArticle(await articleIdOfComment(input.commentId));
  return null;
});

export const resolveCommentAction = authedAction("resolveComment", resolveCommentSchema, async (input, { actor }) => {
  await setCommentResolved({ actor, input });
  revalidateArticle(await articleIdOfComment(input.commentId));
  return null;
});

/** The editor's heartbeat: keeps the person's edit session alive and answers who else is editing. */
export const editSessionHeartbeatAction = authedAction("editSessionHeartbeat", editSessionSchema, (input, { actor }) =>
  heartbeatEditSession({ actor, articleId: input.articleId }),
);
