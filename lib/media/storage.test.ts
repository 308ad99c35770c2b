import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { mediaStorage } from "./configured-storage";
import { S3Storage } from "./s3-storage";
import { LocalDiskStorage } from "./storage";
import { mediaStorageContract } from "./storage-contract";

describe("LocalDiskStorage", () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), "newsroom-media-"));
    storage = new LocalDiskStorage(root);
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  mediaStorageContract(() => storage);

  test("writes through a temporary file and leaves none behind", async () => {
    await storage.put("2026/11/tmp/original.jpg", Buffer.from("x"), "image/jpeg");
    expect(await readdir(path.join(root, "2026", "11", "tmp"))).toEqual(["original.jpg"]);
  });
});

/** A real S3-compatible server (s3rver) on loopback, speaking the S3 REST API over HTTP. */
describe("S3Storage", () => {
  let directory: string;
  let server: S3rver;
  let endpoint: string;
  const credentials = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
  beforeAll(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "newsroom-s3-"));
    server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory, vhostBuckets: false, configureBuckets: [{ name: "newsroom-media" }] });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });

  mediaStorageContract(() => new S3Storage({ endpoint, bucket: "newsroom-media", region: "us-east-1", ...credentials }));

  // s3rver parses the Signature V4 Authorization header and checks its access key, but does not
  // recompute the signature itself; the signing is aws4's, as AWS and MinIO verify it.
  test("requests carry a V4 authorization for the configured key: an unknown key is refused, and says why", async () => {
    const impostor = new S3Storage({ endpoint, bucket: "newsroom-media", region: "us-east-1", accessKeyId: "NOT-A-KEY", secretAccessKey: "S3RVER" });
    await expect(impostor.put("2026/11/x/original.jpg", Buffer.from("x"), "image/jpeg")).rejects.toThrow(/S3 upload of 2026\/11\/x\/original.jpg failed with 403: .*InvalidAccessKeyId/s);
  });

  test("MEDIA_STORAGE=s3 selects the bucket from the environment; a half-configured one is an error", async () => {
    const configured = mediaStorage({ MEDIA_STORAGE: "s3", S3_ENDPOINT: endpoint, S3_BUCKET: "newsroom-media", S3_ACCESS_KEY_ID: "S3RVER", S3_SECRET_ACCESS_KEY: "S3RVER" });
    expect(configured).toBeInstanceOf(S3Storage);
    await configured.put("2026/11/env/original.png", Buffer.from("png"), "image/png");
    expect((await configured.read("2026/11/env/original.png"))?.toString()).toBe("png");
    expect(() => mediaStorage({ MEDIA_STORAGE: "s3", S3_ENDPOINT: endpoint })).toThrow(/needs S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY/);
    expect(mediaStorage({})).toBeInstanceOf(LocalDiskStorage);
  });
});
