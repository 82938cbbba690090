import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BotProcess, startBot } from "../support/botProcess.js";
import { FakeTelegram } from "../support/fakeTelegram.js";
import { buildRss, FeedServer } from "../support/rssServer.js";

// A channel configured by a post in the channel gets its digest at its local time.
const TOKEN = "515151:DIGEST-e2e-token";
const CHANNEL = -1009876543210;

function kyivHhMm(at: Date): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Kyiv",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);
}

describe("channel digest", () => {
  let telegram: FakeTelegram;
  let feeds: FeedServer;
  let bot: BotProcess;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "sitrep-digest-"));
    telegram = await FakeTelegram.start({ token: TOKEN });
    telegram.addChat({ id: CHANNEL, type: "channel", title: "Kharkiv News", botStatus: "administrator" });
    feeds = await FeedServer.start();
    feeds.setFeed(
      "/f.xml",
      buildRss({
        title: "F",
        items: [
          {
            guid: "d1",
            title: "Guided bombs hit Kharkiv, injuring nine",
            link: "https://news.example/kharkiv-kab",
            content:
              "<p>Russian guided bombs struck Kharkiv in the afternoon, injuring nine people, the governor said.</p>",
            pubDate: new Date(Date.now() - 3_600_000),
          },
        ],
      }),
    );
    bot = await startBot({
      BOT_TOKEN: TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      FEEDS: feeds.url("/f.xml"),
      STORAGE_URL: `sqlite://${join(dir, "s.sqlite")}`,
      DIGEST_CRON: "*/2 * * * * *",
    });
    await bot.waitForLog({ msg: "bot started" }, 30_000);
    await bot.waitForLog({ msg: "poll finished" }, 30_000);
  }, 60_000);

  afterAll(async () => {
    await bot?.stop();
    await telegram?.close();
    await feeds?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test("/digest posted in the channel, then one digest at that minute with the city's incidents", async () => {
    const next = new Date(Date.now() + 60_000);
    const time = kyivHhMm(next);
    let since = telegram.lastSeq;
    telegram.sendUserMessage({ chatId: CHANNEL, chatType: "channel", text: `/digest ${time} Kharkiv` });
    const [ack] = await telegram.waitForSent({ chatId: CHANNEL, since }, 10_000);
    expect(ack!.plainText).toMatch(new RegExp(time));
    since = telegram.lastSeq;
    const [digest] = await telegram.waitForSent({ chatId: CHANNEL, since }, 75_000);
    expect(digest!.plainText).toMatch(/Digest: Kharkiv/);
    expect(digest!.plainText).toMatch(/Kharkiv · guided bombs · 9 injured/);
    expect(digest!.text).toContain('href="https://news.example/kharkiv-kab"');
    // Later ticks in the same minute and after it send nothing more.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    expect(telegram.sent({ chatId: CHANNEL, since })).toHaveLength(1);
  }, 100_000);
});
