import { AppError } from "@/lib/errors";
import { MEDIA_TYPES, sniffMediaType, type MediaKind, type MediaMimeType } from "./file-type";
import { MEDIA_LIMITS } from "./limits";

const refused = (key: "media.unsupportedType" | "media.emptyFile" | "media.fileTooLarge") =>
  new AppError("VALIDATION", "errors.VALIDATION", { fieldErrors: { file: [key] } });

/**
 * The checks every upload passes before anything is stored: not empty, not
 * over the size limit, and of a type its own bytes prove (never the name or
 * the browser's claim).
 */
export function checkUpload(bytes: Uint8Array): { type: MediaMimeType; kind: MediaKind } {
  if (bytes.length === 0) throw refused("media.emptyFile");
  if (bytes.length > MEDIA_LIMITS.maxBytes) throw refused("media.fileTooLarge");
  const type = sniffMediaType(bytes);
  if (!type) throw refused("media.unsupportedType");
  return { type, kind: MEDIA_TYPES[type].kind };
}
