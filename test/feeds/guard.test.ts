import type { LookupFunction } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { fetchFeed } from "../../src/feeds/fetch.js";
import { checkFeedUrl, forbiddenAddress, guardedFetch, guardOptions, type Resolver } from "../../src/feeds/guard.js";
import { buildRss, FeedServer } from "../support/rssServer.js";

// A fake DNS: no real lookups in tests.
const zone: Record<string, string[]> = {
  "news.example": ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946"],
  "localhost.example": ["127.0.0.1"],
  "intranet.example": ["10.1.2.3"],
  "office.example": ["172.20.0.5"],
  "home.example": ["192.168.1.1"],
  "linklocal.example": ["169.254.10.10"],
  "v6linklocal.example": ["fe80::1"],
  "carrier.example": ["100.64.0.1"],
  "ula.example": ["fd12:3456::1"],
  "zero.example": ["0.0.0.0"],
  "v6zero.example": ["::"],
  "multicast.example": ["239.255.255.250"],
  "v6multicast.example": ["ff02::1"],
  "metadata.example": ["169.254.169.254"],
  "awsv6.example": ["fd00:ec2::254"],
  "mapped.example": ["::ffff:127.0.0.1"],
  "mappedhex.example": ["::ffff:a00:1"],
  // One public and one private address: the private one is enough to refuse.
  "mixed.example": ["93.184.216.34", "10.0.0.7"],
  "empty.example": [],
};
const resolver: Resolver = async (host) => {
  const addresses = zone[host];
  if (!addresses) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
  return addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
};

describe("refused", () => {
  test.each([
    ["ftp://news.example/feed.xml", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["gopher://news.example/", "scheme"],
    ["not a url", "invalid-url"],
    ["http://user:pass@news.example/rss", "credentials"],
    ["http://nowhere.example/rss", "unresolvable"],
    ["http://empty.example/rss", "unresolvable"],
    ["http://localhost.example/rss", "loopback"],
    ["http://127.0.0.1:8080/rss", "loopback"],
    ["http://127.1/rss", "loopback"],
    ["http://2130706433/rss", "loopback"], // decimal
    ["http://0x7f000001/rss", "loopback"], // hex
    ["http://0177.0.0.1/rss", "loopback"], // octal
    ["http://0x7f.1/rss", "loopback"],
    ["http://[::1]/rss", "loopback"],
    ["http://[::ffff:127.0.0.1]/rss", "loopback"], // IPv4-mapped IPv6 literal
    ["http://mapped.example/rss", "loopback"], // … and as a resolved address
    ["http://intranet.example/rss", "private"],
    ["http://office.example/rss", "private"],
    ["http://home.example/rss", "private"],
    ["http://mappedhex.example/rss", "private"], // ::ffff:10.0.0.1
    ["http://mixed.example/rss", "private"],
    ["http://[::ffff:192.168.0.1]/rss", "private"],
    ["http://linklocal.example/rss", "link-local"],
    ["http://v6linklocal.example/rss", "link-local"],
    ["http://[fe80::abcd]/rss", "link-local"],
    ["http://carrier.example/rss", "cgnat"],
    ["http://100.127.255.254/", "cgnat"],
    ["http://ula.example/rss", "unique-local"],
    ["http://[fc00::1]/rss", "unique-local"],
    ["http://zero.example/rss", "unspecified"],
    ["http://0/rss", "unspecified"],
    ["http://v6zero.example/rss", "unspecified"],
    ["http://multicast.example/rss", "multicast"],
    ["http://v6multicast.example/rss", "multicast"],
    ["http://metadata.example/latest/meta-data/", "metadata"],
    ["http://169.254.169.254/latest/meta-data/", "metadata"],
    ["http://2852039166/latest/meta-data/", "metadata"], // 169.254.169.254 in decimal
    ["http://awsv6.example/", "metadata"],
    ["http://[fd00:ec2::254]/", "metadata"],
    ["http://255.255.255.255/", "reserved"],
    ["http://[::127.0.0.1]/", "reserved"],
    ["http://[64:ff9b::7f00:1]/", "reserved"],
  ])("%s → %s", async (url, reason) => {
    const check = await checkFeedUrl(url, resolver);
    expect(check).toMatchObject({ ok: false, reason });
  });
});

describe("allowed", () => {
  test.each([
    ["https://news.example/rss", "https://news.example/rss"],
    ["http://NEWS.example:8080/a?b=1", "http://news.example:8080/a?b=1"],
    ["https://93.184.216.34/feed", "https://93.184.216.34/feed"],
    ["https://[2606:2800:220:1:248:1893:25c8:1946]/feed", "https://[2606:2800:220:1:248:1893:25c8:1946]/feed"],
    ["  https://news.example/rss  ", "https://news.example/rss"],
  ])("%s", async (url, normal) => {
    expect(await checkFeedUrl(url, resolver)).toEqual({ ok: true, url: normal });
  });

  test("public IPv4 and IPv6 addresses are not flagged", () => {
    for (const address of [
      "8.8.8.8",
      "1.1.1.1",
      "2001:4860:4860::8888",
      "::ffff:8.8.8.8",
      "172.32.0.1",
      "100.128.0.1",
    ]) {
      expect(forbiddenAddress(address), address).toBeNull();
    }
  });
});

test("guardedFetch throws a blocked FeedFetchError naming the reason", async () => {
  const check = guardedFetch(resolver);
  await expect(check("http://intranet.example/x")).rejects.toMatchObject({ code: "blocked" });
  await expect(check("http://intranet.example/x")).rejects.toThrow(/private address 10\.1\.2\.3/);
  await expect(check("https://news.example/rss")).resolves.toBeUndefined();
});

describe("connect-time checks", () => {
  let server: FeedServer;
  beforeAll(async () => {
    server = await FeedServer.start();
    server.setFeed("/rss", buildRss({ title: "Local", items: [] }));
  });
  afterAll(() => server.close());
  const port = () => new URL(server.url("/rss")).port;

  test("connections go to the address the lookup gives", async () => {
    // The mechanism the guard relies on: a host no DNS knows reaches the local server through it.
    const toLocal: LookupFunction = (_host, options, callback) =>
      options.all
        ? (callback as unknown as (e: null, a: object[]) => void)(null, [{ address: "127.0.0.1", family: 4 }])
        : callback(null, "127.0.0.1", 4);
    const result = await fetchFeed(`http://nowhere.example:${port()}/rss`, { timeoutMs: 5000, lookup: toLocal });
    expect(result.status).toBe("ok");
  });

  test("DNS rebinding: a name that turns private after the check is refused when connecting", async () => {
    let calls = 0;
    const rebinding: Resolver = async () => [{ address: calls++ === 0 ? "93.184.216.34" : "127.0.0.1", family: 4 }];
    const before = server.hits();
    const attempt = fetchFeed(`http://rebind.example:${port()}/rss`, { timeoutMs: 5000, ...guardOptions(rebinding) });
    await expect(attempt).rejects.toMatchObject({ code: "blocked" });
    await expect(attempt).rejects.toThrow(/loopback address 127\.0\.0\.1/);
    expect(calls).toBeGreaterThanOrEqual(2);
    expect(server.hits()).toBe(before);
  });

  test("a DNS server that never answers is under the fetch deadline", async () => {
    const silent: Resolver = () => new Promise(() => undefined);
    await expect(
      fetchFeed("http://slow-dns.example/rss", { timeoutMs: 300, ...guardOptions(silent) }),
    ).rejects.toMatchObject({
      code: "timeout",
    });
  });
});
