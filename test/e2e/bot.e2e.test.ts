import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type BotProcess, startBot } from "../support/botProcess.js";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import type { FeedItem } from "../support/rssServer.js";

// The real bot process, long polling a fake Bot API on 127.0.0.1, reading feeds from a local server.
const TOKEN = "123456:TEST-token-e2e";
const HOUR = 3_600_000;

const kharkivStrike: FeedItem = {
  guid: "kh-1",
  title: "Russian drones strike Kharkiv overnight, 22 injured",
  link: "https://news.example/kharkiv-drones",
  content:
    "<p>Russian forces attacked Kharkiv with attack drones overnight, injuring at least 22 people, Governor Oleh Syniehubov said.</p>" +
    "<p>A residential building was damaged. The Air Force said air defence destroyed 21 of the 49 drones.</p>",
  pubDate: new Date(Date.now() - 2 * HOUR),
};

const kyivPolitics: FeedItem = {
  guid: "kyiv-talks",
  title: "Kyiv says it is ready for talks on grain corridor",
  link: "https://news.example/kyiv-talks",
  content: "<p>Kyiv said on Friday it was ready to discuss the grain corridor with partners in Istanbul.</p>",
  pubDate: new Date(Date.now() - 3 * HOUR),
};

describe("Sitrep bot end to end", () => {
  let e2e: E2eBot;
  let telegram: FakeTelegram;
  let bot: BotProcess;
  const items: FeedItem[] = [kharkivStrike, kyivPolitics];
  const publish = () => e2e.publish(items);

  beforeAll(async () => {
    e2e = await startE2eBot({ token: TOKEN, items, env: { POLL_CRON: "*/2 * * * * *" } });
    telegram = e2e.telegram;
    bot = e2e.bot;
  }, 90_000);

  afterAll(async () => {
    await e2e?.close();
  });

  test("the command menu is set in English and Ukrainian", () => {
    const sets = telegram.commands();
    const uk = sets.find((s) => s.languageCode === "uk");
    const en = sets.find((s) => s.languageCode === "");
    expect(en?.commands.map((c) => c.command)).toContain("city");
    expect(uk?.commands.find((c) => c.command === "latest")?.description).toMatch(/Україн/);
  });

  test("/start answers in the user's language", async () => {
    const since = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId: 501,
      text: "/start",
      from: { id: 501, first_name: "Olena", language_code: "uk" },
    });
    telegram.sendUserMessage({
      chatId: 502,
      text: "/start",
      from: { id: 502, first_name: "John", language_code: "en" },
    });
    const [uk] = await telegram.waitForSent({ chatId: 501, since }, 10_000);
    const [en] = await telegram.waitForSent({ chatId: 502, since }, 10_000);
    expect(uk!.plainText).toMatch(/швидко розповідає/);
    expect(en!.plainText).toMatch(/what happened in your city/);
  });

  test("/city shows the latest incidents in any spelling; unknown names get suggestions", async () => {
    for (const query of ["Kharkiv", "Харків", "kharkov"]) {
      const since = telegram.lastSeq;
      telegram.sendUserMessage({
        chatId: 600,
        text: `/city ${query}`,
        from: { id: 600, first_name: "A", language_code: "en" },
      });
      const [reply] = await telegram.waitForSent({ chatId: 600, since }, 10_000);
      expect(reply!.plainText).toMatch(/Kharkiv/);
      expect(reply!.plainText).toMatch(/22 injured/);
      expect(reply!.text).toContain('href="https://news.example/kharkiv-drones"');
    }
    let since = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId: 600,
      text: "/city Kharkif",
      from: { id: 600, first_name: "A", language_code: "en" },
    });
    const [guess] = await telegram.waitForSent({ chatId: 600, since }, 10_000);
    expect(guess!.plainText).toMatch(/Did you mean/);
    expect(guess!.plainText).toMatch(/Kharkiv/);

    since = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId: 600,
      text: "/city Lviv",
      from: { id: 600, first_name: "A", language_code: "en" },
    });
    const [none] = await telegram.waitForSent({ chatId: 600, since }, 10_000);
    expect(none!.plainText).toMatch(/No incidents reported in Lviv/);

    since = telegram.lastSeq;
    telegram.sendUserMessage({ chatId: 600, text: "/city", from: { id: 600, first_name: "A", language_code: "en" } });
    const [picker] = await telegram.waitForSent({ chatId: 600, since }, 10_000);
    expect(JSON.stringify(picker!.replyMarkup)).toContain("city:Kharkiv");
  });

  test("a Kyiv item that reports no attack is not an incident", async () => {
    const since = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId: 601,
      text: "/city Kyiv",
      from: { id: 601, first_name: "B", language_code: "en" },
    });
    const [reply] = await telegram.waitForSent({ chatId: 601, since }, 10_000);
    expect(reply!.plainText).toMatch(/No incidents reported in Kyiv/);
  });

  test("/latest summarises the last 24 hours", async () => {
    const since = telegram.lastSeq;
    telegram.sendUserMessage({ chatId: 602, text: "/latest", from: { id: 602, first_name: "C", language_code: "en" } });
    const [reply] = await telegram.waitForSent({ chatId: 602, since }, 10_000);
    expect(reply!.plainText).toMatch(/Last 24 hours/);
    expect(reply!.plainText).toMatch(/Kharkiv · 22 injured/);
    expect(reply!.plainText).toMatch(/21 of 49/);
  });

  test("old items found on the first poll alerted nobody", () => {
    expect(telegram.sent({ predicate: (m) => /New incident/.test(m.plainText ?? "") })).toEqual([]);
  });

  test("/subscribe, then a new item: exactly one alert; a restart repeats nothing", async () => {
    const chatId = 700;
    let since = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId,
      text: "/subscribe Odesa",
      from: { id: chatId, first_name: "D", language_code: "en" },
    });
    const [ok] = await telegram.waitForSent({ chatId, since }, 10_000);
    expect(ok!.plainText).toMatch(/Subscribed to Odesa/);
    const ukChat = 701;
    let ukSince = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId: ukChat,
      text: "/subscribe Одеса",
      from: { id: ukChat, first_name: "Ірина", language_code: "uk" },
    });
    const [ukOk] = await telegram.waitForSent({ chatId: ukChat, since: ukSince }, 10_000);
    expect(ukOk!.plainText).toMatch(/Ви підписалися на місто Одеса/);
    ukSince = telegram.lastSeq;

    since = telegram.lastSeq;
    items.push({
      guid: "od-1",
      title: "Drone attack on Odesa damages port, two killed",
      link: "https://news.example/odesa-port",
      content:
        "<p>Two people were killed and five injured when Russian drones hit port infrastructure in Odesa overnight.</p>",
      pubDate: new Date(),
    });
    publish();
    const [alert] = await telegram.waitForSent({ chatId, since }, 20_000);
    expect(alert!.plainText).toMatch(/New incident/);
    expect(alert!.plainText).toMatch(/Odesa/);
    expect(alert!.plainText).toMatch(/2 killed, 5 injured/);
    expect(alert!.parseMode).toBe("HTML");
    // Alerts speak the subscriber's language.
    const [ukAlert] = await telegram.waitForSent({ chatId: ukChat, since: ukSince }, 20_000);
    expect(ukAlert!.plainText).toMatch(/Нова подія/);
    expect(ukAlert!.plainText).toMatch(/Одеса · .*2 загиблі, 5 поранених/);

    // A few more polls find nothing new: still exactly one message after the subscription reply.
    const mark = bot.mark();
    await bot.waitForLog({ msg: "poll finished" }, 10_000, mark);
    await bot.waitForLog({ msg: "poll finished" }, 10_000, bot.mark());
    expect(telegram.sent({ chatId, since })).toHaveLength(1);

    // SIGTERM: stop polling, finish in-flight work, close storage, exit 0.
    expect(await bot.stop("SIGTERM")).toBe(0);
    expect(bot.logs({ msg: "stopped" })).toHaveLength(1);
    bot = await e2e.restart();
    await bot.waitForLog({ msg: "poll finished" }, 10_000, bot.mark());
    expect(telegram.sent({ chatId, since })).toHaveLength(1);

    // Subscriptions survived the restart too.
    const before = telegram.lastSeq;
    telegram.sendUserMessage({
      chatId,
      text: "/subscriptions",
      from: { id: chatId, first_name: "D", language_code: "en" },
    });
    const [list] = await telegram.waitForSent({ chatId, since: before }, 10_000);
    expect(list!.plainText).toMatch(/Odesa/);
  }, 90_000);
});

test("bad configuration: one clear error naming every bad variable, exit 1", async () => {
  const bot = await startBot({ BOT_TOKEN: "", FEEDS: "ftp://nope", POLL_CRON: "sometimes", STORAGE_URL: "memory://" });
  const exit = await bot.exited;
  expect(exit.code).toBe(1);
  const stderr = bot.lines
    .filter((l) => l.stream === "stderr")
    .map((l) => l.raw)
    .join("\n");
  expect(stderr).toMatch(/Invalid configuration/);
  expect(stderr).toMatch(/BOT_TOKEN/);
  expect(stderr).toMatch(/FEEDS/);
  expect(stderr).toMatch(/POLL_CRON/);
});
