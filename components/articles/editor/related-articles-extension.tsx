"use client";

import { Node } from "@tiptap/core";
import { NodeViewWrapper, ReactNodeViewRenderer, type ReactNodeViewProps } from "@tiptap/react";
import { useEffect, useId, useState } from "react";
import { searchPublishedStoriesAction } from "@/lib/articles/actions";
import type { PublishedStoryOption } from "@/lib/articles/queries";
import { MAX_RELATED_ARTICLES } from "@/lib/articles/rich-text";
import type { Locale } from "@/lib/i18n/locales";
import { useT } from "@/components/i18n/i18n-provider";
import { CONTROL_CLASSES } from "@/components/ui/field";
import { useArticleLocale } from "./article-locale";

const SEARCH_DELAY_MS = 250;

function useStoryTitles(ids: string[], locale: Locale) {
  const [known, setKnown] = useState<Record<string, PublishedStoryOption | null>>({});
  const missing = ids.filter((id) => !(id in known));
  const missingKey = missing.join(",");
  useEffect(() => {
    if (!missingKey) return;
    let isCurrent = true;
    const wanted = missingKey.split(",");
    void searchPublishedStoriesAction({ locale, translationGroupIds: wanted }).then((state) => {
      if (!isCurrent || state.status !== "ok") return;
      setKnown((current) => ({
        ...current,
        ...Object.fromEntries(wanted.map((id) => [id, state.data.find((option) => option.translationGroupId === id) ?? null])),
      }));
    });
    return () => {
      isCurrent = false;
    };
  }, [missingKey, locale]);
  return { known, remember: (option: PublishedStoryOption) => setKnown((current) => ({ ...current, [option.translationGroupId]: option })) };
}

function useStorySearch(query: string, locale: Locale) {
  const [results, setResults] = useState<PublishedStoryOption[] | null>(null);
  const [isSearching, setIsSearching] = useState(false);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    let isCurrent = true;
    const timer = setTimeout(() => {
      setIsSearching(true);
      void searchPublishedStoriesAction({ locale, q }).then((state) => {
        if (!isCurrent) return;
        setIsSearching(false);
        setResults(state.status === "ok" ? state.data : []);
      });
    }, SEARCH_DELAY_MS);
    return () => {
      isCurrent = false;
      clearTimeout(timer);
    };
  }, [query, locale]);
  return { results: query.trim().length < 2 ? null : results, isSearching };
}

/** The picker: chosen stories with a remove button each, and a search over published stories to add more. */
function RelatedArticlesView({ node, updateAttributes, editor }: ReactNodeViewProps) {
  const t = useT();
  const id = useId();
  const locale = useArticleLocale();
  const ids = (node.attrs.translationGroupIds as string[] | undefined) ?? [];
  const [query, setQuery] = useState("");
  const { known, remember } = useStoryTitles(ids, locale);
  const { results, isSearching } = useStorySearch(query, locale);
  const isFull = ids.length >= MAX_RELATED_ARTICLES;
  const isEditable = editor.isEditable;

  const add = (option: PublishedStoryOption) => {
    if (isFull || ids.includes(option.translationGroupId)) return;
    remember(option);
    updateAttributes({ translationGroupIds: [...ids, option.translationGroupId] });
  };
  const remove = (groupId: string) => updateAttributes({ translationGroupIds: ids.filter((other) => other !== groupId) });
  const status = isSearching
    ? t("articles.editor.blocks.relatedSearching")
    : results
      ? results.length
        ? t("articles.editor.blocks.relatedResults", { count: results.length })
        : t("articles.editor.blocks.relatedNoResults")
      : "";

  return (
    <NodeViewWrapper as="aside" className="editor-related" aria-labelledby={`${id}-title`}>
      <div contentEditable={false} className="space-y-2">
        <p id={`${id}-title`} className="text-sm font-semibold text-slate-900">
          {t("articles.editor.blocks.relatedTitle", { max: MAX_RELATED_ARTICLES })}
        </p>
        {ids.length === 0 ? (
          <p className="text-sm text-slate-600">{t("articles.editor.blocks.relatedEmpty")}</p>
        ) : (
          <ol className="list-decimal space-y-1 pl-5 text-sm">
            {ids.map((groupId) => {
              const story = known[groupId];
              const title = story?.title ?? (story === null ? t("articles.editor.blocks.relatedUnavailable") : "…");
              return (
                <li key={groupId}>
                  <span className={story === null ? "text-red-700" : undefined}>{title}</span>
                  {story && <span className="ml-1 text-xs text-slate-500 uppercase">{story.locales.join(" · ")}</span>}
                  {isEditable && (
                    <button
                      type="button"
                      className="ml-2 rounded px-1 text-xs text-slate-600 underline hover:text-red-700 focus-visible:outline-2 focus-visible:outline-blue-700"
                      onClick={() => remove(groupId)}
                    >
                      {t("articles.editor.blocks.relatedRemove", { title })}
                    </button>
                  )}
                </li>
              );
            })}
          </ol>
        )}
        {isEditable &&
          (isFull ? (
            <p className="text-xs text-slate-600">{t("articles.editor.blocks.relatedFull", { max: MAX_RELATED_ARTICLES })}</p>
          ) : (
            <div>
              <label htmlFor={`${id}-search`} className="block text-xs font-medium text-slate-700">
                {t("articles.editor.blocks.relatedSearch")}
              </label>
              <input
                id={`${id}-search`}
                type="search"
                value={query}
                autoComplete="off"
                className={`${CONTROL_CLASSES} mt-1`}
                aria-describedby={`${id}-status`}
                onChange={(event) => setQuery(event.target.value)}
              />
              <p id={`${id}-status`} className="mt-1 text-xs text-slate-600" aria-live="polite">
                {status}
              </p>
              {results && results.length > 0 && (
                <ul className="mt-1 max-h-56 overflow-y-auto rounded border border-slate-200 bg-white text-sm">
                  {results
                    .filter((option) => !ids.includes(option.translationGroupId))
                    .map((option) => (
                      <li key={option.translationGroupId} className="flex items-center gap-2 border-b border-slate-100 px-2 py-1.5 last:border-0">
                        <span className="flex-1">{option.title}</span>
                        <span className="text-xs text-slate-500 uppercase">{option.locales.join(" · ")}</span>
                        <button
                          type="button"
                          className="rounded border border-slate-300 px-2 py-0.5 text-xs font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-700"
                          aria-label={`${t("articles.editor.blocks.relatedAdd")}: ${option.title}`}
                          onClick={() => add(option)}
                        >
                          {t("articles.editor.blocks.relatedAdd")}
                        </button>
                      </li>
                    ))}
                </ul>
              )}
            </div>
          ))}
      </div>
    </NodeViewWrapper>
  );
}

/** A related-news block: up to five translation groups of published stories, resolved to links at render time. */
export const RelatedArticles = Node.create({
  name: "relatedArticles",
  group: "block",
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes: () => ({
    translationGroupIds: {
      default: [],
      parseHTML: (element) => (element.getAttribute("data-groups") ?? "").split(",").filter(Boolean).slice(0, MAX_RELATED_ARTICLES),
      renderHTML: (attributes) => ({ "data-groups": (attributes.translationGroupIds as string[]).join(",") }),
    },
  }),
  parseHTML: () => [{ tag: "aside[data-related-articles]" }],
  renderHTML: ({ HTMLAttributes }) => ["aside", { "data-related-articles": "", ...HTMLAttributes }],
  addNodeView: () => ReactNodeViewRenderer(RelatedArticlesView),
});
