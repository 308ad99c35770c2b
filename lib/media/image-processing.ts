import sharp, { type Metadata, type Raw, type Sharp } from "sharp";
import { AppError } from "@/lib/errors";
import type { MediaMimeType } from "./file-type";
import { MEDIA_LIMITS, RENDITION_WIDTHS } from "./limits";

export type RenditionFormat = "avif" | "webp" | "jpeg" | "png";

export type Rendition = { width: number; height: number; format: RenditionFormat; bytes: Buffer };

export type ProcessedImage = {
  /** Of the upright image (EXIF orientation applied). */
  width: number;
  height: number;
  hasAlpha: boolean;
  /** The original re-encoded upright, in its own format family, without any metadata. */
  master: Rendition;
  renditions: Rendition[];
};

const uploadRefused = (key: "media.unreadableImage" | "media.imageTooLarge") =>
  new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: [key] } });

/** Reads only the header: dimensions are checked before a single pixel is decoded. */
async function readDimensions(bytes: Buffer) {
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw uploadRefused("media.unreadableImage");
  }
  const { width, height } = metadata;
  if (!width || !height) throw uploadRefused("media.unreadableImage");
  if (width * height > MEDIA_LIMITS.maxPixels || width > MEDIA_LIMITS.maxSide || height > MEDIA_LIMITS.maxSide) {
    throw uploadRefused("media.imageTooLarge");
  }
  return metadata;
}

/**
 * Sharp writes no metadata unless asked, so every output below loses EXIF,
 * GPS, XMP and IPTC blocks: a photographer's location never reaches readers.
 * The colour profile is converted to sRGB instead of being carried along.
 */
function pipeline(bytes: Buffer) {
  return sharp(bytes, { limitInputPixels: MEDIA_LIMITS.maxPixels, failOn: "error", animated: false }).rotate().toColourspace("srgb");
}

function encodeAs(image: Sharp, format: RenditionFormat): Sharp {
  if (format === "avif") return image.avif({ quality: 55, effort: 2 });
  if (format === "webp") return image.webp({ quality: 78 });
  if (format === "jpeg") return image.flatten({ background: "#ffffff" }).jpeg({ quality: 82, mozjpeg: true, progressive: true });
  return image.png({ compressionLevel: 9 });
}

async function encode(image: Sharp, format: RenditionFormat): Promise<Rendition> {
  const { data, info } = await encodeAs(image, format).toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, format, bytes: data };
}

/**
 * The image decoded once, upright and in sRGB, no wider than the largest
 * rendition: every rendition is resized from these pixels instead of decoding
 * a 12-megapixel original fifteen times.
 */
async function renditionSource(bytes: Buffer, width: number): Promise<{ pixels: Buffer; raw: Raw }> {
  const { data, info } = await pipeline(bytes)
    .resize({ width: Math.min(width, RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]), withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: data, raw: { width: info.width, height: info.height, channels: info.channels } };
}

/** The widths to render: every standard width below the original's, plus the original's own when it is smaller than the largest. */
export function renditionWidths(originalWidth: number): number[] {
  const widths: number[] = RENDITION_WIDTHS.filter((width) => width < originalWidth);
  if (originalWidth <= RENDITION_WIDTHS[RENDITION_WIDTHS.length - 1]) widths.push(originalWidth);
  return widths.length ? widths : [originalWidth];
}

/**
 * Turns an uploaded image into what the reader site serves: upright,
 * metadata-free AVIF and WebP at several widths, with a JPEG (or PNG, when the
 * image has transparency) fallback for browsers that read neither.
 */
export async function processImage(bytes: Buffer, type: MediaMimeType): Promise<ProcessedImage> {
  const metadata = await readDimensions(bytes);
  // Orientations 5–8 swap the sides once the image is turned upright.
  const turned = (metadata.orientation ?? 1) >= 5;
  const width = turned ? metadata.height! : metadata.width!;
  const height = turned ? metadata.width! : metadata.height!;
  const hasAlpha = Boolean(metadata.hasAlpha);
  const fallback: RenditionFormat = hasAlpha || type === "image/png" || type === "image/gif" ? "png" : "jpeg";
  try {
    const master = await encode(pipeline(bytes), fallback);
    const source = await renditionSource(bytes, width);
    const renditions: Rendition[] = [];
    for (const targetWidth of renditionWidths(width)) {
      for (const format of ["avif", "webp", fallback] as const) {
        const resized = sharp(source.pixels, { raw: source.raw }).resize({ width: targetWidth, withoutEnlargement: true });
        renditions.push(await encode(resized, format));
      }
    }
    return { width, height, hasAlpha, master, renditions };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // A truncated or corrupt file passes the header check and fails while decoding.
    throw uploadRefused("media.unreadableImage");
  }
}
