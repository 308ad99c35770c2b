import type { ReactNode } from "react";
import type { Translate } from "@/lib/i18n/translator";
import { isRenderable, nodeAttrs, readNode, type RawNode } from "./raw-node";

type RenderChildren = (node: RawNode, depth: number) => ReactNode[];

function rowsOf(table: RawNode, depth: number): RawNode[] {
  return table.content.map(readNode).filter((row): row is RawNode => isRenderable(row, depth + 1) && row.type === "tableRow");
}

function cellsOf(row: RawNode, depth: number): RawNode[] {
  return row.content
    .map(readNode)
    .filter((cell): cell is RawNode => isRenderable(cell, depth + 2) && (cell.type === "tableCell" || cell.type === "tableHeader"));
}

function renderCell(cell: RawNode, key: number, depth: number, scope: "col" | "row", renderChildren: RenderChildren): ReactNode {
  const attrs = nodeAttrs(cell, cell.type === "tableHeader" ? "tableHeader" : "tableCell");
  const span = {
    colSpan: attrs?.colspan && attrs.colspan > 1 ? attrs.colspan : undefined,
    rowSpan: attrs?.rowspan && attrs.rowspan > 1 ? attrs.rowspan : undefined,
  };
  const children = renderChildren(cell, depth + 2);
  return cell.type === "tableHeader" ? (
    <th key={key} scope={scope} {...span}>
      {children}
    </th>
  ) : (
    <td key={key} {...span}>
      {children}
    </td>
  );
}

/**
 * A semantic table: a first row made only of header cells becomes the <thead>
 * and heads columns; a header cell in a body row heads its row. Wide tables
 * scroll sideways on phones inside a focusable region, so keyboard users can
 * scroll it too.
 */
export function renderTable(table: RawNode, key: number, depth: number, t: Translate, renderChildren: RenderChildren): ReactNode {
  const rows = rowsOf(table, depth);
  if (rows.length === 0) return null;
  const firstCells = cellsOf(rows[0], depth);
  const hasHeaderRow = firstCells.length > 0 && firstCells.every((cell) => cell.type === "tableHeader");
  const bodyRows = hasHeaderRow ? rows.slice(1) : rows;
  return (
    <div key={key} className="table-scroll" role="region" aria-label={t("site.table")} tabIndex={0}>
      <table>
        {hasHeaderRow && (
          <thead>
            <tr>{firstCells.map((cell, index) => renderCell(cell, index, depth, "col", renderChildren))}</tr>
          </thead>
        )}
        {bodyRows.length > 0 && (
          <tbody>
            {bodyRows.map((row, rowIndex) => (
              <tr key={rowIndex}>{cellsOf(row, depth).map((cell, index) => renderCell(cell, index, depth, "row", renderChildren))}</tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
