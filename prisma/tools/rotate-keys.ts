/**
 * `npm run crypto:rotate` — after a new key is put first in
 * DATA_ENCRYPTION_KEYS, re-encrypts every passport number, birth date and
 * passport scan still sealed with an older key. When it reports nothing left
 * to do, the old keys can be removed from the setting. Uses DATABASE_URL,
 * else the embedded development PostgreSQL (and its generated keys).
 */
import { reencryptPersonalData } from "@/lib/crypto/rotation";
import { disconnectDb } from "@/lib/db";
import { mediaStorage } from "@/lib/media/configured-storage";
import { withDatabase } from "./database-server";
import { setLocalDataKeys } from "./local-secret";

const result = await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  if (process.env.NODE_ENV !== "production") await setLocalDataKeys();
  try {
    return await reencryptPersonalData({ storage: mediaStorage() });
  } finally {
    await disconnectDb();
  }
});
console.log(`Re-encrypted ${result.values} value(s) of ${result.members} member(s) and ${result.documents} document(s) under the current key.`);
