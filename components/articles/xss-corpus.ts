/**
 * Hostile story bodies, as a forged request or a hand-edited database row
 * could carry them. Each entry says whether the write boundary
 * (richTextDocSchema) accepts it — text that merely looks like HTML is fine,
 * it is only text — or which message it is refused with. Whatever the
 * answer, the reader renderer must turn it into harmless markup.
 */
export type XssPayload = { name: string; doc: unknown; refusedWith?: string };

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });
const linked = (href: unknown) => doc(paragraph(text("bấm vào đây", [{ type: "link", attrs: { href } }])));

/** The library items the figure payloads name; rich-text-xss.test.tsx renders them with these images resolved. */
export const MEDIA_ID = "5d0c2b1a-3e4f-4a5b-8c6d-7e8f9a0b1c2d";
export const OTHER_MEDIA_ID = "5d0c2b1a-3e4f-4a5b-8c6d-7e8f9a0b1c2e";

const SCRIPT_TEXTS = [
  "<script>alert(1)</script>",
  "<ScRiPt src=//evil.example/x.js></sCrIpT>",
  '"><script>alert(document.cookie)</script>',
  "<img src=x onerror=alert(1)>",
  "<svg onload=alert(1)>",
  "<svg><script>alert(1)</script></svg>",
  '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
  "<iframe src=javascript:alert(1)></iframe>",
  '<iframe srcdoc="<script>alert(1)</script>">',
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  "</p><style>body{display:none}</style><p>",
  "<!--<img src=x onerror=alert(1)>-->",
];

const UNSAFE_HREFS = [
  "javascript:alert(1)",
  "JAVASCRIPT:alert(1)",
  "JaVaScRiPt:alert(1)",
  "  javascript:alert(1)",
  "\tjavascript:alert(1)",
  "java\tscript:alert(1)",
  "java\nscript:alert(1)",
  "java\rscript:alert(1)",
  "\u0000javascript:alert(1)",
  "&#106;avascript:alert(1)",
  "&#x6A;avascript&#x3A;alert(1)",
  "javascript&colon;alert(1)",
  "%6Aavascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "DATA:image/svg+xml,<svg onload=alert(1)>",
  "vbscript:msgbox(1)",
  "VBScript:msgbox(1)",
  "file:///etc/passwd",
  "//evil.example/steal",
  "/\\evil.example/steal",
  "/\t/evil.example",
  "/\n/evil.example",
  "\\\\evil.example\\share",
];

export const XSS_PAYLOADS: XssPayload[] = [
  ...SCRIPT_TEXTS.map((value) => ({ name: `text ${JSON.stringify(value)}`, doc: doc(paragraph(text(value))) })),
  ...SCRIPT_TEXTS.slice(0, 4).flatMap((value) => [
    { name: `heading ${value}`, doc: doc({ type: "heading", attrs: { level: 2 }, content: [text(value)] }) },
    { name: `footnote note ${value}`, doc: doc(paragraph(text("a"), { type: "footnote", attrs: { note: value } })) },
    { name: `pull-quote attribution ${value}`, doc: doc({ type: "pullQuote", attrs: { attribution: value }, content: [paragraph(text("q"))] }) },
    { name: `video title ${value}`, doc: doc({ type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ", title: value } }) },
  ]),
  ...UNSAFE_HREFS.map((href) => ({ name: `link to ${JSON.stringify(href)}`, doc: linked(href), refusedWith: "validation.unsafeLink" })),
  { name: "link href that is not a string", doc: linked({ toString: "javascript:alert(1)" }), refusedWith: "validation.unsafeLink" },
  {
    name: "safe link with handler attributes beside the href",
    doc: doc(paragraph(text("x", [{ type: "link", attrs: { href: "https://example.org", onclick: "alert(1)", style: "color:red", target: "javascript:alert(1)" } }]))),
  },
  { name: "event handlers and style on a paragraph", doc: doc({ type: "paragraph", attrs: { onclick: "alert(1)", onmouseover: "alert(1)", style: "background:url(javascript:alert(1))" }, content: [text("p")] }) },
  { name: "handler on a bold mark", doc: doc(paragraph(text("b", [{ type: "bold", attrs: { onclick: "alert(1)" } }]))) },
  { name: "heading level carrying an attribute", doc: doc({ type: "heading", attrs: { level: '2" onmouseover="alert(1)' }, content: [text("h")] }) },
  { name: "list start carrying an attribute", doc: doc({ type: "orderedList", attrs: { start: '1" onclick="alert(1)' }, content: [] }) },
  { name: "table cell with onclick", doc: doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableCell", attrs: { onclick: "alert(1)" }, content: [paragraph(text("c"))] }] }] }), refusedWith: "validation.unknownNode" },
  { name: "table with style", doc: doc({ type: "table", attrs: { style: "position:fixed;inset:0" }, content: [] }), refusedWith: "validation.unknownNode" },
  { name: "table cell span as markup", doc: doc({ type: "table", content: [{ type: "tableRow", content: [{ type: "tableHeader", attrs: { colspan: '2" onclick="x' }, content: [] }] }] }), refusedWith: "validation.invalid" },
  { name: "video with srcdoc", doc: doc({ type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ", srcdoc: "<script>alert(1)</script>" } }), refusedWith: "validation.unknownNode" },
  { name: "video with its own src", doc: doc({ type: "videoEmbed", attrs: { provider: "youtube", videoId: "dQw4w9WgXcQ", src: "javascript:alert(1)" } }), refusedWith: "validation.unknownNode" },
  { name: "video id breaking out of the URL", doc: doc({ type: "videoEmbed", attrs: { provider: "youtube", videoId: '"><script>x</script>' } }), refusedWith: "validation.unsupportedVideo" },
  { name: "video from another provider", doc: doc({ type: "videoEmbed", attrs: { provider: "evil", videoId: "x" } }), refusedWith: "validation.unsupportedVideo" },
  { name: "footnote with an onclick", doc: doc(paragraph({ type: "footnote", attrs: { note: "n", onclick: "alert(1)" } })), refusedWith: "validation.unknownNode" },
  { name: "pull quote with style", doc: doc({ type: "pullQuote", attrs: { style: "x" }, content: [paragraph(text("q"))] }), refusedWith: "validation.unknownNode" },
  { name: "related block with hrefs", doc: doc({ type: "relatedArticles", attrs: { translationGroupIds: ["javascript:alert(1)"] } }), refusedWith: "validation.invalid" },
  ...["script", "iframe", "html", "htmlBlock", "image", "svg", "object", "embed", "style", "codeBlock", "__proto__"].map((type) => ({
    name: `unknown node ${type}`,
    doc: doc(paragraph(text("ok")), { type, attrs: { src: "javascript:alert(1)", html: "<script>alert(1)</script>", srcdoc: "<b>x</b>" }, content: [text("<script>")] }),
    refusedWith: "validation.unknownNode",
  })),
  {
    name: "iframe nested deep in a list and a quote",
    doc: doc({ type: "bulletList", content: [{ type: "listItem", content: [{ type: "blockquote", content: [{ type: "iframe", attrs: { src: "https://evil.example" } }] }] }] }),
    refusedWith: "validation.unknownNode",
  },
  ...(["onerror", "onload", "src", "srcset", "style", "sizes", "href"] as const).flatMap((attr) => [
    { name: `figure with ${attr}`, doc: doc({ type: "figure", attrs: { mediaId: MEDIA_ID, [attr]: attr === "style" ? "background:url(javascript:alert(1))" : "javascript:alert(1)" } }), refusedWith: "validation.unknownNode" },
    { name: `gallery with ${attr}`, doc: doc({ type: "gallery", attrs: { mediaIds: [MEDIA_ID, OTHER_MEDIA_ID], [attr]: "x onerror=alert(1)" } }), refusedWith: "validation.unknownNode" },
  ]),
  { name: "figure alt breaking out of the attribute", doc: doc({ type: "figure", attrs: { mediaId: MEDIA_ID, alt: '"><script>alert(1)</script>' } }) },
  { name: "figure caption and credit as markup", doc: doc({ type: "figure", attrs: { mediaId: MEDIA_ID, caption: "<img src=x onerror=alert(1)>", credit: "</figcaption><script>alert(1)</script>" } }) },
  { name: "gallery caption as markup", doc: doc({ type: "gallery", attrs: { mediaIds: [MEDIA_ID, OTHER_MEDIA_ID], caption: '<svg onload=alert(1)>' } }) },
  { name: "figure id breaking out of a URL", doc: doc({ type: "figure", attrs: { mediaId: '"><img src=x onerror=alert(1)>' } }), refusedWith: "validation.invalid" },
  { name: "gallery of javascript: URLs", doc: doc({ type: "gallery", attrs: { mediaIds: ["javascript:alert(1)", "data:text/html,x"] } }), refusedWith: "validation.invalid" },
  { name: "figure with content inside", doc: doc({ type: "figure", attrs: { mediaId: MEDIA_ID }, content: [paragraph(text("<script>alert(1)</script>"))] }), refusedWith: "validation.invalid" },
  { name: "unknown mark with style", doc: doc(paragraph(text("s", [{ type: "textStyle", attrs: { style: "color:red" } }]))), refusedWith: "validation.unknownNode" },
  { name: "unknown mark named like an element", doc: doc(paragraph(text("s", [{ type: "script" }]))), refusedWith: "validation.unknownNode" },
];
