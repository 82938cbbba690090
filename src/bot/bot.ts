import { autoRetry } from "@grammyjs/auto-retry";
import { Bot, BotError, GrammyError, HttpError } from "grammy";
import type { BotContext, BotDeps } from "./context.js";
import { installConversations } from "./conversations/setup.js";
import { cityFeature } from "./features/city.js";
import { generalFeature, MENU_COMMANDS } from "./features/general.js";
import { membershipFeature } from "./features/membership.js";
import { sourcesFeature } from "./features/sources.js";
import { subscriptionsFeature } from "./features/subscriptions.js";
import { rateLimit } from "./rateLimit.js";

/** Builds the bot with every feature; starting and stopping is the composition root's job. */
export function createBot(token: string, deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(token, { client: { apiRoot: deps.config.telegramApiRoot } });
  // Waits out 429 retry_after and retries 5xx/network errors with backoff, for replies and alerts alike.
  bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));

  // The one error boundary, first of all: webhookCallback rethrows instead of calling bot.catch, so
  // without this a webhook update that fails would get no apology and be redelivered by Telegram.
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      await reportUpdateError(new BotError(error, ctx), deps);
    }
  });
  bot.use(async (ctx, next) => {
    ctx.deps = deps;
    deps.metrics?.updates.inc();
    ctx.log = deps.logger.child({ update: ctx.update.update_id });
    ctx.chatSettings = ctx.chat ? await deps.store.chats.get(ctx.chat.id) : undefined;
    await next();
  });
  bot.use(deps.i18n);
  bot.use(rateLimit());
  bot.use(async (ctx, next) => {
    ctx.locale = await ctx.i18n.getLocale();
    // Alerts are sent outside any update; remember the language this chat speaks for them.
    const settings = ctx.chatSettings;
    // Only a person's message tells the language; a channel post has no sender to learn from.
    if (
      settings &&
      !settings.locale &&
      ctx.from &&
      !ctx.from.is_bot &&
      settings.autoLocale !== ctx.locale &&
      ctx.chat
    ) {
      ctx.chatSettings = await deps.store.chats.update(
        ctx.chat.id,
        (s) => ({ ...s, autoLocale: ctx.locale }),
        deps.now(),
      );
    }
    await next();
  });

  // Membership and admin checks run first: they may pause a chat or refuse a non-admin.
  bot.use(membershipFeature());
  installConversations(bot, deps);
  bot.use(generalFeature());
  bot.use(sourcesFeature());
  bot.use(cityFeature());
  bot.use(subscriptionsFeature());
  // A command the bot does not know, in a private chat, gets a hint instead of silence.
  bot.chatType("private").on("message:text", async (ctx) => {
    if (ctx.message.text.startsWith("/")) await ctx.reply(ctx.t("error-unknown-command"));
  });
  // A button no feature knows (an older release's, or forged data): an answer, not an endless spinner.
  bot.on("callback_query", async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
  });

  bot.catch((error) => reportUpdateError(error, deps));
  return bot;
}

/**
 * Logs a failed update once, at error level with its id, and tells the user briefly. Never throws: a
 * throw here would stop long polling. The failure may have come before the i18n middleware ran
 * (storage down while loading the chat's settings), so the apology falls back to the default locale.
 */
async function reportUpdateError(error: BotError<BotContext>, deps: BotDeps): Promise<void> {
  const ctx = error.ctx;
  const cause = error.error;
  const update = ctx.update.update_id;
  const log = ctx.log ?? deps.logger.child({ update });
  const detail =
    cause instanceof GrammyError
      ? { code: cause.error_code, description: cause.description, method: cause.method }
      : cause instanceof HttpError
        ? { http: cause.message }
        : { err: cause };
  log.error({ ...detail, update }, "update handling failed");
  try {
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => undefined);
    const apology =
      typeof ctx.t === "function" ? ctx.t("error-generic") : deps.i18n.t(deps.config.defaultLocale, "error-generic");
    if (ctx.chat) await ctx.reply(apology);
  } catch (replyError) {
    log.warn({ err: replyError }, "could not tell the user about the error");
  }
}

/** Registers the command menu in both languages (setMyCommands). */
export async function publishCommands(bot: Bot<BotContext>, deps: BotDeps): Promise<void> {
  for (const locale of ["en", "uk"] as const) {
    const commands = MENU_COMMANDS.map((command) => ({
      command,
      description: deps.i18n.t(locale, `cmd-${command}`),
    }));
    await bot.api.setMyCommands(commands, locale === deps.config.defaultLocale ? {} : { language_code: locale });
    if (locale !== deps.config.defaultLocale) continue;
    // The default list also serves every language without its own; set it explicitly for "en" too.
    await bot.api.setMyCommands(commands, { language_code: locale });
  }
}
