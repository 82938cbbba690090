// One place for the set-up every end-to-end test repeats: a fake Bot API, a local feed server with
// one feed, a temp SQLite file, and the real bot process started on them and polled once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BotProcess, startBot } from "./botProcess.js";
import { FakeTelegram } from "./fakeTelegram.js";
import { buildRss, type FeedItem, FeedServer } from "./rssServer.js";

export interface E2eBot {
  telegram: FakeTelegram;
  feeds: FeedServer;
  bot: BotProcess;
  /** The environment the bot runs with (restart with the same one to reuse its storage). */
  env: Record<string, string>;
  /** Replaces the feed's items. */
  publish(items: FeedItem[]): void;
  /** Starts the bot process again (after a stop or kill) and waits for its first poll. */
  restart(): Promise<BotProcess>;
  close(): Promise<void>;
}

export async function startE2eBot(opts: {
  token: string;
  items: FeedItem[];
  env?: Record<string, string>;
  botUsername?: string;
  /** Title of the feed (the bot shows it in /sources). */
  feedTitle?: string;
  /** More feed URLs after the local one (a refusing address, say). */
  extraFeeds?: string[];
  /** Chats and members the fake Bot API knows before the bot starts. */
  setUp?: (telegram: FakeTelegram) => void;
}): Promise<E2eBot> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-e2e-"));
  const telegram = await FakeTelegram.start({ token: opts.token, botUsername: opts.botUsername ?? "sitrep_test_bot" });
  const feeds = await FeedServer.start();
  const publish = (items: FeedItem[]) =>
    feeds.setFeed("/news.xml", buildRss({ title: opts.feedTitle ?? "Test News", items }));
  publish(opts.items);
  opts.setUp?.(telegram);
  const env = {
    BOT_TOKEN: opts.token,
    TELEGRAM_API_ROOT: telegram.apiRoot,
    FEEDS: [feeds.url("/news.xml"), ...(opts.extraFeeds ?? [])].join(","),
    STORAGE_URL: `sqlite://${join(dir, "sitrep.sqlite")}`,
    LOG_LEVEL: "debug",
    ...opts.env,
  };
  const launch = async () => {
    const process = await startBot(env);
    await process.waitForLog({ msg: "bot started" }, 30_000);
    await process.waitForLog({ msg: "poll finished" }, 30_000);
    return process;
  };
  const handle: E2eBot = {
    telegram,
    feeds,
    bot: await launch(),
    env,
    publish,
    async restart() {
      handle.bot = await launch();
      return handle.bot;
    },
    async close() {
      await handle.bot.stop();
      await telegram.close();
      await feeds.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return handle;
}
