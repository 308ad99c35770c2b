/**
 * What an uploaded file really is, read from its first bytes. The name and the
 * browser's Content-Type are the uploader's claims; a script renamed photo.jpg
 * must not become a photo. SVG is not accepted at all: it is a document that
 * can carry scripts, not a picture.
 */
export const MEDIA_TYPES = {
  "image/jpeg": { kind: "IMAGE", extension: "jpg" },
  "image/png": { kind: "IMAGE", extension: "png" },
  "image/webp": { kind: "IMAGE", extension: "webp" },
  "image/gif": { kind: "IMAGE", extension: "gif" },
  "image/avif": { kind: "IMAGE", extension: "avif" },
  "application/pdf": { kind: "DOCUMENT", extension: "pdf" },
} as const;

export type MediaMimeType = keyof typeof MEDIA_TYPES;
export type MediaKind = (typeof MEDIA_TYPES)[MediaMimeType]["kind"];

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string) => [...text].map((character) => character.charCodeAt(0));

/** The media type the bytes prove, or null when they are nothing the newsroom accepts. */
export function sniffMediaType(bytes: Uint8Array): MediaMimeType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  if (startsWith(bytes, ascii("GIF87a")) || startsWith(bytes, ascii("GIF89a"))) return "image/gif";
  // ISO-BMFF: a box of type "ftyp" whose major brand is an AVIF one.
  if (startsWith(bytes, ascii("ftyp"), 4) && (startsWith(bytes, ascii("avif"), 8) || startsWith(bytes, ascii("avis"), 8))) return "image/avif";
  if (startsWith(bytes, ascii("%PDF-"))) return "application/pdf";
  return null;
}
