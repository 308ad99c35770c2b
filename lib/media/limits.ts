/** Bounds on what one upload may cost the server. */
export const MEDIA_LIMITS = {
  /** Bytes of one uploaded file. */
  maxBytes: 25 * 1024 * 1024,
  /**
   * Pixels of one image: a 40-megapixel camera fits; a "decompression bomb"
   * (a small file declaring 100,000 × 100,000 pixels) is refused from its
   * header, before anything is decoded.
   */
  maxPixels: 50_000_000,
  maxSide: 16_384,
} as const;

/** Widths the reader site picks from with srcset; never wider than the original. */
export const RENDITION_WIDTHS = [320, 640, 960, 1280, 1920] as const;
