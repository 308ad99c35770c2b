"use client";

import type { KeyboardEvent, MouseEvent } from "react";
import { useT } from "@/components/i18n/i18n-provider";

/** A picture to show large: the 960 (or largest) WebP, with every WebP width for srcset. */
export type PreviewImage = {
  src: string;
  srcSet: string;
  avifSrcSet: string;
  width: number;
  height: number;
  /** The widest rendition: the preview is never blown up past it. */
  maxWidth: number;
};
export type FocalPoint = { x: number; y: number };

const SIZES = "(min-width: 1024px) 60vw, 100vw";
const STEP = 0.01;
const BIG_STEP = 0.1;
const ARROWS: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

const clamp = (value: number) => Math.min(1, Math.max(0, Math.round(value * 1000) / 1000));
const percent = (value: number) => Math.round(value * 100);

type PickerProps = {
  image: PreviewImage;
  /** The item's alt text: read where the picture is only shown; the picker is named by its purpose instead. */
  alt: string;
  value: FocalPoint;
  /** Without it the point is only shown. */
  onChange?: (value: FocalPoint) => void;
  hintId?: string;
};

/**
 * The large preview, and where crops must stay centred: a click on the
 * picture sets the point; the arrow keys move it (Shift: ten times further).
 */
export function FocalPointPicker({ image, alt, value, onChange, hintId }: PickerProps) {
  const t = useT();
  const position = { x: percent(value.x), y: percent(value.y) };
  // A definite size before the bytes arrive (no layout shift, nothing to click at 0 × 0): the column's width,
  // at most the widest rendition, and no taller than two thirds of the window.
  const frame = { width: `min(100%, ${image.maxWidth}px, calc(65vh * ${image.width / image.height}))` };
  const picture = (
    <picture className="block">
      <source type="image/avif" srcSet={image.avifSrcSet} sizes={SIZES} />
      <img
        src={image.src}
        srcSet={image.srcSet}
        sizes={SIZES}
        width={image.width}
        height={image.height}
        alt={onChange ? "" : alt}
        draggable={false}
        className="block h-auto w-full select-none"
        style={{ aspectRatio: `${image.width} / ${image.height}` }}
      />
    </picture>
  );
  const marker = (
    <span
      aria-hidden="true"
      className="pointer-events-none absolute size-7 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-white bg-blue-700/30 shadow-[0_0_0_2px_rgb(29_78_216),0_1px_6px_rgb(0_0_0/0.5)]"
      style={{ left: `${position.x}%`, top: `${position.y}%` }}
    >
      <span className="absolute top-1/2 left-1/2 size-1.5 -translate-x-1/2 -translate-y-1/2 rounded-full bg-white" />
    </span>
  );

  if (!onChange) {
    return (
      <div className="relative mx-auto" style={frame}>
        {picture}
        {marker}
      </div>
    );
  }

  function onClick(event: MouseEvent<HTMLButtonElement>) {
    // Enter and Space also "click", at no particular point: the arrow keys are the keyboard's way.
    if (event.detail === 0) return;
    const box = event.currentTarget.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    onChange!({ x: clamp((event.clientX - box.left) / box.width), y: clamp((event.clientY - box.top) / box.height) });
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const step = event.shiftKey ? BIG_STEP : STEP;
    onChange!({ x: clamp(value.x + direction[0] * step), y: clamp(value.y + direction[1] * step) });
  }

  return (
    <button
      type="button"
      onClick={onClick}
      onKeyDown={onKeyDown}
      aria-label={`${t("media.item.focalPoint")}: ${t("media.item.focalPointValue", position)}`}
      aria-describedby={hintId}
      style={frame}
      className="relative mx-auto block cursor-crosshair rounded-sm focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
    >
      {picture}
      {marker}
    </button>
  );
}

/** How the common crops will look around the point: the reader site's 16:9 covers and 1:1 teasers. */
export function CropPreviews({ image, value }: { image: PreviewImage; value: FocalPoint }) {
  const t = useT();
  const objectPosition = `${percent(value.x)}% ${percent(value.y)}%`;
  return (
    <figure className="mt-3">
      <figcaption className="mb-1 text-xs font-medium text-slate-600">{t("media.item.cropPreview")}</figcaption>
      <div className="flex items-end gap-3" aria-hidden="true">
        {[
          { ratio: "16:9", className: "aspect-video w-40" },
          { ratio: "1:1", className: "aspect-square w-24" },
          { ratio: "3:4", className: "aspect-[3/4] w-20" },
        ].map((crop) => (
          <div key={crop.ratio} className="text-center">
            <picture>
              <img src={image.src} alt="" className={`${crop.className} rounded-sm bg-slate-100 object-cover`} style={{ objectPosition }} />
            </picture>
            <span className="mt-0.5 block text-[11px] text-slate-500 tabular-nums">{crop.ratio}</span>
          </div>
        ))}
      </div>
    </figure>
  );
}
