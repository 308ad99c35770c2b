import aws4 from "aws4";
import { assertStorageKey, type MediaStorage } from "./storage";

export type S3Config = {
  /** The service's base URL, e.g. https://s3.ap-southeast-1.amazonaws.com or a MinIO server. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
};

/**
 * Media in an S3-compatible bucket (AWS S3, MinIO, Ceph, …), so several app
 * servers share one library. Path-style addresses (endpoint/bucket/key) work
 * with every such service; requests are signed with AWS Signature Version 4.
 */
export class S3Storage implements MediaStorage {
  private readonly endpoint: URL;

  constructor(private readonly config: S3Config) {
    this.endpoint = new URL(config.endpoint);
  }

  private async send(method: "GET" | "PUT" | "DELETE", key: string, body?: Buffer, headers: Record<string, string> = {}): Promise<Response> {
    assertStorageKey(key);
    const basePath = this.endpoint.pathname.replace(/\/$/, "");
    const path = `${basePath}/${encodeURIComponent(this.config.bucket)}/${key.split("/").map(encodeURIComponent).join("/")}`;
    const signed = aws4.sign(
      { host: this.endpoint.host, path, method, service: "s3", region: this.config.region, headers: { ...headers }, body },
      { accessKeyId: this.config.accessKeyId, secretAccessKey: this.config.secretAccessKey },
    );
    return fetch(new URL(path, this.endpoint), {
      method,
      headers: signed.headers as Record<string, string>,
      body: body ? new Uint8Array(body) : undefined,
    });
  }

  private static async failure(action: string, key: string, response: Response): Promise<Error> {
    const detail = (await response.text().catch(() => "")).slice(0, 300);
    return new Error(`S3 ${action} of ${key} failed with ${response.status}: ${detail}`);
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    const response = await this.send("PUT", key, bytes, {
      "Content-Type": contentType,
      "Content-Length": String(bytes.length),
      // Keys never change their bytes; a CDN in front of the bucket may keep them for a year.
      "Cache-Control": "public, max-age=31536000, immutable",
    });
    if (!response.ok) throw await S3Storage.failure("upload", key, response);
    await response.body?.cancel();
  }

  async read(key: string): Promise<Buffer | null> {
    const response = await this.send("GET", key);
    if (response.status === 404) {
      await response.body?.cancel();
      return null;
    }
    if (!response.ok) throw await S3Storage.failure("download", key, response);
    return Buffer.from(await response.arrayBuffer());
  }

  async remove(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      const response = await this.send("DELETE", key);
      // S3 answers 204 whether or not the key existed; some services answer 404 for a missing one.
      if (!response.ok && response.status !== 404) throw await S3Storage.failure("delete", key, response);
      await response.body?.cancel();
    }
  }
}
