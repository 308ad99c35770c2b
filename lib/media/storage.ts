import { randomUUID } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * Where media bytes live. The database keeps keys and metadata only, so the
 * bytes can sit on this server's disk or in a bucket several app servers share.
 */
export interface MediaStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  read(key: string): Promise<Buffer | null>;
  /** Removes the keys; missing ones are ignored. */
  remove(keys: readonly string[]): Promise<void>;
}

/** Keys are made by the media library, never taken from a request; this is the last line against "../". */
const KEY_PATTERN = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export function assertStorageKey(key: string): void {
  if (!KEY_PATTERN.test(key) || key.includes("..")) throw new Error(`Invalid media storage key: ${key}`);
}

/** Media on the local disk, under one root folder (`.data/media` by default). */
export class LocalDiskStorage implements MediaStorage {
  constructor(private readonly root: string) {}

  private pathOf(key: string): string {
    assertStorageKey(key);
    return path.join(this.root, ...key.split("/"));
  }

  // The disk keeps no content type: the library serves a key by its extension.
  async put(key: string, bytes: Buffer, _contentType?: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    // Written beside the target, then renamed: a reader never sees half a file.
    const temporary = `${target}.${randomUUID()}.tmp`;
    await writeFile(temporary, bytes);
    await rename(temporary, target);
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(keys: readonly string[]): Promise<void> {
    await Promise.all(keys.map((key) => rm(this.pathOf(key), { force: true })));
  }
}

/**
 * The storage this process uses: MEDIA_ROOT on the local disk, else
 * `.data/media` under the folder the app was started from (the project's).
 * Not `import.meta.dirname`: inside Next's server bundle it is undefined.
 */
export function localMediaStorage(): LocalDiskStorage {
  return new LocalDiskStorage(process.env.MEDIA_ROOT || path.join(process.cwd(), ".data", "media"));
}
