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
