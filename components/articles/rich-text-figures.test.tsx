import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { RichText, type StoryImage } from "./rich-text";

const doc = (...content: unknown[]) => ({ type: "doc", content });
const ID = (n: number) => `0b6c3f5e-1f1a-4d2b-9a51-${String(n).padStart(12, "0")}`;
const WIDTHS = [320, 640, 960, 1280];

function image(n: number, overrides: Partial<StoryImage> = {}): StoryImage {
  const url = (width: number, extension: string) => `/media/2026/11/${ID(n)}/w${width}.${extension}`;
  return {
    id: ID(n),
    width: 1600,
    height: 1067,
    altText: `Ảnh số ${n}`,
    caption: `Chú thích thư viện ${n}`,
    credit: `Ảnh: Thư viện ${n}`,
    focalX: 0.25,
    focalY: 0.75,
    sources: {
      avif: WIDTHS.map((width) => ({ width, url: url(width, "avif") })),
      webp: WIDTHS.map((width) => ({ width, url: url(width, "webp") })),
      jpeg: WIDTHS.map((width) => ({ width, url: url(width, "jpg") })),
    },
    ...overrides,
  };
}

const html = (value: unknown, images: StoryImage[] = [image(1), image(2), image(3)], locale: "vi" | "en" = "en") =>
  renderToStaticMarkup(<RichText doc={value} locale={locale} images={images} />);

describe("figures", () => {
  test("a picture with AVIF and WebP sources, the fallback on the img with its size, lazy, then caption and credit", () => {
    const output = html(doc({ type: "figure", attrs: { mediaId: ID(1) } }));
    const srcset = (extension: string) => WIDTHS.map((width) => `/media/2026/11/${ID(1)}/w${width}.${extension} ${width}w`).join(", ");
    expect(output).toBe(
      '<figure class="story-figure"><picture>' +
        `<source type="image/avif" srcSet="${srcset("avif")}" sizes="(min-width: 768px) 48rem, 100vw"/>` +
        `<source type="image/webp" srcSet="${srcset("webp")}" sizes="(min-width: 768px) 48rem, 100vw"/>` +
        `<img src="/media/2026/11/${ID(1)}/w960.jpg" srcSet="${srcset("jpg")}" sizes="(min-width: 768px) 48rem, 100vw" width="1600" height="1067" alt="Ảnh số 1" loading="lazy" decoding="async"/>` +
        '</picture><figcaption>Chú thích thư viện 1 <span class="credit">Ảnh: Thư viện 1</span></figcaption></figure>',
    );
  });

  test("the story's caption, credit and alt text win over the library's", () => {
    const output = html(doc({ type: "figure", attrs: { mediaId: ID(1), caption: "Lễ hội cồng chiêng", credit: "Ảnh: Nguyễn Hồng", alt: "Nghệ nhân đánh cồng" } }));
    expect(output).toContain('alt="Nghệ nhân đánh cồng"');
    expect(output).toContain('<figcaption>Lễ hội cồng chiêng <span class="credit">Ảnh: Nguyễn Hồng</span></figcaption>');
    // Blank overrides fall back to the library.
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(1), caption: "  ", credit: "", alt: "" } }))).toContain('alt="Ảnh số 1"');
  });

  test("without caption or credit there is no figcaption; a credit alone has no leading space", () => {
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(1) } }), [image(1, { caption: "", credit: "" })])).not.toContain("figcaption");
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(1) } }), [image(1, { caption: "" })])).toContain('<figcaption><span class="credit">Ảnh: Thư viện 1</span></figcaption>');
  });

  test("an image missing from the resolver's answer, a figure failing its schema, or an image without a fallback renders nothing", () => {
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(9) } }))).toBe("");
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(1), src: "/x.jpg" } }))).toBe("");
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(1) } }), [image(1, { sources: { webp: image(1).sources.webp } })])).toBe("");
  });

  test("a PNG keeps its PNG fallback; an image narrower than 960 px falls back to its widest rendition", () => {
    const png = image(1, { sources: { png: [{ width: 320, url: `/media/2026/11/${ID(1)}/w320.png` }, { width: 800, url: `/media/2026/11/${ID(1)}/w800.png` }] } });
    const output = html(doc({ type: "figure", attrs: { mediaId: ID(1) } }), [png]);
    expect(output).toContain(`<img src="/media/2026/11/${ID(1)}/w800.png"`);
    expect(output).not.toContain("<source");
  });

  test("ids match whatever their case", () => {
    expect(html(doc({ type: "figure", attrs: { mediaId: ID(1).toUpperCase() } }))).toContain("<figure");
  });
});

describe("galleries", () => {
  test("one figure holding a list of pictures, each with its caption and credit, cropped at its focal point; the gallery caption last", () => {
    const output = html(doc({ type: "gallery", attrs: { mediaIds: [ID(2), ID(1)], caption: "Ngày hội văn hóa" } }));
    expect(output.startsWith('<figure class="story-gallery"><ul aria-label="Ngày hội văn hóa"><li><figure><picture>')).toBe(true);
    expect(output.indexOf("Ảnh số 2")).toBeLessThan(output.indexOf("Ảnh số 1"));
    expect(output).toContain('sizes="(min-width: 768px) 24rem, (min-width: 480px) 50vw, 100vw"');
    expect(output).toContain('style="object-position:25% 75%"');
    expect(output).toContain('<figcaption>Chú thích thư viện 2 <span class="credit">Ảnh: Thư viện 2</span></figcaption>');
    expect(output.endsWith("</ul><figcaption>Ngày hội văn hóa</figcaption></figure>")).toBe(true);
  });

  test("leaves out images that are gone, names itself without a caption, and renders nothing when none are left", () => {
    const output = html(doc({ type: "gallery", attrs: { mediaIds: [ID(1), ID(9)] } }), [image(1)], "vi");
    expect(output).toContain('<ul aria-label="Bộ ảnh, 1 ảnh">');
    expect(output.match(/<li>/g)).toHaveLength(1);
    expect(output).not.toContain("</ul><figcaption>");
    expect(html(doc({ type: "gallery", attrs: { mediaIds: [ID(8), ID(9)] } }))).toBe("");
  });

  test("a forged focal point cannot leave the 0–100% range", () => {
    const output = html(doc({ type: "gallery", attrs: { mediaIds: [ID(1), ID(2)] } }), [image(1, { focalX: 7, focalY: Number.NaN }), image(2, { focalX: -1 })]);
    expect(output).toContain('style="object-position:100% 50%"');
    expect(output).toContain('style="object-position:0% 75%"');
  });
});
