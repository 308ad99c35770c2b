import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { mediaReferences, NODE_ATTRS_SCHEMAS } from "./rich-text";

/**
 * The media items whose own alt text the body relies on: every gallery image,
 * and every figure without a per-story alt override. Reads untrusted JSON, as
 * mediaReferences does; a node failing its schema renders nothing and needs nothing.
 */
function idsNeedingLibraryAlt(body: unknown): Set<string> {
  const ids = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || depth > 32) return;
    const node = value as { type?: unknown; attrs?: unknown; content?: unknown };
    if (node.type === "figure") {
      const figure = NODE_ATTRS_SCHEMAS.figure.safeParse(node.attrs).data;
      if (figure && !figure.alt?.trim()) ids.add(figure.mediaId.toLowerCase());
    } else if (node.type === "gallery") {
      for (const id of NODE_ATTRS_SCHEMAS.gallery.safeParse(node.attrs).data?.mediaIds ?? []) ids.add(id.toLowerCase());
    }
    if (Array.isArray(node.content)) for (const child of node.content) visit(child, depth + 1);
  };
  visit(body, 0);
  return ids;
}

const quoted = (names: string[]) => names.map((name) => `“${name}”`).join(", ");

/**
 * Checks, inside the publishing transaction, that every image the body shows
 * can go to readers: it still exists, it is an image (not a PDF), and it has
 * an alt text — the figure's override or the library's own. Answers the ids to
 * record on the snapshot (which is what keeps them from being deleted while the
 * story is up); refuses with the files named otherwise.
 */
export async function mediaForPublish(tx: Tx, body: unknown): Promise<string[]> {
  const ids = mediaReferences(body);
  if (ids.length === 0) return [];
  // FOR SHARE: a delete of one of these rows waits for this transaction, then sees the
  // snapshot naming it and is refused (deleteMedia deletes first, then checks usage).
  const rows = await tx.$queryRaw<{ id: string; kind: string; altText: string; originalName: string }[]>`
    SELECT id::text AS id, kind::text AS kind, alt_text AS "altText", original_name AS "originalName"
    FROM media WHERE id = ANY(${ids}::uuid[]) FOR SHARE`;
  const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row]));

  // A deleted item has no name left; its short id is what the editor's figure shows too.
  const unusable = ids.filter((id) => byId.get(id)?.kind !== "IMAGE").map((id) => byId.get(id)?.originalName ?? `#${id.slice(0, 8)}`);
  if (unusable.length) {
    throw new AppError("VALIDATION", "media.missingForPublish", { params: { files: quoted(unusable), count: unusable.length } });
  }
  const needsAlt = idsNeedingLibraryAlt(body);
  const withoutAlt = ids.filter((id) => needsAlt.has(id) && !byId.get(id)?.altText.trim()).map((id) => byId.get(id)!.originalName);
  if (withoutAlt.length) {
    throw new AppError("VALIDATION", "media.altRequired", { params: { files: quoted(withoutAlt), count: withoutAlt.length } });
  }
  return ids;
}
