import { z } from "zod";

/**
 * The one description of what a story's body may contain. The editor loads
 * these nodes and marks; the server accepts only documents made of them; the
 * reader site renders only them.
 */
export const RICH_TEXT_NODES = [
  "doc",
  "paragraph",
  "text",
  "heading",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "hardBreak",
  "horizontalRule",
] as const;
export const RICH_TEXT_MARKS = ["bold", "italic", "underline", "strike", "link", "code"] as const;
export const HEADING_LEVELS = [2, 3, 4] as const;

export type RichTextMark = { type: (typeof RICH_TEXT_MARKS)[number]; attrs?: Record<string, unknown> };
export type RichTextNode = {
  type: (typeof RICH_TEXT_NODES)[number];
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};

const SAFE_LINK_PROTOCOLS = new Set(["http:", "https:", "mailto:", "tel:"]);
const SITE_PROBE = "https://site.invalid";

/** Allows http(s), mailto and tel links and site-relative paths; refuses javascript:, data: and the rest. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== "string" || href.length > 2048) return false;
  const trimmed = href.trim();
  try {
    // A path must stay on this site the way a browser reads it: "//x", "/\\x" and "/<tab>/x" all leave it.
    if (trimmed.startsWith("/")) return new URL(trimmed, SITE_PROBE).origin === SITE_PROBE;
    return SAFE_LINK_PROTOCOLS.has(new URL(trimmed).protocol);
  } catch {
    return false;
  }
}

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("link"), attrs: z.object({ href: z.string().refine(isSafeHref, "validation.unsafeLink") }).loose() }),
  ...(["bold", "italic", "underline", "strike", "code"] as const).map((type) =>
    z.object({ type: z.literal(type), attrs: z.record(z.string(), z.unknown()).optional() }),
  ),
]);

const MAX_DEPTH = 12;

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.enum(RICH_TEXT_NODES, "validation.unknownNode"),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).max(5000).optional(),
    marks: z.array(markSchema).max(10).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

function depthOf(node: RichTextNode): number {
  return 1 + Math.max(0, ...(node.content ?? []).map(depthOf));
}

/** A TipTap document as the server accepts it. */
export const richTextDocSchema = z
  .object({ type: z.literal("doc"), content: z.array(nodeSchema).max(5000).default([]) })
  .refine((doc) => depthOf(doc as RichTextNode) <= MAX_DEPTH, "validation.tooDeep");

export type RichTextDoc = { type: "doc"; content: RichTextNode[] };

export const EMPTY_DOC: RichTextDoc = { type: "doc", content: [] };

/** Plain text of a document, for search, excerpts and word counts. */
export function plainText(node: RichTextNode | RichTextDoc): string {
  if ("text" in node && typeof node.text === "string") return node.text;
  const children = node.content ?? [];
  const separator = node.type === "doc" || node.type === "bulletList" || node.type === "orderedList" ? "\n" : "";
  return children.map((child) => plainText(child)).join(separator);
}

/** A document holding the given paragraphs; used by the seed and tests. */
export function docFromParagraphs(paragraphs: string[]): RichTextDoc {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}
