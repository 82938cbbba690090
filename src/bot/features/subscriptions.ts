import { Composer, type InlineKeyboard } from "grammy";
import { resolvePlaceQuery } from "../../analysis/gazetteer/index.js";
import { type ChatSettings, newSubscription } from "../../store/index.js";
import type { BotContext } from "../context.js";
import { openSubscribeDialogue } from "../conversations/setup.js";
import { escapeHtml } from "../format/html.js";
import { placeName } from "../format/incident.js";
import { formatSubscription, formatSubscriptionList } from "../format/subscriptions.js";
import {
  decodeManage,
  type ManageAction,
  subscriptionKeyboard,
  subscriptionListKeyboard,
} from "../keyboards/subscriptions.js";
import { isNotModified, lookUpCity, mainCitiesKeyboard } from "./city.js";
import { applySubscription, DEFAULT_DIGEST_TIME, MAX_SUBSCRIPTIONS, toggleSubscription } from "./subscriptionRules.js";

export { MAX_SUBSCRIPTIONS } from "./subscriptionRules.js";

/** `/subscribe City`: instant alerts about strikes there, in one step. */
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

async function unsubscribe(ctx: BotContext, city: string): Promise<void> {
  ctx.chatSettings = await ctx.deps.store.chats.update(
    ctx.chat!.id,
    (s) => ({ ...s, subscriptions: s.subscriptions.filter((sub) => sub.city !== city) }),
    ctx.deps.now(),
  );
}

/** The /subscriptions message: text and buttons, for a reply or an edit. */
function listMessage(ctx: BotContext, settings: ChatSettings | undefined) {
  if (!settings || settings.subscriptions.length === 0) return { text: ctx.t("subs-empty"), keyboard: undefined };
  return {
    text: formatSubscriptionList(settings, ctx),
    keyboard: subscriptionListKeyboard(settings.subscriptions, ctx.locale),
  };
}

/** Replaces the message the pressed button sits on; a double press that changes nothing is fine. */
async function editPressed(ctx: BotContext, text: string, keyboard?: InlineKeyboard): Promise<void> {
  try {
    await ctx.editMessageText(text, { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) });
  } catch (error) {
    if (!isNotModified(error)) throw error;
  }
}

/** Buttons under /subscriptions: open one, flip a switch, remove, re-open the dialogue, back to the list. */
async function manage(ctx: BotContext, action: ManageAction): Promise<void> {
  const settings = ctx.chatSettings;
  if (action.op === "list") {
    await ctx.answerCallbackQuery();
    const { text, keyboard } = listMessage(ctx, settings);
    return editPressed(ctx, text, keyboard);
  }
  const sub = settings?.subscriptions.find((s) => s.city === action.city);
  if (!settings || !sub) {
    // Removed meanwhile (another member, /unsubscribe): show what is there now.
    await ctx.answerCallbackQuery({ text: ctx.t("subs-gone") });
    const { text, keyboard } = listMessage(ctx, settings);
    return editPressed(ctx, text, keyboard);
  }
  switch (action.op) {
    case "view": {
      await ctx.answerCallbackQuery();
      const text = `${formatSubscription(sub, settings.digest?.time ?? null, ctx)}\n\n${ctx.t("subs-switch-hint")}`;
      return editPressed(ctx, text, subscriptionKeyboard(sub, ctx));
    }
    case "edit": {
      await ctx.answerCallbackQuery();
      if (!(await openSubscribeDialogue(ctx, sub))) await ctx.reply(ctx.t("subscribe-usage"), { parse_mode: "HTML" });
      return;
    }
    case "remove": {
      await unsubscribe(ctx, sub.city);
      ctx.log.info({ chat: ctx.chat?.id, city: sub.city }, "unsubscribed");
      await ctx.answerCallbackQuery({ text: ctx.t("subs-removed", { city: placeName(sub.city, ctx.locale) }) });
      const { text, keyboard } = listMessage(ctx, ctx.chatSettings);
      return editPressed(ctx, text, keyboard);
    }
    case "toggle": {
      const result = toggleSubscription(sub, action.toggle);
      if (!result.ok) {
        await ctx.answerCallbackQuery({ text: ctx.t(`subs-refused-${result.reason}`) });
        return;
      }
      ctx.chatSettings = await ctx.deps.store.chats.update(
        ctx.chat!.id,
        (s) => applySubscription(s, result.sub, DEFAULT_DIGEST_TIME).settings,
        ctx.deps.now(),
      );
      await ctx.answerCallbackQuery({ text: ctx.t("subs-saved") });
      const updated = ctx.chatSettings.subscriptions.find((s) => s.city === sub.city) ?? result.sub;
      const text = `${formatSubscription(updated, ctx.chatSettings.digest?.time ?? null, ctx)}\n\n${ctx.t("subs-switch-hint")}`;
      return editPressed(ctx, text, subscriptionKeyboard(updated, ctx));
    }
  }
}

export function subscriptionsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("subscribe", async (ctx) => {
    const query = ctx.match.trim();
    if (!query) {
      if (await openSubscribeDialogue(ctx)) return;
      // No dialogue here (a channel): the one-shot form still works.
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

  // Reaching here, /cancel found no dialogue of this user waiting (the dialogue takes its own /cancel).
  composer.command("cancel", async (ctx) => {
    await ctx.reply(ctx.t("sub-dlg-nothing-to-cancel"), { parse_mode: "HTML" });
  });

  // A dialogue button no dialogue took: it ended, timed out, was forgotten, or belongs to another member.
  composer.callbackQuery(/^sw:/, async (ctx) => {
    await ctx.answerCallbackQuery({ text: ctx.t("sub-dlg-expired") });
  });

  composer.callbackQuery(/^sub:/, async (ctx) => {
    const place = /^sub:(.{1,60})$/.exec(ctx.callbackQuery.data)?.[1];
    const result = place === undefined ? undefined : resolvePlaceQuery(place);
    if (result?.kind !== "match") {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
      return;
    }
    await ctx.answerCallbackQuery();
    await subscribe(ctx, result.place.name);
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
    await unsubscribe(ctx, city);
    await ctx.reply(ctx.t("unsubscribe-ok", { city: name }), { parse_mode: "HTML" });
  });

  composer.callbackQuery(/^unsub:/, async (ctx) => {
    const place = /^unsub:(.{1,60})$/.exec(ctx.callbackQuery.data)?.[1];
    const result = place === undefined ? undefined : resolvePlaceQuery(place);
    if (result?.kind !== "match") {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
      return;
    }
    await ctx.answerCallbackQuery();
    const city = result.place.name;
    await unsubscribe(ctx, city);
    await ctx.reply(ctx.t("unsubscribe-ok", { city: escapeHtml(placeName(city, ctx.locale)) }), { parse_mode: "HTML" });
  });

  composer.command("subscriptions", async (ctx) => {
    const { text, keyboard } = listMessage(ctx, ctx.chatSettings);
    await ctx.reply(text, { parse_mode: "HTML", ...(keyboard ? { reply_markup: keyboard } : {}) });
  });

  composer.callbackQuery(/^sm:/, async (ctx) => {
    const action = decodeManage(ctx.callbackQuery.data);
    const message = ctx.callbackQuery.message;
    if (!action || !message || message.date === 0) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
      return;
    }
    await manage(ctx, action);
  });

  return composer;
}
