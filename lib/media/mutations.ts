import { randomUUID } from "node:crypto";
import path from "node:path";
import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { AppError, notFound } from "@/lib/errors";
import { searchKey } from "@/lib/text/slug";
import { MEDIA_TYPES } from "./file-type";
import { processImage } from "./image-processing";
import { mediaFolder, originalKey, renditionKey } from "./keys";
import type { DeleteMediaInput, UpdateMediaInput } from "./schemas";
import { mediaStorage } from "./configured-storage";
import type { MediaStorage } from "./storage";
import { checkUpload } from "./upload-checks";

export type UploadedFile = { name: string; bytes: Buffer };
export type MediaChange = { id: string; version: number };

/** The file's own name, without any folder a browser or a forged request put in front of it. */
function displayName(name: string): string {
  const base = path.posix.basename(name.replaceAll("\\", "/")).trim().normalize("NFC");
  return base.slice(0, 200) || "file";
}

const mediaSearchText = (fields: { originalName: string; altText?: string; caption?: string; credit?: string; source?: string }) =>
  searchKey([fields.originalName, fields.altText, fields.caption, fields.credit, fields.source].filter(Boolean).join(" "));

type StoredFile = { key: string; bytes: Buffer; contentType: string };

/** Writes every file or none: a failure part-way removes what was already written. */
async function storeAll(storage: MediaStorage, files: StoredFile[]): Promise<void> {
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.bytes, file.contentType);
      written.push(file.key);
    }
  } catch (error) {
    await storage.remove(written).catch(() => undefined);
    throw error;
  }
}

/**
 * Adds one file to the media library. It is checked by its bytes and limits
 * first; an image is then re-encoded upright without metadata into its
 * renditions. Files are written before the database row and removed again if
 * the row cannot be written, so a refusal or a failure leaves nothing behind.
 */
export async function uploadMedia({ actor, file, storage = mediaStorage() }: { actor: Actor; file: UploadedFile; storage?: MediaStorage }): Promise<MediaChange> {
  assertCan(actor, "media.upload");
  const { type, kind } = checkUpload(file.bytes);
  const id = randomUUID();
  const uploadedAt = new Date();
  const folder = mediaFolder(id, uploadedAt);
  const originalName = displayName(file.name);

  const files: StoredFile[] = [];
  const renditions: { format: string; width: number; height: number; byteSize: number; storageKey: string }[] = [];
  let dimensions: { width: number; height: number } | null = null;
  let masterKey: string;
  if (kind === "IMAGE") {
    const processed = await processImage(file.bytes, type);
    dimensions = { width: processed.width, height: processed.height };
    masterKey = originalKey(folder, processed.master.format === "jpeg" ? "jpg" : processed.master.format);
    files.push({ key: masterKey, bytes: processed.master.bytes, contentType: `image/${processed.master.format}` });
    for (const rendition of processed.renditions) {
      const key = renditionKey(folder, rendition.width, rendition.format);
      files.push({ key, bytes: rendition.bytes, contentType: `image/${rendition.format}` });
      renditions.push({ format: rendition.format, width: rendition.width, height: rendition.height, byteSize: rendition.bytes.length, storageKey: key });
    }
  } else {
    masterKey = originalKey(folder, MEDIA_TYPES[type].extension);
    files.push({ key: masterKey, bytes: file.bytes, contentType: type });
  }

  await storeAll(storage, files);
  try {
    const media = await db.media.create({
      data: {
        id,
        kind,
        mimeType: type,
        originalName,
        byteSize: file.bytes.length,
        width: dimensions?.width,
        height: dimensions?.height,
        storageKey: masterKey,
        searchText: mediaSearchText({ originalName }),
        uploadedById: actor.id,
        createdAt: uploadedAt,
        renditions: { createMany: { data: renditions } },
      },
      select: { id: true, version: true },
    });
    return media;
  } catch (error) {
    await storage.remove(files.map((stored) => stored.key)).catch(() => undefined);
    throw error;
  }
}

async function getMediaScopeOrThrow(mediaId: string) {
  const media = await db.media.findUnique({
    where: { id: mediaId },
    select: { id: true, version: true, uploadedById: true, originalName: true, storageKey: true, renditions: { select: { storageKey: true } } },
  });
  if (!media) throw notFound();
  return media;
}

/** A zero-row compare-and-set: the item is gone (404) or someone saved first (409). */
async function staleOrMissing(mediaId: string): Promise<AppError> {
  const exists = await db.media.findUnique({ where: { id: mediaId }, select: { id: true } });
  return exists ? new AppError("CONFLICT", "media.conflict") : notFound();
}

export async function updateMedia({ actor, input }: { actor: Actor; input: UpdateMediaInput }): Promise<MediaChange> {
  if (!can(actor, "media.read")) throw notFound();
  const media = await getMediaScopeOrThrow(input.mediaId);
  assertCan(actor, "media.edit", { createdById: media.uploadedById });
  const { count } = await db.media.updateMany({
    where: { id: media.id, version: input.version },
    data: {
      altText: input.altText,
      caption: input.caption,
      credit: input.credit,
      source: input.source,
      usageNote: input.usageNote,
      focalX: input.focalX,
      focalY: input.focalY,
      searchText: mediaSearchText({ originalName: media.originalName, ...input }),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw await staleOrMissing(media.id);
  return { id: media.id, version: input.version + 1 };
}

/**
 * Removes an item and its files. Refused while a published story shows it:
 * readers would meet a broken image. The files go after the row is gone, so a
 * failure never leaves a row pointing at missing bytes.
 */
export async function deleteMedia({ actor, input, storage = mediaStorage() }: { actor: Actor; input: DeleteMediaInput; storage?: MediaStorage }): Promise<void> {
  if (!can(actor, "media.read")) throw notFound();
  const media = await getMediaScopeOrThrow(input.mediaId);
  assertCan(actor, "media.delete", { createdById: media.uploadedById });
  await db.$transaction(async (tx) => {
    // Delete first, then look for stories: the delete waits for a publish holding the row
    // (FOR SHARE, lib/articles/publish-media.ts), and the check then sees its snapshot.
    const { count } = await tx.media.deleteMany({ where: { id: media.id, version: input.version } });
    const usedBy = await tx.publishedArticle.findMany({ where: { mediaIds: { has: media.id } }, select: { title: true }, take: 3 });
    if (usedBy.length) {
      throw new AppError("CONFLICT", "media.inUse", { params: { stories: usedBy.map((story) => `“${story.title}”`).join(", ") } });
    }
    if (count === 0) throw await staleOrMissing(media.id);
  });
  await storage.remove([media.storageKey, ...media.renditions.map((rendition) => rendition.storageKey)]);
}
