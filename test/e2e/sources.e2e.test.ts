import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import type { FeedServer } from "../support/rssServer.js";

// The real bot process: /sources for everyone, feed management for the operators in ADMIN_IDS.
const TOKEN = "123456:TEST-token-sources";
const ADMIN = 900;

describe("news sources from Telegram", () => {
  let e2e: E2eBot;
  let telegram: FakeTelegram;
  let feeds: FeedServer;
  let bot: BotProcess;

  beforeAll(async () => {
    e2e = await startE2eBot({
      token: TOKEN,
      feedTitle: "Local <News> & Co",
      items: [{ guid: "1", title: "Kyiv talks", link: "https://news.example/1", pubDate: new Date() }],
      // Operator feeds on 127.0.0.1 are trusted as given.
      env: { POLL_CRON: "0 0 1 1 *", ADMIN_IDS: String(ADMIN) },
    });
    ({ telegram, feeds, bot } = e2e);
  }, 90_000);

  afterAll(() => e2e?.close());

  async function say(userId: number, text: string, count = 1) {
    const since = telegram.lastSeq;
    telegram.sendUserMessage({ chatId: userId, text, from: { id: userId, first_name: "U", language_code: "en" } });
    return telegram.waitForSent({ chatId: userId, since, count }, 10_000);
  }

  test("/sources lists the seeded feed with its health, escaped, for anyone", async () => {
    const [reply] = await say(701, "/sources");
    expect(reply!.plainText).toMatch(/News sources \(1\)/);
    expect(reply!.plainText).toContain("Local <News> & Co (127.0.0.1:");
    expect(reply!.plainText).toMatch(/last read .* · 1 item seen/);
    expect(reply!.text).toContain("Local &lt;News&gt; &amp; Co");
    expect(reply!.plainText).not.toMatch(/addfeed/);
  });

  test("everyone else is politely refused the operator commands", async () => {
    for (const command of ["/addfeed https://example.org/rss", "/removefeed 1", "/pausefeed 1", "/exportfeeds"]) {
      const [reply] = await say(702, command);
      expect(reply!.plainText).toMatch(/only the bot's operators/);
    }
  });

  test("an operator's /addfeed refuses private addresses, other schemes and junk, escaped", async () => {
    const cases: Array<[string, RegExp]> = [
      [`/addfeed ${feeds.url("/other.xml")}`, /Refused .*this machine \(127\.0\.0\.1\)/],
      [`/addfeed ${feeds.url("/news.xml")}`, /already in the list/],
      ["/addfeed http://169.254.169.254/latest/meta-data/", /cloud metadata/],
      ["/addfeed http://[::ffff:10.0.0.1]/rss", /private network/],
      ["/addfeed http://0x7f000001/rss", /this machine/],
      ["/addfeed ftp://files.example/feed.xml", /only http:\/\/ and https:\/\//],
      ["/addfeed <b>not&a url</b>", /Refused <b>not&a: not a valid address/],
      [`/addfeed ${"x".repeat(5000)}`, /not a valid address/],
      ["/addfeed", /Send the feed's address/],
    ];
    for (const [command, want] of cases) {
      const [reply] = await say(ADMIN, command);
      expect(reply!.plainText).toMatch(want);
      expect(reply!.plainText!.length).toBeLessThanOrEqual(4096);
    }
    const [list] = await say(ADMIN, "/sources");
    expect(list!.plainText).toMatch(/News sources \(1\)/);
    expect(list!.plainText).toMatch(/Operators: \/addfeed/);
  });

  test("pause, resume, export as OPML, remove", async () => {
    let [reply] = await say(ADMIN, "/pausefeed 1");
    expect(reply!.plainText).toMatch(/Paused http:\/\/127\.0\.0\.1:\d+\/news\.xml/);
    [reply] = await say(ADMIN, "/sources");
    expect(reply!.plainText).toMatch(/⏸ Local/);
    expect(reply!.plainText).toMatch(/paused by an operator/);
    [reply] = await say(ADMIN, `/resumefeed ${feeds.url("/news.xml")}`);
    expect(reply!.plainText).toMatch(/Resumed/);

    [reply] = await say(ADMIN, "/exportfeeds");
    expect(reply!.method).toBe("sendDocument");
    expect(reply!.document?.fileName).toBe("sitrep-feeds.opml");
    const opml = reply!.document!.data!.toString("utf8");
    expect(opml).toContain(`xmlUrl="${feeds.url("/news.xml")}"`);
    expect(opml).toContain('text="Local &lt;News&gt; &amp; Co"');
    expect(reply!.plainText).toMatch(/1 news source \(OPML\)/);

    [reply] = await say(ADMIN, "/importfeeds");
    expect(reply!.plainText).toMatch(/Reply to an OPML file/);

    [reply] = await say(ADMIN, "/removefeed 7");
    expect(reply!.plainText).toMatch(/No such feed/);
    [reply] = await say(ADMIN, "/removefeed 1");
    expect(reply!.plainText).toMatch(/Removed/);
    [reply] = await say(ADMIN, "/sources");
    expect(reply!.plainText).toMatch(/No news sources yet/);
  });

  test("/importfeeds as a reply to an OPML file: the real getFile and download, one outcome per URL", async () => {
    const opml = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<opml version="2.0"><head><title>mine</title></head><body>',
      // Removed by the test before; from Telegram, a feed on this machine is refused.
      `<outline type="rss" text="Local again" xmlUrl="${feeds.url("/news.xml")}"/>`,
      '<outline type="rss" text="Router" xmlUrl="http://192.168.1.1/feed"/>',
      '<outline type="rss" text="Metadata" xmlUrl="http://169.254.169.254/latest/meta-data/"/>',
      "</body></opml>",
    ].join("\n");
    const file = telegram.sendUserMessage({
      chatId: ADMIN,
      text: "",
      from: { id: ADMIN, first_name: "U", language_code: "en" },
      document: { fileName: "feeds.opml", data: Buffer.from(opml), mimeType: "text/x-opml" },
    });
    const since = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId: ADMIN,
      text: "/importfeeds",
      replyTo: file.messageId,
      from: { id: ADMIN, first_name: "U", language_code: "en" },
    });
    const [reply] = await telegram.waitForSent({ chatId: ADMIN, since, count: 1 }, 15_000);
    expect(telegram.calls({ method: "getFile" }).length).toBeGreaterThan(0);
    expect(reply!.plainText).toMatch(/Import: 0 added, 0 already listed, 3 refused/);
    expect(reply!.plainText).toMatch(/127\.0\.0\.1:\d+\/news\.xml: it points at this machine/);
    expect(reply!.plainText).toMatch(/192\.168\.1\.1.*private/s);
    expect(reply!.plainText).toMatch(/169\.254\.169\.254.*metadata/s);
    // The download URL carries the token: it is in no log line.
    expect(bot.lines.filter((l) => l.raw.includes(TOKEN.split(":")[1]!))).toEqual([]);
  });

  test("a removed operator feed stays removed after a restart", async () => {
    expect(await bot.stop()).toBe(0);
    bot = await e2e.restart();
    const [reply] = await say(703, "/sources");
    expect(reply!.plainText).toMatch(/No news sources yet/);
  }, 60_000);
});
