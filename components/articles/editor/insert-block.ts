import type { Editor } from "@tiptap/core";

/**
 * Inserts a block followed by a fresh paragraph that takes the cursor, so the
 * next insert or keystroke lands after the block instead of replacing it.
 */
export function insertBlock(editor: Editor, block: Record<string, unknown>): boolean {
  return editor.chain().focus().insertContent([block, { type: "paragraph" }]).run();
}
