import type Keyv from "keyv";

/** Every stored value is wrapped with a schema version so later releases can migrate old records. */
interface Versioned<T> {
  v: number;
  data: T;
}

export async function getRecord<T>(keyv: Keyv, key: string, version = 1): Promise<T | undefined> {
  const raw = (await keyv.get(key)) as Versioned<T> | undefined;
  if (!raw || typeof raw !== "object" || raw.v !== version) return undefined;
  return raw.data;
}

export async function setRecord<T>(keyv: Keyv, key: string, data: T, ttlMs?: number, version = 1): Promise<void> {
  await keyv.set(key, { v: version, data } satisfies Versioned<T>, ttlMs);
}
