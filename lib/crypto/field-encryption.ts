import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { configuredKeys, type EncryptionKey } from "./keys";

/**
 * Field-level encryption of personal data (passport numbers, dates of birth,
 * passport scans): AES-256-GCM with a fresh 96-bit nonce per value. The field's
 * name is bound in as additional data, so a ciphertext copied into another
 * column (a passport number pasted over a date of birth) fails to decrypt
 * instead of showing the wrong thing. Stored as "v1.<keyId>.<nonce>.<data>".
 */
export type ProtectedField = "delegation_member.passport_number" | "delegation_member.date_of_birth" | "delegation_document.passport_scan";

const VERSION = "v1";

function sealWith(key: EncryptionKey, field: ProtectedField, plain: Buffer): string {
  const nonce = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key.key, nonce);
  cipher.setAAD(Buffer.from(field, "utf8"));
  const data = Buffer.concat([cipher.update(plain), cipher.final(), cipher.getAuthTag()]);
  return [VERSION, key.id, nonce.toString("base64url"), data.toString("base64url")].join(".");
}

export function encryptBytes(field: ProtectedField, plain: Buffer): string {
  return sealWith(configuredKeys().encryption[0], field, plain);
}

export function decryptBytes(field: ProtectedField, sealed: string): Buffer {
  const [version, keyId, nonce, data, ...rest] = sealed.split(".");
  if (version !== VERSION || !keyId || !nonce || !data || rest.length) throw new Error("Not a value sealed by lib/crypto.");
  const key = configuredKeys().encryption.find((candidate) => candidate.id === keyId);
  if (!key) throw new Error(`The key "${keyId}" that sealed this value is not in DATA_ENCRYPTION_KEYS any more.`);
  const bytes = Buffer.from(data, "base64url");
  const decipher = createDecipheriv("aes-256-gcm", key.key, Buffer.from(nonce, "base64url"));
  decipher.setAAD(Buffer.from(field, "utf8"));
  decipher.setAuthTag(bytes.subarray(bytes.length - 16));
  return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]);
}

export const encryptText = (field: ProtectedField, plain: string) => encryptBytes(field, Buffer.from(plain, "utf8"));
export const decryptText = (field: ProtectedField, sealed: string) => decryptBytes(field, sealed).toString("utf8");

/** The id of the key that sealed a value: what a rotation looks for. */
export function sealedKeyId(sealed: string): string | undefined {
  return sealed.split(".")[1];
}

/** Whether a value was sealed with an older key than the current one. */
export function needsReencryption(sealed: string): boolean {
  return sealedKeyId(sealed) !== configuredKeys().encryption[0].id;
}

/**
 * A blind index: a keyed hash of a normalised value, equal for equal values,
 * so duplicates (the same passport number on two applications) are found with
 * an indexed lookup, while the column tells nothing to someone without the key.
 */
export function blindIndex(purpose: string, normalised: string): string {
  return createHmac("sha256", configuredKeys().index).update(`${purpose}\u0000${normalised}`).digest("base64url");
}
