import { isSafeHref } from "@/lib/articles/rich-text";

/** Web or site-relative image addresses only; anything else is not shown. */
export function isSafeImageSrc(src: string | null | undefined): src is string {
  return isSafeHref(src) && (/^https?:\/\//i.test(src.trim()) || src.trim().startsWith("/"));
}

/**
 * A story's cover. A plain <img> in a <picture>: covers are external
 * addresses until uploads arrive, so there is nothing for an image optimizer
 * to work on yet, and the reader site ships no image component script.
 * `alt` is empty where the story's title sits next to it as a link.
 */
export function CoverImage({ src, alt, eager = false, className }: { src: string | null; alt: string; eager?: boolean; className?: string }) {
  if (!isSafeImageSrc(src)) return null;
  return (
    <picture>
      <img
        src={src.trim()}
        alt={alt}
        loading={eager ? "eager" : "lazy"}
        decoding="async"
        className={className ?? "aspect-[16/9] w-full rounded-sm bg-slate-100 object-cover"}
      />
    </picture>
  );
}
