import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { LocalDiskStorage } from "./storage";

let root: string;
let storage: LocalDiskStorage;
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), "newsroom-media-"));
  storage = new LocalDiskStorage(root);
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("LocalDiskStorage", () => {
  test("stores, reads back and removes bytes under nested keys, leaving no temporary files", async () => {
    const bytes = Buffer.from("ảnh Đắk Lắk");
    await storage.put("2026/11/abc/w640.webp", bytes, "image/webp");
    expect(await storage.read("2026/11/abc/w640.webp")).toEqual(bytes);
    expect(await readdir(path.join(root, "2026", "11", "abc"))).toEqual(["w640.webp"]);
    await storage.remove(["2026/11/abc/w640.webp", "2026/11/abc/missing.webp"]);
    expect(await storage.read("2026/11/abc/w640.webp")).toBeNull();
  });

  test.each(["../outside", "a/../../b", "/etc/passwd", "a//b", "A/B", "a/.hidden", ""])("refuses the key %j", async (key) => {
    await expect(storage.put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(/Invalid media storage key/);
    await expect(storage.read(key)).rejects.toThrow(/Invalid media storage key/);
  });
});
