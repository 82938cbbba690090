import Parser from "rss-parser";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildAtom, buildRss, type FeedItem, FeedServer } from "./rssServer.js";

let feeds: FeedServer;

beforeEach(async () => {
  feeds = await FeedServer.start();
});

afterEach(async () => {
  await feeds.close();
});

const tricky: FeedItem = {
  guid: "ukrinform-123",
  title: `Strike on Kharkiv: "3 killed" & <12> injured ]]> end`,
  link: "https://example.org/news?id=1&lang=en",
  description: "<p>Air defence downed 12 of 15 drones</p>",
  content: "<p>Full text with ]]> inside & more</p>",
  pubDate: new Date("2024-03-01T10:00:00Z"),
  author: "Desk",
  categories: ["war", "Kharkiv & region"],
};

describe("feed builders", () => {
  it("builds RSS that rss-parser reads back exactly", async () => {
    const feed = await new Parser().parseString(
      buildRss({
        title: "News & more",
        language: "uk",
        items: [tricky, { title: "Second", link: "https://example.org/2" }],
      }),
    );
    expect(feed.title).toBe("News & more");
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      guid: "ukrinform-123",
      title: tricky.title,
      link: tricky.link,
      // rss-parser puts <description> in `content` and keeps <content:encoded> under its own name.
      content: tricky.description,
      "content:encoded": tricky.content,
      isoDate: "2024-03-01T10:00:00.000Z",
      categories: tricky.categories,
      creator: "Desk",
    });
    expect(second).toMatchObject({ title: "Second", guid: "https://example.org/2" });
  });

  it("builds Atom that rss-parser reads back exactly", async () => {
    const feed = await new Parser().parseString(buildAtom({ title: "Atom <feed>", items: [tricky] }));
    expect(feed.title).toBe("Atom <feed>");
    expect(feed.items[0]).toMatchObject({
      id: "ukrinform-123",
      title: tricky.title,
      link: tricky.link,
      content: tricky.content,
      isoDate: "2024-03-01T10:00:00.000Z",
    });
  });

  it("drops characters XML cannot carry", () => {
    expect(buildRss({ title: "bell\u0007", items: [] })).toContain("<title>bell</title>");
  });
});

describe("FeedServer", () => {
  it("serves feeds, counts hits and answers 404 elsewhere", async () => {
    feeds.setFeed("/a.xml", buildRss({ title: "A", items: [] }), { headers: { "x-test": "1" } });
    const res = await fetch(feeds.url("a.xml"));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(res.headers.get("x-test")).toBe("1");
    expect(await res.text()).toContain("<title>A</title>");
    expect((await fetch(feeds.url("/missing"))).status).toBe(404);
    expect(feeds.hits("/a.xml")).toBe(1);
    expect(feeds.hits()).toBe(2);
  });

  it("serves errors and delays", async () => {
    feeds.setFeed("/down", "oops", { status: 503, contentType: "text/plain", delayMs: 100 });
    const started = Date.now();
    const res = await fetch(feeds.url("/down"));
    expect(res.status).toBe(503);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
  });

  it("answers 304 to a conditional GET", async () => {
    const lastModified = new Date("2024-03-01T10:00:00Z");
    feeds.setFeed("/c.xml", buildRss({ title: "C", items: [] }), { etag: '"v1"', lastModified });
    const first = await fetch(feeds.url("/c.xml"));
    expect(first.headers.get("etag")).toBe('"v1"');
    expect((await fetch(feeds.url("/c.xml"), { headers: { "if-none-match": '"v1"' } })).status).toBe(304);
    expect((await fetch(feeds.url("/c.xml"), { headers: { "if-none-match": '"v0"' } })).status).toBe(200);
    const since = { "if-modified-since": lastModified.toUTCString() };
    feeds.setFeed("/d.xml", "x", { lastModified });
    expect((await fetch(feeds.url("/d.xml"), { headers: since })).status).toBe(304);
    expect(feeds.requests("/c.xml")[1]?.headers["if-none-match"]).toBe('"v1"');
  });

  it("can hang, stall, trickle and never end", async () => {
    feeds.setFeed("/hang", "x", { slow: { kind: "hang" } });
    await expect(fetch(feeds.url("/hang"), { signal: AbortSignal.timeout(100) })).rejects.toThrow();

    feeds.setFeed("/stall", "0123456789", { slow: { kind: "stallBody", afterBytes: 3 } });
    const stalled = await fetch(feeds.url("/stall"), { signal: AbortSignal.timeout(150) });
    expect(stalled.status).toBe(200);
    await expect(stalled.text()).rejects.toThrow();

    feeds.setFeed("/trickle", "abcdef", { slow: { kind: "trickle", chunkBytes: 2, intervalMs: 30 } });
    const started = Date.now();
    expect(await (await fetch(feeds.url("/trickle"))).text()).toBe("abcdef");
    expect(Date.now() - started).toBeGreaterThanOrEqual(50);

    feeds.setFeed("/endless", "<rss>", { slow: { kind: "endless", chunkBytes: 64 * 1024 } });
    const res = await fetch(feeds.url("/endless"));
    const reader = res.body!.getReader();
    let received = 0;
    while (received < 1024 * 1024) received += (await reader.read()).value?.length ?? 0;
    await reader.cancel();
    expect(received).toBeGreaterThanOrEqual(1024 * 1024);
  });
});
