import type { RenditionFormat } from "./image-processing";

/**
 * Storage keys of one item: `<yyyy>/<mm>/<media id>/…`. The id makes a key
 * unguessable and unique, so its bytes never change and may be cached for a year.
 */
export function mediaFolder(mediaId: string, uploadedAt: Date): string {
  const year = uploadedAt.getUTCFullYear();
  const month = String(uploadedAt.getUTCMonth() + 1).padStart(2, "0");
  return `${year}/${month}/${mediaId}`;
}

export const originalKey = (folder: string, extension: string) => `${folder}/original.${extension}`;

export const renditionKey = (folder: string, width: number, format: RenditionFormat) => `${folder}/w${width}.${format === "jpeg" ? "jpg" : format}`;

const CONTENT_TYPES: Record<string, string> = {
  jpg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  gif: "image/gif",
  avif: "image/avif",
  pdf: "application/pdf",
};

/** The content type a stored key is served with, from the extension the library gave it. */
export function contentTypeOfKey(key: string): string | null {
  return CONTENT_TYPES[key.slice(key.lastIndexOf(".") + 1)] ?? null;
}

/** The public address of a stored file. */
export const mediaUrl = (key: string) => `/media/${key}`;
