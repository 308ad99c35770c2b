import { contentTypeOfKey } from "./keys";
import { isKnownMediaKey } from "./queries";
import { mediaStorage } from "./configured-storage";
import { assertStorageKey, type MediaStorage } from "./storage";

/**
 * A stored file for the public /media/… address: only keys the library made
 * and still knows are read, so a path can never reach another file on disk,
 * and a deleted item is gone at once.
 */
export async function readMediaFile(key: string, storage: MediaStorage = mediaStorage()): Promise<{ bytes: Buffer; contentType: string } | null> {
  try {
    assertStorageKey(key);
  } catch {
    return null;
  }
  const contentType = contentTypeOfKey(key);
  if (!contentType || !(await isKnownMediaKey(key))) return null;
  const bytes = await storage.read(key);
  return bytes ? { bytes, contentType } : null;
}
