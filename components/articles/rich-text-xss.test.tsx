import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { richTextDocSchema } from "@/lib/articles/rich-text";
import { RichText } from "./rich-text";
import { XSS_PAYLOADS } from "./xss-corpus";

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
