import { z } from "zod";

const text = (max: number) => z.string().trim().max(max, "validation.tooLong").default("");
const focal = z.coerce.number("validation.invalid").min(0, "validation.invalid").max(1, "validation.invalid");

/** What a person describes about a media item. Kind, size, storage and uploader are never among them. */
export const updateMediaSchema = z.strictObject({
  mediaId: z.uuid("validation.invalid"),
  version: z.coerce.number().int().positive(),
  altText: text(300),
  caption: text(1000),
  credit: text(200),
  source: text(300),
  usageNote: text(1000),
  focalX: focal.default(0.5),
  focalY: focal.default(0.5),
});
export type UpdateMediaInput = z.output<typeof updateMediaSchema>;

export const deleteMediaSchema = z.strictObject({
  mediaId: z.uuid("validation.invalid"),
  version: z.coerce.number().int().positive(),
});
export type DeleteMediaInput = z.output<typeof deleteMediaSchema>;

export const MEDIA_KIND_FILTERS = ["IMAGE", "DOCUMENT"] as const;

export const mediaListFiltersSchema = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  kind: z.enum(MEDIA_KIND_FILTERS).optional().catch(undefined),
  uploaderId: z.uuid().optional().catch(undefined),
  /** Uploaded on or after / on or before these days (YYYY-MM-DD, in the newsroom's time zone). */
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  cursor: z.string().max(500).optional().catch(undefined),
});
export type MediaListFilters = z.output<typeof mediaListFiltersSchema>;

/** The editor's image picker: a page of library images matching the text. */
export const searchImagesSchema = z.strictObject({
  q: z.string().trim().max(200).optional(),
  cursor: z.string().max(500).optional(),
});

/** The images a story's figures and galleries name, for their previews in the editor. */
export const imagesByIdsSchema = z.strictObject({
  ids: z.array(z.uuid()).max(200),
});
