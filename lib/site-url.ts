/**
 * The reader site's public origin, for what must be absolute: canonical
 * links, OpenGraph URLs and structured data. SITE_URL in production; the
 * next-auth URL (the same host in a single-host setup) or localhost otherwise.
 */
export function publicSiteUrl(): URL {
  return new URL(process.env.SITE_URL || process.env.NEXTAUTH_URL || "http://localhost:3000");
}
