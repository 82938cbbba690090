import { Composer } from "grammy";
import { newSubscription } from "../../store/index.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../format/html.js";
import { placeName } from "../format/incident.js";
import { lookUpCity, mainCitiesKeyboard } from "./city.js";

/** Enough for a family spread over a few cities; more is a sign of scripted abuse. */
export const MAX_SUBSCRIPTIONS = 20;

async function subscribe(ctx: BotContext, city: string): Promise<void> {
  const chatId = ctx.chat!.id;
  const name = escapeHtml(placeName(city, ctx.locale));
  const current = (ctx.chatSettings?.subscriptions ?? []).map((sub) => sub.city);
  if (current.includes(city)) {
    await ctx.reply(ctx.t("subscribe-already", { city: name }), { parse_mode: "HTML" });
    return;
  }
  if (current.length >= MAX_SUBSCRIPTIONS) {
    await ctx.reply(ctx.t("subscribe-limit", { max: MAX_SUBSCRIPTIONS }), { parse_mode: "HTML" });
    return;
  }
  ctx.chatSettings = await ctx.deps.store.chats.update(
    chatId,
    (s) => ({
      ...s,
      paused: false,
      autoLocale: ctx.locale,
      subscriptions: s.subscriptions.some((sub) => sub.city === city)
        ? s.subscriptions
        : [...s.subscriptions, newSubscription(city)],
    }),
    ctx.deps.now(),
  );
  ctx.log.info({ chat: chatId, city }, "subscribed");
  await ctx.reply(ctx.t("subscribe-ok", { city: name }), { parse_mode: "HTML" });
}

export function subscriptionsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("subscribe", async (ctx) => {
    const query = ctx.match.trim();
    if (!query) {
      await ctx.reply(ctx.t("subscribe-usage"), {
        parse_mode: "HTML",
        reply_markup: mainCitiesKeyboard(ctx.locale, "sub"),
      });
      return;
    }
    const found = lookUpCity(ctx, query, "sub");
    if (!("place" in found)) {
      await ctx.reply(found.reply, { parse_mode: "HTML", reply_markup: found.keyboard });
      return;
    }
    await subscribe(ctx, found.place.name);
  });

  composer.callbackQuery(/^sub:(.{1,60})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const found = lookUpCity(ctx, ctx.match[1]!, "sub");
    if ("place" in found) await subscribe(ctx, found.place.name);
  });

  composer.command("unsubscribe", async (ctx) => {
    const query = ctx.match.trim();
    const chatId = ctx.chat.id;
    if (!query) {
      await ctx.reply(ctx.t("unsubscribe-usage"), { parse_mode: "HTML" });
      return;
    }
    if (/^(all|усі|все|всі)$/i.test(query)) {
      ctx.chatSettings = await ctx.deps.store.chats.update(
        chatId,
        (s) => ({ ...s, subscriptions: [] }),
        ctx.deps.now(),
      );
      await ctx.reply(ctx.t("unsubscribe-all-ok"), { parse_mode: "HTML" });
      return;
    }
    const found = lookUpCity(ctx, query, "unsub");
    if (!("place" in found)) {
      await ctx.reply(found.reply, { parse_mode: "HTML", reply_markup: found.keyboard });
      return;
    }
    const city = found.place.name;
    const name = escapeHtml(placeName(city, ctx.locale));
    if (!(ctx.chatSettings?.subscriptions ?? []).some((sub) => sub.city === city)) {
      await ctx.reply(ctx.t("unsubscribe-not-subscribed", { city: name }), { parse_mode: "HTML" });
      return;
    }
    ctx.chatSettings = await ctx.deps.store.chats.update(
      chatId,
      (s) => ({ ...s, subscriptions: s.subscriptions.filter((sub) => sub.city !== city) }),
      ctx.deps.now(),
    );
    await ctx.reply(ctx.t("unsubscribe-ok", { city: name }), { parse_mode: "HTML" });
  });

  composer.callbackQuery(/^unsub:(.{1,60})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const found = lookUpCity(ctx, ctx.match[1]!, "unsub");
    if (!("place" in found)) return;
    const city = found.place.name;
    ctx.chatSettings = await ctx.deps.store.chats.update(
      ctx.chat!.id,
      (s) => ({ ...s, subscriptions: s.subscriptions.filter((sub) => sub.city !== city) }),
      ctx.deps.now(),
    );
    await ctx.reply(ctx.t("unsubscribe-ok", { city: escapeHtml(placeName(city, ctx.locale)) }), { parse_mode: "HTML" });
  });

  composer.command("subscriptions", async (ctx) => {
    const cities = (ctx.chatSettings?.subscriptions ?? []).map((sub) => sub.city);
    if (cities.length === 0) {
      await ctx.reply(ctx.t("subscriptions-empty"), { parse_mode: "HTML" });
      return;
    }
    const list = cities.map((c) => escapeHtml(placeName(c, ctx.locale))).join(", ");
    const lines = [ctx.t("subscriptions-list", { cities: list })];
    if (ctx.chatSettings?.paused) lines.push(ctx.t("subscriptions-paused"));
    await ctx.reply(lines.join("\n"), { parse_mode: "HTML" });
  });

  return composer;
}
