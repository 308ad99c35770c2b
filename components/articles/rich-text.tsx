import type { ReactNode } from "react";
import { HEADING_LEVELS, isSafeHref, RICH_TEXT_MARKS, RICH_TEXT_NODES, type RichTextMark, type RichTextNode } from "@/lib/articles/rich-text";

/**
 * Server renderer of a story body (TipTap JSON) through the allow-list in
 * lib/articles/rich-text.ts. It builds React elements only — never HTML
 * strings — so text is always escaped. Anything not on the list is dropped:
 * an unknown node with everything inside it, an unknown mark keeping its
 * text. The input is treated as untrusted JSON even though writes are
 * validated: the snapshot may predate a stricter schema, and a database
 * edit must not become stored XSS.
 */

type NodeType = RichTextNode["type"];
type MarkType = RichTextMark["type"];

/** A node as found in the JSON, before anything about it is trusted. */
type RawNode = { type: string; attrs: Record<string, unknown>; content: unknown[]; marks: unknown[]; text: unknown };

const ALLOWED_NODES: ReadonlySet<string> = new Set(RICH_TEXT_NODES);
const ALLOWED_MARKS: ReadonlySet<string> = new Set(RICH_TEXT_MARKS);

// Deeper documents are refused at write time (12); this only stops a hostile one from exhausting the stack.
const MAX_DEPTH = 32;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readNode(value: unknown): RawNode | null {
  if (!isRecord(value) || typeof value.type !== "string") return null;
  return {
    type: value.type,
    attrs: isRecord(value.attrs) ? value.attrs : {},
    content: Array.isArray(value.content) ? value.content : [],
    marks: Array.isArray(value.marks) ? value.marks : [],
    text: value.text,
  };
}

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

function renderChildren(node: RawNode, depth: number): ReactNode[] {
  return node.content.map((child, index) => renderNode(child, index, depth + 1));
}

function renderNode(value: unknown, key: number, depth: number): ReactNode {
  const node = readNode(value);
  if (!node || !ALLOWED_NODES.has(node.type) || depth > MAX_DEPTH) return null;
  switch (node.type as NodeType) {
    case "doc":
      return null; // only at the root
    case "text":
      return renderText(node, key);
    case "paragraph":
      return <p key={key}>{renderChildren(node, depth)}</p>;
    case "heading": {
      const Heading = `h${headingLevel(node.attrs.level)}` as const;
      return <Heading key={key}>{renderChildren(node, depth)}</Heading>;
    }
    case "bulletList":
      return <ul key={key}>{renderChildren(node, depth)}</ul>;
    case "orderedList": {
      const start = node.attrs.start;
      const validStart = typeof start === "number" && Number.isInteger(start) && start > 1 && start < 1_000_000 ? start : undefined;
      return (
        <ol key={key} start={validStart}>
          {renderChildren(node, depth)}
        </ol>
      );
    }
    case "listItem":
      return <li key={key}>{renderChildren(node, depth)}</li>;
    case "blockquote":
      return <blockquote key={key}>{renderChildren(node, depth)}</blockquote>;
    case "hardBreak":
      return <br key={key} />;
    case "horizontalRule":
      return <hr key={key} />;
  }
}

/** The body of a story as semantic elements; a value that is not a document renders nothing. */
export function RichText({ doc }: { doc: unknown }): ReactNode {
  const root = readNode(doc);
  if (!root || root.type !== "doc") return null;
  return <>{root.content.map((child, index) => renderNode(child, index, 1))}</>;
}
