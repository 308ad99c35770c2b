import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translator";
import { isRenderable, nodeAttrs, readNode, type RawNode } from "./raw-node";

/**
 * Footnotes are written inline, where the claim is, and numbered at render
 * time in document order; the notes are listed after the body. Each
 * reference links down to its note and each note links back up. Ids derive
 * from the number alone, so they are stable across renders of the same text.
 */
export type Footnotes = { numbers: WeakMap<object, number>; notes: string[] };

export const NOTES_HEADING_ID = "notes-heading";
const noteId = (number: number) => `note-${number}`;
const noteTextId = (number: number) => `note-text-${number}`;
const referenceId = (number: number) => `note-ref-${number}`;

/** Table parts render only in their place (the renderer drops them elsewhere), and a nested doc never. */
function isShownIn(type: string, parent: string): boolean {
  if (type === "doc") return false;
  if (type === "tableRow") return parent === "table";
  if (type === "tableCell" || type === "tableHeader") return parent === "tableRow";
  return parent !== "table" && parent !== "tableRow";
}

/** Walks what the renderer will show (same allow-list, same depth limit) and numbers the footnotes in it. */
export function collectFootnotes(root: RawNode): Footnotes {
  const footnotes: Footnotes = { numbers: new WeakMap(), notes: [] };
  const visit = (value: unknown, depth: number, parent: string) => {
    const node = readNode(value);
    if (!isRenderable(node, depth) || !isShownIn(node.type, parent)) return;
    if (node.type === "footnote") {
      const attrs = nodeAttrs(node, "footnote");
      if (attrs && typeof value === "object" && value !== null) {
        footnotes.notes.push(attrs.note);
        footnotes.numbers.set(value, footnotes.notes.length);
      }
      return;
    }
    for (const child of node.content) visit(child, depth + 1, node.type);
  };
  for (const child of root.content) visit(child, 1, "doc");
  return footnotes;
}

export function FootnoteReference({ number, t }: { number: number; t: Translate }) {
  return (
    <sup className="footnote-ref">
      <a
        href={`#${noteId(number)}`}
        id={referenceId(number)}
        role="doc-noteref"
        aria-label={t("site.footnoteReference", { number })}
        aria-describedby={noteTextId(number)}
      >
        {number}
      </a>
    </sup>
  );
}

export function FootnoteList({ notes, t }: { notes: string[]; t: Translate }): ReactNode {
  if (notes.length === 0) return null;
  return (
    <section className="footnotes" role="doc-endnotes" aria-labelledby={NOTES_HEADING_ID}>
      <h2 id={NOTES_HEADING_ID}>{t("site.notes")}</h2>
      <ol>
        {notes.map((note, index) => {
          const number = index + 1;
          return (
            <li key={number} id={noteId(number)}>
              <span id={noteTextId(number)}>{note}</span>{" "}
              <a href={`#${referenceId(number)}`} role="doc-backlink" aria-label={t("site.footnoteBack", { number })}>
                <span aria-hidden="true">↩︎</span>
              </a>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
