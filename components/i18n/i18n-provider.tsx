"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { createTranslator, type Translate } from "@/lib/i18n/translator";

type I18nContextValue = { locale: Locale; t: Translate };

const I18nContext = createContext<I18nContextValue | null>(null);

/** Gives client components the UI language chosen on the server. */
export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => ({ locale, t: createTranslator(locale) }), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function useI18n(): I18nContextValue {
  const context = useContext(I18nContext);
  if (!context) throw new Error("useT() needs an <I18nProvider> above it.");
  return context;
}

/** The translator of the current UI language: `const t = useT(); t("common.save")`. */
export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Locale {
  return useI18n().locale;
}
