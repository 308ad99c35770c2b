import { expect, test } from "vitest";
import type { MediaStorage } from "./storage";

/** What every media storage must do, run against each implementation on a real backend. */
export function mediaStorageContract(storage: () => MediaStorage): void {
  test("stores, reads back and removes bytes under nested keys", async () => {
    const bytes = Buffer.from([0xff, 0xd8, 0xff, ...Buffer.from("ảnh Đắk Lắk")]);
    await storage().put("2026/11/abc/w640.webp", bytes, "image/webp");
    expect(await storage().read("2026/11/abc/w640.webp")).toEqual(bytes);
    await storage().put("2026/11/abc/w640.webp", Buffer.from("replaced"), "image/webp");
    expect((await storage().read("2026/11/abc/w640.webp"))?.toString()).toBe("replaced");
    await storage().remove(["2026/11/abc/w640.webp", "2026/11/abc/never-stored.webp"]);
    expect(await storage().read("2026/11/abc/w640.webp")).toBeNull();
  });

  test("a key that was never stored reads as null", async () => {
    expect(await storage().read("2026/01/missing/original.jpg")).toBeNull();
  });

  test.each(["../outside", "a/../../b", "/etc/passwd", "a//b", "A/B", "a/.hidden", ""])("refuses the key %j", async (key) => {
    await expect(storage().put(key, Buffer.from("x"), "text/plain")).rejects.toThrow(/Invalid media storage key/);
    await expect(storage().read(key)).rejects.toThrow(/Invalid media storage key/);
  });
}
