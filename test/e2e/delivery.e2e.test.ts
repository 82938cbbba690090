import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, test } from "vitest";
import { type BotProcess, startBot } from "../support/botProcess.js";
import { FakeTelegram, type SentMessage } from "../support/fakeTelegram.js";
import { clearRedis, redisTestUrl } from "../support/redis.js";
import { buildRss, type FeedItem, FeedServer } from "../support/rssServer.js";

// The real bot process broadcasting to 200 chats under Telegram's limits, killed with SIGKILL in the
// middle and started again on the same storage: every chat gets its alert exactly once.
const TOKEN = "123456:TEST-delivery-e2e";
const FIRST = 9000;
const CHATS = 200;
const HOUR = 3_600_000;

const backlog: FeedItem = {
  guid: "old",
  title: "Parliament debates the budget",
  link: "https://news.example/budget",
  content: "<p>Lawmakers in Kyiv debated the draft budget on Tuesday.</p>",
  pubDate: new Date(Date.now() - 5 * HOUR),
};

const odesaStrike: FeedItem = {
  guid: "od-broadcast",
  title: "Drone attack on Odesa damages port, two killed",
  link: "https://news.example/odesa-broadcast",
  content:
    "<p>Two people were killed and five injured when Russian drones hit port infrastructure in Odesa overnight.</p>",
  pubDate: new Date(),
};

const cleanups: Array<() => Promise<unknown> | unknown> = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

// SQLite always; Redis too when a server is given (.ci/run starts one).
const redisUrl = redisTestUrl(2);
const storages = [["sqlite"], ...(redisUrl ? [["redis"]] : [])];

test.each(
  storages,
)("a broadcast to 200 chats killed mid-way and restarted over %s: every chat gets its alert exactly once", async (storage) => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-delivery-e2e-"));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  if (storage === "redis") await clearRedis(redisUrl!);
  const telegram = await FakeTelegram.start({ token: TOKEN, responseDelayMs: 30 });
  cleanups.push(() => telegram.close());
  const feeds = await FeedServer.start();
  cleanups.push(() => feeds.close());
  const items = [backlog];
  const publish = () => feeds.setFeed("/news.xml", buildRss({ title: "Test News", items }));
  publish();
  const env = {
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    FEEDS: feeds.url("/news.xml"),
    POLL_CRON: "*/2 * * * * *",
    STORAGE_URL: storage === "redis" ? redisUrl! : `sqlite://${join(dir, "sitrep.sqlite")}`,
    LOG_LEVEL: "debug",
  };
  const runs: BotProcess[] = [];
  let bot = await startBot(env);
  runs.push(bot);
  cleanups.push(() => runs.at(-1)?.stop());
  await bot.waitForLog({ msg: "bot started" }, 30_000);
  await bot.waitForLog({ msg: "poll finished" }, 30_000);

  // 200 people subscribe the way people do, half of them in Ukrainian.
  const chats = Array.from({ length: CHATS }, (_, i) => FIRST + i);
  const inRange = (m: SentMessage) => m.chatId >= FIRST && m.chatId < FIRST + CHATS;
  const subscribed = telegram.lastSeq;
  for (const chatId of chats) {
    telegram.sendUserMessage({
      chatId,
      text: chatId % 2 ? "/subscribe Одеса" : "/subscribe Odesa",
      from: { id: chatId, first_name: `User ${chatId}`, language_code: chatId % 2 ? "uk" : "en" },
    });
  }
  await telegram.waitForSent({ since: subscribed, count: CHATS, predicate: inRange }, 40_000);

  // From here on the fake enforces Telegram's limits: 30/s overall, 1/s per chat.
  telegram.setRateLimits(true);
  const since = telegram.lastSeq;
  const isAlert = (m: SentMessage) =>
    inRange(m) && m.kind === "send" && /New incident|Нова подія/.test(m.plainText ?? "");
  items.push(odesaStrike);
  publish();
  await telegram.waitForSent({ since, count: 50, predicate: isAlert }, 30_000);

  // Freeze sending (every new sendMessage fails with 502, which the bot retries later) and wait until
  // the bot has recorded each send Telegram accepted. A kill between Telegram's answer and that
  // record is the one window in which a message can repeat; this test is about everything else.
  telegram.setFault("*", { kind: "serverError", methods: ["sendMessage"] });
  const accepted = () => telegram.sent({ since, predicate: isAlert }).length;
  await bot.waitForLog(() => bot.logs({ msg: "message sent" }).length >= accepted(), 10_000);
  await bot.kill();
  const beforeKill = accepted();
  expect(beforeKill).toBeGreaterThanOrEqual(50);
  expect(beforeKill).toBeLessThan(CHATS);

  telegram.clearFaults();
  bot = await startBot(env);
  runs.push(bot);
  await bot.waitForLog({ msg: "outbox resumed" }, 30_000);
  expect(bot.logs({ msg: "outbox resumed" })[0]!.json).toMatchObject({ queued: CHATS - beforeKill });
  await telegram.waitForSent({ since, count: CHATS, predicate: isAlert }, 40_000);
  await bot.waitForLog({ msg: "outbox drained" }, 20_000);
  // Two more polls find nothing new.
  await bot.waitForLog({ msg: "poll finished" }, 10_000, bot.mark());
  await bot.waitForLog({ msg: "poll finished" }, 10_000, bot.mark());

  const alerts = telegram.sent({ since, predicate: isAlert });
  const perChat = new Map<number, number>();
  for (const m of alerts) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
  expect(chats.filter((c) => perChat.get(c) !== 1)).toEqual([]);
  expect(alerts).toHaveLength(CHATS);
  expect(telegram.sent({ chatId: FIRST + 1, since, predicate: isAlert })[0]!.plainText).toMatch(/Нова подія/);
  expect(telegram.sent({ chatId: FIRST, since, predicate: isAlert })[0]!.plainText).toMatch(/New incident/);
  // The token is in every request URL; it never reaches the logs.
  for (const run of runs) expect(run.lines.filter((l) => l.raw.includes(TOKEN.split(":")[1]!))).toEqual([]);
  expect(await bot.stop()).toBe(0);
}, 150_000);
