import { isSafeHref, NODE_ATTRS_SCHEMAS, RICH_TEXT_MARKS, RICH_TEXT_NODES } from "./rich-text";

/**
 * Pasted content (from Word, Google Docs, a web page) cleaned to the
 * allow-list before it enters the document. The editor's schema already
 * drops elements it has no rule for; this also drops what rides along on the
 * nodes it keeps — classes, styles, ids, link targets, column widths — so a
 * paste never yields a document the server would refuse or that carries
 * formatting the house style does not have.
 */

type PastedNode = { type?: unknown; attrs?: unknown; content?: unknown; marks?: unknown; text?: unknown };
type CleanNode = { type: string; attrs?: Record<string, unknown>; content?: CleanNode[]; marks?: CleanMark[]; text?: string };
type CleanMark = { type: string; attrs?: Record<string, unknown> };

const ALLOWED_NODES: ReadonlySet<string> = new Set(RICH_TEXT_NODES);
const ALLOWED_MARKS: ReadonlySet<string> = new Set(RICH_TEXT_MARKS);

/** The attributes the older nodes may keep; the newer ones are cut to their schema. */
const KEPT_ATTRS: Record<string, readonly string[]> = { heading: ["level"], orderedList: ["start"] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function pick(attrs: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in attrs).map((key) => [key, attrs[key]]));
}

function cleanAttrs(type: string, raw: unknown): Record<string, unknown> | undefined | null {
  const attrs = isRecord(raw) ? raw : {};
  if (type in NODE_ATTRS_SCHEMAS) {
    const schema = NODE_ATTRS_SCHEMAS[type as keyof typeof NODE_ATTRS_SCHEMAS];
    const kept = pick(attrs, Object.keys(schema.shape));
    // null: the node cannot be kept as pasted (a footnote without text, a video with a foreign id).
    return schema.safeParse(kept).success ? kept : null;
  }
  const keys = KEPT_ATTRS[type];
  return keys ? pick(attrs, keys) : undefined;
}

function cleanMarks(raw: unknown): CleanMark[] | undefined {
  if (!Array.isArray(raw)) return undefined;
  const marks = raw.flatMap((mark): CleanMark[] => {
    if (!isRecord(mark) || typeof mark.type !== "string" || !ALLOWED_MARKS.has(mark.type)) return [];
    if (mark.type !== "link") return [{ type: mark.type }];
    const href = isRecord(mark.attrs) ? mark.attrs.href : undefined;
    return isSafeHref(href) ? [{ type: "link", attrs: { href: href.trim() } }] : [];
  });
  return marks.length ? marks : undefined;
}

function cleanNode(value: unknown, depth: number): CleanNode[] {
  if (!isRecord(value) || depth > 32) return [];
  const node = value as PastedNode;
  const children = Array.isArray(node.content) ? node.content.flatMap((child) => cleanNode(child, depth + 1)) : undefined;
  // An element we do not have keeps what is inside it.
  if (typeof node.type !== "string" || !ALLOWED_NODES.has(node.type)) return children ?? [];
  if (node.type === "text") {
    if (typeof node.text !== "string" || node.text === "") return [];
    const marks = cleanMarks(node.marks);
    return [{ type: "text", text: node.text, ...(marks ? { marks } : {}) }];
  }
  const attrs = cleanAttrs(node.type, node.attrs);
  if (attrs === null) return [];
  return [{ type: node.type, ...(attrs && Object.keys(attrs).length ? { attrs } : {}), ...(children ? { content: children } : {}) }];
}

/** The pasted nodes (ProseMirror Slice JSON content) cut down to the allow-list. */
export function cleanPastedContent(content: unknown): CleanNode[] {
  return Array.isArray(content) ? content.flatMap((node) => cleanNode(node, 0)) : [];
}
