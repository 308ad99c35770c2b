import type { ReactNode } from "react";
import { HEADING_LEVELS, isSafeHref, RICH_TEXT_MARKS, type RichTextMark, type RichTextNode } from "@/lib/articles/rich-text";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translator";
import { renderFigure, renderGallery, type StoryImage } from "./rich-text/figure";
import { collectFootnotes, FootnoteList, FootnoteReference, type Footnotes } from "./rich-text/footnotes";
import { isRecord, isRenderable, nodeAttrs, readNode, type RawNode } from "./rich-text/raw-node";
import { renderRelatedStories, type RelatedStoryLink } from "./rich-text/related-stories";
import { renderTable } from "./rich-text/table";
import { renderVideoEmbed } from "./rich-text/video-embed";

/**
 * Server renderer of a story body (TipTap JSON) through the allow-list in
 * lib/articles/rich-text.ts. It builds React elements only — never HTML
 * strings — so text is always escaped. Anything not on the list is dropped:
 * an unknown node with everything inside it, an unknown mark keeping its
 * text, a newer node whose attributes fail their schema. The input is
 * treated as untrusted JSON even though writes are validated: the snapshot
 * may predate a stricter schema, and a database edit must not become stored
 * XSS.
 */

export type { RelatedStoryLink } from "./rich-text/related-stories";
export type { StoryImage } from "./rich-text/figure";

type NodeType = RichTextNode["type"];
type MarkType = RichTextMark["type"];

type RenderContext = {
  t: Translate;
  footnotes: Footnotes;
  related: ReadonlyMap<string, RelatedStoryLink>;
  images: ReadonlyMap<string, StoryImage>;
  /** Counts related blocks as they render, for unique heading ids. */
  relatedBlocks: { count: number };
};

const ALLOWED_MARKS: ReadonlySet<string> = new Set(RICH_TEXT_MARKS);

/** Heading levels outside 2–4 are clamped: the page's title is the only h1. */
function headingLevel(raw: unknown): (typeof HEADING_LEVELS)[number] {
  const level = typeof raw === "number" && Number.isFinite(raw) ? Math.round(raw) : HEADING_LEVELS[0];
  return Math.min(Math.max(level, HEADING_LEVELS[0]), HEADING_LEVELS[HEADING_LEVELS.length - 1]) as (typeof HEADING_LEVELS)[number];
}

/** Absolute web links leave the site: no opener access, no referrer, no endorsement. */
function isExternal(href: string): boolean {
  return /^https?:\/\//i.test(href.trim());
}

function renderLink(attrs: Record<string, unknown>, children: ReactNode, key: number): ReactNode {
  const href = attrs.href;
  // An unsafe href (javascript:, data:, protocol-relative …) keeps its text and loses the link.
  if (!isSafeHref(href)) return children;
  const trimmed = href.trim();
  return (
    <a key={key} href={trimmed} rel={isExternal(trimmed) ? "noopener noreferrer nofollow" : undefined}>
      {children}
    </a>
  );
}

function applyMark(mark: unknown, children: ReactNode, key: number): ReactNode {
  if (!isRecord(mark) || typeof mark.type !== "string" || !ALLOWED_MARKS.has(mark.type)) return children;
  switch (mark.type as MarkType) {
    case "bold":
      return <strong key={key}>{children}</strong>;
    case "italic":
      return <em key={key}>{children}</em>;
    case "underline":
      return <u key={key}>{children}</u>;
    case "strike":
      return <s key={key}>{children}</s>;
    case "code":
      return <code key={key}>{children}</code>;
    case "link":
      return renderLink(isRecord(mark.attrs) ? mark.attrs : {}, children, key);
  }
}

function renderText(node: RawNode, key: number): ReactNode {
  if (typeof node.text !== "string" || node.text === "") return null;
  // The first mark wraps outermost, as TipTap lists them.
  return node.marks.reduceRight<ReactNode>((children, mark) => applyMark(mark, children, key), node.text);
}

function childrenRenderer(context: RenderContext) {
  return (node: RawNode, depth: number) => node.content.map((child, index) => renderNode(child, index, depth + 1, context));
}

function renderNode(value: unknown, key: number, depth: number, context: RenderContext): ReactNode {
  const node = readNode(value);
  if (!isRenderable(node, depth)) return null;
  const children = () => childrenRenderer(context)(node, depth);
  switch (node.type as NodeType) {
    case "doc":
      return null; // only at the root
    case "text":
      return renderText(node, key);
    case "paragraph":
      return <p key={key}>{children()}</p>;
    case "heading": {
      const Heading = `h${headingLevel(node.attrs.level)}` as const;
      return <Heading key={key}>{children()}</Heading>;
    }
    case "bulletList":
      return <ul key={key}>{children()}</ul>;
    case "orderedList": {
      const start = node.attrs.start;
      const validStart = typeof start === "number" && Number.isInteger(start) && start > 1 && start < 1_000_000 ? start : undefined;
      return (
        <ol key={key} start={validStart}>
          {children()}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{children()}</li>;
    case "blockquote":
      return <blockquote key={key}>{children()}</blockquote>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
    case "pullQuote": {
      const attribution = nodeAttrs(node, "pullQuote")?.attribution;
      return (
        <figure key={key} className="pull-quote">
          <blockquote>{children()}</blockquote>
          {attribution && <figcaption>{attribution}</figcaption>}
        </figure>
      );
    }
    case "table":
      return renderTable(node, key, depth, context.t, childrenRenderer(context));
    case "tableRow":
    case "tableHeader":
    case "tableCell":
      return null; // only inside a table, which renders them
    case "footnote": {
      const number = isRecord(value) ? context.footnotes.numbers.get(value) : undefined;
      return number ? <FootnoteReference key={key} number={number} t={context.t} /> : null;
    }
    case "videoEmbed":
      return renderVideoEmbed(node, key, context.t);
    case "relatedArticles":
      return renderRelatedStories(node, key, ++context.relatedBlocks.count, context.related, context.t);
    case "figure":
      return renderFigure(node, key, context.images);
    case "gallery":
      return renderGallery(node, key, context.images, context.t);
  }
}

type RichTextProps = {
  doc: unknown;
  /** The page's language, for the few words the renderer adds (notes, video, related news). */
  locale: Locale;
  /** Published stories of this locale by translation group, from listPublishedStoriesByGroupIds. */
  related?: readonly RelatedStoryLink[];
  /** The images the body's figures and galleries name, from listImagesForStory; a figure whose image is absent renders nothing. */
  images?: readonly StoryImage[];
};

/** The body of a story as semantic elements, then its notes; a value that is not a document renders nothing. */
export function RichText({ doc, locale, related = [], images = [] }: RichTextProps): ReactNode {
  const root = readNode(doc);
  if (!root || root.type !== "doc") return null;
  const t = createTranslator(locale);
  const context: RenderContext = {
    t,
    footnotes: collectFootnotes(root),
    related: new Map(related.map((story) => [story.translationGroupId.toLowerCase(), story])),
    images: new Map(images.map((image) => [image.id.toLowerCase(), image])),
    relatedBlocks: { count: 0 },
  };
  return (
    <>
      {root.content.map((child, index) => renderNode(child, index, 1, context))}
      <FootnoteList notes={context.footnotes.notes} t={t} />
    </>
  );
}
