import type { Context, MiddlewareFn } from "grammy";
import type { BotContext } from "./context.js";

/**
 * Per-user limit on commands and button presses. Our own, not @grammyjs/ratelimiter: that plugin
 * calls its hook on every update over the limit (we want one note per window), reads the wall clock
 * (tests need a fake one) and keys by user id alone (every anonymous group admin is the same user).
 */
export interface RateLimitOptions {
  /** Commands and presses allowed per window. */
  limit: number;
  windowMs: number;
  /** Windows tracked at most; past this, expired ones are swept (bounded memory under a flood). */
  maxKeys?: number;
}

/** The limits of commands and of button presses, counted apart. */
export interface RateLimits {
  commands: RateLimitOptions;
  presses: RateLimitOptions;
}

/**
 * Commands: 10 per 10 s, more than anyone types, less than a script or a stuck key (each answer is a
 * new message, and Telegram allows a bot about one a second per chat). Presses: 30 per 10 s, since a
 * subscription dialogue is six to eight quick taps and each only edits a message or shows a toast.
 */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  commands: { limit: 10, windowMs: 10_000, maxKeys: 10_000 },
  presses: { limit: 30, windowMs: 10_000, maxKeys: 10_000 },
};

/** What to do with one hit: let it through, tell the sender once, or drop it silently. */
export type RateDecision = { kind: "pass" } | { kind: "note" | "drop"; retryAfterMs: number };

interface Window {
  start: number;
  count: number;
  noted: boolean;
}

/** Fixed windows per key, in memory; time is passed in, so it is testable with a fake clock. */
export class RateLimiter {
  private readonly windows = new Map<string, Window>();
  private readonly maxKeys: number;

  constructor(private readonly options: RateLimitOptions) {
    this.maxKeys = options.maxKeys ?? 10_000;
  }

  hit(key: string, now: number): RateDecision {
    let window = this.windows.get(key);
    if (!window || now - window.start >= this.options.windowMs || now < window.start) {
      if (!window && this.windows.size >= this.maxKeys) this.sweep(now);
      window = { start: now, count: 0, noted: false };
      this.windows.set(key, window);
    }
    window.count++;
    if (window.count <= this.options.limit) return { kind: "pass" };
    const retryAfterMs = window.start + this.options.windowMs - now;
    if (window.noted) return { kind: "drop", retryAfterMs };
    window.noted = true;
    return { kind: "note", retryAfterMs };
  }

  /** Windows currently tracked (for tests). */
  get size(): number {
    return this.windows.size;
  }

  private sweep(now: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.start >= this.options.windowMs) this.windows.delete(key);
    }
    // Still full of live windows (a flood from many senders): forget the oldest rather than grow.
    const excess = this.windows.size - this.maxKeys + 1;
    if (excess <= 0) return;
    let dropped = 0;
    for (const key of this.windows.keys()) {
      if (dropped++ >= excess) break;
      this.windows.delete(key);
    }
  }
}

/** GroupAnonymousBot: every anonymous administrator of every group writes as this one user. */
const ANONYMOUS_ADMIN_ID = 1087968824;

/**
 * Whose limit an update counts against: the sending chat for anonymous admins and channels,
 * else the user. Undefined for updates that are not a command or a button press.
 */
export function rateLimitKey(ctx: Context): string | undefined {
  const message = ctx.message ?? ctx.channelPost;
  const isPress = ctx.callbackQuery !== undefined;
  if (!isPress && !(message && isCommandForUs(ctx, message.text, message.entities))) return undefined;
  const senderChat = message?.sender_chat;
  if (senderChat) return `chat:${senderChat.id}`;
  const from = ctx.from;
  if (!from) return undefined;
  if (from.id === ANONYMOUS_ADMIN_ID && ctx.chat) return `chat:${ctx.chat.id}`;
  return `user:${from.id}`;
}

/** A bot command at the start of the text, not addressed to another bot (`/start@OtherBot`). */
function isCommandForUs(
  ctx: Context,
  text: string | undefined,
  entities: ReadonlyArray<{ type: string; offset: number; length: number }> | undefined,
): boolean {
  if (!text) return false;
  const command = entities?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!command) return false;
  const at = text.slice(0, command.length).split("@")[1];
  return at === undefined || at.toLowerCase() === ctx.me.username.toLowerCase();
}

/**
 * Drops commands and button presses over the limit. A command over it gets one note per window, the
 * rest are ignored; a press over it is always answered (else the button spins), with the note as a
 * toast, which puts nothing in the chat. Operators (`ADMIN_IDS`) are never limited.
 */
export function rateLimit(limits: RateLimits = DEFAULT_RATE_LIMITS): MiddlewareFn<BotContext> {
  const commands = new RateLimiter(limits.commands);
  const presses = new RateLimiter(limits.presses);
  return async (ctx, next) => {
    const key = rateLimitKey(ctx);
    if (key === undefined || (key.startsWith("user:") && ctx.deps.config.adminIds.includes(ctx.from!.id))) {
      return next();
    }
    const limiter = ctx.callbackQuery ? presses : commands;
    const decision = limiter.hit(key, ctx.deps.now().getTime());
    if (decision.kind === "pass") return next();
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    if (decision.kind === "note") ctx.log.info({ key, seconds, press: !!ctx.callbackQuery }, "rate limited");
    if (ctx.callbackQuery) {
      await ctx.answerCallbackQuery({ text: ctx.t("rate-limited", { seconds }) });
      return;
    }
    if (decision.kind === "note") await ctx.reply(ctx.t("rate-limited", { seconds }));
  };
}
