"use client";

import { EditorContent, useEditor } from "@tiptap/react";
import { useEffect } from "react";
import type { RichTextDoc } from "@/lib/articles/rich-text";
import type { Locale } from "@/lib/i18n/locales";
import { useLocale } from "@/components/i18n/i18n-provider";
import { cx } from "@/components/ui/class-names";
import { EditorToolbar } from "./editor-toolbar";
import { ArticleLocaleContext } from "./editor/article-locale";
import { EditorStats } from "./editor/editor-stats";
import { EDITOR_EXTENSIONS } from "./editor/extensions";

// Typography for the writing surface; the reader site renders its own styles.
const CONTENT_CLASSES = cx(
  "min-h-[28rem] px-4 py-3 text-[15px] leading-7 text-slate-900 outline-none",
  "[&_p]:my-2 [&_h2]:mt-5 [&_h2]:mb-2 [&_h2]:text-xl [&_h2]:font-semibold [&_h3]:mt-4 [&_h3]:mb-1.5 [&_h3]:text-lg [&_h3]:font-semibold",
  "[&_h4]:mt-3 [&_h4]:mb-1 [&_h4]:font-semibold [&_ul]:my-2 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:my-2 [&_ol]:list-decimal [&_ol]:pl-6",
  "[&_blockquote]:my-3 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_blockquote]:text-slate-700 [&_blockquote]:italic",
  "[&_a]:text-blue-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_code]:text-sm [&_hr]:my-4 [&_hr]:border-slate-300",
  // Tables, pull quotes, footnotes, videos and related news: see .rich-text-editor in app/globals.css.
  "rich-text-editor",
);

function contentAttributes({ labelId, describedBy, invalid, editable }: { labelId: string; describedBy?: string; invalid?: boolean; editable: boolean }) {
  return {
    role: "textbox",
    "aria-multiline": "true",
    "aria-labelledby": labelId,
    ...(describedBy ? { "aria-describedby": describedBy } : {}),
    ...(invalid ? { "aria-invalid": "true" } : {}),
    ...(editable ? {} : { "aria-readonly": "true" }),
    class: CONTENT_CLASSES,
  };
}

type RichTextEditorProps = {
  /** Id of the visible label element; the editable region is named by it. */
  labelId: string;
  describedBy?: string;
  invalid?: boolean;
  initialContent: RichTextDoc;
  /** The story's language, for reading time and related-news titles; the interface's when not given. */
  locale?: Locale;
  editable: boolean;
  onChange: (doc: RichTextDoc) => void;
  onReady?: (focus: () => void) => void;
};

export function RichTextEditor({ labelId, describedBy, invalid, initialContent, locale, editable, onChange, onReady }: RichTextEditorProps) {
  const interfaceLocale = useLocale();
  const editor = useEditor({
    extensions: EDITOR_EXTENSIONS,
    content: initialContent,
    editable,
    // The server renders the frame; the editor mounts in the browser.
    immediatelyRender: false,
    editorProps: { attributes: contentAttributes({ labelId, describedBy, invalid, editable }) },
    onUpdate: ({ editor: current }) => onChange(current.getJSON() as RichTextDoc),
  });

  // Errors and read-only state change after the editor exists; keep its attributes in step.
  useEffect(() => {
    if (!editor) return;
    editor.setEditable(editable, false);
    editor.setOptions({ editorProps: { attributes: contentAttributes({ labelId, describedBy, invalid, editable }) } });
  }, [editor, labelId, describedBy, invalid, editable]);

  useEffect(() => {
    if (editor && onReady) onReady(() => editor.commands.focus());
  }, [editor, onReady]);

  return (
    <ArticleLocaleContext value={locale ?? interfaceLocale}>
      <div
        className={cx(
          "rounded-md border bg-white shadow-xs focus-within:border-blue-700 focus-within:outline-2 focus-within:outline-blue-700/30",
          invalid ? "border-red-600" : "border-slate-300",
        )}
      >
        {editable && <EditorToolbar editor={editor} />}
        {editor ? (
          <EditorContent editor={editor} />
        ) : (
          // Same height as the editor so the page does not jump when it mounts.
          <div className="min-h-[28rem]" aria-hidden="true" />
        )}
        {editor && <EditorStats editor={editor} />}
      </div>
    </ArticleLocaleContext>
  );
}
