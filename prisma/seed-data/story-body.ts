/**
 * Builders for the demo stories' bodies: TipTap JSON made only of the nodes and
 * marks that lib/articles/rich-text.ts allows, so every body passes the same
 * schema the editor's saves pass.
 */
import type { RichTextDoc, RichTextNode } from "@/lib/articles/rich-text";

type Inline = string | RichTextNode;

const inline = (part: Inline): RichTextNode => (typeof part === "string" ? { type: "text", text: part } : part);

export function doc(...blocks: RichTextNode[]): RichTextDoc {
  return { type: "doc", content: blocks };
}

export function p(...parts: Inline[]): RichTextNode {
  return { type: "paragraph", content: parts.map(inline) };
}

export function h2(text: string): RichTextNode {
  return { type: "heading", attrs: { level: 2 }, content: [inline(text)] };
}

export function bullets(...items: string[]): RichTextNode {
  return { type: "bulletList", content: items.map((item) => ({ type: "listItem", content: [p(item)] })) };
}

export function quote(...paragraphs: string[]): RichTextNode {
  return { type: "blockquote", content: paragraphs.map((text) => p(text)) };
}

export function link(text: string, href: string): RichTextNode {
  return { type: "text", text, marks: [{ type: "link", attrs: { href } }] };
}

/** The same document with blocks added at the end: how a revision extends a story. */
export function append(body: RichTextDoc, ...blocks: RichTextNode[]): RichTextDoc {
  return { type: "doc", content: [...body.content, ...blocks] };
}

/** The ministry as stories cite it: its portal, and its name as the source line (the page adds "Nguồn:" / "Source:"). */
export const MOFA_PORTAL = "https://mofa.gov.vn";
export const MOFA_SOURCE = { vi: "Bộ Ngoại giao", en: "Ministry of Foreign Affairs" } as const;
