/**
 * Telegram's broadcast limits (core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this):
 * about 30 messages per second overall, no more than one message per second to one chat, and 20
 * messages per minute to one group or channel. Sending under them avoids 429s instead of reacting to them.
 */
export interface RateLimits {
  /** Messages per second across all chats. */
  globalPerSecond: number;
  /** Gap between two messages to one private chat. */
  privateIntervalMs: number;
  /** Messages per minute to one group, supergroup or channel. */
  groupPerMinute: number;
  /** Gap between two messages to one group or channel. */
  groupIntervalMs: number;
  /** Floor for the global rate after global 429s slowed it down. Default: a quarter of the rate. */
  minGlobalPerSecond?: number;
}

/**
 * 28/s, not 30: sends are paced one every 1000/28 ms (35.7 ms), so a second holds 28 or 29 of them
 * and an arrival delayed by up to one interval (timer lag, network, a slow disk) cannot make it 31.
 */
export const TELEGRAM_LIMITS: RateLimits = {
  globalPerSecond: 28,
  privateIntervalMs: 1000,
  groupPerMinute: 20,
  groupIntervalMs: 1000,
};

/** 429s for different chats this close together mean the bot-wide limit, not one chat's. */
const GLOBAL_FLOOD_WINDOW_MS = 2000;
/** A second global 429 this soon after the first slows the rate down. */
const REPEAT_FLOOD_MS = 60_000;
/** Then the rate drops by this factor, and climbs back one message/s every interval. */
const SLOWDOWN_FACTOR = 0.85;
const RECOVERY_INTERVAL_MS = 10_000;
const PRUNE_EVERY = 1000;

export type FloodScope = "chat" | "global";

/**
 * Decides when the next message may go: globally paced (a GCRA: one slot every 1000/rate ms), per
 * private chat one a second, per group one a second and 20 a minute, plus whatever Telegram said
 * with `retry_after`. Pure bookkeeping over a clock; the caller waits.
 */
export class SendRateLimiter {
  private rate: number;
  /** When the next global slot opens. */
  private nextSlot = 0;
  private holdUntil = 0;
  private lastRateChange = 0;
  private lastGlobalFlood = Number.NEGATIVE_INFINITY;
  private readonly chatNext = new Map<number, number>();
  private readonly groupSends = new Map<number, number[]>();
  private floods: Array<{ at: number; chatId: number }> = [];
  private commits = 0;

  constructor(
    readonly limits: RateLimits = TELEGRAM_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {
    this.rate = limits.globalPerSecond;
  }

  /** The global rate in messages per second, after any slow-down. */
  get currentRate(): number {
    return this.rate;
  }

  /** Earliest time any message may go. */
  globalReadyAt(_now = this.clock()): number {
    return Math.max(this.holdUntil, this.nextSlot);
  }

  /** Earliest time a message to this chat may go, as far as the chat's own limits go. */
  chatReadyAt(chatId: number, now = this.clock()): number {
    let at = this.chatNext.get(chatId) ?? 0;
    if (chatId < 0) {
      const sends = this.recentGroupSends(chatId, now);
      const max = this.limits.groupPerMinute;
      if (sends.length >= max) at = Math.max(at, sends[sends.length - max]! + 60_000);
    }
    return at;
  }

  /** Earliest time a message to this chat may go, all limits considered. */
  readyAt(chatId: number, now = this.clock()): number {
    return Math.max(this.globalReadyAt(now), this.chatReadyAt(chatId, now));
  }

  /**
   * Books the earliest slot at or after `now` that the global pace allows for a message to this chat
   * (whose own limits must allow it by then) and returns its time. Slots follow each other exactly
   * one interval apart, so a late timer delays one send but never shifts the ones after it.
   */
  book(chatId: number, now = this.clock()): number {
    const at = Math.max(now, this.globalReadyAt(now));
    this.commit(chatId, at);
    return at;
  }

  /** Counts a message to this chat as sent at `at`. */
  commit(chatId: number, at = this.clock()): void {
    const now = at;
    this.nextSlot = Math.max(this.nextSlot, now) + 1000 / this.rate;
    if (this.rate < this.limits.globalPerSecond && now - this.lastRateChange >= RECOVERY_INTERVAL_MS) {
      this.rate = Math.min(this.limits.globalPerSecond, this.rate + 1);
      this.lastRateChange = now;
    }
    const gap = chatId > 0 ? this.limits.privateIntervalMs : this.limits.groupIntervalMs;
    this.chatNext.set(chatId, Math.max(this.chatNext.get(chatId) ?? 0, now + gap));
    if (chatId < 0) {
      const sends = this.recentGroupSends(chatId, now);
      sends.push(now);
      this.groupSends.set(chatId, sends);
    }
    if (++this.commits % PRUNE_EVERY === 0) this.prune(now);
  }

  /** Milliseconds to wait before a message to this chat may go; reserves the slot when 0. */
  reserve(chatId: number): number {
    const now = this.clock();
    const wait = this.readyAt(chatId, now) - now;
    if (wait > 0) return wait;
    this.commit(chatId, now);
    return 0;
  }

  /**
   * Telegram answered 429 with `retry_after`: the chat waits that long. When several chats are hit
   * within a moment it is the bot-wide limit: everything waits, and the global rate slows down.
   */
  flood(chatId: number, retryAfterSeconds: number, now = this.clock()): FloodScope {
    const until = now + Math.max(1, retryAfterSeconds) * 1000;
    this.chatNext.set(chatId, Math.max(this.chatNext.get(chatId) ?? 0, until));
    this.floods = this.floods.filter((f) => f.at > now - GLOBAL_FLOOD_WINDOW_MS);
    this.floods.push({ at: now, chatId });
    if (new Set(this.floods.map((f) => f.chatId)).size < 2) return "chat";
    // One global flood is a burst (a stalled moment let sends bunch): waiting is enough. Another
    // one soon after means the pace itself is too fast for Telegram today: slow down.
    if (this.holdUntil < now) {
      if (now - this.lastGlobalFlood < REPEAT_FLOOD_MS) {
        const floor = this.limits.minGlobalPerSecond ?? this.limits.globalPerSecond / 4;
        this.rate = Math.max(floor, this.rate * SLOWDOWN_FACTOR);
        this.lastRateChange = now;
      }
      this.lastGlobalFlood = now;
    }
    this.hold(until);
    return "global";
  }

  /** Sends nothing anywhere before `until` (Telegram down, global flood wait). */
  hold(until: number): void {
    this.holdUntil = Math.max(this.holdUntil, until);
  }

  private recentGroupSends(chatId: number, now: number): number[] {
    const sends = this.groupSends.get(chatId) ?? [];
    let drop = 0;
    while (drop < sends.length && sends[drop]! <= now - 60_000) drop++;
    if (drop > 0) sends.splice(0, drop);
    return sends;
  }

  /** Forgets chats whose limits no longer matter, so a year of broadcasts does not grow the maps. */
  private prune(now: number): void {
    for (const [chatId, at] of this.chatNext) if (at <= now) this.chatNext.delete(chatId);
    for (const [chatId] of this.groupSends) {
      if (this.recentGroupSends(chatId, now).length === 0) this.groupSends.delete(chatId);
    }
  }
}
