import { Composer, InlineKeyboard } from "grammy";
import { LOCALES } from "../../config.js";
import type { BotContext } from "../context.js";

const LANGUAGE_NAMES: Record<string, string> = { en: "English", uk: "Українська" };

export function generalFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("start", async (ctx) => {
    await ctx.reply(ctx.t("start-welcome"), { parse_mode: "HTML" });
  });

  composer.command("help", async (ctx) => {
    await ctx.reply(ctx.t("help-text"), { parse_mode: "HTML" });
  });

  composer.command("language", async (ctx) => {
    const keyboard = new InlineKeyboard();
    for (const locale of LOCALES) keyboard.text(LANGUAGE_NAMES[locale] ?? locale, `lang:${locale}`);
    await ctx.reply(ctx.t("language-pick"), { reply_markup: keyboard });
  });

  composer.callbackQuery(/^lang:(en|uk)$/, async (ctx) => {
    const locale = ctx.match[1]!;
    ctx.chatSettings = await ctx.deps.store.chats.update(ctx.chat!.id, (s) => ({ ...s, locale }), ctx.deps.now());
    ctx.i18n.useLocale(locale);
    ctx.locale = locale;
    await ctx.answerCallbackQuery();
    await ctx.reply(ctx.t("language-set"), { parse_mode: "HTML" });
  });

  return composer;
}

/** Command menu entries, in the order Telegram shows them. */
export const MENU_COMMANDS = [
  "city",
  "latest",
  "subscribe",
  "unsubscribe",
  "subscriptions",
  "digest",
  "quiet",
  "language",
  "sources",
  "help",
] as const;
