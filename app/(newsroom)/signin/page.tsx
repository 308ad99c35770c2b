import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { currentActor } from "@/lib/auth/session";
import { createTranslator } from "@/lib/i18n/translator";
import { safeCallbackPath } from "@/components/auth/callback-path";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitcher } from "@/components/i18n/language-switcher";
import { newsroomUiLocale } from "@/components/i18n/ui-locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = createTranslator(await newsroomUiLocale());
  return { title: t("auth.signIn"), description: t("auth.signInIntro") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const { callbackUrl } = await searchParams;
  const callbackPath = safeCallbackPath(callbackUrl, (await headers()).get("host"));
  // Already signed in (and still active): nothing to do here.
  if (await currentActor()) redirect(callbackPath);
  const t = createTranslator(await newsroomUiLocale());

  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-6 py-4">
        <span className="text-sm font-semibold tracking-wide text-slate-800 uppercase">{t("common.appName")}</span>
        <LanguageSwitcher signedIn={false} />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 pt-[12vh]">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <h1 className="text-xl font-semibold tracking-tight text-slate-900">{t("auth.signInTitle")}</h1>
          <p className="mt-1 mb-5 text-sm text-slate-600">{t("auth.signInIntro")}</p>
          <SignInForm callbackPath={callbackPath} />
        </div>
      </main>
      <footer className="px-6 py-4 text-center text-xs text-slate-500">{t("common.siteName")}</footer>
    </div>
  );
}
