import { z } from "zod";
import { ARTICLE_STATUSES } from "./workflow";
import { richTextDocSchema } from "./rich-text";
import { LOCALES } from "@/lib/i18n/locales";
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from "@/lib/text/slug";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong");

/** An optional web address: empty means none. */
const optionalWebUrl = z
  .union([z.literal(""), z.url({ protocol: /^https?$/, error: "validation.invalidUrl" }).max(2048, "validation.tooLong")])
  .optional()
  .transform((value) => value || null);

/** Search engines show about 60 characters of a title and 160 of a description; a little more is tolerated. */
export const SEO_TITLE_MAX = 90;
export const META_DESCRIPTION_MAX = 300;

/** The fields a person writes. Status, owner, version and dates are never among them. */
const articleFields = {
  title: z.string().trim().min(1, "validation.required").max(300, "validation.tooLong"),
  slug: z
    .union([z.literal(""), z.string().trim().max(SLUG_MAX_LENGTH, "validation.tooLong").regex(SLUG_PATTERN, "validation.slugFormat")])
    .optional(),
  sapo: text(1000).default(""),
  body: richTextDocSchema,
  categoryId: z.union([z.literal(""), z.uuid("validation.invalid")]).nullish().transform((value) => value || null),
  byline: text(200).default(""),
  sourceLine: text(300).default(""),
  coverImageUrl: optionalWebUrl,
  seoTitle: text(SEO_TITLE_MAX).default(""),
  metaDescription: text(META_DESCRIPTION_MAX).default(""),
  socialImageUrl: optionalWebUrl,
  canonicalUrl: optionalWebUrl,
  tags: z.array(z.string().trim().min(1).max(60, "validation.tooLong")).max(20, "validation.tooMany").default([]),
  authorIds: z.array(z.uuid("validation.invalid")).max(10, "validation.tooMany").default([]),
};

export const createArticleSchema = z.strictObject({
  locale: z.enum(LOCALES, "validation.invalid"),
  /** Set when this article translates an existing story into another locale. */
  translationGroupId: z.uuid("validation.invalid").optional(),
  ...articleFields,
});
export type CreateArticleInput = z.output<typeof createArticleSchema>;

export const updateArticleSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  /** The version the editor loaded; a save over a newer one is a conflict. */
  version: z.int().positive(),
  ...articleFields,
});
export type UpdateArticleInput = z.output<typeof updateArticleSchema>;

export const transitionArticleSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  to: z.enum(ARTICLE_STATUSES, "validation.invalid"),
  version: z.int().positive(),
  note: text(2000).optional(),
});
export type TransitionArticleInput = z.output<typeof transitionArticleSchema>;

export const ARTICLE_SORTS = ["updated-desc", "updated-asc", "created-desc", "created-asc"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const articleListFiltersSchema = z.object({
  status: z.enum(ARTICLE_STATUSES).optional().catch(undefined),
  locale: z.enum(LOCALES).optional().catch(undefined),
  authorId: z.uuid().optional().catch(undefined),
  categoryId: z.uuid().optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
  sort: z.enum(ARTICLE_SORTS).default("updated-desc").catch("updated-desc"),
  cursor: z.string().max(500).optional().catch(undefined),
  direction: z.enum(["next", "prev"]).default("next").catch("next"),
});
export type ArticleListFilters = z.output<typeof articleListFiltersSchema>;

// ---------------------------------------------------------------------------
// Revisions and autosave
// ---------------------------------------------------------------------------

export const restoreArticleRevisionSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  revisionNumber: z.int().positive(),
  /** The version the person was looking at; a restore over a newer one is a conflict, like a save. */
  version: z.int().positive(),
});
export type RestoreArticleRevisionInput = z.output<typeof restoreArticleRevisionSchema>;

const optionalUrlText = z.string().max(2048, "validation.tooLong").nullish().transform((value) => value?.trim() || null);

/**
 * A person's working copy as the editor holds it: possibly half-typed (no title
 * yet, an address still being typed), so only bounded, not complete. The body is
 * held to the same allow-list as a save: it is loaded back into the editor.
 */
export const workingCopySchema = z.strictObject({
  title: z.string().max(300, "validation.tooLong"),
  slug: z.string().max(SLUG_MAX_LENGTH, "validation.tooLong").default(""),
  sapo: z.string().max(1000, "validation.tooLong").default(""),
  body: richTextDocSchema,
  categoryId: z.union([z.literal(""), z.uuid("validation.invalid")]).nullish().transform((value) => value || null),
  byline: z.string().max(200, "validation.tooLong").default(""),
  sourceLine: z.string().max(300, "validation.tooLong").default(""),
  coverImageUrl: optionalUrlText,
  seoTitle: z.string().max(300, "validation.tooLong").default(""),
  metaDescription: z.string().max(1000, "validation.tooLong").default(""),
  socialImageUrl: optionalUrlText,
  canonicalUrl: optionalUrlText,
  tags: z.array(z.string().trim().max(60, "validation.tooLong")).max(20, "validation.tooMany").default([]),
  authorIds: z.array(z.uuid("validation.invalid")).max(10, "validation.tooMany").default([]),
});
export type WorkingCopy = z.output<typeof workingCopySchema>;

export const compareDraftSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  draft: workingCopySchema,
});
export type CompareDraftInput = z.output<typeof compareDraftSchema>;

export const autosaveArticleSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  /** The version the person's editor loaded: saving this copy later is checked against it. */
  baseVersion: z.int().positive(),
  draft: workingCopySchema,
});
export type AutosaveArticleInput = z.output<typeof autosaveArticleSchema>;

export const discardArticleAutosaveSchema = z.strictObject({ articleId: z.uuid("validation.invalid") });
