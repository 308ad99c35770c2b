import { describe, expect, test } from "vitest";
import { parseVideoUrl, videoPlayerUrl, videoWatchUrl } from "./video-embed";

describe("parseVideoUrl", () => {
  test.each([
    ["https://www.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://youtube.com/watch?v=dQw4w9WgXcQ&t=42s&list=PL1", "youtube", "dQw4w9WgXcQ"],
    ["https://m.youtube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["http://www.YouTube.com/watch?v=dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["https://youtu.be/dQw4w9WgXcQ?si=abc", "youtube", "dQw4w9WgXcQ"],
    ["https://www.youtube.com/embed/dQw4w9WgXcQ", "youtube", "dQw4w9WgXcQ"],
    ["  https://vimeo.com/76979871  ", "vimeo", "76979871"],
    ["https://www.vimeo.com/76979871#t=10", "vimeo", "76979871"],
  ])("reads %s", (url, provider, videoId) => {
    expect(parseVideoUrl(url)).toEqual({ provider, videoId });
  });

  test.each([
    "https://www.youtube.com/watch?v=short",
    "https://www.youtube.com/watch?v=dQw4w9WgXcQ%22onload",
    "https://www.youtube.com/playlist?list=PL1",
    "https://www.youtube.com/embed/dQw4w9WgXcQ/extra",
    "https://youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
    "https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ",
    "https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ",
    "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
    "javascript://www.youtube.com/watch?v=dQw4w9WgXcQ",
    "ftp://youtu.be/dQw4w9WgXcQ",
    "https://vimeo.com/channels/staffpicks/76979871",
    "https://vimeo.com/0123",
    "https://player.vimeo.com.evil.example/video/1",
    "http://127.0.0.1/watch?v=dQw4w9WgXcQ",
    "http://169.254.169.254/latest/meta-data",
    "//www.youtube.com/watch?v=dQw4w9WgXcQ",
    "youtube.com/watch?v=dQw4w9WgXcQ",
    "",
  ])("refuses %j", (url) => {
    expect(parseVideoUrl(url)).toBeNull();
  });
});

test("player URLs are the privacy-friendly ones; watch URLs are the providers' own pages", () => {
  expect(videoPlayerUrl({ provider: "youtube", videoId: "dQw4w9WgXcQ" })).toBe("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0");
  expect(videoPlayerUrl({ provider: "vimeo", videoId: "76979871" })).toBe("https://player.vimeo.com/video/76979871?dnt=1&autoplay=1");
  expect(videoWatchUrl({ provider: "vimeo", videoId: "76979871" })).toBe("https://vimeo.com/76979871");
});
