"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useRef, useState, type ReactNode } from "react";
import type { MessageKey } from "@/lib/i18n/translator";
import { useT } from "@/components/i18n/i18n-provider";
import { FootnoteForm, VideoForm } from "./editor/block-forms";
import { OPEN_PANEL_EVENT, type EditorPanel } from "./editor/editor-behaviour";
import { InsertMenu, type InsertItem } from "./editor/insert-menu";
import { LinkForm } from "./editor/link-form";
import { ariaShortcut, shortcutLabel, useIsApple, type ShortcutName } from "./editor/shortcuts";
import { insertBlock } from "./editor/insert-block";
import { MAX_GALLERY_IMAGES, MIN_GALLERY_IMAGES } from "@/lib/articles/rich-text";
import type { EditorImage } from "@/lib/media/queries";
import { MediaPickerDialog } from "@/components/media/media-picker-dialog";
import { insertTable } from "./editor/table-extension";
import { TableTools } from "./editor/table-tools";
import { Icon, ICONS, TOOL_BUTTON } from "./editor/toolbar-icons";

type Toggle = "bold" | "italic" | "underline" | "strike" | "heading2" | "heading3" | "bulletList" | "orderedList" | "blockquote" | "pullQuote";

type ToolState = Record<Toggle | "link" | "footnote" | "videoEmbed" | "canUndo" | "canRedo", boolean>;

function readState(editor: Editor | null): ToolState | null {
  if (!editor) return null;
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
    pullQuote: editor.isActive("pullQuote"),
    link: editor.isActive("link"),
    footnote: editor.isActive("footnote"),
    videoEmbed: editor.isActive("videoEmbed"),
    canUndo: editor.can().undo(),
    canRedo: editor.can().redo(),
  };
}

type Tool = { key: Toggle; label: MessageKey; glyph: ReactNode; run: (editor: Editor) => void };

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
    { key: "pullQuote", label: "articles.editor.blocks.pullQuote", glyph: <Icon d={ICONS.pullQuote} />, run: (e) => e.chain().focus().toggleWrap("pullQuote").run() },
  ],
];

const insertRelated = (editor: Editor) => insertBlock(editor, { type: "relatedArticles", attrs: { translationGroupIds: [] } });
const insertRule = (editor: Editor) => editor.chain().focus().setHorizontalRule().run();

/** A toolbar button with its spoken name, and its keyboard shortcut in the tooltip and aria-keyshortcuts. */
function ToolButton({ label, shortcut, pressed, disabled, onClick, children, ...rest }: {
  label: string;
  shortcut?: ShortcutName;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
  "aria-expanded"?: boolean;
}) {
  const t = useT();
  const isApple = useIsApple();
  return (
    <button
      type="button"
      className={TOOL_BUTTON}
      aria-label={label}
      title={shortcut ? t("articles.editor.shortcut", { label, keys: shortcutLabel(shortcut, isApple) }) : label}
      aria-keyshortcuts={shortcut ? ariaShortcut(shortcut, isApple) : undefined}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      {...rest}
    >
      <span aria-hidden="true">{children}</span>
    </button>
  );
}

const Group = ({ children }: { children: ReactNode }) => <div className="mr-1 flex items-center gap-0.5 border-r border-slate-200 pr-1">{children}</div>;

/** Formatting and block buttons for the body. Each has a spoken name; toggles report their state with aria-pressed. */
export function EditorToolbar({ editor }: { editor: Editor | null }) {
  const t = useT();
  const isApple = useIsApple();
  const state = useEditorState({ editor, selector: ({ editor: current }) => readState(current) });
  const [panel, setPanel] = useState<EditorPanel | null>(null);
  const [picker, setPicker] = useState<"image" | "gallery" | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  // The picker's choice becomes a figure or a gallery at the cursor.
  const insertChosen = (images: EditorImage[]) => {
    const kind = picker;
    setPicker(null);
    if (!editor || images.length === 0) return;
    if (kind === "image") insertBlock(editor, { type: "figure", attrs: { mediaId: images[0].id } });
    else insertBlock(editor, { type: "gallery", attrs: { mediaIds: images.map((image) => image.id).slice(0, MAX_GALLERY_IMAGES) } });
  };

  const openPanel = (next: EditorPanel) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setPanel((current) => (current === next ? null : next));
  };
  const closePanel = () => {
    setPanel(null);
    if (opener.current?.isConnected) opener.current.focus();
    else editor?.commands.focus();
  };

  // The footnote shortcut (Mod-Alt-N) opens this toolbar's footnote form.
  useEffect(() => {
    const dom = editor?.view.dom;
    if (!dom) return;
    const onOpen = (event: Event) => {
      event.preventDefault();
      opener.current = null;
      setPanel((event as CustomEvent<EditorPanel>).detail);
    };
    dom.addEventListener(OPEN_PANEL_EVENT, onOpen);
    return () => dom.removeEventListener(OPEN_PANEL_EVENT, onOpen);
  }, [editor]);

  const insertItems: InsertItem[] = [
    { key: "paragraph", label: "articles.editor.blocks.paragraph", icon: "paragraph", run: (e) => e.chain().focus().setParagraph().run() },
    { key: "heading2", label: "articles.editor.heading2", icon: "heading2", shortcut: shortcutLabel("heading2", isApple), run: TOOLS[1][0].run },
    { key: "heading3", label: "articles.editor.heading3", icon: "heading3", shortcut: shortcutLabel("heading3", isApple), run: TOOLS[1][1].run },
    { key: "bulletList", label: "articles.editor.bulletList", icon: "bulletList", shortcut: shortcutLabel("bulletList", isApple), run: TOOLS[2][0].run },
    { key: "orderedList", label: "articles.editor.orderedList", icon: "orderedList", shortcut: shortcutLabel("orderedList", isApple), run: TOOLS[2][1].run },
    { key: "blockquote", label: "articles.editor.blockquote", icon: "blockquote", shortcut: shortcutLabel("blockquote", isApple), run: TOOLS[2][2].run },
    { key: "pullQuote", label: "articles.editor.blocks.pullQuote", icon: "pullQuote", shortcut: shortcutLabel("pullQuote", isApple), run: TOOLS[2][3].run },
    { key: "table", label: "articles.editor.blocks.table", icon: "table", run: (e) => insertTable(e) },
    { key: "footnote", label: "articles.editor.blocks.footnote", icon: "footnote", shortcut: shortcutLabel("footnote", isApple), run: () => openPanel("footnote") },
    { key: "video", label: "articles.editor.blocks.video", icon: "video", run: () => openPanel("video") },
    { key: "image", label: "media.picker.insertImage", icon: "image", run: () => setPicker("image") },
    { key: "gallery", label: "media.picker.insertGallery", icon: "gallery", run: () => setPicker("gallery") },
    { key: "related", label: "articles.editor.blocks.related", icon: "related", run: insertRelated },
    { key: "horizontalRule", label: "articles.editor.blocks.horizontalRule", icon: "horizontalRule", run: insertRule },
  ];

  return (
    <div className="sticky top-0 z-10 rounded-t-md border-b border-slate-200 bg-slate-50">
      <div role="toolbar" aria-label={t("articles.editor.toolbar")} className="flex flex-wrap items-center gap-0.5 px-1.5 py-1">
        <div className="mr-1.5">
          <InsertMenu editor={editor} items={insertItems} />
        </div>
        {TOOLS.map((group, index) => (
          <Group key={index}>
            {group.map((tool) => (
              <ToolButton
                key={tool.key}
                label={t(tool.label)}
                shortcut={tool.key}
                pressed={state?.[tool.key] ?? false}
                disabled={!editor}
                onClick={() => editor && tool.run(editor)}
              >
                {tool.glyph}
              </ToolButton>
            ))}
          </Group>
        ))}
        <Group>
          <ToolButton label={t("articles.editor.link")} pressed={state?.link ?? false} aria-expanded={panel === "link"} disabled={!editor} onClick={() => openPanel("link")}>
            <Icon d={ICONS.link} />
          </ToolButton>
          <ToolButton
            label={t("articles.editor.blocks.footnote")}
            shortcut="footnote"
            pressed={state?.footnote ?? false}
            aria-expanded={panel === "footnote"}
            disabled={!editor}
            onClick={() => openPanel("footnote")}
          >
            <Icon d={ICONS.footnote} />
          </ToolButton>
          <ToolButton label={t("articles.editor.blocks.table")} disabled={!editor} onClick={() => editor && insertTable(editor)}>
            <Icon d={ICONS.table} />
          </ToolButton>
          <ToolButton
            label={t("articles.editor.blocks.video")}
            pressed={state?.videoEmbed ?? false}
            aria-expanded={panel === "video"}
            disabled={!editor}
            onClick={() => openPanel("video")}
          >
            <Icon d={ICONS.video} />
          </ToolButton>
          <ToolButton label={t("media.picker.insertImage")} aria-expanded={picker === "image"} disabled={!editor} onClick={() => setPicker("image")}>
            <Icon d={ICONS.image} />
          </ToolButton>
          <ToolButton label={t("media.picker.insertGallery")} aria-expanded={picker === "gallery"} disabled={!editor} onClick={() => setPicker("gallery")}>
            <Icon d={ICONS.gallery} />
          </ToolButton>
          <ToolButton label={t("articles.editor.blocks.related")} disabled={!editor} onClick={() => editor && insertRelated(editor)}>
            <Icon d={ICONS.related} />
          </ToolButton>
        </Group>
        <ToolButton label={t("articles.editor.undo")} shortcut="undo" disabled={!state?.canUndo} onClick={() => editor?.chain().focus().undo().run()}>
          <Icon d={ICONS.undo} />
        </ToolButton>
        <ToolButton label={t("articles.editor.redo")} shortcut="redo" disabled={!state?.canRedo} onClick={() => editor?.chain().focus().redo().run()}>
          <Icon d={ICONS.redo} />
        </ToolButton>
      </div>
      <TableTools editor={editor} />
      {editor && panel === "link" && <LinkForm editor={editor} onClose={closePanel} />}
      {editor && panel === "footnote" && <FootnoteForm editor={editor} onClose={closePanel} />}
      {editor && panel === "video" && <VideoForm editor={editor} onClose={closePanel} />}
      {editor && picker && (
        <MediaPickerDialog
          mode={picker === "image" ? "single" : "multi"}
          min={MIN_GALLERY_IMAGES}
          max={MAX_GALLERY_IMAGES}
          onChoose={insertChosen}
          onClose={() => {
            setPicker(null);
            editor.commands.focus();
          }}
        />
      )}
    </div>
  );
}
