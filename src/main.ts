import { Api, webhookCallback } from "grammy";
import { createBot, publishCommands } from "./bot/bot.js";
import type { BotDeps } from "./bot/context.js";
import { formatPausedAlert } from "./bot/features/sources.js";
import { createI18n } from "./bot/i18n.js";
import { ConfigError, loadConfig } from "./config.js";
import { AlertPlanner } from "./delivery/notifier.js";
import { OutboxWorker } from "./delivery/outboxWorker.js";
import { DigestScheduler } from "./digests/scheduler.js";
import { FeedPoller } from "./feeds/poller.js";
import { type HttpServer, startHttpServer } from "./http/server.js";
import { createLogger } from "./logger.js";
import { Metrics } from "./metrics.js";
import { scheduleJob } from "./scheduler.js";
import { Store } from "./store/store.js";

/** The composition root: config → logger → store → bot → jobs → shutdown. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig({ requireToken: true });
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const token = config.botToken!;
  const logger = createLogger(config.logLevel, [token, config.webhookSecret]);
  process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled promise rejection"));

  const store = await Store.open(config.storageUrl);
  store.keyv.on("error", (error: unknown) => logger.error({ err: error }, "storage error"));
  logger.info(
    { storage: config.storageUrl.replace(/\/\/[^@/]*@/, "//***@"), feeds: config.feeds.length },
    "storage open",
  );

  const now = () => new Date();
  // The feed list lives in storage; FEEDS seeds it (operator feeds are trusted as given).
  const seeded = await store.feeds.seed(config.feeds, now());
  if (seeded.length > 0) logger.info({ feeds: seeded }, "feeds seeded from FEEDS");
  const i18n = createI18n(config.defaultLocale);
  const metrics = new Metrics();
  const deps: BotDeps = { config, store, logger, i18n, now, metrics };
  const bot = createBot(token, deps);
  const outboxApi = new Api(token, { apiRoot: config.telegramApiRoot });
  // Count what the bot sends on its own, and every refusal by error code, for /metrics.
  outboxApi.config.use(async (prev, method, payload, signal) => {
    let result: Awaited<ReturnType<typeof prev>>;
    try {
      result = await prev(method, payload, signal);
    } catch (error) {
      metrics.sendErrors.inc({ code: "network" });
      throw error;
    }
    if (result.ok) metrics.alertsSent.inc({ method });
    else metrics.sendErrors.inc({ code: result.error_code });
    return result;
  });
  const worker = new OutboxWorker({
    // Its own Api, without bot.api's auto-retry: the worker waits out a 429 for that chat alone
    // instead of sleeping inside the call and holding up other chats.
    api: outboxApi,
    store,
    i18n,
    logger: logger.child({ component: "outbox" }),
    timezone: config.timezone,
    defaultLocale: config.defaultLocale,
  });
  metrics.gauge("sitrep_outbox_pending", "Messages waiting in the outbox", () => store.outbox.pendingCount());
  const planner = new AlertPlanner(store, logger.child({ component: "alerts" }), now, { timezone: config.timezone });
  const digests = new DigestScheduler({
    store,
    logger: logger.child({ component: "digests" }),
    i18n,
    timezone: config.timezone,
    defaultLocale: config.defaultLocale,
    now,
    deliver: async ({ id, chatId, messages }) => {
      const added = await store.outbox.enqueue([
        { id, chatId, kind: "digest", parts: messages, createdAt: now().toISOString(), attempts: 0 },
      ]);
      if (added > 0) worker.kick();
    },
  });
  const poller = new FeedPoller({
    store,
    logger: logger.child({ component: "poller" }),
    feeds: () => store.feeds.list(),
    fetchTimeoutMs: config.feedTimeoutMs,
    now,
    onFeedPaused: async (state) => {
      const view = {
        t: i18n.t.bind(i18n, config.defaultLocale),
        locale: config.defaultLocale,
        timezone: config.timezone,
      };
      for (const adminId of config.adminIds) {
        await bot.api
          .sendMessage(adminId, formatPausedAlert(state, view), {
            parse_mode: "HTML",
            link_preview_options: { is_disabled: true },
          })
          .catch((error) => logger.warn({ err: error, admin: adminId }, "could not tell an admin about a paused feed"));
      }
    },
    onChanges: async (changes, quiet) => {
      if ((await planner.enqueue(changes, quiet)) > 0) worker.kick();
    },
    onPoll: (outcome) => {
      metrics.polls.inc();
      metrics.pollSeconds.set(outcome.durationMs / 1000);
      metrics.items.inc({}, outcome.newItems);
      for (const [kind, count] of Object.entries(outcome.reports)) metrics.reports.inc({ kind }, count);
      metrics.feedFailures.inc({}, outcome.failedFeeds);
    },
  });

  await bot.init();
  try {
    await publishCommands(bot, deps);
  } catch (error) {
    logger.warn({ err: error }, "could not set the command menu; continuing");
  }
  worker.start();
  const pollJob = scheduleJob("poll-feeds", config.pollCron, config.timezone, () => poller.poll(), logger);
  // Every minute: digests are due at each chat's own local time.
  const digestJob = scheduleJob("digests", config.digestCron, config.timezone, () => digests.tick(), logger);
  void poller.poll().catch((error) => logger.error({ err: error }, "first poll failed"));
  void digests.tick().catch((error) => logger.error({ err: error }, "first digest check failed"));

  const webhookPath = config.webhookUrl ? new URL(config.webhookUrl).pathname : undefined;
  let http: HttpServer | undefined;
  if (config.port !== undefined) {
    http = await startHttpServer({
      port: config.port,
      metrics,
      logger,
      webhook: webhookPath
        ? {
            path: webhookPath,
            handler: webhookCallback(bot, "http", { secretToken: config.webhookSecret, onTimeout: "return" }),
          }
        : undefined,
    });
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      logger.error("shutdown took too long; exiting");
      process.exit(1);
    }, 20_000);
    force.unref();
    await pollJob.stop();
    await digestJob.stop();
    if (!config.webhookUrl) await bot.stop();
    await http?.close();
    await poller.idle();
    await worker.stop();
    await store.close();
    logger.info("stopped");
    process.exit(0);
  };
  process.once("SIGINT", () => void shutdown("SIGINT"));
  process.once("SIGTERM", () => void shutdown("SIGTERM"));

  if (config.webhookUrl) {
    await bot.api.setWebhook(config.webhookUrl, {
      secret_token: config.webhookSecret,
      allowed_updates: ["message", "edited_message", "channel_post", "callback_query", "my_chat_member"],
    });
    logger.info({ username: bot.botInfo.username, mode: "webhook", poll: config.pollCron }, "bot started");
    return;
  }
  await bot.start({
    allowed_updates: ["message", "edited_message", "channel_post", "callback_query", "my_chat_member"],
    onStart: (me) => logger.info({ username: me.username, mode: "polling", poll: config.pollCron }, "bot started"),
  });
}

main().catch((error) => {
  process.stderr.write(`fatal: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
