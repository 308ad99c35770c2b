"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authedAction } from "@/lib/action";
import { LOCALES } from "@/lib/i18n/locales";
import { newsroomLocale } from "@/lib/request";
import { autosaveArticle, discardArticleAutosave } from "./autosave";
import { createArticle, transitionArticle, updateArticle, type ArticleChange } from "./mutations";
import { getArticleForEditor, searchPublishedStories } from "./queries";
import { MAX_RELATED_ARTICLES } from "./rich-text";
import { revalidatePublicArticle } from "./revalidate";
import { compareDraftWithLatest, restoreRevision } from "./revisions";
import {
  autosaveArticleSchema,
  compareDraftSchema,
  createArticleSchema,
  discardArticleAutosaveSchema,
  restoreArticleRevisionSchema,
  transitionArticleSchema,
  updateArticleSchema,
} from "./schemas";

/** Revalidates after the commit and answers what the editor needs: the new version and state. */
function afterCommit(change: ArticleChange): Pick<ArticleChange, "id" | "slug" | "status" | "version"> {
  revalidatePublicArticle(change);
  revalidatePath("/admin/articles");
  revalidatePath(`/admin/articles/${change.id}`);
  return { id: change.id, slug: change.slug, status: change.status, version: change.version };
}

export const createArticleAction = authedAction("createArticle", createArticleSchema, async (input, { actor }) =>
  afterCommit(await createArticle({ actor, input })),
);

export const updateArticleAction = authedAction("updateArticle", updateArticleSchema, async (input, { actor }) =>
  afterCommit(await updateArticle({ actor, input })),
);

export const transitionArticleAction = authedAction("transitionArticle", transitionArticleSchema, async (input, { actor }) =>
  afterCommit(await transitionArticle({ actor, input })),
);

const createTranslationSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  locale: z.enum(LOCALES, "validation.invalid"),
});

/**
 * Starts the same story in another language: a new draft in the same
 * translation group, prefilled with the source's text for the translator to
 * replace. Reading the source and creating the draft both pass the policy.
 */
export const createTranslationAction = authedAction("createTranslation", createTranslationSchema, async (input, { actor }) => {
  const source = await getArticleForEditor({ actor, articleId: input.articleId });
  const change = await createArticle({
    actor,
    input: {
      locale: input.locale,
      translationGroupId: source.translationGroupId,
      title: source.title,
      sapo: source.sapo,
      body: source.body,
      categoryId: source.categoryId,
      byline: source.byline,
      sourceLine: source.sourceLine,
      coverImageUrl: source.coverImageUrl,
      // Search text is written per language; the sharing image carries over.
      seoTitle: "",
      metaDescription: "",
      socialImageUrl: source.socialImageUrl,
      canonicalUrl: null,
      tags: [],
      authorIds: source.authors.map((author) => author.id),
    },
  });
  return afterCommit(change);
});

const searchPublishedStoriesSchema = z.strictObject({
  locale: z.enum(LOCALES, "validation.invalid"),
  q: z.string("validation.invalid").max(200, "validation.tooLong").optional(),
  translationGroupIds: z.array(z.uuid("validation.invalid")).max(MAX_RELATED_ARTICLES, "validation.tooMany").optional(),
});

/** Published stories for the related-news picker in the editor; reading them passes the policy. */
export const searchPublishedStoriesAction = authedAction("searchPublishedStories", searchPublishedStoriesSchema, (input, { actor }) =>
  searchPublishedStories({ actor, ...input }),
);

export const restoreArticleRevisionAction = authedAction("restoreArticleRevision", restoreArticleRevisionSchema, async (input, { actor }) => {
  const change = await restoreRevision({ actor, ...input });
  revalidatePath(`/admin/articles/${change.id}/revisions`);
  return afterCommit(change);
});

/** After a CONFLICT: what the person's unsaved draft changes relative to the latest save. Reads only. */
export const compareDraftWithLatestAction = authedAction("compareDraftWithLatest", compareDraftSchema, async (input, { actor }) =>
  compareDraftWithLatest({ actor, articleId: input.articleId, draft: input.draft, locale: await newsroomLocale(actor.preferredLocale) }),
);

/** Parks the person's working copy; nothing shared is written, so nothing is revalidated. */
export const autosaveArticleAction = authedAction("autosaveArticle", autosaveArticleSchema, async (input, { actor }) =>
  autosaveArticle({ actor, ...input }),
);

export const discardArticleAutosaveAction = authedAction("discardArticleAutosave", discardArticleAutosaveSchema, async (input, { actor }) => {
  await discardArticleAutosave({ actor, articleId: input.articleId });
  return null;
});
