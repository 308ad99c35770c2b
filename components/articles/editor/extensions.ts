import StarterKit from "@tiptap/starter-kit";
import { HEADING_LEVELS, isSafeHref } from "@/lib/articles/rich-text";
import { BlockShortcuts, PasteCleaning } from "./editor-behaviour";
import { Figure } from "./figure-extension";
import { Footnote } from "./footnote-extension";
import { Gallery } from "./gallery-extension";
import { PullQuote } from "./pull-quote-extension";
import { RelatedArticles } from "./related-articles-extension";
import { Table, TableCell, TableEditing, TableHeader, TableRow } from "./table-extension";
import { VideoEmbed } from "./video-embed-extension";

/**
 * The editor's schema: StarterKit narrowed to the allow-list of
 * lib/articles/rich-text.ts (no code blocks, headings 2–4 only since the page
 * title is the h1, links that pass the same isSafeHref check the server
 * applies), plus the newsroom's own nodes under the allow-list's names.
 */
export const EDITOR_EXTENSIONS = [
  StarterKit.configure({
    codeBlock: false,
    heading: { levels: [...HEADING_LEVELS] },
    link: {
      openOnClick: false,
      autolink: true,
      linkOnPaste: true,
      defaultProtocol: "https",
      isAllowedUri: (url) => isSafeHref(url),
      shouldAutoLink: (url) => isSafeHref(url),
    },
  }),
  Table,
  TableRow,
  TableHeader,
  TableCell,
  TableEditing,
  PullQuote,
  Footnote,
  VideoEmbed,
  RelatedArticles,
  Figure,
  Gallery,
  BlockShortcuts,
  PasteCleaning,
];
