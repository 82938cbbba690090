import { expect, test } from "vitest";
import { SendRateLimiter } from "../../src/delivery/rateLimiter.js";

function limiterAt(start = 0) {
  const clock = { now: start };
  return {
    clock,
    limiter: new SendRateLimiter({ globalPerSecond: 3, privateIntervalMs: 1000, groupPerMinute: 2 }, () => clock.now),
  };
}

test("one message per second to a private chat", () => {
  const { clock, limiter } = limiterAt();
  expect(limiter.reserve(1)).toBe(0);
  expect(limiter.reserve(1)).toBe(1000);
  clock.now = 999;
  expect(limiter.reserve(1)).toBe(1);
  clock.now = 1000;
  expect(limiter.reserve(1)).toBe(0);
});

test("a global cap per second across chats", () => {
  const { clock, limiter } = limiterAt();
  expect([limiter.reserve(1), limiter.reserve(2), limiter.reserve(3)]).toEqual([0, 0, 0]);
  expect(limiter.reserve(4)).toBe(1000);
  clock.now = 1000;
  expect(limiter.reserve(4)).toBe(0);
});

test("groups get a per-minute budget", () => {
  const { clock, limiter } = limiterAt();
  expect(limiter.reserve(-5)).toBe(0);
  clock.now = 1500;
  expect(limiter.reserve(-5)).toBe(0);
  clock.now = 3000;
  expect(limiter.reserve(-5)).toBe(57_000);
  clock.now = 60_000;
  expect(limiter.reserve(-5)).toBe(0);
});

test("retry_after pushes the chat back", () => {
  const { clock, limiter } = limiterAt();
  limiter.penalise(9, 5);
  expect(limiter.reserve(9)).toBe(5000);
  clock.now = 5000;
  expect(limiter.reserve(9)).toBe(0);
});
