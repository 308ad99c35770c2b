import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { richTextDocSchema } from "@/lib/articles/rich-text";
import { RichText } from "./rich-text";
import type { StoryImage } from "./rich-text/figure";
import { MEDIA_ID, OTHER_MEDIA_ID, XSS_PAYLOADS } from "./xss-corpus";

const render = (doc: unknown) => renderToStaticMarkup(<RichText doc={doc} locale="vi" />);

/**
 * Text is escaped, so every "<" left in the output opens a real element, and
 * React quotes every attribute value (a quote inside becomes &quot;): tags and
 * attributes can be read off the markup reliably.
 */
function attributesOf(html: string): { tag: string; name: string; value: string }[] {
  return (html.match(/<[a-z][^>]*>/gi) ?? []).flatMap((tag) =>
    [...tag.matchAll(/\s([^\s=>/]+)(?:="([^"]*)")?/g)].map((match) => ({ tag, name: match[1].toLowerCase(), value: match[2] ?? "" })),
  );
}

// The video placeholder's own play icon, the one SVG the renderer draws.
const PLAY_ICON = '<svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false"><path d="M8 5v14l11-7z" fill="currentColor"></path></svg>';

function expectHarmless(output: string) {
  const html = output.replaceAll(PLAY_ICON, "");
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<iframe/i);
  expect(html).not.toMatch(/<(style|object|embed|svg|math|img)\b/i);
  for (const { tag, name, value } of attributesOf(html)) {
    expect(name, tag).not.toMatch(/^on/);
    expect(name, tag).not.toMatch(/^(srcdoc|style|src|xlink:href|action|formaction)$/);
    if (name === "href") {
      expect(value, tag).not.toMatch(/^\s*(javascript|vbscript|data|file)\s*:/i);
      expect(value, tag).not.toMatch(/^\s*[/\\]{2}/);
    }
  }
}

describe("the XSS payload corpus", () => {
  test("is large enough to mean something", () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(40);
  });

  test.each(XSS_PAYLOADS)("$name: refused or accepted at the boundary, harmless when rendered", ({ doc, refusedWith }) => {
    const parsed = richTextDocSchema.safeParse(doc);
    if (refusedWith) {
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((issue) => issue.message)).toContain(refusedWith);
    } else {
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      expectHarmless(render(parsed.data));
    }
    // The renderer never relies on the boundary: a stored document is rendered as found.
    expectHarmless(render(doc));
  });
});

test("the harmlessness check itself catches what it looks for", () => {
  for (const bad of ['<a href="javascript:alert(1)">x</a>', '<p onclick="x">y</p>', "<script>x</script>", '<iframe src="https://x"></iframe>', '<p style="x">y</p>', '<a href="//evil">x</a>']) {
    expect(() => expectHarmless(bad), bad).toThrow();
  }
  expect(() => expectHarmless('<p aria-label="javascript: onclick=x">javascript:alert(1) onclick=x</p>')).not.toThrow();
});

/** The corpus's library items, as listImagesForStory would answer, one with hostile library text too. */
const IMAGES: StoryImage[] = [MEDIA_ID, OTHER_MEDIA_ID].map((id, index) => ({
  id,
  width: 1600,
  height: 1000,
  altText: index ? '"><img src=x onerror=alert(1)>' : "Cồng chiêng",
  caption: index ? "<script>alert(1)</script>" : "",
  credit: "",
  focalX: 0.5,
  focalY: 0.5,
  sources: Object.fromEntries(["avif", "webp", "jpeg"].map((format) => [format, [640, 960].map((width) => ({ width, url: `/media/2026/11/${id}/w${width}.${format}` }))])),
}));

describe("figures and galleries with their images resolved", () => {
  const withImages = (doc: unknown) => renderToStaticMarkup(<RichText doc={doc} locale="vi" images={IMAGES} />);

  test.each(XSS_PAYLOADS)("$name: only the library's images, every value escaped", ({ doc }) => {
    const html = withImages(doc).replaceAll(PLAY_ICON, "");
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<(iframe|object|embed|svg|math|style)\b/i);
    for (const { tag, name, value } of attributesOf(html)) {
      expect(name, tag).not.toMatch(/^on/);
      if (name === "src") expect(value, tag).toMatch(/^\/media\/2026\/11\/[0-9a-f-]{36}\/w\d+\.jpeg$/);
      if (name === "srcset") for (const candidate of value.split(", ")) expect(candidate, tag).toMatch(/^\/media\/2026\/11\/[0-9a-f-]{36}\/w\d+\.(avif|webp|jpeg) \d+w$/);
      if (name === "style") expect(value, tag).toMatch(/^object-position:\d+% \d+%$/);
    }
  });

  test("an alt text that tries to close the attribute stays inside it", () => {
    const html = withImages({ type: "doc", content: [{ type: "figure", attrs: { mediaId: MEDIA_ID, alt: '"><script>alert(1)</script>' } }] });
    expect(html).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).not.toContain("<script");
  });

  test("a resolved image whose URLs are not the library's is not shown", () => {
    const forged: StoryImage = { ...IMAGES[0], sources: { jpeg: [{ width: 640, url: "javascript:alert(1)" }], webp: [{ width: 640, url: "//evil.example/x.webp" }] } };
    const html = renderToStaticMarkup(<RichText doc={{ type: "doc", content: [{ type: "figure", attrs: { mediaId: MEDIA_ID } }] }} locale="vi" images={[forged]} />);
    expect(html).toBe("");
  });
});
