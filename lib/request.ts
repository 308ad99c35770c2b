import { cookies, headers } from "next/headers";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE, type Locale } from "@/lib/i18n/locales";

/**
 * Cross-site request forgery guard for every mutation: the Origin header must
 * name this site. A missing Origin, "null" (sandboxed frames, file: pages) or
 * another site is refused.
 */
export function isSameOrigin(requestHeaders: Headers): boolean {
  const origin = requestHeaders.get("origin");
  if (!origin || origin === "null") return false;
  const host = requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host");
  try {
    return Boolean(host) && new URL(origin).host === host;
  } catch {
    return false;
  }
}

export async function requestIsSameOrigin(): Promise<boolean> {
  return isSameOrigin(await headers());
}

/** The newsroom UI language: the person's choice (cookie), else Vietnamese. */
export async function newsroomLocale(preferred?: Locale): Promise<Locale> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return preferred ?? DEFAULT_LOCALE;
}
