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

  test("late timers are caught up without ever exceeding rate + 1 in any second", () => {
    // Telegram's window is any second; timers fire late by up to a few ms, at random.
    const clock = { now: 0 };
    const limiter = new SendRateLimiter(TELEGRAM_LIMITS, () => clock.now);
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const sends: number[] = [];
    for (let chat = 1; sends.length < 2000; chat++) {
      const wait = limiter.reserve(chat);
      if (wait === 0) {
        sends.push(clock.now);
        continue;
      }
      clock.now += wait + random() * 8;
      expect(limiter.reserve(chat)).toBe(0);
      sends.push(clock.now);
    }
    let maxInWindow = 0;
    for (let i = 0, j = 0; i < sends.length; i++) {
      while (sends[j]! <= sends[i]! - 1000) j++;
      maxInWindow = Math.max(maxInWindow, i - j + 1);
    }
    expect(maxInWindow).toBeLessThanOrEqual(TELEGRAM_LIMITS.globalPerSecond + 1);
    const rate = (sends.length - 1) / ((sends.at(-1)! - sends[0]!) / 1000);
    expect(rate).toBeGreaterThan(27);
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

  test("429s for several chats at once are the global limit: everything waits and the rate drops, then recovers", () => {
    const { clock, limiter } = limiterAt({ globalPerSecond: 20 });
    limiter.flood(1, 1);
    clock.now = 100;
    expect(limiter.flood(2, 3)).toBe("global");
    expect(limiter.currentRate).toBeLessThan(20);
    expect(limiter.reserve(3) >= 2900).toBe(true);
    const slowed = limiter.currentRate;
    clock.now = 3200;
    expect(limiter.reserve(3)).toBe(0);
    clock.now = 20_000;
    limiter.reserve(4);
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
