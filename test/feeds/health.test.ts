import pino from "pino";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BACKOFF_MAX_MS, backoffDelay, FeedPoller, PAUSE_AFTER_FAILING_MS } from "../../src/feeds/poller.js";
import type { FeedState } from "../../src/store/feeds.js";
import { Store } from "../../src/store/store.js";
import { buildRss, FeedServer } from "../support/rssServer.js";

const logger = pino({ level: "silent" });
const MIN = 60_000;
const HOUR = 60 * MIN;
let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});

const rss = (title: string, guid = "1") =>
  buildRss({ title, items: [{ guid, title: `Item ${guid}`, link: `https://news.example/${guid}` }] });

async function setUp(urls: string[], start = new Date("2026-11-20T00:00:00Z")) {
  const store = await Store.open("memory://");
  await store.feeds.seed(urls, start);
  const clock = { now: start };
  const paused: FeedState[] = [];
  const poller = new FeedPoller({
    store,
    logger,
    feeds: () => store.feeds.list(),
    fetchTimeoutMs: 1000,
    now: () => clock.now,
    onChanges: async () => undefined,
    onFeedPaused: (state) => {
      paused.push(state);
    },
  });
  const advance = (ms: number) => {
    clock.now = new Date(clock.now.getTime() + ms);
  };
  return { store, poller, clock, advance, paused };
}

test("back-off doubles from one minute up to six hours", () => {
  expect([1, 2, 3, 4, 5].map(backoffDelay)).toEqual([1, 2, 4, 8, 16].map((m) => m * MIN));
  expect(backoffDelay(9)).toBe(256 * MIN);
  expect(backoffDelay(10)).toBe(BACKOFF_MAX_MS);
  expect(backoffDelay(1000)).toBe(6 * HOUR);
});

describe("a failing feed", () => {
  test("is skipped until its next attempt, then retried; success resets its health", async () => {
    server.setFeed("/flaky.xml", "down", { status: 503 });
    const url = server.url("/flaky.xml");
    const { store, poller, advance, clock } = await setUp([url]);
    expect(await poller.poll()).toMatchObject({ failedFeeds: 1, skippedFeeds: 0 });
    let state = await store.feeds.get(url);
    expect(state).toMatchObject({ consecutiveFailures: 1, failingSince: clock.now.toISOString() });
    expect(Date.parse(state.nextAttemptAt!) - clock.now.getTime()).toBe(MIN);

    const hits = server.hits("/flaky.xml");
    advance(30_000);
    expect(await poller.poll()).toMatchObject({ failedFeeds: 0, skippedFeeds: 1 });
    expect(server.hits("/flaky.xml")).toBe(hits);

    advance(30_000);
    await poller.poll();
    state = await store.feeds.get(url);
    expect(state.consecutiveFailures).toBe(2);
    expect(Date.parse(state.nextAttemptAt!) - clock.now.getTime()).toBe(2 * MIN);

    server.setFeed("/flaky.xml", rss("Flaky"));
    advance(2 * MIN);
    expect(await poller.poll()).toMatchObject({ failedFeeds: 0, skippedFeeds: 0, newItems: 1 });
    expect(await store.feeds.get(url)).toMatchObject({
      consecutiveFailures: 0,
      failingSince: null,
      nextAttemptAt: null,
      lastSuccessAt: clock.now.toISOString(),
      lastError: "HTTP 503 Service Unavailable",
      itemsSeen: 1,
      title: "Flaky",
    });
  });

  test("failing for three days pauses it and tells the admins once", async () => {
    server.setFeed("/dead.xml", "gone", { status: 410 });
    server.setFeed("/alive.xml", rss("Alive"));
    const dead = server.url("/dead.xml");
    const { store, poller, advance, paused } = await setUp([dead, server.url("/alive.xml")]);
    let elapsed = 0;
    while (elapsed < PAUSE_AFTER_FAILING_MS + 12 * HOUR) {
      await poller.poll();
      advance(6 * HOUR);
      elapsed += 6 * HOUR;
    }
    expect(paused).toHaveLength(1);
    expect(paused[0]).toMatchObject({ url: dead, paused: true, pausedReason: "failing", lastError: /HTTP 410/ });
    const hits = server.hits("/dead.xml");
    advance(24 * HOUR);
    expect(await poller.poll()).toMatchObject({ skippedFeeds: 1, failedFeeds: 0 });
    expect(server.hits("/dead.xml")).toBe(hits);
    expect(paused).toHaveLength(1);
    expect((await store.feeds.get(dead)).paused).toBe(true);
  });

  test("a feed paused by an admin is not read", async () => {
    server.setFeed("/quiet.xml", rss("Quiet"));
    const url = server.url("/quiet.xml");
    const { store, poller } = await setUp([url]);
    await store.feeds.update(url, (s) => ({ ...s, paused: true, pausedReason: "admin" }));
    expect(await poller.poll()).toMatchObject({ skippedFeeds: 1, newItems: 0 });
    expect(server.hits("/quiet.xml")).toBe(0);
  });
});

describe("a permanent redirect", () => {
  test("moves the stored feed (state and place in the list) to the new URL, once", async () => {
    server.setFeed("/old.xml", "", { status: 301, headers: { location: "/new.xml" } });
    server.setFeed("/new.xml", rss("Moved", "m1"));
    server.setFeed("/other.xml", rss("Other", "o1"));
    const [old, moved, other] = ["/old.xml", "/new.xml", "/other.xml"].map((p) => server.url(p));
    const { store, poller } = await setUp([old!, other!]);
    await store.feeds.update(old!, (s) => ({ ...s, itemsSeen: 40 }));
    await poller.poll();
    expect(await store.feeds.list()).toEqual([moved, other]);
    expect(await store.feeds.get(moved!)).toMatchObject({ title: "Moved", primed: true, itemsSeen: 41, trusted: true });
    expect((await store.feeds.get(old!)).primed).toBe(false); // nothing left under the old URL
    const before = server.hits("/old.xml");
    const second = await poller.poll();
    expect(second.newItems).toBe(0);
    expect(server.hits("/old.xml")).toBe(before);
  });

  test("a temporary redirect keeps the stored URL", async () => {
    server.setFeed("/tmp-old.xml", "", { status: 302, headers: { location: "/tmp-new.xml" } });
    server.setFeed("/tmp-new.xml", rss("T", "t1"));
    const url = server.url("/tmp-old.xml");
    const { store, poller } = await setUp([url]);
    await poller.poll();
    expect(await store.feeds.list()).toEqual([url]);
    expect((await store.feeds.get(url)).primed).toBe(true);
  });
});

test("feeds added from Telegram are checked on every fetch: one now pointing at 127.0.0.1 fails as refused", async () => {
  server.setFeed("/sneaky.xml", rss("Sneaky"));
  const url = server.url("/sneaky.xml");
  const { store, poller } = await setUp([]);
  await store.feeds.add(url, { trusted: false });
  expect(await poller.poll()).toMatchObject({ failedFeeds: 1 });
  expect((await store.feeds.get(url)).lastError).toMatch(/refused: loopback/);
  expect(server.hits("/sneaky.xml")).toBe(0);
});

describe("the stored feed list", () => {
  test("is seeded from FEEDS once; a removed feed stays removed; a new FEEDS entry joins", async () => {
    const store = await Store.open("memory://");
    const now = new Date();
    expect(await store.feeds.seed(["https://a.example/rss", "https://b.example/rss"], now)).toHaveLength(2);
    expect(await store.feeds.remove("https://a.example/rss")).toBe(true);
    expect(await store.feeds.seed(["https://a.example/rss", "https://b.example/rss"], now)).toEqual([]);
    expect(await store.feeds.list()).toEqual(["https://b.example/rss"]);
    await store.feeds.seed(["https://a.example/rss", "https://b.example/rss", "https://c.example/rss"], now);
    expect(await store.feeds.list()).toEqual(["https://b.example/rss", "https://c.example/rss"]);
    expect((await store.feeds.get("https://c.example/rss")).trusted).toBe(true);
  });
});
