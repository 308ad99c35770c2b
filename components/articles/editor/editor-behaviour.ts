import { Extension } from "@tiptap/core";
import { Slice } from "@tiptap/pm/model";
import { Plugin, PluginKey } from "@tiptap/pm/state";
import { cleanPastedContent } from "@/lib/articles/rich-text-paste";

export type EditorPanel = "link" | "footnote" | "video";

/** Asks the toolbar to open one of its forms; the toolbar cancels the event when it did. */
export const OPEN_PANEL_EVENT = "newsroom-editor:open-panel";

/**
 * Shortcuts for the newsroom's own blocks. Inserting a footnote needs its
 * text, so its shortcut opens the toolbar's footnote form through a DOM event
 * on the editable element; without a toolbar the key does nothing.
 */
export const BlockShortcuts = Extension.create({
  name: "blockShortcuts",
  addKeyboardShortcuts() {
    return {
      "Mod-Alt-p": () => this.editor.commands.toggleWrap("pullQuote"),
      "Mod-Alt-n": () => {
        const event = new CustomEvent<EditorPanel>(OPEN_PANEL_EVENT, { detail: "footnote", cancelable: true });
        return !this.editor.view.dom.dispatchEvent(event);
      },
    };
  },
});

/**
 * Pastes from Word, Google Docs or the web are cut to the allow-list
 * (lib/articles/rich-text-paste.ts): the schema has already dropped unknown
 * elements; this drops the classes, styles and link extras riding on the
 * ones it kept. A paste that cannot be rebuilt falls back to what the schema
 * made of it, which holds nothing outside the schema either.
 */
export const PasteCleaning = Extension.create({
  name: "pasteCleaning",
  addProseMirrorPlugins: () => [
    new Plugin({
      key: new PluginKey("pasteCleaning"),
      props: {
        transformPasted: (slice, view) => {
          const json = slice.toJSON();
          if (!json) return slice;
          try {
            const cleaned = Slice.fromJSON(view.state.schema, { ...json, content: cleanPastedContent(json.content) });
            cleaned.content.forEach((node) => node.check());
            return cleaned;
          } catch {
            return slice;
          }
        },
      },
    }),
  ],
});
