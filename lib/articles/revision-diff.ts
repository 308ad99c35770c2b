/**
 * What changed between two states of an article, in a form people read: the
 * metadata field by field, the body block by block (paragraphs, headings, list
 * items, quotes) and, inside a changed block, word by word. Pure: the revisions
 * page, the restore screen and the conflict view all use this one module.
 *
 * Text is compared NFC-normalized, so "ế" typed as one code point and as "e" +
 * two combining marks (as some Vietnamese keyboards and Word pastes produce) is
 * the same word.
 */
import { diffSequences, type EditOp } from "@/lib/text/sequence-diff";

/** An article's content with ids already turned into the names people see. */
export type DiffableContent = {
  title: string;
  slug: string;
  sapo: string;
  body: unknown;
  category: string | null;
  tags: string[];
  authors: string[];
  byline: string;
  sourceLine: string;
  coverImageUrl: string | null;
  seoTitle: string;
  metaDescription: string;
  socialImageUrl: string | null;
  canonicalUrl: string | null;
};

export const TEXT_FIELDS = [
  "title",
  "slug",
  "sapo",
  "category",
  "byline",
  "sourceLine",
  "coverImageUrl",
  "seoTitle",
  "metaDescription",
  "socialImageUrl",
  "canonicalUrl",
] as const;
export const LIST_FIELDS = ["tags", "authors"] as const;
/** The order the metadata table shows. */
export const METADATA_FIELDS = ["title", "slug", "sapo", "category", "tags", "authors", "byline", "sourceLine", "coverImageUrl", "seoTitle", "metaDescription", "socialImageUrl", "canonicalUrl"] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export type DiffSegment = { op: EditOp; text: string };

export type FieldChange =
  | { field: (typeof TEXT_FIELDS)[number]; type: "text"; before: string; after: string; segments: DiffSegment[] }
  | { field: (typeof LIST_FIELDS)[number]; type: "list"; before: string[]; after: string[]; added: string[]; removed: string[] };

/** paragraph, heading, listItem, quote, rule — or the node type of a block this module does not know by name. */
export type BlockKind = string;

export type BlockChange =
  | { op: "equal" | "insert" | "delete"; kind: BlockKind; text: string }
  | { op: "change"; kind: BlockKind; kindBefore: BlockKind; segments: DiffSegment[] };

export type ArticleDiff = {
  fields: FieldChange[];
  body: BlockChange[];
  bodyChanged: boolean;
  hasChanges: boolean;
};

// ---------------------------------------------------------------------------
// Body: blocks
// ---------------------------------------------------------------------------

type Node = { type?: unknown; text?: unknown; content?: unknown; attrs?: unknown };
type Block = { kind: BlockKind; text: string };

const LISTS = new Set(["bulletList", "orderedList"]);

function childrenOf(node: Node): Node[] {
  return Array.isArray(node.content) ? (node.content.filter((child) => child && typeof child === "object") as Node[]) : [];
}

/** The text of an inline run; a hard line break reads as a space. */
function inlineText(node: Node): string {
  if (typeof node.text === "string") return node.text;
  if (node.type === "hardBreak") return " ";
  return childrenOf(node).map(inlineText).join("");
}

function headingKind(node: Node): BlockKind {
  const level = (node.attrs as { level?: unknown } | undefined)?.level;
  return typeof level === "number" ? `heading${level}` : "heading";
}

/**
 * The document as a flat list of blocks. Containers (lists, list items, quotes)
 * are walked into; their paragraphs take the container's kind. A node this
 * module does not know (a figure, a footnote, an embed added later) becomes one
 * block holding its text, so no change in it goes unseen.
 */
export function bodyBlocks(doc: unknown): Block[] {
  const blocks: Block[] = [];
  const visit = (node: Node, inside: BlockKind | null) => {
    const type = typeof node.type === "string" ? node.type : "unknown";
    if (type === "doc" || LISTS.has(type)) {
      for (const child of childrenOf(node)) visit(child, inside);
    } else if (type === "listItem") {
      for (const child of childrenOf(node)) visit(child, "listItem");
    } else if (type === "blockquote") {
      for (const child of childrenOf(node)) visit(child, "quote");
    } else if (type === "horizontalRule") {
      blocks.push({ kind: "rule", text: "" });
    } else if (type === "paragraph") {
      blocks.push({ kind: inside ?? "paragraph", text: normalize(inlineText(node)) });
    } else if (type === "heading") {
      blocks.push({ kind: headingKind(node), text: normalize(inlineText(node)) });
    } else {
      blocks.push({ kind: type, text: normalize(inlineText(node)) });
    }
  };
  if (doc && typeof doc === "object") visit(doc as Node, null);
  return blocks;
}

// ---------------------------------------------------------------------------
// Words
// ---------------------------------------------------------------------------

function normalize(text: string): string {
  return text.normalize("NFC");
}

/** Words (letters with their combining marks, digits), runs of spaces, and single punctuation marks. */
const TOKEN = /[\p{L}\p{M}\p{N}_]+|\s+|[^\p{L}\p{M}\p{N}_\s]/gu;

export function tokenize(text: string): string[] {
  return normalize(text).match(TOKEN) ?? [];
}

function isSpace(text: string): boolean {
  return /^\s+$/u.test(text);
}

/** Joins neighbours with the same operation into one segment. */
function merge(segments: DiffSegment[]): DiffSegment[] {
  const merged: DiffSegment[] = [];
  for (const segment of segments) {
    if (!segment.text) continue;
    const last = merged[merged.length - 1];
    if (last && last.op === segment.op) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/**
 * "the old red car" → "the new blue car" reads better as [old red → new blue]
 * than as [old→new] [red→blue] with a kept space between: a lone space kept
 * between two changes is folded into both sides.
 */
function foldLoneSpaces(segments: DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    const previous = segments[i - 1];
    const next = segments[i + 1];
    if (segment.op === "equal" && isSpace(segment.text) && previous && next && previous.op !== "equal" && next.op !== "equal") {
      out.push({ op: "delete", text: segment.text }, { op: "insert", text: segment.text });
    } else {
      out.push(segment);
    }
  }
  // Deletions first, then insertions, within each changed run.
  const ordered: DiffSegment[] = [];
  let run: DiffSegment[] = [];
  const flush = () => {
    ordered.push(...run.filter((s) => s.op === "delete"), ...run.filter((s) => s.op === "insert"));
    run = [];
  };
  for (const segment of out) {
    if (segment.op === "equal") {
      flush();
      ordered.push(segment);
    } else {
      run.push(segment);
    }
  }
  flush();
  return merge(ordered);
}

/** A word-level diff of two texts. */
export function diffWords(before: string, after: string): DiffSegment[] {
  const edits = diffSequences(tokenize(before), tokenize(after));
  return foldLoneSpaces(merge(edits.map(({ op, item }) => ({ op, text: item }))));
}

// ---------------------------------------------------------------------------
// Body: blocks, then words inside changed blocks
// ---------------------------------------------------------------------------

export function diffBody(beforeDoc: unknown, afterDoc: unknown): BlockChange[] {
  const edits = diffSequences(bodyBlocks(beforeDoc), bodyBlocks(afterDoc), (a, b) => a.kind === b.kind && a.text === b.text);
  const changes: BlockChange[] = [];
  let deleted: Block[] = [];
  let inserted: Block[] = [];
  // A run of deleted blocks followed by inserted ones is read as those blocks being edited:
  // pair them in order and diff each pair by words; what is left over was removed or added.
  const flush = () => {
    const pairs = Math.min(deleted.length, inserted.length);
    for (let i = 0; i < pairs; i++) {
      changes.push({ op: "change", kind: inserted[i].kind, kindBefore: deleted[i].kind, segments: diffWords(deleted[i].text, inserted[i].text) });
    }
    for (const block of deleted.slice(pairs)) changes.push({ op: "delete", ...block });
    for (const block of inserted.slice(pairs)) changes.push({ op: "insert", ...block });
    deleted = [];
    inserted = [];
  };
  for (const { op, item } of edits) {
    if (op === "delete") deleted.push(item);
    else if (op === "insert") inserted.push(item);
    else {
      flush();
      changes.push({ op: "equal", ...item });
    }
  }
  flush();
  return changes;
}

// ---------------------------------------------------------------------------
// Metadata and the whole article
// ---------------------------------------------------------------------------

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}

export function diffFields(before: DiffableContent, after: DiffableContent): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of METADATA_FIELDS) {
    if (field === "tags" || field === "authors") {
      const a = before[field].map(normalize);
      const b = after[field].map(normalize);
      // The order of authors is the byline's order; tags have none.
      if (field === "tags" ? sameList([...a].sort(), [...b].sort()) : sameList(a, b)) continue;
      changes.push({ field, type: "list", before: a, after: b, added: b.filter((x) => !a.includes(x)), removed: a.filter((x) => !b.includes(x)) });
    } else {
      const a = normalize(before[field] ?? "");
      const b = normalize(after[field] ?? "");
      if (a === b) continue;
      changes.push({ field, type: "text", before: a, after: b, segments: diffWords(a, b) });
    }
  }
  return changes;
}

export function diffArticleContent(before: DiffableContent, after: DiffableContent): ArticleDiff {
  const fields = diffFields(before, after);
  const body = diffBody(before.body, after.body);
  const bodyChanged = body.some((block) => block.op !== "equal");
  return { fields, body, bodyChanged, hasChanges: bodyChanged || fields.length > 0 };
}
