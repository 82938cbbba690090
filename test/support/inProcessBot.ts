import type { Bot } from "grammy";
import pino from "pino";
import { createBot } from "../../src/bot/bot.js";
import type { BotContext, BotDeps } from "../../src/bot/context.js";
import { createI18n } from "../../src/bot/i18n.js";
import { parseConfig } from "../../src/config.js";
import { Store } from "../../src/store/store.js";
import { FakeTelegram } from "./fakeTelegram.js";

export interface InProcessBot {
  fake: FakeTelegram;
  store: Store;
  bot: Bot<BotContext>;
  deps: BotDeps;
  /** Every log line, parsed. */
  logs: Array<Record<string, unknown>>;
  /** The bot's clock (`deps.now`), in epoch milliseconds; tests move it by changing `ms`. */
  clock: { ms: number };
  /** Stops the bot (if still running), the fake Bot API and the store. */
  stop(): Promise<void>;
}

/**
 * A real grammY bot (createBot, every feature) polling the fake Bot API in-process, over a memory
 * store, with a fake clock and a debug logger into an array. Resolves once the bot is polling.
 */
export async function startInProcessBot(opts: {
  token: string;
  /** Extra config env, on top of the bot token, the fake's API root, a memory store and one feed. */
  env?: Record<string, string>;
  botUsername?: string;
  /** ISO start time of the clock. */
  start?: string;
}): Promise<InProcessBot> {
  const { token } = opts;
  const fake = await FakeTelegram.start({ token, botUsername: opts.botUsername ?? "SitrepBot" });
  const store = await Store.open("memory://");
  const clock = { ms: Date.parse(opts.start ?? "2026-11-21T10:00:00Z") };
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => void logs.push(JSON.parse(line)) });
  const config = parseConfig({
    BOT_TOKEN: token,
    TELEGRAM_API_ROOT: fake.apiRoot,
    STORAGE_URL: "memory://",
    FEEDS: "http://127.0.0.1:9/feed.xml",
    ...opts.env,
  });
  const deps: BotDeps = { config, store, logger, i18n: createI18n("en"), now: () => new Date(clock.ms) };
  const bot = createBot(token, deps);
  await new Promise<void>((resolve, reject) => {
    bot.start({ onStart: () => resolve() }).catch(reject);
  });
  return {
    fake,
    store,
    bot,
    deps,
    logs,
    clock,
    async stop() {
      if (bot.isRunning()) await bot.stop();
      await fake.close();
      await store.close();
    },
  };
}
