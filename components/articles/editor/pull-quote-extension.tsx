"use client";

import { mergeAttributes, Node } from "@tiptap/core";
import { NodeViewContent, NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useId } from "react";
import { MAX_CAPTION_LENGTH } from "@/lib/articles/rich-text";
import { useT } from "@/components/i18n/i18n-provider";

function PullQuoteView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const t = useT();
  const id = useId();
  return (
    <NodeViewWrapper as="figure" className="editor-pull-quote">
      <NodeViewContent<"blockquote"> as="blockquote" />
      <div contentEditable={false} className="mt-2 flex items-center gap-2 text-sm">
        <label htmlFor={id} className="shrink-0 text-slate-600">
          {t("articles.editor.blocks.attribution")}
        </label>
        <input
          id={id}
          type="text"
          value={String(node.attrs.attribution ?? "")}
          maxLength={MAX_CAPTION_LENGTH}
          readOnly={!editor.isEditable}
          placeholder={t("articles.editor.blocks.attributionPlaceholder")}
          className="min-w-0 flex-1 rounded border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2 focus-visible:outline-blue-700"
          onChange={(event) => updateAttributes({ attribution: event.target.value })}
        />
      </div>
    </NodeViewWrapper>
  );
}

/** A pull quote: a highlighted quotation with an optional attribution, rendered as figure/blockquote/figcaption. */
export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "paragraph+",
  defining: true,
  addAttributes: () => ({
    attribution: {
      default: "",
      parseHTML: (element) => element.querySelector("figcaption")?.textContent?.slice(0, MAX_CAPTION_LENGTH) ?? "",
      renderHTML: () => ({}),
    },
  }),
  parseHTML: () => [{ tag: "figure[data-pull-quote]", contentElement: "blockquote" }],
  renderHTML: ({ node, HTMLAttributes }) => [
    "figure",
    mergeAttributes(HTMLAttributes, { "data-pull-quote": "" }),
    ["blockquote", 0],
    ["figcaption", {}, String(node.attrs.attribution ?? "")],
  ],
  addNodeView: () => ReactNodeViewRenderer(PullQuoteView),
});
