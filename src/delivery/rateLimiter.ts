/**
 * Telegram's documented broadcast limits: about 30 messages per second overall, one per second
 * to a private chat, 20 per minute to a group or channel. Sending under them avoids 429s
 * instead of reacting to them.
 */
export interface RateLimits {
  globalPerSecond: number;
  privateIntervalMs: number;
  groupPerMinute: number;
}

export const TELEGRAM_LIMITS: RateLimits = { globalPerSecond: 28, privateIntervalMs: 1000, groupPerMinute: 20 };

export class SendRateLimiter {
  private readonly globalSlots: number[] = [];
  private readonly nextPrivate = new Map<number, number>();
  private readonly groupSlots = new Map<number, number[]>();

  constructor(
    private readonly limits: RateLimits = TELEGRAM_LIMITS,
    private readonly clock: () => number = Date.now,
  ) {}

  /** Milliseconds to wait before a message to this chat may go; reserves the slot when 0. */
  reserve(chatId: number): number {
    const now = this.clock();
    const windowStart = now - 1000;
    while (this.globalSlots.length > 0 && this.globalSlots[0]! <= windowStart) this.globalSlots.shift();
    let wait = 0;
    if (this.globalSlots.length >= this.limits.globalPerSecond) wait = this.globalSlots[0]! + 1000 - now;
    if (chatId > 0) {
      wait = Math.max(wait, (this.nextPrivate.get(chatId) ?? 0) - now);
    } else {
      const slots = (this.groupSlots.get(chatId) ?? []).filter((t) => t > now - 60_000);
      this.groupSlots.set(chatId, slots);
      if (slots.length >= this.limits.groupPerMinute) wait = Math.max(wait, slots[0]! + 60_000 - now);
    }
    if (wait > 0) return wait;
    this.globalSlots.push(now);
    if (chatId > 0) this.nextPrivate.set(chatId, now + this.limits.privateIntervalMs);
    else this.groupSlots.get(chatId)!.push(now);
    return 0;
  }

  /** Pushes a chat back after Telegram said retry_after. */
  penalise(chatId: number, retryAfterSeconds: number): void {
    const until = this.clock() + retryAfterSeconds * 1000;
    if (chatId > 0) this.nextPrivate.set(chatId, Math.max(this.nextPrivate.get(chatId) ?? 0, until));
    else
      this.groupSlots.set(
        chatId,
        Array.from({ length: this.limits.groupPerMinute }, () => until - 60_000),
      );
  }

  async acquire(chatId: number, signal?: AbortSignal): Promise<void> {
    for (;;) {
      const wait = this.reserve(chatId);
      if (wait <= 0) return;
      if (signal?.aborted) throw new Error("aborted");
      await new Promise((resolve) => setTimeout(resolve, Math.min(wait, 1000)));
    }
  }
}
