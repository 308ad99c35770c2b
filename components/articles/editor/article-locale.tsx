"use client";

import { createContext, useContext } from "react";
import type { Locale } from "@/lib/i18n/locales";

/**
 * The language of the story being edited (not of the newsroom's interface):
 * reading time and the related-news picker's titles follow it. Node views
 * render inside the editor's React tree, so they read it from here.
 */
export const ArticleLocaleContext = createContext<Locale>("vi");

export function useArticleLocale(): Locale {
  return useContext(ArticleLocaleContext);
}
