"use client";

import { useEditorState, type Editor } from "@tiptap/react";
import { readingStats } from "@/lib/articles/reading-stats";
import { formatNumber } from "@/lib/i18n/format";
import { useLocale, useT } from "@/components/i18n/i18n-provider";
import { useArticleLocale } from "./article-locale";

/**
 * Characters, words and reading time of the body, under the editor, updated
 * as the writer types. The region is polite: a screen reader hears the new
 * figures when the writer pauses, not on every key.
 */
export function EditorStats({ editor }: { editor: Editor }) {
  const t = useT();
  const interfaceLocale = useLocale();
  const articleLocale = useArticleLocale();
  const stats = useEditorState({
    editor,
    selector: ({ editor: current }) => {
      const { doc } = current.state;
      return readingStats(doc.textBetween(0, doc.content.size, "\n", " "), articleLocale);
    },
    equalityFn: (a, b) => Boolean(b) && a.characters === b?.characters && a.words === b.words && a.minutes === b.minutes,
  });
  return (
    <p
      className="border-t border-slate-200 bg-slate-50 px-3 py-1.5 text-xs text-slate-600 rounded-b-md"
      aria-live="polite"
      aria-label={t("articles.editor.statsLabel")}
      role="status"
    >
      {t("articles.editor.stats", {
        characters: formatNumber(interfaceLocale, stats.characters),
        words: formatNumber(interfaceLocale, stats.words),
        minutes: formatNumber(interfaceLocale, stats.minutes),
      })}
    </p>
  );
}
