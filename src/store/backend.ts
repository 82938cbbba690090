import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import Keyv from "keyv";

/**
 * Opens the keyv backend named by STORAGE_URL. Everything the bot stores goes through this one
 * Keyv instance (namespaced keys), so switching SQLite for Redis touches nothing else.
 */
export async function openKeyv(storageUrl: string): Promise<Keyv> {
  let keyv: Keyv;
  if (storageUrl === "memory://") {
    keyv = new Keyv({ namespace: "sitrep" });
  } else if (storageUrl.startsWith("sqlite://")) {
    const file = resolve(storageUrl.slice("sqlite://".length));
    mkdirSync(dirname(file), { recursive: true });
    const { default: KeyvSqlite } = await import("@keyv/sqlite");
    keyv = new Keyv({ store: new KeyvSqlite({ uri: `sqlite://${file}`, busyTimeout: 5000 }), namespace: "sitrep" });
  } else if (/^rediss?:\/\//.test(storageUrl)) {
    const { default: KeyvRedis } = await import("@keyv/redis");
    keyv = new Keyv({ store: new KeyvRedis(storageUrl), namespace: "sitrep", useKeyPrefix: false });
  } else {
    throw new Error(`Unsupported STORAGE_URL: ${storageUrl}`);
  }
  // A backend that cannot be reached must fail start-up loudly, not the first command.
  await keyv.get("__ping__");
  return keyv;
}
