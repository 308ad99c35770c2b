import { S3Storage } from "./s3-storage";
import { localMediaStorage, type MediaStorage } from "./storage";

const S3_VARIABLES = ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const;

/**
 * The media storage this deployment uses: an S3-compatible bucket when
 * MEDIA_STORAGE=s3 (so several app servers share one library), otherwise the
 * local disk. A half-configured bucket is an error at first use, not a silent
 * fall-back to a disk that other servers cannot see.
 */
export function mediaStorage(env: Readonly<Record<string, string | undefined>> = process.env): MediaStorage {
  if (env.MEDIA_STORAGE !== "s3") return localMediaStorage();
  const missing = S3_VARIABLES.filter((name) => !env[name]);
  if (missing.length) throw new Error(`MEDIA_STORAGE=s3 needs ${missing.join(", ")}`);
  return new S3Storage({
    endpoint: env.S3_ENDPOINT!,
    bucket: env.S3_BUCKET!,
    region: env.S3_REGION || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID!,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY!,
  });
}
