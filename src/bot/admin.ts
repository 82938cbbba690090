/**
 * Who may change a chat's settings.
 *
 * In groups and supergroups only the chat's administrators may change its settings; in a channel
 * only its admins can post, so a channel post is always allowed, but anyone who sees a channel post
 * can press its buttons, so button presses in channels are checked too. Private chats are the user's
 * own. The guard (features/membership.ts) runs before every other feature and checks:
 *
 * - the commands in {@link SETTINGS_COMMANDS}, plain or addressed as `/cmd@ThisBot` (but `/digest`
 *   and `/quiet` without arguments only show the setting, to anyone). A dialogue (conversation)
 *   started by `/subscribe` is covered by this: a non-admin never gets one started.
 * - callback queries whose data starts with one of {@link SETTINGS_CALLBACK_PREFIXES}, or with
 *   `sub`/`unsub` followed by anything up to a colon (`subs:edit:…`, `sub-del:…`).
 *
 * **Adding a button that changes settings?** Give its callback_data one of these prefixes (or add
 * the prefix here), and it is guarded with no code in your feature. Inside a handler or a dialogue
 * step that needs the check itself (e.g. free text typed in a group dialogue), call
 * `ensureCanChangeSettings(ctx, "what")`: it answers the refusal and returns false.
 *
 * Read-only commands (/city, /latest, /subscriptions, /sources, /help, /start) are for everyone.
 * Administrator status comes from getChatMember and is cached for {@link ADMIN_CACHE_TTL_MS}, so a
 * busy group costs one call per user a minute. An anonymous administrator posts "as the group"
 * (`sender_chat` is the group itself) and counts as an administrator.
 */

import type { Api } from "grammy";
import { GrammyError, HttpError } from "grammy";
import type { Chat, ChatMember, Message } from "grammy/types";
import type { BotContext } from "./context.js";

/** Commands that change the chat's settings. */
export const SETTINGS_COMMANDS: readonly string[] = Object.freeze([
  "subscribe",
  "unsubscribe",
  "language",
  "digest",
  "quiet",
]);

/** Without arguments these only show the current setting, which anyone may see. */
const SHOWN_WITHOUT_ARGUMENTS = new Set(["digest", "quiet"]);

/** Does this command (name without "/" or "@bot", and its arguments) change the chat's settings? */
export function isSettingsCommand(name: string, args: string): boolean {
  if (!SETTINGS_COMMANDS.includes(name)) return false;
  return !(SHOWN_WITHOUT_ARGUMENTS.has(name) && args.trim() === "");
}

/**
 * callback_data prefixes of buttons that change the chat's settings. Read-only buttons (`city:`,
 * paging `pg:`, the subscription list `sm:l` and a subscription's card `sm:v:`) are not here.
 */
export const SETTINGS_CALLBACK_PREFIXES: readonly string[] = Object.freeze([
  "sub:", // subscribe to a city (keyboards of /subscribe and "did you mean")
  "unsub:", // unsubscribe from a city
  "lang:", // /language
  "sw:", // steps of the /subscribe dialogue (conversations/steps.ts)
  "sm:e:", // /subscriptions: edit a subscription
  "sm:r:", // /subscriptions: remove a subscription
  "sm:t", // /subscriptions: toggle strikes/aid/instant/digest/oblast (sm:ts:, sm:ta:, …)
  "digest:",
  "quiet:",
]);

/** Any `sub…:` or `unsub…:` prefix, for buttons of the subscription dialogue not listed above. */
const SUBSCRIPTION_PREFIX = /^(?:un)?sub[a-z0-9_-]{0,20}:/i;

export function isSettingsCallback(data: string): boolean {
  return SETTINGS_CALLBACK_PREFIXES.some((prefix) => data.startsWith(prefix)) || SUBSCRIPTION_PREFIX.test(data);
}

/** Long enough to spare the API in a busy group, short enough that a promotion takes effect soon. */
export const ADMIN_CACHE_TTL_MS = 60_000;
/** Entries kept at most; the oldest go first (a map keeps insertion order). */
const ADMIN_CACHE_MAX = 10_000;

const ADMIN_STATUSES = new Set(["creator", "administrator"]);

export function isAdminStatus(member: Pick<ChatMember, "status">): boolean {
  return ADMIN_STATUSES.has(member.status);
}

/** Administrator status per chat and user, in memory, for a short time. */
export class AdminCache {
  private readonly entries = new Map<string, { admin: boolean; until: number }>();
  private readonly pending = new Map<string, Promise<boolean>>();

  constructor(
    private readonly ttlMs = ADMIN_CACHE_TTL_MS,
    private readonly maxEntries = ADMIN_CACHE_MAX,
  ) {}

  /** Is the user an administrator of the chat? Asks Telegram unless a fresh answer is cached. */
  async isAdmin(api: Api, chatId: number, userId: number, now: Date): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const cached = this.entries.get(key);
    if (cached && cached.until > now.getTime()) return cached.admin;
    // Two commands from one user in the same moment share one getChatMember call.
    const inFlight = this.pending.get(key);
    if (inFlight) return inFlight;
    const lookup = api
      .getChatMember(chatId, userId)
      .then((member) => {
        const admin = isAdminStatus(member);
        this.remember(key, admin, now);
        return admin;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, lookup);
    return lookup;
  }

  /** Forgets one user's status in a chat, or everyone's. */
  forget(chatId: number, userId?: number): void {
    if (userId !== undefined) {
      this.entries.delete(`${chatId}:${userId}`);
      return;
    }
    for (const key of this.entries.keys()) if (key.startsWith(`${chatId}:`)) this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private remember(key: string, admin: boolean, now: Date): void {
    this.entries.delete(key);
    this.entries.set(key, { admin, until: now.getTime() + this.ttlMs });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}

const cachesByDeps = new WeakMap<object, AdminCache>();

/** The cache of one bot (one set of dependencies): every feature of that bot shares it. */
export function adminCacheOf(deps: object): AdminCache {
  let cache = cachesByDeps.get(deps);
  if (!cache) {
    cache = new AdminCache();
    cachesByDeps.set(deps, cache);
  }
  return cache;
}

export type SettingsRight = "allowed" | "refused" | "unknown";

function isGroup(chat: Pick<Chat, "type">): boolean {
  return chat.type === "group" || chat.type === "supergroup";
}

/** The message of the update if it was written in the chat (not a button press). */
function writtenMessage(ctx: BotContext): Message | undefined {
  return ctx.message ?? ctx.channelPost;
}

/**
 * May the sender of this update change the chat's settings? "unknown" when Telegram could not
 * tell us (an API or network error): the caller refuses, but with a "try again" wording.
 */
export async function settingsRight(
  ctx: BotContext,
  admins: AdminCache = adminCacheOf(ctx.deps),
): Promise<SettingsRight> {
  const chat = ctx.chat;
  if (!chat || chat.type === "private") return "allowed";
  // Only a channel's admins can post in it; the post is signed by the channel, not a user.
  if (ctx.channelPost) return "allowed";
  // An anonymous administrator writes as the group itself.
  if (isGroup(chat) && writtenMessage(ctx)?.sender_chat?.id === chat.id) return "allowed";
  const user = ctx.from;
  if (!user || user.is_bot) return "refused";
  try {
    return (await admins.isAdmin(ctx.api, chat.id, user.id, ctx.deps.now())) ? "allowed" : "refused";
  } catch (error) {
    if (error instanceof GrammyError || error instanceof HttpError) {
      ctx.log.warn(
        {
          chat: chat.id,
          user: user.id,
          ...(error instanceof GrammyError ? { code: error.error_code, description: error.description } : {}),
        },
        "admin check failed",
      );
      return "unknown";
    }
    throw error;
  }
}

/**
 * Checks the right and, when refused, tells the user politely: a callback answer for a button, a
 * reply to the command otherwise. Returns whether the change may go ahead.
 */
export async function ensureCanChangeSettings(
  ctx: BotContext,
  action: string,
  admins: AdminCache = adminCacheOf(ctx.deps),
): Promise<boolean> {
  const right = await settingsRight(ctx, admins);
  if (right === "allowed") return true;
  ctx.log.info(
    { chat: ctx.chat?.id, chatType: ctx.chat?.type, user: ctx.from?.id, action, right },
    "settings change refused: not an administrator",
  );
  const key = right === "unknown" ? "groups-admin-check-failed" : "groups-admin-only";
  if (ctx.callbackQuery) {
    await ctx.answerCallbackQuery({ text: ctx.t(key), show_alert: true });
    return false;
  }
  const message = writtenMessage(ctx);
  await ctx.reply(ctx.t(key), {
    ...(message ? { reply_parameters: { message_id: message.message_id, allow_sending_without_reply: true } } : {}),
  });
  return false;
}
