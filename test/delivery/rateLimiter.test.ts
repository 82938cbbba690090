import { describe, expect, test } from "vitest";
import { type RateLimits, SendRateLimiter, TELEGRAM_LIMITS } from "../../src/delivery/rateLimiter.js";

function limiterAt(limits: Partial<RateLimits> = {}, start = 0) {
  const clock = { now: start };
  const limiter = new SendRateLimiter(
    { globalPerSecond: 4, privateIntervalMs: 1000, groupPerMinute: 2, groupIntervalMs: 0, ...limits },
    () => clock.now,
  );
  return { clock, limiter };
}

describe("per chat", () => {
  test("one message per second to a private chat", () => {
    const { clock, limiter } = limiterAt({ globalPerSecond: 1000 });
    expect(limiter.reserve(1)).toBe(0);
    expect(limiter.reserve(1)).toBe(1000);
    clock.now = 999;
    expect(limiter.reserve(1)).toBe(1);
    clock.now = 1000;
    expect(limiter.reserve(1)).toBe(0);
  });

  test("groups get a per-minute budget", () => {
    const { clock, limiter } = limiterAt({ globalPerSecond: 1000 });
    expect(limiter.reserve(-5)).toBe(0);
    clock.now = 1500;
    expect(limiter.reserve(-5)).toBe(0);
    clock.now = 3000;
    expect(limiter.reserve(-5)).toBe(57_000);
    // Another group is not affected.
    expect(limiter.reserve(-6)).toBe(0);
    clock.now = 60_000;
    expect(limiter.reserve(-5)).toBe(0);
  });

  test("a group also waits a second between messages by default", () => {
    const clock = { now: 0 };
    const limiter = new SendRateLimiter(TELEGRAM_LIMITS, () => clock.now);
    expect(limiter.reserve(-7)).toBe(0);
    clock.now = 500;
    expect(limiter.reserve(-7)).toBe(500);
  });
});

describe("globally", () => {
  test("sends are paced evenly at the global rate", () => {
    const { clock, limiter } = limiterAt();
    expect(limiter.reserve(1)).toBe(0);
    expect(limiter.reserve(2)).toBe(250);
    clock.now = 250;
    expect(limiter.reserve(2)).toBe(0);
    expect(limiter.reserve(3)).toBe(250);
  });

  test("booked slots stay one interval apart: late requests never put more than rate + 1 in a second", () => {
    // Telegram's window is any second. The worker wakes at each booked slot, and the request
    // arrives up to 30 ms late (timer lag, a slow disk before it, the network), at random.
    const clock = { now: 0 };
    const limiter = new SendRateLimiter(TELEGRAM_LIMITS, () => clock.now);
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const arrivals: number[] = [];
    for (let chat = 1; arrivals.length < 2000; chat++) {
      clock.now = limiter.book(chat, clock.now) + random() * 30;
      arrivals.push(clock.now);
    }
    arrivals.sort((a, b) => a - b);
    let maxInWindow = 0;
    for (let i = 0, j = 0; i < arrivals.length; i++) {
      while (arrivals[j]! <= arrivals[i]! - 1000) j++;
      maxInWindow = Math.max(maxInWindow, i - j + 1);
    }
    expect(maxInWindow).toBeLessThanOrEqual(TELEGRAM_LIMITS.globalPerSecond + 1);
    const rate = (arrivals.length - 1) / ((arrivals.at(-1)! - arrivals[0]!) / 1000);
    expect(rate).toBeGreaterThan(27.5);
  });

  test("a booking counts against the chat's own limits", () => {
    const { limiter } = limiterAt({ globalPerSecond: 1000 });
    expect(limiter.book(1, 0)).toBe(0);
    expect(limiter.chatReadyAt(1, 0)).toBe(1000);
    expect(limiter.book(2, 0)).toBe(1);
  });
});

describe("429", () => {
  test("retry_after for one chat holds that chat only", () => {
    const { clock, limiter } = limiterAt({ globalPerSecond: 1000 });
    expect(limiter.flood(9, 5)).toBe("chat");
    expect(limiter.reserve(9)).toBe(5000);
    expect(limiter.reserve(10)).toBe(0);
    expect(limiter.currentRate).toBe(1000);
    clock.now = 5000;
    expect(limiter.reserve(9)).toBe(0);
  });

  test("429s for several chats at once are the global limit: everything waits; a repeat slows the rate, which recovers", () => {
    const { clock, limiter } = limiterAt({ globalPerSecond: 20 });
    expect(limiter.flood(1, 1)).toBe("chat");
    clock.now = 100;
    expect(limiter.flood(2, 3)).toBe("global");
    expect(limiter.reserve(3)).toBeGreaterThanOrEqual(2900);
    // One burst: waiting is enough.
    expect(limiter.currentRate).toBe(20);
    clock.now = 5000;
    limiter.flood(4, 1);
    clock.now = 5100;
    expect(limiter.flood(5, 1)).toBe("global");
    const slowed = limiter.currentRate;
    expect(slowed).toBeLessThan(20);
    clock.now = 6200;
    expect(limiter.reserve(3)).toBe(0);
    clock.now = 20_000;
    limiter.reserve(6);
    expect(limiter.currentRate).toBeGreaterThan(slowed);
  });

  test("a hold stops every chat until it ends", () => {
    const { clock, limiter } = limiterAt({ globalPerSecond: 1000 });
    limiter.hold(2000);
    expect(limiter.reserve(1)).toBe(2000);
    expect(limiter.reserve(-1)).toBe(2000);
    clock.now = 2000;
    expect(limiter.reserve(1)).toBe(0);
  });
});
