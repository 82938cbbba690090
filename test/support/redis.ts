// Redis for the tests that run the store over it: present when SITREP_TEST_REDIS_URL names a server
// (.ci/run starts one). Each test file takes its own database number, so files running in parallel
// never see each other's keys, and empties it first, as a fresh SQLite file starts empty.
import Keyv from "keyv";

/** `redis://host:port/<db>` for this file, or null when no Redis server was given. */
export function redisTestUrl(db: number): string | null {
  const base = process.env.SITREP_TEST_REDIS_URL;
  if (!base) return null;
  return `${base.replace(/\/\d*$/, "")}/${db}`;
}

export async function clearRedis(url: string): Promise<void> {
  const { default: KeyvRedis } = await import("@keyv/redis");
  const keyv = new Keyv({ store: new KeyvRedis(url), namespace: "sitrep", useKeyPrefix: false });
  await keyv.clear();
  await keyv.disconnect();
}
