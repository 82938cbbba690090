import pino from "pino";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { IncidentChange } from "../../src/analysis/incidents.js";
import { FeedPoller } from "../../src/feeds/poller.js";
import { Store } from "../../src/store/store.js";
import { buildRss, type FeedItem, FeedServer } from "../support/rssServer.js";

const logger = pino({ level: "silent" });
let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});

const now = new Date();
const strike = (id: string, city: string, hoursAgo = 1): FeedItem => ({
  guid: id,
  title: `Russian drones hit ${city} overnight, injuring four people`,
  link: `https://news.example/${id}`,
  content: `<p>Russian attack drones struck ${city} overnight. Four people were injured, the regional governor said.</p>`,
  pubDate: new Date(now.getTime() - hoursAgo * 3_600_000),
});

async function setUp(feeds: string[], timeoutMs = 1000) {
  const store = await Store.open("memory://");
  // Operator feeds (FEEDS) are trusted as given, even on 127.0.0.1.
  await store.feeds.seed(feeds, now);
  const calls: Array<{ changes: IncidentChange[]; quiet: ReadonlySet<string> }> = [];
  const poller = new FeedPoller({
    store,
    logger,
    feeds: () => store.feeds.list(),
    fetchTimeoutMs: timeoutMs,
    onChanges: async (changes, quiet) => {
      calls.push({ changes, quiet });
    },
  });
  return { store, calls, poller };
}

test("a hanging feed and a broken feed do not stop the good one", async () => {
  server.setFeed("/good.xml", buildRss({ title: "Good", items: [strike("g1", "Kharkiv")] }));
  server.setFeed("/hang.xml", "", { slow: { kind: "hang" } });
  server.setFeed("/broken.xml", "<html>not a feed</html>", { contentType: "text/html" });
  server.setFeed("/500.xml", "oops", { status: 500 });
  const urls = ["/hang.xml", "/broken.xml", "/500.xml", "/good.xml"].map((p) => server.url(p));
  const { store, poller } = await setUp(urls, 500);
  const outcome = await poller.poll();
  expect(outcome).toMatchObject({ feeds: 4, failedFeeds: 3, newItems: 1, created: 1 });
  expect((await store.feeds.get(server.url("/hang.xml"))).lastError).toMatch(/timed out/);
  expect((await store.feeds.get(server.url("/broken.xml"))).lastError).toMatch(/not a readable/);
  expect(await store.feeds.get(server.url("/500.xml"))).toMatchObject({
    lastError: "HTTP 500 Internal Server Error",
    consecutiveFailures: 1,
  });
  expect((await store.incidents.forCity("Kharkiv", new Date(0))).length).toBe(1);
});

test("the first poll is quiet; later items alert; nothing is processed twice", async () => {
  const items = [strike("a1", "Odesa", 3)];
  server.setFeed("/news.xml", buildRss({ title: "News", items }));
  const { calls, poller } = await setUp([server.url("/news.xml")]);
  await poller.poll();
  expect(calls).toHaveLength(1);
  const first = calls[0]!;
  expect(first.changes[0]!.type).toBe("created");
  expect([...first.quiet]).toEqual(["a1"]);

  items.push(strike("a2", "Dnipro"));
  server.setFeed("/news.xml", buildRss({ title: "News", items }));
  await poller.poll();
  expect(calls).toHaveLength(2);
  expect(calls[1]!.changes.map((c) => c.incident.cities)).toEqual([["Dnipro"]]);
  expect(calls[1]!.quiet.size).toBe(0);

  const again = await poller.poll();
  expect(again.newItems).toBe(0);
  expect(calls).toHaveLength(2);
});

test("an item published days ago is stored but quiet even after the first poll", async () => {
  const items = [strike("b1", "Sumy")];
  server.setFeed("/b.xml", buildRss({ title: "B", items }));
  const { calls, poller } = await setUp([server.url("/b.xml")]);
  await poller.poll();
  items.push(strike("b2", "Poltava", 72));
  server.setFeed("/b.xml", buildRss({ title: "B", items }));
  await poller.poll();
  expect([...calls[1]!.quiet]).toEqual(["b2"]);
});

test("conditional GET: a 304 reads nothing and counts as success", async () => {
  server.setFeed("/etag.xml", buildRss({ title: "E", items: [strike("e1", "Lviv")] }), { etag: '"v1"' });
  const { store, poller } = await setUp([server.url("/etag.xml")]);
  await poller.poll();
  const second = await poller.poll();
  expect(second).toMatchObject({ newItems: 0, failedFeeds: 0 });
  const requests = server.requests("/etag.xml");
  expect(requests.at(-1)).toMatchObject({ status: 304 });
  expect(requests.at(-1)!.headers["if-none-match"]).toBe('"v1"');
  expect(requests.at(-1)!.headers["user-agent"]).toMatch(/Sitrep/);
  expect((await store.feeds.get(server.url("/etag.xml"))).consecutiveFailures).toBe(0);
});

test("overlapping polls share one run", async () => {
  server.setFeed("/slow.xml", buildRss({ title: "S", items: [strike("s1", "Kherson")] }), { delayMs: 200 });
  const { poller } = await setUp([server.url("/slow.xml")]);
  const [a, b] = await Promise.all([poller.poll(), poller.poll()]);
  expect(a).toBe(b);
  expect(server.hits("/slow.xml")).toBe(1);
});

test("an endless response is cut off, not buffered forever", async () => {
  server.setFeed("/endless.xml", "<rss>", { slow: { kind: "endless", chunkBytes: 65536, intervalMs: 1 } });
  const { store, poller } = await setUp([server.url("/endless.xml")], 10_000);
  const { fetchFeed } = await import("../../src/feeds/fetch.js");
  await expect(fetchFeed(server.url("/endless.xml"), { timeoutMs: 10_000, maxBytes: 1_000_000 })).rejects.toThrow(
    /cap/,
  );
  await poller.poll();
  expect((await store.feeds.get(server.url("/endless.xml"))).lastError).toMatch(/cap/);
});
