import { cookies, headers } from "next/headers";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";
import { newsroomLocale } from "@/lib/request";

/**
 * The newsroom UI language: the remembered choice (cookie), else the signed-in
 * person's preference, else — for someone not signed in yet — the browser's
 * Accept-Language, else Vietnamese.
 */
export async function newsroomUiLocale(preferred?: Locale): Promise<Locale> {
  if (preferred) return newsroomLocale(preferred);
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
}
