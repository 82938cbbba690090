// Telegram's documented flood guidance (core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
// about 1 message per second in one chat, 20 messages per minute in one group, 30 messages per second
// overall. Telegram's real limiter is adaptive and tolerates short private bursts, so private chats get
// a small token bucket. Every window is configurable so a test can hit a limit in milliseconds.

export interface RateLimitOptions {
  /** Messages a private chat may receive at once before the 1-per-interval pace applies. Default 3. */
  privateBurst: number;
  /** One private-chat token comes back every this many ms. Default 1000. */
  privateIntervalMs: number;
  /** Messages per window in one group, supergroup or channel. Default 20. */
  groupMax: number;
  /** Default 60000. */
  groupWindowMs: number;
  /** Messages per window across all chats. Default 30. */
  globalMax: number;
  /** Default 1000. */
  globalWindowMs: number;
}

export const TELEGRAM_RATE_LIMITS: RateLimitOptions = {
  privateBurst: 3,
  privateIntervalMs: 1000,
  groupMax: 20,
  groupWindowMs: 60_000,
  globalMax: 30,
  globalWindowMs: 1000,
};

export type RateLimitKind = "private" | "group" | "global";

export interface RateVerdict {
  kind: RateLimitKind;
  /** Whole seconds until a slot frees up, at least 1 — Telegram's retry_after is an integer. */
  retryAfter: number;
}

interface Bucket {
  tokens: number;
  updated: number;
}

const toSeconds = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

/** Drops timestamps that left the window; returns the list for chaining. */
function prune(times: number[], now: number, windowMs: number): number[] {
  let drop = 0;
  while (drop < times.length && times[drop]! <= now - windowMs) drop++;
  if (drop) times.splice(0, drop);
  return times;
}

export class RateLimiter {
  private readonly buckets = new Map<number, Bucket>();
  private readonly groupSends = new Map<number, number[]>();
  private readonly globalSends: number[] = [];

  constructor(public options: RateLimitOptions) {}

  /** Returns null and counts the message when it may go out now, else why not and for how long. */
  take(chatId: number, isPrivate: boolean, now: number): RateVerdict | null {
    const o = this.options;
    prune(this.globalSends, now, o.globalWindowMs);
    if (this.globalSends.length >= o.globalMax) {
      return { kind: "global", retryAfter: toSeconds(this.globalSends[0]! + o.globalWindowMs - now) };
    }
    if (isPrivate) {
      const bucket = this.buckets.get(chatId) ?? { tokens: o.privateBurst, updated: now };
      bucket.tokens = Math.min(o.privateBurst, bucket.tokens + (now - bucket.updated) / o.privateIntervalMs);
      bucket.updated = now;
      this.buckets.set(chatId, bucket);
      if (bucket.tokens < 1)
        return { kind: "private", retryAfter: toSeconds((1 - bucket.tokens) * o.privateIntervalMs) };
      bucket.tokens -= 1;
    } else {
      const sends = prune(this.groupSends.get(chatId) ?? [], now, o.groupWindowMs);
      this.groupSends.set(chatId, sends);
      if (sends.length >= o.groupMax) {
        return { kind: "group", retryAfter: toSeconds(sends[0]! + o.groupWindowMs - now) };
      }
      sends.push(now);
    }
    this.globalSends.push(now);
    return null;
  }

  reset(): void {
    this.buckets.clear();
    this.groupSends.clear();
    this.globalSends.length = 0;
  }
}

/** The highest send rates seen, tracked whether or not limits are enforced, so a test can assert on them. */
export class RateObserver {
  maxPerSecond = 0;
  maxPerSecondPerChat = 0;
  maxPerMinutePerGroup = 0;
  private readonly global: number[] = [];
  private readonly perChat = new Map<number, number[]>();
  private readonly perGroupMinute = new Map<number, number[]>();

  record(chatId: number, isPrivate: boolean, now: number): void {
    this.global.push(now);
    this.maxPerSecond = Math.max(this.maxPerSecond, prune(this.global, now, 1000).length);
    const chat = this.perChat.get(chatId) ?? [];
    this.perChat.set(chatId, chat);
    chat.push(now);
    this.maxPerSecondPerChat = Math.max(this.maxPerSecondPerChat, prune(chat, now, 1000).length);
    if (!isPrivate) {
      const group = this.perGroupMinute.get(chatId) ?? [];
      this.perGroupMinute.set(chatId, group);
      group.push(now);
      this.maxPerMinutePerGroup = Math.max(this.maxPerMinutePerGroup, prune(group, now, 60_000).length);
    }
  }
}
