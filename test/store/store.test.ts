import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { newSubscription, subscriptionCovers } from "../../src/store/index.js";
import { Store } from "../../src/store/store.js";
import { incident } from "../builders.js";
import { clearRedis, redisTestUrl } from "../support/redis.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const now = new Date("2026-11-21T12:00:00Z");

const redisUrl = redisTestUrl(1);
beforeAll(async () => {
  if (redisUrl) await clearRedis(redisUrl);
});
const backends = [["memory://"], [`sqlite://${join(dir, "s.sqlite")}`], ...(redisUrl ? [[redisUrl]] : [])];

describe.each(backends)("Store over %s", (url) => {
  test("subscriptions keep a city index in step with chat settings", async () => {
    const store = await Store.open(url);
    await store.chats.update(
      1,
      (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv"), newSubscription("Kyiv")] }),
      now,
    );
    await store.chats.update(2, (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv")] }), now);
    await store.chats.update(3, (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv")], paused: true }), now);
    expect((await store.chats.subscribersOf("Kharkiv")).sort()).toEqual([1, 2]);
    await store.chats.update(1, (s) => ({ ...s, subscriptions: [newSubscription("Kyiv")] }), now);
    expect(await store.chats.subscribersOf("Kharkiv")).toEqual([2]);
    expect(await store.chats.subscribersOf("Kyiv")).toEqual([1]);
    await store.chats.migrate(2, -1002, now);
    expect(await store.chats.subscribersOf("Kharkiv")).toEqual([-1002]);
    await store.close();
  });

  test("oblast and aid subscriptions reach the right chats", async () => {
    const store = await Store.open(url);
    await store.chats.update(
      11,
      (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv", { includeOblast: true })] }),
      now,
    );
    await store.chats.update(12, (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv")] }), now);
    await store.chats.update(13, (s) => ({ ...s, subscriptions: [newSubscription("Lviv", { kinds: ["aid"] })] }), now);
    await store.chats.update(
      14,
      (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv", { mode: "digest" })] }),
      now,
    );
    const chuhuiv = { kind: "strike" as const, cities: ["Chuhuiv"], regions: [] };
    const candidates = await store.chats.instantCandidates({ ...chuhuiv, aid: false });
    expect(candidates.map((c) => c.chatId)).toEqual([11]);
    expect(subscriptionCovers(candidates[0]!.subscriptions[0]!, chuhuiv)).toBe(true);
    const aid = await store.chats.instantCandidates({ cities: [], regions: [], aid: true });
    expect(aid.map((c) => c.chatId)).toEqual([13]);
    expect(await store.chats.subscribersOf("Kharkiv")).toEqual(expect.arrayContaining([11, 12]));
    expect(await store.chats.subscribersOf("Kharkiv")).not.toContain(14);
    await store.close();
  });

  test("concurrent subscriptions to one city are all kept", async () => {
    const store = await Store.open(url);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        store.chats.update(100 + i, (s) => ({ ...s, subscriptions: [newSubscription("Odesa")] }), now),
      ),
    );
    expect(await store.chats.subscribersOf("Odesa")).toHaveLength(20);
    await store.close();
  });

  test("incidents are found per city and by time, newest first", async () => {
    const store = await Store.open(url);
    const older = incident({ cities: ["Sumy"], occurredAt: "2026-11-20T01:00:00.000Z" });
    const newer = incident({ cities: ["Sumy", "Kyiv"], occurredAt: "2026-11-21T01:00:00.000Z" });
    await store.incidents.save(older, now);
    await store.incidents.save(newer, now);
    await store.incidents.save(newer, now);
    expect((await store.incidents.forCity("Sumy", new Date("2026-11-14T00:00:00Z"))).map((i) => i.id)).toEqual([
      newer.id,
      older.id,
    ]);
    expect((await store.incidents.forCity("Kyiv", new Date("2026-11-14T00:00:00Z"))).map((i) => i.id)).toEqual([
      newer.id,
    ]);
    expect((await store.incidents.recent(new Date("2026-11-20T12:00:00Z"))).map((i) => i.id)).toContain(newer.id);
    await store.close();
  });

  test("the outbox never holds or repeats a job twice", async () => {
    const store = await Store.open(url);
    const job = {
      id: `alert:x:${url.length}`,
      chatId: 5,
      kind: "alert" as const,
      incidentId: "x",
      createdAt: now.toISOString(),
      attempts: 0,
    };
    expect(await store.outbox.enqueue([job, job])).toBe(1);
    expect(await store.outbox.enqueue([job])).toBe(0);
    expect((await store.outbox.pending()).map((j) => j.id)).toContain(job.id);
    await store.outbox.finish(job, { messageId: 9, at: now.toISOString(), outcome: "sent" });
    expect((await store.outbox.pending()).map((j) => j.id)).not.toContain(job.id);
    expect(await store.outbox.enqueue([job])).toBe(0);
    expect((await store.outbox.sentRecord(job.id))?.messageId).toBe(9);
    await store.close();
  });

  test("seen items are remembered under any of their keys", async () => {
    const store = await Store.open(url);
    await store.seen.markSeen(["g:1", "l:2"], now);
    expect(await store.seen.anySeen(["l:2", "c:3"])).toBe(true);
    expect(await store.seen.anySeen(["c:3"])).toBe(false);
    await store.close();
  });
});

test.each([
  [`sqlite://${join(dir, "persist.sqlite")}`],
  ...(redisUrl ? [[redisUrl]] : []),
])("state survives reopening over %s", async (url) => {
  const first = await Store.open(url);
  await first.chats.update(7, (s) => ({ ...s, subscriptions: [newSubscription("Lviv")], locale: "uk" }), now);
  await first.close();
  const second = await Store.open(url);
  expect(await second.chats.get(7)).toMatchObject({ subscriptions: [newSubscription("Lviv")], locale: "uk" });
  await second.close();
});
