import type { CSSProperties, ReactNode } from "react";
import type { StoryImage, StoryImageSource } from "@/lib/media/public-queries";
import type { Translate } from "@/lib/i18n/translator";
import { nodeAttrs, type RawNode } from "./raw-node";

export type { StoryImage } from "@/lib/media/public-queries";

/** The body column is 48rem wide from the md breakpoint; below it the image spans the screen. */
export const FIGURE_SIZES = "(min-width: 768px) 48rem, 100vw";
/** Two columns in the body column from 30rem up, one below. */
export const GALLERY_SIZES = "(min-width: 768px) 24rem, (min-width: 480px) 50vw, 100vw";
/** The width of the fallback `src` for browsers without srcset: a mid size, sharp enough for most screens. */
const FALLBACK_WIDTH = 960;

// Renditions are addressed by keys the library made; anything else (a hand-edited row) is not shown.
const isLibraryUrl = (url: string) => /^\/media\/[\w./-]+$/.test(url) && !url.includes("..");

function usable(sources: StoryImageSource[] | undefined): StoryImageSource[] {
  return (sources ?? []).filter((source) => Number.isInteger(source.width) && source.width > 0 && isLibraryUrl(source.url));
}

const srcSetOf = (sources: StoryImageSource[]) => sources.map((source) => `${source.url} ${source.width}w`).join(", ");

/** The narrowest rendition at least FALLBACK_WIDTH wide, else the widest there is. */
function midSource(sources: StoryImageSource[]): StoryImageSource {
  return sources.find((source) => source.width >= FALLBACK_WIDTH) ?? sources[sources.length - 1];
}

const pick = (override: string | undefined, libraryValue: string) => override?.trim() || libraryValue.trim();

/**
 * <picture> with AVIF and WebP sources and the JPEG/PNG fallback on the <img>;
 * width and height from the image so the page reserves its box before it loads.
 * Null when the image has no fallback rendition to put on the <img>.
 */
export function picture(image: StoryImage, alt: string, sizes: string, style?: CSSProperties): ReactNode {
  const fallback = usable(image.sources.jpeg).length ? usable(image.sources.jpeg) : usable(image.sources.png);
  if (fallback.length === 0) return null;
  const avif = usable(image.sources.avif);
  const webp = usable(image.sources.webp);
  return (
    <picture>
      {avif.length > 0 && <source type="image/avif" srcSet={srcSetOf(avif)} sizes={sizes} />}
      {webp.length > 0 && <source type="image/webp" srcSet={srcSetOf(webp)} sizes={sizes} />}
      <img
        src={midSource(fallback).url}
        srcSet={srcSetOf(fallback)}
        sizes={sizes}
        width={image.width}
        height={image.height}
        alt={alt}
        loading="lazy"
        decoding="async"
        style={style}
      />
    </picture>
  );
}

function Caption({ caption, credit }: { caption: string; credit: string }) {
  if (!caption && !credit) return null;
  return (
    <figcaption>
      {caption}
      {caption && credit && " "}
      {credit && <span className="credit">{credit}</span>}
    </figcaption>
  );
}

/** A figure: the image, then its caption and credit (the story's overrides, else the library's). Nothing when the image is gone. */
export function renderFigure(node: RawNode, key: number, images: ReadonlyMap<string, StoryImage>): ReactNode {
  const attrs = nodeAttrs(node, "figure");
  const image = attrs ? images.get(attrs.mediaId.toLowerCase()) : undefined;
  if (!attrs || !image) return null;
  const shown = picture(image, pick(attrs.alt, image.altText), FIGURE_SIZES);
  if (!shown) return null;
  return (
    <figure key={key} className="story-figure">
      {shown}
      <Caption caption={pick(attrs.caption, image.caption)} credit={pick(attrs.credit, image.credit)} />
    </figure>
  );
}

const percent = (value: number): string => `${Math.round(Math.min(Math.max(Number.isFinite(value) ? value : 0.5, 0), 1) * 100)}%`;

/**
 * A gallery: one figure holding a list of pictures, each with its own caption
 * and credit from the library, cropped to the grid around its focal point; the
 * gallery's caption below. Images no longer available are left out.
 */
export function renderGallery(node: RawNode, key: number, images: ReadonlyMap<string, StoryImage>, t: Translate): ReactNode {
  const attrs = nodeAttrs(node, "gallery");
  const shown = (attrs?.mediaIds ?? []).flatMap((id) => {
    const image = images.get(id.toLowerCase());
    const cropAround = image && { objectPosition: `${percent(image.focalX)} ${percent(image.focalY)}` };
    const element = image ? picture(image, image.altText.trim(), GALLERY_SIZES, cropAround) : null;
    return image && element ? [{ image, element }] : [];
  });
  if (!attrs || shown.length === 0) return null;
  const caption = attrs.caption?.trim() ?? "";
  return (
    <figure key={key} className="story-gallery">
      <ul aria-label={caption || t("site.gallery", { count: shown.length })}>
        {shown.map(({ image, element }) => (
          <li key={image.id}>
            <figure>
              {element}
              <Caption caption={image.caption.trim()} credit={image.credit.trim()} />
            </figure>
          </li>
        ))}
      </ul>
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}
