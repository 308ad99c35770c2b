"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import type { MessageKey } from "@/lib/i18n/translator";
import { useT } from "@/components/i18n/i18n-provider";
import { canRunTableAction, runTableAction, TABLE_COMMANDS, type TableCommandName } from "./table-extension";
import { Icon, ICONS, TOOL_BUTTON } from "./toolbar-icons";

const TABLE_TOOLS: { name: TableCommandName; icon: keyof typeof ICONS }[] = [
  { name: "addRowBefore", icon: "rowAbove" },
  { name: "addRowAfter", icon: "rowBelow" },
  { name: "deleteRow", icon: "deleteRow" },
  { name: "addColumnBefore", icon: "columnBefore" },
  { name: "addColumnAfter", icon: "columnAfter" },
  { name: "deleteColumn", icon: "deleteColumn" },
  { name: "toggleHeaderRow", icon: "headerRow" },
  { name: "deleteTable", icon: "deleteTable" },
];

type Availability = Record<TableCommandName, boolean> & { isInTable: boolean };

function readAvailability(editor: Editor | null): Availability {
  const names = Object.keys(TABLE_COMMANDS) as TableCommandName[];
  const isInTable = Boolean(editor?.isActive("table"));
  return { isInTable, ...(Object.fromEntries(names.map((name) => [name, isInTable && editor ? canRunTableAction(editor, name) : false])) as Record<TableCommandName, boolean>) };
}

/** Row and column commands, shown while the cursor is in a table. */
export function TableTools({ editor }: { editor: Editor | null }) {
  const t = useT();
  const state = useEditorState({ editor, selector: ({ editor: current }) => readAvailability(current) });
  if (!editor || !state?.isInTable) return null;
  return (
    <div role="group" aria-label={t("articles.editor.table.tools")} className="flex flex-wrap items-center gap-0.5 border-t border-slate-200 px-1.5 py-1">
      <span className="mr-1 text-xs font-medium text-slate-600" aria-hidden="true">
        {t("articles.editor.table.tools")}
      </span>
      {TABLE_TOOLS.map((tool) => {
        const label = t(`articles.editor.table.${tool.name}` as MessageKey);
        return (
          <button
            key={tool.name}
            type="button"
            className={TOOL_BUTTON}
            aria-label={label}
            title={label}
            disabled={!state[tool.name]}
            onClick={() => runTableAction(editor, tool.name)}
          >
            <Icon d={ICONS[tool.icon]} />
          </button>
        );
      })}
    </div>
  );
}
