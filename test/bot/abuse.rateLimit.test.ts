import { describe, expect, test } from "vitest";
import { escapeHtml } from "../../src/bot/format/html.js";
import { RateLimiter } from "../../src/bot/rateLimit.js";

// The limiter alone, with time passed in: a fake clock is just a number.
describe("RateLimiter", () => {
  test("allows the limit, notes once, then drops until the window ends", () => {
    const limiter = new RateLimiter({ limit: 3, windowMs: 10_000 });
    const t0 = 1_000_000;
    const kinds = [0, 1, 2, 3, 4, 5].map((i) => limiter.hit("user:1", t0 + i * 100).kind);
    expect(kinds).toEqual(["pass", "pass", "pass", "note", "drop", "drop"]);
    expect(limiter.hit("user:1", t0 + 9_999)).toEqual({ kind: "drop", retryAfterMs: 1 });
    // A new window: allowed again, and a new note when it overflows.
    const next = [0, 1, 2, 3, 4].map((i) => limiter.hit("user:1", t0 + 10_000 + i).kind);
    expect(next).toEqual(["pass", "pass", "pass", "note", "drop"]);
  });

  test("reports how long until the window ends", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 10_000 });
    limiter.hit("k", 0);
    expect(limiter.hit("k", 2_500)).toEqual({ kind: "note", retryAfterMs: 7_500 });
  });

  test("keys are independent", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 10_000 });
    expect(limiter.hit("user:1", 0).kind).toBe("pass");
    expect(limiter.hit("user:2", 0).kind).toBe("pass");
    expect(limiter.hit("user:1", 1).kind).toBe("note");
    expect(limiter.hit("user:2", 1).kind).toBe("note");
  });

  test("a clock that goes backwards starts a fresh window instead of locking the user out", () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 10_000 });
    limiter.hit("k", 50_000);
    expect(limiter.hit("k", 50_001).kind).toBe("note");
    expect(limiter.hit("k", 1_000).kind).toBe("pass");
  });

  test("memory stays bounded under a flood of senders", () => {
    const limiter = new RateLimiter({ limit: 5, windowMs: 10_000, maxKeys: 100 });
    for (let i = 0; i < 1_000; i++) limiter.hit(`user:${i}`, i);
    expect(limiter.size).toBeLessThanOrEqual(100);
    // Expired windows are swept first.
    for (let i = 0; i < 50; i++) limiter.hit(`late:${i}`, 1_000_000);
    expect(limiter.size).toBeLessThanOrEqual(100);
    expect(limiter.hit("late:0", 1_000_001).kind).toBe("pass");
  });
});

describe("escapeHtml on hostile text", () => {
  test.each([
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["&amp;amp; &nbsp; AT&T", "&amp;amp;amp; &amp;nbsp; AT&amp;T"],
    ["Kyiv\u0000\u0007\u001b[31m\r\nLviv\t", "Kyiv[31m\r\nLviv\t"],
    ["\uD800a\uDC00 👨‍👩‍👧", "\uFFFDa\uFFFD 👨‍👩‍👧"],
    ["مرحبا \u202Eabc\u202C \u200B", "مرحبا \u202Eabc\u202C \u200B"],
  ])("%j", (text, want) => expect(escapeHtml(text)).toBe(want));
});
