import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fetchFeed } from "../../src/feeds/fetch.js";
import type { Resolver } from "../../src/feeds/guard.js";
import { addFeed, findFeed, importFeeds, type ManageDeps, setPaused } from "../../src/feeds/manage.js";
import { buildOpml, OpmlError, parseOpml } from "../../src/feeds/opml.js";
import { Store } from "../../src/store/store.js";
import { buildRss, FeedServer } from "../support/rssServer.js";

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});

// "news.example" is a public host to the guard; the fetcher sends its requests to the local server.
const resolver: Resolver = async (host) => {
  if (host === "news.example") return [{ address: "93.184.216.34", family: 4 }];
  if (host === "intranet.example") return [{ address: "10.0.0.5", family: 4 }];
  throw new Error("ENOTFOUND");
};
const fetcher: typeof fetchFeed = (url, opts) =>
  fetchFeed(url.replace("http://news.example", server.origin), {
    ...opts,
    // The local server's redirects point at its own origin; map them back for the guard.
    checkUrl: opts.checkUrl && ((u) => opts.checkUrl!(u.replace(server.origin, "http://news.example"))),
  });

async function deps(): Promise<ManageDeps> {
  return { store: await Store.open("memory://"), fetchTimeoutMs: 1000, now: () => new Date(), resolver, fetcher };
}

const rss = (title: string, n: number) =>
  buildRss({
    title,
    items: Array.from({ length: n }, (_, i) => ({ guid: `${i}`, title: `Item ${i}`, link: `https://x.example/${i}` })),
  });

describe("/addfeed", () => {
  test("adds a readable public feed with its title and item count; a second add says it exists", async () => {
    server.setFeed("/ok.xml", rss("Good <News>", 3));
    const d = await deps();
    const outcome = await addFeed(d, "http://news.example/ok.xml", 42);
    expect(outcome).toEqual({ status: "added", url: "http://news.example/ok.xml", title: "Good <News>", items: 3 });
    expect(await d.store.feeds.get("http://news.example/ok.xml")).toMatchObject({
      trusted: false,
      addedBy: 42,
      primed: false,
      title: "Good <News>",
    });
    expect(await addFeed(d, "http://NEWS.example/ok.xml", 42)).toMatchObject({ status: "exists" });
    expect(await d.store.feeds.list()).toEqual(["http://news.example/ok.xml"]);
  });

  test("refusals are not fetched and not stored", async () => {
    const d = await deps();
    for (const [url, reason] of [
      ["ftp://news.example/a", "scheme"],
      [server.url("/ok.xml"), "loopback"],
      ["http://intranet.example/rss", "private"],
      ["http://169.254.169.254/latest/meta-data/", "metadata"],
      ["http://unknown.example/rss", "unresolvable"],
    ] as const) {
      expect(await addFeed(d, url, 1)).toMatchObject({ status: "refused", reason });
    }
    expect(await d.store.feeds.list()).toEqual([]);
  });

  test("a public feed redirecting into the private network is refused at the hop", async () => {
    server.setFeed("/jump.xml", "", { status: 302, headers: { location: "http://169.254.169.254/latest/" } });
    const d = await deps();
    const outcome = await addFeed(d, "http://news.example/jump.xml", 1);
    expect(outcome).toMatchObject({ status: "unreadable", error: expect.stringMatching(/refused: metadata/) });
    expect(await d.store.feeds.list()).toEqual([]);
  });

  test("a page that is not a feed, or an error, is reported and not stored", async () => {
    server.setFeed("/page.html", "<html><body>hi</body></html>", { contentType: "text/html" });
    const d = await deps();
    expect(await addFeed(d, "http://news.example/page.html", 1)).toMatchObject({
      status: "unreadable",
      error: expect.stringMatching(/not a readable/),
    });
    expect(await addFeed(d, "http://news.example/missing.xml", 1)).toMatchObject({
      status: "unreadable",
      error: "HTTP 404 Not Found",
    });
    expect(await d.store.feeds.list()).toEqual([]);
  });

  test("a permanent redirect at add time stores the new address", async () => {
    server.setFeed("/was.xml", "", { status: 301, headers: { location: "/is.xml" } });
    server.setFeed("/is.xml", rss("Is", 1));
    const d = await deps();
    expect(await addFeed(d, "http://news.example/was.xml", 1)).toMatchObject({
      status: "added",
      url: expect.stringMatching(/\/is\.xml$/),
    });
  });
});

describe("finding, pausing and resuming", () => {
  test("by number, exact URL or a differently written URL", async () => {
    const d = await deps();
    await d.store.feeds.seed(["https://a.example/rss/", "https://b.example/feed"], new Date());
    expect(await findFeed(d.store, "2")).toBe("https://b.example/feed");
    expect(await findFeed(d.store, "3")).toBeUndefined();
    expect(await findFeed(d.store, "https://A.example/rss")).toBe("https://a.example/rss/");
    expect(await findFeed(d.store, "https://b.example/feed")).toBe("https://b.example/feed");
    expect(await findFeed(d.store, "<script>")).toBeUndefined();
  });

  test("resuming clears the back-off and the failure count", async () => {
    const d = await deps();
    await d.store.feeds.seed(["https://a.example/rss"], new Date());
    await d.store.feeds.update("https://a.example/rss", (s) => ({
      ...s,
      consecutiveFailures: 30,
      failingSince: "2026-01-01T00:00:00Z",
      nextAttemptAt: "2099-01-01T00:00:00Z",
      paused: true,
      pausedReason: "failing",
    }));
    const resumed = await setPaused(d.store, "https://a.example/rss", false, new Date());
    expect(resumed).toMatchObject({ paused: false, consecutiveFailures: 0, nextAttemptAt: null, failingSince: null });
    expect(await setPaused(d.store, "https://a.example/rss", true, new Date())).toMatchObject({
      paused: true,
      pausedReason: "admin",
    });
  });
});

describe("OPML", () => {
  test("export → import round trip, with escaping", () => {
    const feeds = [
      { url: "https://a.example/rss?x=1&y=2", title: 'A & "B" <C>' },
      { url: "https://b.example/feed", title: null },
    ];
    const opml = buildOpml(feeds, "Sitrep", new Date("2026-11-21T00:00:00Z"));
    expect(opml).toContain('xmlUrl="https://a.example/rss?x=1&amp;y=2"');
    expect(opml).toContain('text="A &amp; &quot;B&quot; &lt;C&gt;"');
    expect(parseOpml(opml)).toEqual(feeds.map((f) => f.url));
  });

  test("reads nested outlines, single quotes, any case, character references; skips folders; deduplicates", () => {
    const opml = `<?xml version="1.0"?>
<opml version="1.0"><head><title>x</title></head><body>
  <outline text="News">
    <outline text="One" type="rss" xmlUrl='https://one.example/rss'/>
    <outline text="Two" XMLURL="https://two.example/rss?a=1&#38;b=2" />
    <outline text="One again" xmlUrl="https://one.example/rss"/>
  </outline>
</body></opml>`;
    expect(parseOpml(opml)).toEqual(["https://one.example/rss", "https://two.example/rss?a=1&b=2"]);
  });

  test("a file that is not OPML is an error", () => {
    expect(() => parseOpml("<rss></rss>")).toThrow(OpmlError);
  });

  test("import validates each URL and reports each", async () => {
    server.setFeed("/imp1.xml", rss("One", 2));
    const d = await deps();
    await addFeed(d, "http://news.example/imp1.xml", 1);
    server.setFeed("/imp2.xml", rss("Two", 5));
    const outcomes = await importFeeds(
      d,
      ["http://news.example/imp1.xml", "http://news.example/imp2.xml", "http://10.0.0.1/rss", "gopher://x.example/"],
      7,
    );
    expect(outcomes.map((o) => o.status)).toEqual(["exists", "added", "refused", "refused"]);
    expect(await d.store.feeds.list()).toEqual(["http://news.example/imp1.xml", "http://news.example/imp2.xml"]);
  });
});
