import { Extension, mergeAttributes, Node, type Editor } from "@tiptap/core";
import type { EditorState, Transaction } from "@tiptap/pm/state";
import {
  addColumnAfter,
  addColumnBefore,
  addRowAfter,
  addRowBefore,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  tableEditing,
  toggleHeaderRow,
} from "@tiptap/pm/tables";
import { MAX_TABLE_COLUMNS, MAX_TABLE_ROWS } from "@/lib/articles/rich-text";
import { insertBlock } from "./insert-block";

/**
 * Tables on ProseMirror's own table module (@tiptap/pm/tables), made to the
 * allow-list: cells hold paragraphs and lists, carry only bounded colspan and
 * rowspan, and no column widths, classes or styles — also when pasted from
 * Word or Google Docs, whose tables arrive with all of those.
 */

const TABLE_ROLES: Record<string, string> = { table: "table", tableRow: "row", tableCell: "cell", tableHeader: "header_cell" };

function span(element: HTMLElement, name: "colspan" | "rowspan", max: number): number {
  const value = Number.parseInt(element.getAttribute(name) ?? "1", 10);
  return Number.isInteger(value) ? Math.min(Math.max(value, 1), max) : 1;
}

const cellAttributes = {
  colspan: { default: 1, parseHTML: (element: HTMLElement) => span(element, "colspan", MAX_TABLE_COLUMNS) },
  rowspan: { default: 1, parseHTML: (element: HTMLElement) => span(element, "rowspan", MAX_TABLE_ROWS) },
};

function spanHTML(attributes: Record<string, unknown>) {
  return {
    colspan: attributes.colspan === 1 ? undefined : attributes.colspan,
    rowspan: attributes.rowspan === 1 ? undefined : attributes.rowspan,
  };
}

const CELL_CONTENT = "(paragraph | bulletList | orderedList)+";

export const TableCell = Node.create({
  name: "tableCell",
  content: CELL_CONTENT,
  isolating: true,
  addAttributes: () => cellAttributes,
  parseHTML: () => [{ tag: "td" }],
  renderHTML: ({ HTMLAttributes }) => ["td", mergeAttributes(spanHTML(HTMLAttributes)), 0],
});

export const TableHeader = Node.create({
  name: "tableHeader",
  content: CELL_CONTENT,
  isolating: true,
  addAttributes: () => cellAttributes,
  parseHTML: () => [{ tag: "th" }],
  renderHTML: ({ HTMLAttributes }) => ["th", mergeAttributes(spanHTML(HTMLAttributes)), 0],
});

export const TableRow = Node.create({
  name: "tableRow",
  content: "(tableCell | tableHeader)*",
  parseHTML: () => [{ tag: "tr" }],
  renderHTML: () => ["tr", 0],
});

export const Table = Node.create({
  name: "table",
  group: "block",
  content: "tableRow+",
  isolating: true,
  parseHTML: () => [{ tag: "table" }],
  renderHTML: () => ["div", { class: "editor-table" }, ["table", ["tbody", 0]]],
});

/** The table module's plugins, its schema roles, and Tab / Shift-Tab between cells. */
export const TableEditing = Extension.create({
  name: "tableEditing",
  extendNodeSchema: (extension) => (TABLE_ROLES[extension.name] ? { tableRole: TABLE_ROLES[extension.name] } : {}),
  addProseMirrorPlugins: () => [tableEditing()],
  addKeyboardShortcuts() {
    return {
      // Tab in the last cell adds a row, as in a word processor; inside a table Tab never leaves the editor.
      Tab: () => {
        if (!isInTable(this.editor.state)) return false;
        if (!runTableCommand(this.editor, goToNextCell(1))) {
          runTableCommand(this.editor, addRowAfter);
          runTableCommand(this.editor, goToNextCell(1));
        }
        return true;
      },
      "Shift-Tab": () => isInTable(this.editor.state) && (runTableCommand(this.editor, goToNextCell(-1)) || true),
    };
  },
});

type Command = (state: EditorState, dispatch?: (tr: Transaction) => void) => boolean;

function runTableCommand(editor: Editor, command: Command): boolean {
  const done = command(editor.state, editor.view.dispatch);
  if (done) editor.view.focus();
  return done;
}

const emptyCell = (type: "tableCell" | "tableHeader") => ({ type, content: [{ type: "paragraph" }] });

/** Inserts a 3 × 3 table with a header row and puts the cursor in its first cell. */
export function insertTable(editor: Editor, rows = 3, columns = 3): boolean {
  const row = (type: "tableCell" | "tableHeader") => ({ type: "tableRow", content: Array.from({ length: columns }, () => emptyCell(type)) });
  const table = { type: "table", content: [row("tableHeader"), ...Array.from({ length: rows - 1 }, () => row("tableCell"))] };
  if (!insertBlock(editor, table)) return false;
  // The cursor is in the paragraph after the table: step back into the first cell (table › row › cell › paragraph).
  const paragraphStart = editor.state.selection.$from.before();
  const inserted = editor.state.doc.resolve(paragraphStart).nodeBefore;
  if (inserted?.type.name !== "table") return true;
  return editor.chain().setTextSelection(paragraphStart - inserted.nodeSize + 4).run();
}

export const TABLE_COMMANDS = {
  addRowBefore,
  addRowAfter,
  deleteRow,
  addColumnBefore,
  addColumnAfter,
  deleteColumn,
  toggleHeaderRow,
  deleteTable,
} satisfies Record<string, Command>;

export type TableCommandName = keyof typeof TABLE_COMMANDS;

export function runTableAction(editor: Editor, name: TableCommandName): boolean {
  return runTableCommand(editor, TABLE_COMMANDS[name]);
}

export function canRunTableAction(editor: Editor, name: TableCommandName): boolean {
  return isInTable(editor.state) && TABLE_COMMANDS[name](editor.state);
}
