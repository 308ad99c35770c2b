import { describe, expect, test } from "vitest";
import { isAppError } from "@/lib/errors";
import { sniffMediaType } from "./file-type";
import { MEDIA_LIMITS } from "./limits";
import { checkUpload } from "./upload-checks";

const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

function refusal(run: () => unknown): string[] | undefined {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.fieldErrors?.file;
    throw error;
  }
  return undefined;
}

describe("sniffMediaType reads the bytes, not the name", () => {
  test.each([
    ["JPEG", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10), "image/jpeg"],
    ["PNG", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0), "image/png"],
    ["WebP", text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "), "image/webp"],
    ["GIF", text("GIF89a\u0001\u0000"), "image/gif"],
    ["AVIF", Uint8Array.from([0, 0, 0, 0x1c, ...text("ftypavif")]), "image/avif"],
    ["PDF", text("%PDF-1.7\n"), "application/pdf"],
  ] as const)("%s", (_name, input, expected) => {
    expect(sniffMediaType(input)).toBe(expected);
  });

  test.each([
    ["a text file renamed .jpg", text("just some notes, renamed photo.jpg")],
    ["an SVG with a script", text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ["HTML", text("<!doctype html><script>alert(1)</script>")],
    ["a RIFF that is not WebP (WAV)", text("RIFF\u0000\u0000\u0000\u0000WAVEfmt ")],
    ["an MP4 (ISO-BMFF, not AVIF)", Uint8Array.from([0, 0, 0, 0x1c, ...text("ftypisom")])],
    ["a truncated JPEG signature", bytes(0xff, 0xd8)],
  ])("%s is nothing we accept", (_name, input) => {
    expect(sniffMediaType(input)).toBeNull();
  });
});

describe("checkUpload", () => {
  test("an empty file, an oversized file and an unknown type are refused on the file field", () => {
    expect(refusal(() => checkUpload(new Uint8Array()))).toEqual(["media.emptyFile"]);
    const oversized = new Uint8Array(MEDIA_LIMITS.maxBytes + 1);
    oversized.set([0xff, 0xd8, 0xff]);
    expect(refusal(() => checkUpload(oversized))).toEqual(["media.fileTooLarge"]);
    expect(refusal(() => checkUpload(text("<svg onload=alert(1)>")))).toEqual(["media.unsupportedType"]);
  });

  test("images and PDF documents are told apart", () => {
    expect(checkUpload(bytes(0xff, 0xd8, 0xff, 0xe1))).toEqual({ type: "image/jpeg", kind: "IMAGE" });
    expect(checkUpload(text("%PDF-1.4"))).toEqual({ type: "application/pdf", kind: "DOCUMENT" });
  });
});
