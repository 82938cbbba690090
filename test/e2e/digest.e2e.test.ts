import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";

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
  let e2e: E2eBot;
  let telegram: FakeTelegram;

  beforeAll(async () => {
    e2e = await startE2eBot({
      token: TOKEN,
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
      env: { DIGEST_CRON: "*/2 * * * * *" },
      setUp(fake) {
        fake.addChat({ id: CHANNEL, type: "channel", title: "Kharkiv News", botStatus: "administrator" });
      },
    });
    ({ telegram } = e2e);
  }, 60_000);

  afterAll(() => e2e?.close());

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
