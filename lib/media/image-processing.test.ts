import { crc32 } from "node:zlib";
import sharp from "sharp";
import { describe, expect, test } from "vitest";
import { isAppError } from "@/lib/errors";
import { processImage, renditionWidths } from "./image-processing";

/** A real photo-like JPEG carrying EXIF with a camera, a copyright and a GPS position. */
async function photoWithGps({ width = 2400, height = 1600, orientation }: { width?: number; height?: number; orientation?: number } = {}) {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 150 } } }).jpeg({ quality: 90 });
  image = image.withExif({
    IFD0: { Make: "NewsCam", Copyright: "Photo: Nguyen Hong" },
    IFD3: { GPSLatitudeRef: "N", GPSLatitude: "12/1 40/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "108/1 3/1 0/1" },
  });
  if (orientation) image = image.withMetadata({ orientation });
  return image.toBuffer();
}

/** A PNG whose header declares `width` × `height` pixels, with almost no data behind it. */
function declaredPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const checksum = Buffer.alloc(4);
    checksum.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([length, body, checksum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", Buffer.from([0x78, 0x9c, 3, 0, 0, 0, 0, 1])), chunk("IEND", Buffer.alloc(0))]);
}

async function refusalOf(work: Promise<unknown>): Promise<string[] | undefined> {
  try {
    await work;
  } catch (error) {
    if (isAppError(error)) return error.fieldErrors?.file;
    throw error;
  }
  return undefined;
}

// Real encoding of real images: seconds on a busy 2-core machine. The tests assert what comes out, never how fast.
describe("processImage", { timeout: 60_000 }, () => {
  test("renders AVIF, WebP and JPEG at every standard width below the original, all without EXIF or GPS", async () => {
    const original = await photoWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const processed = await processImage(original, "image/jpeg");
    expect(processed).toMatchObject({ width: 2400, height: 1600, hasAlpha: false });
    expect(processed.renditions.map((r) => `${r.format}@${r.width}`)).toEqual(
      [320, 640, 960, 1280, 1920].flatMap((width) => [`avif@${width}`, `webp@${width}`, `jpeg@${width}`]),
    );
    for (const output of [processed.master, ...processed.renditions]) {
      const metadata = await sharp(output.bytes).metadata();
      expect(metadata.format === "heif" ? "avif" : metadata.format).toBe(output.format);
      expect(metadata.width).toBe(output.width);
      expect(output.height).toBe(Math.round((output.width * 1600) / 2400));
      expect(metadata.exif, `${output.format}@${output.width}`).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
    }
    expect(processed.master).toMatchObject({ format: "jpeg", width: 2400 });
  });

  test("a photo taken sideways is stored upright, its sides swapped", async () => {
    const processed = await processImage(await photoWithGps({ width: 1200, height: 800, orientation: 6 }), "image/jpeg");
    expect(processed).toMatchObject({ width: 800, height: 1200 });
    expect(processed.master).toMatchObject({ width: 800, height: 1200 });
    expect((await sharp(processed.master.bytes).metadata()).orientation).toBeUndefined();
  });

  test("an image with transparency falls back to PNG, and a small one is not enlarged", async () => {
    const logo = await sharp({ create: { width: 500, height: 300, channels: 4, background: { r: 200, g: 16, b: 46, alpha: 0.5 } } }).png().toBuffer();
    const processed = await processImage(logo, "image/png");
    expect(processed.hasAlpha).toBe(true);
    expect(processed.renditions.map((r) => `${r.format}@${r.width}`)).toEqual(["avif@320", "webp@320", "png@320", "avif@500", "webp@500", "png@500"]);
  });

  test("a decompression bomb is refused from its header, before decoding", async () => {
    expect(await refusalOf(processImage(declaredPng(100_000, 100_000), "image/png"))).toEqual(["media.imageTooLarge"]);
    expect(await refusalOf(processImage(declaredPng(20_000, 10), "image/png"))).toEqual(["media.imageTooLarge"]);
  });

  test("a truncated or corrupt image is refused as unreadable", async () => {
    const photo = await photoWithGps({ width: 800, height: 600 });
    expect(await refusalOf(processImage(photo.subarray(0, photo.length / 2), "image/jpeg"))).toEqual(["media.unreadableImage"]);
    expect(await refusalOf(processImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), "image/jpeg"))).toEqual(["media.unreadableImage"]);
  });
});

describe("renditionWidths", () => {
  test("standard widths below the original, plus the original when it is not wider than the largest", () => {
    expect(renditionWidths(4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(renditionWidths(1920)).toEqual([320, 640, 960, 1280, 1920]);
    expect(renditionWidths(800)).toEqual([320, 640, 800]);
    expect(renditionWidths(200)).toEqual([200]);
  });
});
