import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A random secret kept under .data/ so local sessions survive restarts; production sets its own. */
export async function localSecret(name: string): Promise<string> {
  const file = path.resolve(import.meta.dirname, "../../.data", name);
  const existing = await readFile(file, "utf8").catch(() => "");
  if (existing.trim()) return existing.trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}

/**
 * The keys that protect personal data at rest (lib/crypto/keys.ts), for
 * development only: generated once under .data/ like the session secret, so
 * `npm run dev` and `npm run db:seed` agree. Production sets its own.
 */
export async function setLocalDataKeys(): Promise<void> {
  process.env.DATA_ENCRYPTION_KEYS ??= `dev:${await localSecret("data-encryption-key")}`;
  process.env.DATA_INDEX_KEY ??= await localSecret("data-index-key");
}
