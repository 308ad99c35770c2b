import { db } from "@/lib/db";
import { mediaUrl } from "./keys";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** At most what one body may name (MAX_MEDIA_REFERENCES): a forged list cannot make the query large. */
const MAX_IDS = 200;

export type StoryImageSource = { width: number; url: string };

/** One image as the reader site shows it in a figure or gallery: plain data, for the server renderer. */
export type StoryImage = {
  id: string;
  width: number;
  height: number;
  altText: string;
  caption: string;
  credit: string;
  focalX: number;
  focalY: number;
  /** Renditions by format ("avif", "webp", and the fallback "jpeg" or "png"), narrowest first. */
  sources: Record<string, StoryImageSource[]>;
};

/**
 * The images a published body names, for its figures and galleries. Only
 * images (never a PDF) with their dimensions and renditions; an unknown or
 * deleted id is simply absent, and the renderer leaves that figure out. The
 * ids come from a published snapshot's body, which publishing checked
 * (lib/articles/publish-media.ts) and whose items cannot be deleted while it is up.
 */
export async function listImagesForStory(ids: readonly string[]): Promise<StoryImage[]> {
  const wanted = [...new Set(ids.filter((id) => UUID.test(id)).map((id) => id.toLowerCase()))].slice(0, MAX_IDS);
  if (wanted.length === 0) return [];
  const rows = await db.media.findMany({
    where: { id: { in: wanted }, kind: "IMAGE", width: { not: null }, height: { not: null } },
    select: {
      id: true,
      width: true,
      height: true,
      altText: true,
      caption: true,
      credit: true,
      focalX: true,
      focalY: true,
      renditions: { orderBy: { width: "asc" }, select: { format: true, width: true, storageKey: true } },
    },
  });
  return rows.map((row) => {
    const sources: Record<string, StoryImageSource[]> = {};
    for (const rendition of row.renditions) (sources[rendition.format] ??= []).push({ width: rendition.width, url: mediaUrl(rendition.storageKey) });
    return {
      id: row.id,
      width: row.width ?? 0,
      height: row.height ?? 0,
      altText: row.altText,
      caption: row.caption,
      credit: row.credit,
      focalX: row.focalX,
      focalY: row.focalY,
      sources,
    };
  });
}
