import { Node } from "@tiptap/core";
import { MAX_FOOTNOTE_LENGTH } from "@/lib/articles/rich-text";

/**
 * A footnote written where the claim is: an inline atom carrying its note as
 * plain text. The editor shows a superscript marker numbered by a CSS counter
 * (so numbers follow the text as it moves); the reader site numbers them
 * again at render time and lists the notes after the body.
 */
export const Footnote = Node.create({
  name: "footnote",
  group: "inline",
  inline: true,
  atom: true,
  selectable: true,
  addAttributes: () => ({
    note: {
      default: "",
      parseHTML: (element) => (element.getAttribute("data-note") ?? "").slice(0, MAX_FOOTNOTE_LENGTH),
      renderHTML: (attributes) => ({ "data-note": attributes.note }),
    },
  }),
  // Only our own markup is read back (copy and paste inside the editor); Word's footnotes are not.
  parseHTML: () => [{ tag: "sup[data-footnote]" }],
  renderHTML: ({ HTMLAttributes }) => ["sup", { "data-footnote": "", class: "editor-footnote", title: HTMLAttributes["data-note"], ...HTMLAttributes }],
  renderText: () => "",
});
