/**
 * Video embeds by URL only. A writer pastes a YouTube or Vimeo address; the
 * document keeps the provider and the video id, never the URL or any HTML.
 * Nothing here fetches anything: no oEmbed, no thumbnail lookup. The server
 * never requests a URL a writer typed, so an embed cannot be turned into a
 * request against internal addresses (SSRF).
 */

export const VIDEO_PROVIDERS = ["youtube", "vimeo"] as const;
export type VideoProvider = (typeof VIDEO_PROVIDERS)[number];

/** What a video id may look like; anything else could smuggle a path or query into the player URL. */
export const VIDEO_ID_PATTERNS: Record<VideoProvider, RegExp> = {
  youtube: /^[A-Za-z0-9_-]{11}$/,
  vimeo: /^[1-9][0-9]{0,11}$/,
};

export type VideoRef = { provider: VideoProvider; videoId: string };

const YOUTUBE_HOSTS = new Set(["youtube.com", "www.youtube.com", "m.youtube.com"]);
const VIMEO_HOSTS = new Set(["vimeo.com", "www.vimeo.com"]);

function checked(provider: VideoProvider, videoId: string | null | undefined): VideoRef | null {
  return videoId && VIDEO_ID_PATTERNS[provider].test(videoId) ? { provider, videoId } : null;
}

/**
 * The video a URL points at, from an allow-list of hosts and shapes:
 * youtube.com/watch?v=…, youtu.be/…, youtube.com/embed/…, vimeo.com/<id>.
 * Credentials, ports and other hosts are refused.
 */
export function parseVideoUrl(input: string): VideoRef | null {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    return null;
  }
  if ((url.protocol !== "https:" && url.protocol !== "http:") || url.username || url.password || url.port) return null;
  const host = url.hostname.toLowerCase();
  const segments = url.pathname.split("/").filter(Boolean);
  if (YOUTUBE_HOSTS.has(host)) {
    if (url.pathname === "/watch") return checked("youtube", url.searchParams.get("v"));
    if (segments.length === 2 && segments[0] === "embed") return checked("youtube", segments[1]);
    return null;
  }
  if (host === "youtu.be") return segments.length === 1 ? checked("youtube", segments[0]) : null;
  if (VIMEO_HOSTS.has(host)) return segments.length === 1 ? checked("vimeo", segments[0]) : null;
  return null;
}

/** The address a person can open to watch the video on the provider's own site. */
export function videoWatchUrl({ provider, videoId }: VideoRef): string {
  return provider === "youtube" ? `https://www.youtube.com/watch?v=${videoId}` : `https://vimeo.com/${videoId}`;
}

/**
 * The player loaded after the reader clicks play: YouTube's no-cookie domain
 * and Vimeo with Do Not Track, so nothing is set before the reader chooses.
 */
export function videoPlayerUrl({ provider, videoId }: VideoRef): string {
  return provider === "youtube"
    ? `https://www.youtube-nocookie.com/embed/${videoId}?autoplay=1&rel=0`
    : `https://player.vimeo.com/video/${videoId}?dnt=1&autoplay=1`;
}

export const VIDEO_PROVIDER_NAMES: Record<VideoProvider, string> = { youtube: "YouTube", vimeo: "Vimeo" };
