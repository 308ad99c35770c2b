"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useId, useRef, useState, type ReactNode } from "react";
import { isSafeHref } from "@/lib/articles/rich-text";
import type { MessageKey } from "@/lib/i18n/translator";
import { useT } from "@/components/i18n/i18n-provider";
import { Button } from "@/components/ui/button";
import { CONTROL_CLASSES } from "@/components/ui/field";

type ToolState = {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  strike: boolean;
  heading2: boolean;
  heading3: boolean;
  bulletList: boolean;
  orderedList: boolean;
  blockquote: boolean;
  link: boolean;
  canUndo: boolean;
  canRedo: boolean;
};

const INACTIVE: ToolState = {
  bold: false,
  italic: false,
  underline: false,
  strike: false,
  heading2: false,
  heading3: false,
  bulletList: false,
  orderedList: false,
  blockquote: false,
  link: false,
  canUndo: false,
  canRedo: false,
};

function readState(editor: Editor | null): ToolState {
  if (!editor) return INACTIVE;
  return {
    bold: editor.isActive("bold"),
    italic: editor.isActive("italic"),
    underline: editor.isActive("underline"),
    strike: editor.isActive("strike"),
    heading2: editor.isActive("heading", { level: 2 }),
    heading3: editor.isActive("heading", { level: 3 }),
    bulletList: editor.isActive("bulletList"),
    orderedList: editor.isActive("orderedList"),
    blockquote: editor.isActive("blockquote"),
    link: editor.isActive("link"),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

/** Small stroke icons (24-unit grid); decorative, the button's aria-label names it. */
function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

// Headings are drawn as paths, not text: visible text inside the button would
// have to be part of its spoken name ("H2" is not "Heading level 2").
const ICONS = {
  heading2: "M4 6v12M11 6v12M4 12h7M15 11a2.5 2.5 0 0 1 5 0c0 2.5-5 4-5 7h5",
  heading3: "M4 6v12M11 6v12M4 12h7M15 9a2.5 2.5 0 1 1 2.5 3 2.5 2.5 0 1 1-2.5 3",
  bulletList: "M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01",
  orderedList: "M10 6h10M10 12h10M10 18h10M4 4v4M3 8h2M3 14.5a1.5 1.5 0 0 1 3 0c0 1.5-3 2-3 3.5h3",
  blockquote: "M6 17c-1.5 0-3-1.2-3-3.5C3 10 5 7.5 8 7M15 17c-1.5 0-3-1.2-3-3.5 0-3.5 2-6 5-6.5",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
};

type Tool = {
  key: Exclude<keyof ToolState, "canUndo" | "canRedo">;
  label: MessageKey;
  glyph: ReactNode;
  run: (editor: Editor) => void;
};

const TOOLS: Tool[][] = [
  [
    { key: "bold", label: "articles.editor.bold", glyph: <b>B</b>, run: (e) => e.chain().focus().toggleBold().run() },
    { key: "italic", label: "articles.editor.italic", glyph: <i className="font-serif">I</i>, run: (e) => e.chain().focus().toggleItalic().run() },
    { key: "underline", label: "articles.editor.underline", glyph: <u>U</u>, run: (e) => e.chain().focus().toggleUnderline().run() },
    { key: "strike", label: "articles.editor.strike", glyph: <s>S</s>, run: (e) => e.chain().focus().toggleStrike().run() },
  ],
  [
    { key: "heading2", label: "articles.editor.heading2", glyph: <Icon d={ICONS.heading2} />, run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run() },
    { key: "heading3", label: "articles.editor.heading3", glyph: <Icon d={ICONS.heading3} />, run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run() },
  ],
  [
    { key: "bulletList", label: "articles.editor.bulletList", glyph: <Icon d={ICONS.bulletList} />, run: (e) => e.chain().focus().toggleBulletList().run() },
    { key: "orderedList", label: "articles.editor.orderedList", glyph: <Icon d={ICONS.orderedList} />, run: (e) => e.chain().focus().toggleOrderedList().run() },
    { key: "blockquote", label: "articles.editor.blockquote", glyph: <Icon d={ICONS.blockquote} />, run: (e) => e.chain().focus().toggleBlockquote().run() },
  ],
];

const TOOL_BUTTON =
  "inline-flex h-8 min-w-8 items-center justify-center rounded px-1.5 text-sm text-slate-700 hover:bg-slate-100 " +
  "focus-visible:outline-2 focus-visible:outline-blue-700 disabled:opacity-40 aria-pressed:bg-slate-200 aria-pressed:text-slate-950";

/** Formatting buttons for the body. Each has a spoken name; toggles report their state with aria-pressed. */
export function EditorToolbar({ editor }: { editor: Editor | null }) {
  const t = useT();
  const state = useEditorState({ editor, selector: ({ editor: current }) => readState(current) }) ?? INACTIVE;
  const [linkOpen, setLinkOpen] = useState(false);
  const linkButton = useRef<HTMLButtonElement>(null);

  const closeLink = () => {
    setLinkOpen(false);
    linkButton.current?.focus();
  };

  return (
    <div className="sticky top-0 z-10 rounded-t-md border-b border-slate-200 bg-slate-50">
      <div role="toolbar" aria-label={t("articles.editor.toolbar")} className="flex flex-wrap items-center gap-0.5 px-1.5 py-1">
        {TOOLS.map((group, index) => (
          <div key={index} className="flex items-center gap-0.5 border-r border-slate-200 pr-1 mr-1">
            {group.map((tool) => (
              <button
                key={tool.key}
                type="button"
                className={TOOL_BUTTON}
                aria-label={t(tool.label)}
                title={t(tool.label)}
                aria-pressed={state[tool.key]}
                disabled={!editor}
                onClick={() => editor && tool.run(editor)}
              >
                <span aria-hidden="true">{tool.glyph}</span>
              </button>
            ))}
          </div>
        ))}
        <div className="flex items-center gap-0.5 border-r border-slate-200 pr-1 mr-1">
          <button
            ref={linkButton}
            type="button"
            className={TOOL_BUTTON}
            aria-label={t("articles.editor.link")}
            title={t("articles.editor.link")}
            aria-pressed={state.link}
            aria-expanded={linkOpen}
            disabled={!editor}
            onClick={() => setLinkOpen((open) => !open)}
          >
            <Icon d={ICONS.link} />
          </button>
        </div>
        <button
          type="button"
          className={TOOL_BUTTON}
          aria-label={t("articles.editor.undo")}
          title={t("articles.editor.undo")}
          disabled={!editor || !state.canUndo}
          onClick={() => editor?.chain().focus().undo().run()}
        >
          <Icon d={ICONS.undo} />
        </button>
        <button
          type="button"
          className={TOOL_BUTTON}
          aria-label={t("articles.editor.redo")}
          title={t("articles.editor.redo")}
          disabled={!editor || !state.canRedo}
          onClick={() => editor?.chain().focus().redo().run()}
        >
          <Icon d={ICONS.redo} />
        </button>
      </div>
      {linkOpen && editor && <LinkForm editor={editor} onClose={closeLink} />}
    </div>
  );
}

/** Sets, changes or removes the link on the selection; refuses addresses the server would refuse. */
function LinkForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useT();
  const id = useId();
  const current = editor.getAttributes("link").href as string | undefined;
  const [href, setHref] = useState(current ?? "");
  const [error, setError] = useState<string | null>(null);

  const apply = () => {
    const value = href.trim();
    if (!isSafeHref(value)) {
      setError(t("articles.editor.unsafeLink"));
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive("link")) {
      chain.insertContent({ type: "text", text: value, marks: [{ type: "link", attrs: { href: value } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href: value }).run();
    }
    onClose();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose();
  };

  return (
    <div
      className="flex flex-wrap items-start gap-2 border-t border-slate-200 px-2 py-2"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <div className="min-w-64 flex-1">
        <label htmlFor={`${id}-href`} className="sr-only">
          {t("articles.editor.linkUrl")}
        </label>
        <input
          id={`${id}-href`}
          type="text"
          inputMode="url"
          autoFocus
          value={href}
          placeholder="https://"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={CONTROL_CLASSES}
          onChange={(event) => {
            setHref(event.target.value);
            setError(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              apply();
            }
          }}
        />
        {error && (
          <p id={`${id}-error`} className="mt-1 text-xs font-medium text-red-700">
            {error}
          </p>
        )}
      </div>
      <Button size="sm" variant="primary" onClick={apply}>
        {t("articles.editor.applyLink")}
      </Button>
      {current && (
        <Button size="sm" variant="secondary" onClick={remove}>
          {t("articles.editor.removeLink")}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onClose}>
        {t("common.cancel")}
      </Button>
    </div>
  );
}
