import { brotliCompressSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { FeedFetchError, fetchFeed, MAX_REDIRECTS } from "../../src/feeds/fetch.js";
import { parseFeed } from "../../src/feeds/parse.js";
import { buildRss, FeedServer } from "../support/rssServer.js";

let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});

const rss = (title: string) =>
  buildRss({ title, items: [{ guid: "1", title: "Item", link: "https://news.example/1" }] });
const redirect = (path: string, to: string, status = 301) =>
  server.setFeed(path, "", { status, headers: { location: to } });
const opts = { timeoutMs: 2000 };

describe("redirects", () => {
  test("a chain of permanent redirects is followed and reported as the feed's new home", async () => {
    redirect("/p1.xml", "/p2.xml", 301);
    redirect("/p2.xml", server.url("/p3.xml"), 308);
    server.setFeed("/p3.xml", rss("Moved"));
    const result = await fetchFeed(server.url("/p1.xml"), opts);
    expect(result).toMatchObject({ status: "ok", finalUrl: server.url("/p3.xml"), movedTo: server.url("/p3.xml") });
  });

  test("a temporary redirect anywhere on the way keeps the old address", async () => {
    redirect("/t1.xml", "/t2.xml", 301);
    redirect("/t2.xml", "/t3.xml", 302);
    server.setFeed("/t3.xml", rss("Temp"));
    const result = await fetchFeed(server.url("/t1.xml"), opts);
    expect(result).toMatchObject({ status: "ok", finalUrl: server.url("/t3.xml"), movedTo: null });
  });

  test(`at most ${MAX_REDIRECTS} redirects; a loop is cut off`, async () => {
    for (let i = 0; i < 7; i++) redirect(`/r${i}.xml`, `/r${i + 1}.xml`, 307);
    server.setFeed("/r7.xml", rss("Far"));
    server.setFeed("/r5.xml", rss("Five"));
    // Five hops reach /r5.xml.
    await expect(fetchFeed(server.url("/r0.xml"), opts)).resolves.toMatchObject({ finalUrl: server.url("/r5.xml") });
    await expect(fetchFeed(server.url("/r1.xml"), opts)).resolves.toMatchObject({ finalUrl: server.url("/r5.xml") });
    redirect("/r5.xml", "/r6.xml", 307);
    await expect(fetchFeed(server.url("/r0.xml"), opts)).rejects.toMatchObject({ code: "redirect" });
    redirect("/loop.xml", "/loop.xml", 302);
    await expect(fetchFeed(server.url("/loop.xml"), opts)).rejects.toThrow(/more than 5 redirects/);
  });

  test("a redirect to another scheme or without a Location is an error", async () => {
    redirect("/ftp.xml", "ftp://files.example/feed.xml");
    await expect(fetchFeed(server.url("/ftp.xml"), opts)).rejects.toMatchObject({ code: "redirect" });
    server.setFeed("/noloc.xml", "", { status: 302 });
    await expect(fetchFeed(server.url("/noloc.xml"), opts)).rejects.toThrow(/without a Location/);
  });

  test("every hop is checked before it is requested", async () => {
    redirect("/hop1.xml", "/secret.xml", 302);
    server.setFeed("/secret.xml", rss("Secret"));
    const checked: string[] = [];
    const checkUrl = async (url: string) => {
      checked.push(url);
      if (url.endsWith("/secret.xml")) throw new FeedFetchError("refused", "blocked");
    };
    const before = server.hits("/secret.xml");
    await expect(fetchFeed(server.url("/hop1.xml"), { ...opts, checkUrl })).rejects.toMatchObject({ code: "blocked" });
    expect(checked).toEqual([server.url("/hop1.xml"), server.url("/secret.xml")]);
    expect(server.hits("/secret.xml")).toBe(before);
  });

  test("a 304 after a permanent redirect still reports the move", async () => {
    redirect("/c1.xml", "/c2.xml", 308);
    server.setFeed("/c2.xml", rss("C"), { etag: '"c"' });
    const result = await fetchFeed(server.url("/c1.xml"), { ...opts, etag: '"c"' });
    expect(result).toEqual({ status: "not-modified", movedTo: server.url("/c2.xml") });
  });
});

describe("compression", () => {
  const body = rss("Стиснена стрічка");
  test.each([
    ["gzip", gzipSync(body)],
    ["deflate", deflateSync(body)],
    ["br", brotliCompressSync(body)],
  ])("%s bodies are decoded", async (encoding, bytes) => {
    server.setFeed(`/z-${encoding}.xml`, bytes, { headers: { "content-encoding": encoding } });
    const result = await fetchFeed(server.url(`/z-${encoding}.xml`), opts);
    expect(result.status).toBe("ok");
    if (result.status !== "ok") return;
    expect((await parseFeed(result.body, null)).title).toBe("Стиснена стрічка");
    expect(server.requests(`/z-${encoding}.xml`).at(-1)!.headers["accept-encoding"]).toMatch(/gzip.*deflate.*br/);
  });

  test("the size cap applies to the decoded bytes (a small compression bomb is cut off)", async () => {
    const bomb = gzipSync(Buffer.alloc(3_000_000, " "));
    expect(bomb.length).toBeLessThan(10_000);
    server.setFeed("/bomb.xml", bomb, { headers: { "content-encoding": "gzip" } });
    await expect(fetchFeed(server.url("/bomb.xml"), { ...opts, maxBytes: 1_000_000 })).rejects.toMatchObject({
      code: "too-large",
    });
  });
});

/** Encodes text in a single-byte charset by inverting TextDecoder (Node has no legacy encoders). */
function encodeSingleByte(text: string, charset: string): Buffer {
  const decoder = new TextDecoder(charset);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) table.set(decoder.decode(Uint8Array.of(b)), b);
  return Buffer.from(
    [...text].map((ch) => {
      const byte = table.get(ch);
      if (byte === undefined) throw new Error(`${ch} is not in ${charset}`);
      return byte;
    }),
  );
}

describe("charsets", () => {
  const title = "Удари по Харкову: їжа, ґанок, Євген";
  const feed = (charset: string, declared: boolean) =>
    buildRss({ title, items: [{ guid: "1", title, link: "https://news.example/1" }] }).replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      declared ? `<?xml version="1.0" encoding="${charset}"?>` : '<?xml version="1.0"?>',
    );

  test.each([
    ["windows-1251", "header"],
    ["windows-1251", "declaration"],
    ["koi8-u", "header"],
    ["koi8-u", "declaration"],
  ])("%s from the %s", async (charset, where) => {
    const bytes = encodeSingleByte(feed(charset, where === "declaration"), charset);
    const path = `/cs-${charset}-${where}.xml`;
    server.setFeed(path, bytes, {
      contentType: where === "header" ? `application/rss+xml; charset=${charset}` : "application/rss+xml",
    });
    const result = await fetchFeed(server.url(path), opts);
    if (result.status !== "ok") throw new Error("expected a body");
    const parsed = await parseFeed(result.body, null);
    expect(parsed.title).toBe(title);
    expect(parsed.items[0]!.title).toBe(title);
  });

  test("the user agent names the bot", async () => {
    server.setFeed("/ua.xml", rss("UA"));
    await fetchFeed(server.url("/ua.xml"), opts);
    expect(server.requests("/ua.xml").at(-1)!.headers["user-agent"]).toMatch(/^SitrepBot\/\S+ \(/);
  });
});
