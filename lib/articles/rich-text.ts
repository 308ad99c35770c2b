import { z } from "zod";
import { VIDEO_ID_PATTERNS, VIDEO_PROVIDERS } from "./video-embed";

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
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
  "pullQuote",
  "footnote",
  "videoEmbed",
  "relatedArticles",
  "figure",
  "gallery",
] as const;
export const RICH_TEXT_MARKS = ["bold", "italic", "underline", "strike", "link", "code"] as const;
export const HEADING_LEVELS = [2, 3, 4] as const;

export const MAX_TABLE_COLUMNS = 20;
export const MAX_TABLE_ROWS = 200;
export const MAX_RELATED_ARTICLES = 5;
export const MAX_FOOTNOTE_LENGTH = 2000;
export const MAX_CAPTION_LENGTH = 300;
/** A figure's per-story overrides of the library's description; the same limits as the library's fields. */
export const MAX_FIGURE_CAPTION_LENGTH = 1000;
export const MAX_FIGURE_CREDIT_LENGTH = 200;
export const MAX_FIGURE_ALT_LENGTH = 300;
export const MIN_GALLERY_IMAGES = 2;
export const MAX_GALLERY_IMAGES = 20;
/** How many media items one body may name (figures and galleries together). */
export const MAX_MEDIA_REFERENCES = 200;

// An attribute not listed (onclick, style, srcdoc, src …) refuses the document as an unsupported element.
const UNKNOWN_ATTR = "validation.unknownNode";

const cellAttrsSchema = z.strictObject(
  {
    colspan: z.int("validation.invalid").min(1, "validation.invalid").max(MAX_TABLE_COLUMNS, "validation.invalid").optional(),
    rowspan: z.int("validation.invalid").min(1, "validation.invalid").max(MAX_TABLE_ROWS, "validation.invalid").optional(),
  },
  UNKNOWN_ATTR,
);

const noAttrsSchema = z.strictObject({}, UNKNOWN_ATTR);

const optionalText = (max: number) => z.string("validation.invalid").trim().max(max, "validation.tooLong").optional();

/**
 * The attributes each newer node may carry, and nothing else (strict: an
 * `onclick`, `style` or `srcdoc` key refuses the document). The renderer
 * parses attributes with the same schemas and drops a node they refuse.
 * The older nodes keep their loose attributes: the renderer reads only the
 * few it knows (heading level, list start) and checks those itself.
 */
export const NODE_ATTRS_SCHEMAS = {
  table: noAttrsSchema,
  tableRow: noAttrsSchema,
  tableHeader: cellAttrsSchema,
  tableCell: cellAttrsSchema,
  pullQuote: z.strictObject({ attribution: z.string("validation.invalid").trim().max(MAX_CAPTION_LENGTH, "validation.tooLong").optional() }, UNKNOWN_ATTR),
  footnote: z.strictObject(
    { note: z.string("validation.required").trim().min(1, "validation.required").max(MAX_FOOTNOTE_LENGTH, "validation.tooLong") },
    UNKNOWN_ATTR,
  ),
  videoEmbed: z
    .strictObject(
      {
        provider: z.enum(VIDEO_PROVIDERS, "validation.unsupportedVideo"),
        videoId: z.string("validation.unsupportedVideo"),
        title: z.string("validation.invalid").trim().max(MAX_CAPTION_LENGTH, "validation.tooLong").optional(),
      },
      UNKNOWN_ATTR,
    )
    .refine((attrs) => VIDEO_ID_PATTERNS[attrs.provider].test(attrs.videoId), { message: "validation.unsupportedVideo", path: ["videoId"] }),
  relatedArticles: z.strictObject(
    {
      // Translation groups, not articles: the block then names the same stories in
      // every language version, and each page links to its own locale's version.
      // An empty block (still being filled in) is allowed and renders nothing.
      translationGroupIds: z
        .array(z.uuid("validation.invalid"))
        .max(MAX_RELATED_ARTICLES, "validation.tooMany")
        .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, "validation.invalid"),
    },
    UNKNOWN_ATTR,
  ),
  // Only the library's id: the image's address, size and renditions are looked up
  // at render time, so a src, srcset or style key refuses the document.
  figure: z.strictObject(
    {
      mediaId: z.uuid("validation.invalid"),
      caption: optionalText(MAX_FIGURE_CAPTION_LENGTH),
      credit: optionalText(MAX_FIGURE_CREDIT_LENGTH),
      alt: optionalText(MAX_FIGURE_ALT_LENGTH),
    },
    UNKNOWN_ATTR,
  ),
  gallery: z.strictObject(
    {
      mediaIds: z
        .array(z.uuid("validation.invalid"))
        .min(MIN_GALLERY_IMAGES, "validation.tooFew")
        .max(MAX_GALLERY_IMAGES, "validation.tooMany")
        .refine((ids) => new Set(ids.map((id) => id.toLowerCase())).size === ids.length, "validation.invalid"),
      caption: optionalText(MAX_FIGURE_CAPTION_LENGTH),
    },
    UNKNOWN_ATTR,
  ),
} satisfies Partial<Record<(typeof RICH_TEXT_NODES)[number], z.ZodType>>;

export type NodeAttrs<T extends keyof typeof NODE_ATTRS_SCHEMAS> = z.output<(typeof NODE_ATTRS_SCHEMAS)[T]>;

/** Nodes that hold everything in their attributes; content inside them is refused. */
const LEAF_NODES: ReadonlySet<string> = new Set(["footnote", "videoEmbed", "relatedArticles", "figure", "gallery", "hardBreak", "horizontalRule"]);

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
  z.object({ type: z.literal("link"), attrs: z.object({ href: z.string("validation.unsafeLink").refine(isSafeHref, "validation.unsafeLink") }).loose() }),
  ...(["bold", "italic", "underline", "strike", "code"] as const).map((type) =>
    z.object({ type: z.literal(type), attrs: z.record(z.string(), z.unknown()).optional() }),
  ),
], "validation.unknownNode");

const MAX_DEPTH = 12;

function checkAttrs(node: RichTextNode, context: z.core.$RefinementCtx<RichTextNode>) {
  if (node.type in NODE_ATTRS_SCHEMAS) {
    const result = NODE_ATTRS_SCHEMAS[node.type as keyof typeof NODE_ATTRS_SCHEMAS].safeParse(node.attrs ?? {});
    for (const issue of result.error?.issues ?? []) {
      context.addIssue({ code: "custom", message: issue.message, path: ["attrs", ...issue.path] });
    }
  }
  if (LEAF_NODES.has(node.type) && node.content?.length) {
    context.addIssue({ code: "custom", message: "validation.invalid", path: ["content"] });
  }
}

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z
    .object({
      type: z.enum(RICH_TEXT_NODES, "validation.unknownNode"),
      attrs: z.record(z.string(), z.unknown()).optional(),
      content: z.array(nodeSchema).max(5000).optional(),
      marks: z.array(markSchema).max(10).optional(),
      text: z.string().max(100_000).optional(),
    })
    .superRefine(checkAttrs),
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
  const separator = BLOCK_CONTAINERS.has(node.type) ? "\n" : "";
  return children.map((child) => plainText(child)).join(separator);
}

/** Nodes whose children are blocks: their text is joined by lines, not run together. */
const BLOCK_CONTAINERS: ReadonlySet<string> = new Set([
  "doc",
  "bulletList",
  "orderedList",
  "listItem",
  "blockquote",
  "pullQuote",
  "table",
  "tableRow",
  "tableHeader",
  "tableCell",
]);

/**
 * The translation groups named by the document's related-articles blocks, in
 * order and without repeats, for the reader page to resolve before rendering.
 * Reads untrusted JSON: a block whose attributes fail the schema names nothing.
 */
export function relatedTranslationGroupIds(body: unknown, limit = 50): string[] {
  const ids = new Set<string>();
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || depth > 32 || ids.size >= limit) return;
    const node = value as { type?: unknown; attrs?: unknown; content?: unknown };
    if (node.type === "relatedArticles") {
      const parsed = NODE_ATTRS_SCHEMAS.relatedArticles.safeParse(node.attrs);
      for (const id of parsed.data?.translationGroupIds ?? []) if (ids.size < limit) ids.add(id.toLowerCase());
    }
    if (Array.isArray(node.content)) for (const child of node.content) visit(child, depth + 1);
  };
  visit(body, 0);
  return [...ids];
}

/**
 * The media items the document's figures and galleries name, in order and
 * without repeats (lower-cased): what publishing checks and records on the
 * snapshot, and what the reader page resolves. Reads untrusted JSON: a node
 * whose attributes fail the schema names nothing, as it renders nothing.
 */
export function mediaReferences(body: unknown, limit = MAX_MEDIA_REFERENCES): string[] {
  const ids = new Set<string>();
  const add = (id: string) => {
    if (ids.size < limit) ids.add(id.toLowerCase());
  };
  const visit = (value: unknown, depth: number) => {
    if (typeof value !== "object" || value === null || depth > 32 || ids.size >= limit) return;
    const node = value as { type?: unknown; attrs?: unknown; content?: unknown };
    if (node.type === "figure") {
      const parsed = NODE_ATTRS_SCHEMAS.figure.safeParse(node.attrs);
      if (parsed.success) add(parsed.data.mediaId);
    } else if (node.type === "gallery") {
      for (const id of NODE_ATTRS_SCHEMAS.gallery.safeParse(node.attrs).data?.mediaIds ?? []) add(id);
    }
    if (Array.isArray(node.content)) for (const child of node.content) visit(child, depth + 1);
  };
  visit(body, 0);
  return [...ids];
}

/** A document holding the given paragraphs; used by the seed and tests. */
export function docFromParagraphs(paragraphs: string[]): RichTextDoc {
  return {
    type: "doc",
    content: paragraphs.map((text) => ({ type: "paragraph", content: [{ type: "text", text }] })),
  };
}
