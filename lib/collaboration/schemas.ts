import { z } from "zod";
import { isCalendarDate } from "@/lib/i18n/calendar-date";

/** A person picker: an id, or nobody (the empty option of a select). */
const personOrNobody = z.union([z.literal("").transform(() => null), z.uuid("validation.invalid"), z.null()]);

export const assignArticleSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  /** The assignment version the person was looking at; 0 when the article had none yet. */
  version: z.int().min(0),
  writerId: personOrNobody,
  editorId: personOrNobody,
  dueDate: z.union([
    z.literal("").transform(() => null),
    z.null(),
    z.string().refine(isCalendarDate, "validation.invalid"),
  ]),
});
export type AssignArticleInput = z.output<typeof assignArticleSchema>;

export const COMMENT_MAX_LENGTH = 4000;

/** Plain text: line endings normalized, outer blank space dropped, never empty. */
const commentBody = z
  .string("validation.required")
  .transform((value) => value.replace(/\r\n?/g, "\n").trim())
  .pipe(z.string().min(1, "validation.required").max(COMMENT_MAX_LENGTH, "validation.tooLong"));

export const addCommentSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
  /** The comment answered; a reply to a reply joins the same thread. */
  parentId: z.uuid("validation.invalid").nullish().transform((value) => value ?? null),
  body: commentBody,
});
export type AddCommentInput = z.output<typeof addCommentSchema>;

export const editCommentSchema = z.strictObject({
  commentId: z.uuid("validation.invalid"),
  version: z.int().positive(),
  body: commentBody,
});
export type EditCommentInput = z.output<typeof editCommentSchema>;

export const deleteCommentSchema = z.strictObject({
  commentId: z.uuid("validation.invalid"),
  version: z.int().positive(),
});
export type DeleteCommentInput = z.output<typeof deleteCommentSchema>;

export const resolveCommentSchema = z.strictObject({
  commentId: z.uuid("validation.invalid"),
  version: z.int().positive(),
  resolved: z.boolean(),
});
export type ResolveCommentInput = z.output<typeof resolveCommentSchema>;

export const editSessionSchema = z.strictObject({
  articleId: z.uuid("validation.invalid"),
});
