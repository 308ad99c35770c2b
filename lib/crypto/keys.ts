/**
 * The keys that protect personal data at rest, from the environment:
 *
 *   DATA_ENCRYPTION_KEYS  "id:base64key,id:base64key,…" — 32-byte AES keys; the
 *                         first encrypts, every one listed decrypts. Rotation: put
 *                         a new key first, keep the old ones, re-encrypt
 *                         (`npm run crypto:rotate`), then drop them.
 *   DATA_INDEX_KEY        base64, ≥ 32 bytes — the HMAC key of the blind indexes
 *                         used to find duplicates without decrypting.
 *
 * Nothing falls back to a built-in key: a missing or malformed setting stops
 * the first use with a message that names it.
 */
export type EncryptionKey = { id: string; key: Buffer };

const KEY_ID = /^[A-Za-z0-9_-]{1,16}$/;

function decodeKey(value: string, name: string): Buffer {
  const key = Buffer.from(value, "base64");
  if (key.length !== 32) throw new Error(`${name}: each key must be 32 bytes, base64-encoded (openssl rand -base64 32).`);
  return key;
}

export function parseEncryptionKeys(setting: string | undefined): EncryptionKey[] {
  if (!setting?.trim()) throw new Error("DATA_ENCRYPTION_KEYS is not set: personal data cannot be encrypted. See the README, Configuration.");
  const keys = setting.split(",").map((entry) => {
    const [id, value, ...rest] = entry.trim().split(":");
    if (!id || !value || rest.length || !KEY_ID.test(id)) throw new Error('DATA_ENCRYPTION_KEYS: write each key as "id:base64key" (id: letters, digits, - or _).');
    return { id, key: decodeKey(value, "DATA_ENCRYPTION_KEYS") };
  });
  if (new Set(keys.map((key) => key.id)).size !== keys.length) throw new Error("DATA_ENCRYPTION_KEYS: key ids must be distinct.");
  return keys;
}

export function parseIndexKey(setting: string | undefined): Buffer {
  if (!setting?.trim()) throw new Error("DATA_INDEX_KEY is not set: duplicate matching of personal data needs it. See the README, Configuration.");
  const key = Buffer.from(setting.trim(), "base64");
  if (key.length < 32) throw new Error("DATA_INDEX_KEY must be at least 32 bytes, base64-encoded (openssl rand -base64 32).");
  return key;
}

let cached: { encryption: EncryptionKey[]; index: Buffer; source: string } | undefined;

/** The configured keys, read once per process (and again if the environment changes, as in tests). */
export function configuredKeys(): { encryption: EncryptionKey[]; index: Buffer } {
  const source = `${process.env.DATA_ENCRYPTION_KEYS}|${process.env.DATA_INDEX_KEY}`;
  if (!cached || cached.source !== source) {
    cached = { encryption: parseEncryptionKeys(process.env.DATA_ENCRYPTION_KEYS), index: parseIndexKey(process.env.DATA_INDEX_KEY), source };
  }
  return cached;
}
