import type { NextRequest } from "next/server";
import { homePath } from "@/lib/articles/public-paths";
import { localeFromAcceptLanguage } from "@/lib/i18n/locales";

/**
 * `/` sends readers to the site in their language (Accept-Language), Vietnamese
 * by default. A relative Location stays right behind any proxy; the answer
 * depends on the header, so no shared cache may keep it.
 */
export function GET(request: NextRequest) {
  const locale = localeFromAcceptLanguage(request.headers.get("accept-language"));
  return new Response(null, {
    status: 307,
    headers: { Location: homePath(locale), Vary: "Accept-Language", "Cache-Control": "private, no-store" },
  });
}
