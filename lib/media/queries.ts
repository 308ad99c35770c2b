import { assertCan, can, type Actor } from "@/lib/authz/policy";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MediaKind } from "@/lib/generated/prisma/enums";
import { searchKey } from "@/lib/text/slug";
import { mediaUrl } from "./keys";
import type { MediaListFilters } from "./schemas";

export const MEDIA_PAGE_SIZE = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Date filters name days in the newsroom's time zone. */
const NEWSROOM_UTC_OFFSET = "+07:00";

export type MediaRenditionDto = { format: string; width: number; height: number; url: string };

export type MediaListItem = {
  id: string;
  kind: MediaKind;
  mimeType: string;
  originalName: string;
  width: number | null;
  height: number | null;
  altText: string;
  caption: string;
  credit: string;
  createdAt: string;
  uploaderName: string;
  /** A small WebP for the grid; null for documents. */
  thumbnailUrl: string | null;
  url: string;
};

export type MediaListPage = { items: MediaListItem[]; nextCursor: string | null };

type Cursor = { createdAt: Date; id: string };

function encodeCursor(row: Cursor): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString("base64url");
}

/** An unreadable or forged cursor means "first page", never an error. */
function decodeCursor(raw: string | undefined): Cursor | null {
  if (!raw) return null;
  try {
    const [iso, id] = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as unknown[];
    const createdAt = new Date(typeof iso === "string" ? iso : Number.NaN);
    if (Number.isNaN(createdAt.getTime()) || typeof id !== "string" || !UUID.test(id)) return null;
    return { createdAt, id };
  } catch {
    return null;
  }
}

function filterWhere(filters: MediaListFilters): Prisma.MediaWhereInput {
  const text = filters.q ? searchKey(filters.q).replace(/[%_\\]/g, "").trim() : "";
  const createdAt: Prisma.DateTimeFilter = {};
  if (filters.from) createdAt.gte = new Date(`${filters.from}T00:00:00${NEWSROOM_UTC_OFFSET}`);
  if (filters.to) createdAt.lt = new Date(new Date(`${filters.to}T00:00:00${NEWSROOM_UTC_OFFSET}`).getTime() + 24 * 60 * 60 * 1000);
  return {
    kind: filters.kind,
    uploadedById: filters.uploaderId,
    ...(text ? { searchText: { contains: text } } : {}),
    ...(filters.from || filters.to ? { createdAt } : {}),
  };
}

const smallestWebp = { where: { format: "webp" }, orderBy: { width: "asc" as const }, take: 1, select: { storageKey: true } };

/** One page of the library, newest first, in the order of the (…, created_at DESC, id) indexes. */
export async function listMedia({ actor, filters }: { actor: Actor; filters: MediaListFilters }): Promise<MediaListPage> {
  assertCan(actor, "media.read");
  const cursor = decodeCursor(filters.cursor);
  const where = filterWhere(filters);
  const rows = await db.media.findMany({
    where: cursor
      ? { AND: [where, { createdAt: { lte: cursor.createdAt }, OR: [{ createdAt: { lt: cursor.createdAt } }, { id: { gt: cursor.id } }] }] }
      : where,
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: MEDIA_PAGE_SIZE + 1,
    select: {
      id: true,
      kind: true,
      mimeType: true,
      originalName: true,
      width: true,
      height: true,
      altText: true,
      caption: true,
      credit: true,
      createdAt: true,
      storageKey: true,
      uploadedBy: { select: { name: true } },
      renditions: smallestWebp,
    },
  });
  const page = rows.slice(0, MEDIA_PAGE_SIZE);
  const last = page[page.length - 1];
  return {
    items: page.map((row) => ({
      id: row.id,
      kind: row.kind,
      mimeType: row.mimeType,
      originalName: row.originalName,
      width: row.width,
      height: row.height,
      altText: row.altText,
      caption: row.caption,
      credit: row.credit,
      createdAt: row.createdAt.toISOString(),
      uploaderName: row.uploadedBy.name,
      thumbnailUrl: row.renditions[0] ? mediaUrl(row.renditions[0].storageKey) : null,
      url: mediaUrl(row.storageKey),
    })),
    nextCursor: last && rows.length > MEDIA_PAGE_SIZE ? encodeCursor(last) : null,
  };
}

export type MediaDetail = MediaListItem & {
  version: number;
  byteSize: number;
  caption: string;
  source: string;
  usageNote: string;
  focalX: number;
  focalY: number;
  renditions: MediaRenditionDto[];
  /** Published stories that show the item: while there is one, it cannot be deleted. */
  publishedIn: { title: string; locale: string; slug: string }[];
  canEdit: boolean;
  canDelete: boolean;
};

export async function getMediaForEditor({ actor, mediaId }: { actor: Actor; mediaId: string }): Promise<MediaDetail> {
  assertCan(actor, "media.read");
  if (!UUID.test(mediaId)) throw notFound();
  const row = await db.media.findUnique({
    where: { id: mediaId },
    select: {
      id: true,
      kind: true,
      mimeType: true,
      originalName: true,
      byteSize: true,
      width: true,
      height: true,
      altText: true,
      caption: true,
      credit: true,
      source: true,
      usageNote: true,
      focalX: true,
      focalY: true,
      version: true,
      createdAt: true,
      storageKey: true,
      uploadedById: true,
      uploadedBy: { select: { name: true } },
      renditions: { orderBy: [{ width: "asc" }, { format: "asc" }], select: { format: true, width: true, height: true, storageKey: true } },
    },
  });
  if (!row) throw notFound();
  const publishedIn = await db.publishedArticle.findMany({
    where: { mediaIds: { has: row.id } },
    orderBy: { publishedAt: "desc" },
    take: 20,
    select: { title: true, locale: true, slug: true },
  });
  const scope = { createdById: row.uploadedById };
  const thumbnail = row.renditions.find((rendition) => rendition.format === "webp");
  return {
    id: row.id,
    kind: row.kind,
    mimeType: row.mimeType,
    originalName: row.originalName,
    byteSize: row.byteSize,
    width: row.width,
    height: row.height,
    altText: row.altText,
    caption: row.caption,
    credit: row.credit,
    source: row.source,
    usageNote: row.usageNote,
    focalX: row.focalX,
    focalY: row.focalY,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    uploaderName: row.uploadedBy.name,
    thumbnailUrl: thumbnail ? mediaUrl(thumbnail.storageKey) : null,
    url: mediaUrl(row.storageKey),
    renditions: row.renditions.map((rendition) => ({ format: rendition.format, width: rendition.width, height: rendition.height, url: mediaUrl(rendition.storageKey) })),
    publishedIn,
    canEdit: can(actor, "media.edit", scope),
    canDelete: can(actor, "media.delete", scope),
  };
}

/** What the editor's figures, galleries and image picker show of a library image. */
export type EditorImage = {
  id: string;
  originalName: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  credit: string;
  thumbnailUrl: string | null;
};

export function toEditorImage(item: MediaListItem): EditorImage | null {
  if (item.kind !== "IMAGE" || item.width === null || item.height === null) return null;
  const { id, originalName, width, height, altText, caption, credit, thumbnailUrl } = item;
  return { id, originalName, width, height, altText, caption, credit, thumbnailUrl };
}

/**
 * The library images with these ids, for the figures and galleries of a story
 * being edited; an id that is gone or not an image is simply absent.
 */
export async function listImagesByIds({ actor, ids }: { actor: Actor; ids: readonly string[] }): Promise<EditorImage[]> {
  assertCan(actor, "media.read");
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))];
  if (wanted.length === 0) return [];
  const rows = await db.media.findMany({
    where: { id: { in: wanted }, kind: "IMAGE" },
    select: { id: true, originalName: true, width: true, height: true, altText: true, caption: true, credit: true, renditions: smallestWebp },
  });
  return rows.flatMap(({ renditions, width, height, ...row }) =>
    width === null || height === null ? [] : [{ ...row, width, height, thumbnailUrl: renditions[0] ? mediaUrl(renditions[0].storageKey) : null }],
  );
}

/** People who uploaded something, for the uploader filter. */
export async function listMediaUploaders({ actor }: { actor: Actor }): Promise<{ id: string; name: string }[]> {
  assertCan(actor, "media.read");
  return db.user.findMany({ where: { uploadedMedia: { some: {} } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
}

/** What the library serves for a stored key: nothing is served that the library does not know. */
export async function isKnownMediaKey(key: string): Promise<boolean> {
  const [media, rendition] = await Promise.all([
    db.media.findUnique({ where: { storageKey: key }, select: { id: true } }),
    db.mediaRendition.findUnique({ where: { storageKey: key }, select: { mediaId: true } }),
  ]);
  return Boolean(media ?? rendition);
}
