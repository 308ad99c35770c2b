import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { blindIndex, decryptBytes, decryptText, encryptBytes, encryptText, needsReencryption, sealedKeyId } from "./field-encryption";
import { parseEncryptionKeys } from "./keys";

const key = () => randomBytes(32).toString("base64");
const saved = { keys: process.env.DATA_ENCRYPTION_KEYS, index: process.env.DATA_INDEX_KEY };

beforeEach(() => {
  process.env.DATA_ENCRYPTION_KEYS = `k1:${key()}`;
  process.env.DATA_INDEX_KEY = key();
});
afterEach(() => {
  process.env.DATA_ENCRYPTION_KEYS = saved.keys;
  process.env.DATA_INDEX_KEY = saved.index;
});

describe("field encryption", () => {
  test("round-trips text and bytes, and never shows the value in what it stores", () => {
    const sealed = encryptText("delegation_member.passport_number", "C01X00T47");
    expect(sealed).toMatch(/^v1\.k1\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain("C01X00T47");
    expect(decryptText("delegation_member.passport_number", sealed)).toBe("C01X00T47");
    const scan = randomBytes(1000);
    expect(decryptBytes("delegation_document.passport_scan", encryptBytes("delegation_document.passport_scan", scan)).equals(scan)).toBe(true);
  });

  test("the same value seals differently each time", () => {
    expect(encryptText("delegation_member.date_of_birth", "1990-01-01")).not.toBe(encryptText("delegation_member.date_of_birth", "1990-01-01"));
  });

  test("a value moved to another field, or tampered with, does not decrypt", () => {
    const sealed = encryptText("delegation_member.passport_number", "C01X00T47");
    expect(() => decryptText("delegation_member.date_of_birth", sealed)).toThrow();
    const parts = sealed.split(".");
    const data = Buffer.from(parts[3], "base64url");
    data[0] ^= 1;
    expect(() => decryptText("delegation_member.passport_number", [...parts.slice(0, 3), data.toString("base64url")].join("."))).toThrow();
  });

  test("rotation: a new first key encrypts, the old one still decrypts, and old values are recognised", () => {
    const oldKey = process.env.DATA_ENCRYPTION_KEYS!;
    const sealedBefore = encryptText("delegation_member.passport_number", "B1234567");
    process.env.DATA_ENCRYPTION_KEYS = `k2:${key()},${oldKey}`;
    expect(decryptText("delegation_member.passport_number", sealedBefore)).toBe("B1234567");
    expect(needsReencryption(sealedBefore)).toBe(true);
    const sealedAfter = encryptText("delegation_member.passport_number", "B1234567");
    expect(sealedKeyId(sealedAfter)).toBe("k2");
    expect(needsReencryption(sealedAfter)).toBe(false);
    // Once the old key is dropped, its values can no longer be read: rotation must re-encrypt first.
    process.env.DATA_ENCRYPTION_KEYS = `k2:${key()}`;
    expect(() => decryptText("delegation_member.passport_number", sealedBefore)).toThrow(/k1/);
  });

  test("blind indexes are equal for equal values, differ by purpose and by key", () => {
    expect(blindIndex("passport", "B1234567")).toBe(blindIndex("passport", "B1234567"));
    expect(blindIndex("passport", "B1234567")).not.toBe(blindIndex("identity", "B1234567"));
    const before = blindIndex("passport", "B1234567");
    process.env.DATA_INDEX_KEY = key();
    expect(blindIndex("passport", "B1234567")).not.toBe(before);
  });
});

describe("key settings", () => {
  test("refuse what is missing or malformed, with the setting named", () => {
    expect(() => parseEncryptionKeys(undefined)).toThrow(/DATA_ENCRYPTION_KEYS is not set/);
    expect(() => parseEncryptionKeys("k1")).toThrow(/id:base64key/);
    expect(() => parseEncryptionKeys(`k1:${Buffer.alloc(16).toString("base64")}`)).toThrow(/32 bytes/);
    expect(() => parseEncryptionKeys(`k1:${key()},k1:${key()}`)).toThrow(/distinct/);
    expect(parseEncryptionKeys(`a:${key()}, b:${key()}`).map((entry) => entry.id)).toEqual(["a", "b"]);
  });
});
