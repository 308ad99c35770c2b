import { NextResponse, type NextRequest } from "next/server";

/** Session cookie names next-auth uses over http and https. */
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Convenience only: someone with no session cookie at all who opens a newsroom
 * page goes straight to the sign-in form. This is NOT the security boundary —
 * it never reads the token, and a forged cookie passes it — every page and
 * action checks the actor and the policy itself (proxies have been bypassed
 * before, e.g. CVE-2025-29927 with `x-middleware-subrequest`).
 */
export function proxy(request: NextRequest) {
  // Only page views are redirected; server actions answer for themselves.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const hasSessionCookie = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSessionCookie) return NextResponse.next();
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = { matcher: ["/admin", "/admin/:path*"] };
