import { Composer } from "grammy";
import type { Chat, ChatMember } from "grammy/types";
import type { ChatSettings, Subscription } from "../../store/index.js";
import { adminCacheOf, ensureCanChangeSettings, isSettingsCallback, isSettingsCommand } from "../admin.js";
import type { BotContext } from "../context.js";
import { chatSettingsFeature, topicOf } from "./chatSettings.js";

/**
 * Groups, channels and membership: admin checks for commands that change a chat's settings,
 * my_chat_member (blocked/removed → paused, re-added → resumed), group → supergroup migration,
 * channel configuration by channel posts, /digest and /quiet.
 *
 * Registered before every other feature: the membership updates stop here, commands meant for
 * another bot stop here, and a non-administrator's settings command or button stops here with a
 * polite refusal (see admin.ts for the list).
 */
export function membershipFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on("my_chat_member", onMyChatMember);
  composer.on("message:migrate_to_chat_id", (ctx) =>
    migrate(ctx, ctx.chat.id, ctx.msg.migrate_to_chat_id, "migrate_to_chat_id"),
  );
  composer.on("message:migrate_from_chat_id", (ctx) =>
    migrate(ctx, ctx.msg.migrate_from_chat_id, ctx.chat.id, "migrate_from_chat_id"),
  );
  composer.use(ignoreOtherBots);
  composer.use(settingsGuard);
  composer.use(followTopic);
  composer.use(chatSettingsFeature());
  return composer;
}

// ---- my_chat_member --------------------------------------------------------------------------------

/** Can the bot post in the chat with this membership? (A channel needs an administrator.) */
export function botCanPost(chatType: Chat["type"], member: ChatMember): boolean {
  switch (member.status) {
    case "creator":
    case "administrator":
      return chatType !== "channel" || member.status === "creator" || member.can_post_messages !== false;
    case "member":
      return chatType !== "channel";
    case "restricted":
      return member.is_member && member.can_send_messages;
    case "left":
    case "kicked":
      return false;
  }
}

function membershipEvent(chatType: Chat["type"], wasIn: boolean, isIn: boolean): string {
  if (chatType === "private") return isIn ? (wasIn ? "changed" : "unblocked") : "blocked";
  if (wasIn === isIn) return "changed";
  return isIn ? "added" : "removed";
}

async function onMyChatMember(ctx: BotContext): Promise<void> {
  const update = ctx.myChatMember!;
  const { chat, from } = update;
  const wasIn = botCanPost(chat.type, update.old_chat_member);
  const isIn = botCanPost(chat.type, update.new_chat_member);
  // Blocked or removed: keep the subscriptions, send nothing; back again: carry on where it was.
  const settings = await ctx.deps.store.chats.update(
    chat.id,
    (s) => ({ ...s, paused: !isIn, chatType: chat.type }),
    ctx.deps.now(),
  );
  ctx.chatSettings = settings;
  adminCacheOf(ctx.deps).forget(chat.id);
  ctx.log.info(
    {
      event: membershipEvent(chat.type, wasIn, isIn),
      chat: chat.id,
      chatType: chat.type,
      by: from.id,
      from: update.old_chat_member.status,
      to: update.new_chat_member.status,
      paused: settings.paused,
      subscriptions: settings.subscriptions.length,
      digest: Boolean(settings.digest),
    },
    "bot membership changed",
  );
}

// ---- group → supergroup ----------------------------------------------------------------------------

/**
 * Both service messages (migrate_to_chat_id in the old group, migrate_from_chat_id in the new
 * supergroup) move the settings; whichever comes second, or a move the outbox already made after a
 * 400, finds nothing left under the old id and changes nothing.
 */
async function migrate(ctx: BotContext, fromId: number, toId: number, via: string): Promise<void> {
  const { store } = ctx.deps;
  const old = await store.chats.get(fromId);
  // ChatRepo.migrate leaves the old id paused and empty: that is "already moved".
  const pending = old !== undefined && (!old.paused || hasSettings(old));
  if (pending) await store.chats.migrate(fromId, toId, ctx.deps.now());
  adminCacheOf(ctx.deps).forget(fromId);
  if (ctx.chat?.id === toId) ctx.chatSettings = await store.chats.get(toId);
  ctx.log.info(
    { event: "migrated", from: fromId, to: toId, via, moved: pending, subscriptions: old?.subscriptions.length ?? 0 },
    pending ? "group migrated to a supergroup; settings moved" : "group migrated to a supergroup; nothing to move",
  );
}

function hasSettings(s: ChatSettings): boolean {
  return s.subscriptions.length > 0 || Boolean(s.digest) || Boolean(s.quietHours);
}

// ---- commands for another bot ----------------------------------------------------------------------

/** The command a message starts with: `/name` or `/name@bot`. */
export function leadingCommand(ctx: BotContext): { name: string; bot: string | null; args: string } | undefined {
  const message = ctx.message ?? ctx.channelPost;
  const text = message?.text ?? message?.caption;
  const entities = message?.entities ?? message?.caption_entities;
  const entity = entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!text || !entity) return undefined;
  const raw = text.slice(1, entity.length);
  const args = text.slice(entity.length).trim();
  const at = raw.indexOf("@");
  return at === -1 ? { name: raw, bot: null, args } : { name: raw.slice(0, at), bot: raw.slice(at + 1), args };
}

/**
 * `/city@OtherBot` is someone else's business, in a group or anywhere. So is a channel's command post
 * copied into its discussion group (an automatic forward): the channel itself has handled it.
 */
async function ignoreOtherBots(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const command = leadingCommand(ctx);
  if (command?.bot && command.bot.toLowerCase() !== ctx.me.username.toLowerCase()) {
    ctx.log.debug({ chat: ctx.chat?.id, command: command.name, bot: command.bot }, "command for another bot ignored");
    return;
  }
  if (command && ctx.message?.is_automatic_forward) {
    ctx.log.debug({ chat: ctx.chat?.id, command: command.name }, "command in a forwarded channel post ignored");
    return;
  }
  await next();
}

// ---- the administrator guard -----------------------------------------------------------------------

async function settingsGuard(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const chat = ctx.chat;
  if (!chat || chat.type === "private") return next();
  const command = leadingCommand(ctx);
  const data = ctx.callbackQuery?.data;
  const action =
    command && isSettingsCommand(command.name, command.args)
      ? `/${command.name}`
      : data !== undefined && isSettingsCallback(data)
        ? `button ${data.slice(0, data.indexOf(":") + 1)}`
        : undefined;
  if (action && !(await ensureCanChangeSettings(ctx, action))) return;
  await next();
}

// ---- forum topics ----------------------------------------------------------------------------------

/**
 * In a forum, alerts go to the topic where the chat's subscriptions were set up: after `/subscribe`
 * (any form) or a button or dialogue step that added or changed a subscription, threadId becomes the
 * topic the message was in (null for the main chat). /digest and /quiet record it themselves.
 */
async function followTopic(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const chat = ctx.chat;
  if (chat?.type !== "supergroup" || !chat.is_forum) return next();
  // What can change subscriptions: a command, a button, or (with privacy mode on) a reply to the bot
  // in a dialogue. Other messages (privacy mode off) are not worth a read.
  const command = leadingCommand(ctx);
  const toBot = ctx.message?.reply_to_message?.from?.id === ctx.me.id;
  if (!command && !ctx.callbackQuery && !toBot) return next();
  const before = ctx.chatSettings;
  await next();
  const after = await ctx.deps.store.chats.get(chat.id);
  if (!after || after.subscriptions.length === 0) return;
  const setUp = command?.name === "subscribe" || addedOrChanged(before?.subscriptions ?? [], after.subscriptions);
  if (!setUp) return;
  const threadId = topicOf(ctx.msg);
  if ((after.threadId ?? null) === threadId) return;
  ctx.chatSettings = await ctx.deps.store.chats.update(chat.id, (s) => ({ ...s, threadId }), ctx.deps.now());
  ctx.log.info({ chat: chat.id, threadId }, "forum topic recorded for deliveries");
}

function addedOrChanged(before: readonly Subscription[], after: readonly Subscription[]): boolean {
  const old = new Set(before.map((s) => JSON.stringify(s)));
  return after.some((s) => !old.has(JSON.stringify(s)));
}
