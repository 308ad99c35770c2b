/** The newsroom home, which opens on the person's own desk ("My work"). */
export const DEFAULT_AFTER_SIGN_IN = "/admin";

/**
 * Where to go after signing in: only a path on this site. An absolute URL is
 * accepted when it names this host (next-auth sends those) and reduced to its
 * path; anything else ("//evil.example", "https://evil.example", "javascript:")
 * falls back to the newsroom home — an open redirect would let a phishing link
 * borrow the newsroom's sign-in page.
 */
export function safeCallbackPath(raw: string | string[] | undefined, host: string | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return DEFAULT_AFTER_SIGN_IN;
  try {
    const base = `http://${host ?? "newsroom.invalid"}`;
    const url = new URL(value, base);
    if (url.origin !== new URL(base).origin) return DEFAULT_AFTER_SIGN_IN;
    const path = `${url.pathname}${url.search}${url.hash}`;
    if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/signin")) return DEFAULT_AFTER_SIGN_IN;
    return path;
  } catch {
    return DEFAULT_AFTER_SIGN_IN;
  }
}

/** The sign-in page that brings the person back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/signin?callbackUrl=${encodeURIComponent(path)}`;
}
