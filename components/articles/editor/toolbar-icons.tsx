/** Small stroke icons (24-unit grid); decorative, the button's aria-label names it. */
export function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d={d} />
    </svg>
  );
}

// Headings are drawn as paths, not text: visible text inside the button would
// have to be part of its spoken name ("H2" is not "Heading level 2").
export const ICONS = {
  heading2: "M4 6v12M11 6v12M4 12h7M15 11a2.5 2.5 0 0 1 5 0c0 2.5-5 4-5 7h5",
  heading3: "M4 6v12M11 6v12M4 12h7M15 9a2.5 2.5 0 1 1 2.5 3 2.5 2.5 0 1 1-2.5 3",
  bulletList: "M9 6h11M9 12h11M9 18h11M4 6h.01M4 12h.01M4 18h.01",
  orderedList: "M10 6h10M10 12h10M10 18h10M4 4v4M3 8h2M3 14.5a1.5 1.5 0 0 1 3 0c0 1.5-3 2-3 3.5h3",
  blockquote: "M6 17c-1.5 0-3-1.2-3-3.5C3 10 5 7.5 8 7M15 17c-1.5 0-3-1.2-3-3.5 0-3.5 2-6 5-6.5",
  pullQuote: "M3 4h18M3 20h18M7 15c-1 0-2-.8-2-2.3C5 10.5 6.3 9 8.3 8.6M14 15c-1 0-2-.8-2-2.3 0-2.2 1.3-3.7 3.3-4.1",
  link: "M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1",
  table: "M3 5h18v14H3zM3 10h18M3 15h18M9 5v14M15 5v14",
  footnote: "M4 18h9M4 12h9M4 6h9M18 4v6M16.5 5.5 18 4",
  video: "M3 6h13v12H3zM16 10l5-3v10l-5-3",
  related: "M4 5h10M4 10h10M4 15h6M17 13l3 3-3 3M14 16h6",
  horizontalRule: "M3 12h18M7 7h10M7 17h10",
  plus: "M12 5v14M5 12h14",
  image: "M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6M15.5 9.5h.01",
  gallery: "M7 7h14v12H7zM3 3h14v2M3 3v12h2M7 16l4-4 3 3 2-2 5 5",
  paragraph: "M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 0 0 0 9H13",
  rowAbove: "M3 12h18v8H3zM12 3v6M9 6h6",
  rowBelow: "M3 4h18v8H3zM12 15v6M9 18h6",
  deleteRow: "M3 8h18v8H3zM9 10l6 4M15 10l-6 4",
  columnBefore: "M12 3h8v18h-8zM3 12h6M6 9v6",
  columnAfter: "M4 3h8v18H4zM15 12h6M18 9v6",
  deleteColumn: "M8 3h8v18H8zM10 9l4 6M14 9l-4 6",
  headerRow: "M3 5h18v14H3zM3 10h18M5 7.5h14",
  deleteTable: "M3 5h18v14H3zM9 9l6 6M15 9l-6 6",
  undo: "M9 14 4 9l5-5M4 9h10.5a5.5 5.5 0 0 1 0 11H11",
  redo: "m15 14 5-5-5-5M20 9H9.5a5.5 5.5 0 0 0 0 11H13",
};

export const TOOL_BUTTON =
  "inline-flex h-8 min-w-8 items-center justify-center rounded px-1.5 text-sm text-slate-700 hover:bg-slate-100 " +
  "focus-visible:outline-2 focus-visible:outline-blue-700 disabled:opacity-40 aria-pressed:bg-slate-200 aria-pressed:text-slate-950";
