import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import type { FeedItem } from "../support/rssServer.js";

// The real bot process against the fake Bot API and a local feed server: hostile feed text, hostile
// commands, Telegram errors, and then a look at every line the process wrote.
const TOKEN = "987654:SECRET-abuse-e2e-Zq9";
const SECRET_PART = TOKEN.split(":")[1]!;
const HOUR = 3_600_000;
// One chat per test, so that no test runs into the per-user rate limit.
const CHAT = 701;
const user = (id: number) => ({ id, first_name: "Iryna", language_code: "en" });

const calm: FeedItem = {
  guid: "calm-1",
  title: "Lviv hosts a book fair",
  link: "https://news.example/lviv-books",
  content: "<p>Lviv hosted a book fair on Saturday.</p>",
  pubDate: new Date(Date.now() - 5 * HOUR),
};

// Feed text that looks like markup: as the reader of the feed sees it (after XML and HTML decoding)
// it contains <script>, a broken entity, a double-escaped one, an unclosed tag and Telegram tags.
const HOSTILE_TITLE = "Drones strike Kharkiv <script>alert(1)</script> &amp;amp; <b AT&T <tg-spoiler>x</tg-spoiler>";
const hostile: FeedItem = {
  guid: "kh-hostile",
  title: HOSTILE_TITLE,
  link: "https://news.example/kharkiv-hostile?a=1&b=<2>",
  content:
    "<p>Russian drones struck Kharkiv overnight, injuring 5 people &lt;script&gt;alert(1)&lt;/script&gt; " +
    "&amp;amp;amp; &amp;nbsp; &lt;b unclosed &lt;blockquote expandable&gt; &amp;#xZZ; AT&amp;T, the governor said.</p>",
  pubDate: new Date(Date.now() - HOUR),
};

describe("abuse end to end", () => {
  let e2e: E2eBot;
  let telegram: FakeTelegram;
  let bot: BotProcess;
  const items: FeedItem[] = [calm];
  const publish = () => e2e.publish(items);

  beforeAll(async () => {
    e2e = await startE2eBot({
      token: TOKEN,
      items,
      feedTitle: "Test <News> & Co",
      // The second feed refuses connections: a network error in the log.
      extraFeeds: ["http://127.0.0.1:9/closed.xml"],
      env: { POLL_CRON: "*/2 * * * * *" },
    });
    ({ telegram, bot } = e2e);
  }, 90_000);

  afterAll(() => e2e?.close());

  async function say(text: string, chatId = CHAT) {
    const since = telegram.lastSeq;
    const { updateId } = telegram.sendUserMessage({ chatId, text, from: user(chatId) });
    await telegram.waitForConfirmed(updateId, 10_000);
    return telegram.waitForSent({ chatId, since }, 10_000);
  }

  test("a hostile feed item reaches the subscriber as valid HTML showing the text literally", async () => {
    expect((await say("/subscribe Kharkiv"))[0]!.plainText).toMatch(/Kharkiv/);
    const since = telegram.lastSeq;
    items.push(hostile);
    publish();
    const [alert] = await telegram.waitForSent(
      { chatId: CHAT, since, predicate: (m) => /New incident/.test(m.plainText ?? "") },
      30_000,
    );
    const city = await say("/city Kharkiv");
    for (const message of [alert!, city[0]!]) {
      expect(message.plainText).toMatch(/Kharkiv/);
      expect(message.plainText).toContain("<script>alert(1)</script>");
      expect(message.plainText).toContain("AT&T");
      expect(message.text).not.toMatch(/<script|<b |<tg-spoiler|<blockquote/);
    }
    expect(city[0]!.plainText).toContain("&amp;amp;");
    // Every call the bot made was accepted: the fake parses HTML exactly like Telegram.
    expect(telegram.calls({ ok: false })).toEqual([]);
  }, 60_000);

  test("hostile commands and buttons, then /start is still answered", async () => {
    const inputs = [
      `/city ${"x".repeat(5_000)}`,
      "/city <script>alert(1)</script> & &nbsp;",
      "/subscribe \u0000\u200B\uD800",
      "/unsubscribe 👨‍👩‍👧‍👦 مرحبا",
      "/latest 999999999999d",
      "/nosuchcommand <b",
    ];
    for (const text of inputs) expect((await say(text, 702)).length, text).toBeGreaterThan(0);
    const [help] = await say("/help", 702);
    for (const data of ["pg:zz", "city:\u0000", "sm:r:__proto__", "nope"]) {
      const press = telegram.pressButton({ chatId: 702, messageId: help!.messageId, data, from: user(702) });
      await telegram.waitForConfirmed(press.updateId, 10_000);
      expect(telegram.callbacks().find((c) => c.id === press.callbackQueryId)?.answered, data).toBe(true);
    }
    expect((await say("/start", 702))[0]!.plainText).toMatch(/what happened in your city/);
    expect(bot.logs({ msg: "update handling failed" })).toEqual([]);
  }, 60_000);

  test("Telegram errors are logged once with the update id; the bot keeps serving", async () => {
    telegram.setFault(703, {
      kind: "error",
      code: 401,
      description: "Unauthorized",
      times: 1,
      methods: ["sendMessage"],
    });
    const mark = bot.mark();
    const apology = await say("/help", 703);
    expect(apology.map((m) => m.plainText)).toEqual([expect.stringMatching(/Something went wrong/)]);
    const failed = await bot.waitForLog({ msg: "update handling failed", level: "error" }, 10_000, mark);
    expect(failed.json).toMatchObject({ code: 401, method: "sendMessage", update: expect.any(Number) });
    telegram.setFault(703, { kind: "serverError", status: 502, times: 1, methods: ["sendMessage"] });
    expect((await say("/start", 703))[0]!.plainText).toMatch(/what happened in your city/);
  }, 60_000);

  test("no log line contains the token or its secret part", async () => {
    await bot.waitForLog({ msg: /feed|poll/, level: "warn" }, 30_000).catch(() => undefined);
    // Every line the process wrote is still held (none dropped for length), stdout and stderr alike.
    expect(bot.mark()).toBe(bot.lines.length);
    const output = bot.lines.map((l) => l.raw).join("\n");
    expect(output.length).toBeGreaterThan(1_000);
    expect(bot.logs({ level: "error" }).length).toBeGreaterThan(0);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(SECRET_PART);
  });
});
