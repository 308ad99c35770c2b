"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { LOCALE_COOKIE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { setLocaleAction } from "@/lib/users/actions";
import { cx } from "@/components/ui/class-names";
import { useLocale, useT } from "./i18n-provider";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * Switches the newsroom's interface language and remembers it: signed in, on
 * the account and in this browser; before signing in, in this browser only.
 * Each language is named in itself, so a person who cannot read the current
 * one still finds theirs.
 */
export function LanguageSwitcher({ signedIn, className }: { signedIn: boolean; className?: string }) {
  const t = useT();
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();

  function choose(locale: Locale) {
    if (locale === current) return;
    startTransition(async () => {
      if (signedIn) {
        const state = await setLocaleAction({ locale });
        if (state.status === "ok") return;
      }
      document.cookie = `${LOCALE_COOKIE}=${locale}; path=/; max-age=${ONE_YEAR_SECONDS}; samesite=lax`;
      router.refresh();
    });
  }

  return (
    <div role="group" aria-label={t("common.switchLanguage")} className={cx("inline-flex rounded-md border border-slate-300 bg-white p-0.5", className)}>
      {LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          aria-pressed={locale === current}
          disabled={pending}
          onClick={() => choose(locale)}
          className={cx(
            "rounded px-2 py-0.5 text-xs font-medium focus-visible:outline-2 focus-visible:outline-blue-700",
            locale === current ? "bg-slate-800 text-white" : "text-slate-700 hover:bg-slate-100",
          )}
        >
          {t(`common.languages.${locale}`)}
        </button>
      ))}
    </div>
  );
}
