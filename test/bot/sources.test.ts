import { I18n } from "@grammyjs/i18n";
import { describe, expect, test } from "vitest";
import { describeOutcome, formatPausedAlert, formatSources } from "../../src/bot/features/sources.js";
import { packBlocks, TELEGRAM_TEXT_LIMIT } from "../../src/bot/format/html.js";
import type { Translate } from "../../src/bot/format/incident.js";
import { LOCALES_DIR } from "../../src/bot/i18n.js";
import type { RefusalReason } from "../../src/feeds/guard.js";
import { type FeedState, newFeedState } from "../../src/store/feeds.js";
import { parseTelegramHtml } from "../support/fakeTelegram.js";

const i18n = new I18n({ defaultLocale: "en", fluentBundleOptions: { useIsolating: false } });
i18n.loadLocalesDirSync(LOCALES_DIR);
const missing: string[] = [];
const view = (locale: string) => ({
  t: ((key, vars) => {
    const text = i18n.t(locale, key, vars);
    if (text === `{${key}}`) missing.push(`${locale}:${key}`);
    return text;
  }) as Translate,
  locale,
  timezone: "Europe/Kyiv",
});
const NOW = new Date("2026-11-21T10:00:00Z");

const feed = (i: number, overrides: Partial<FeedState> = {}): FeedState => ({
  ...newFeedState(`https://feed${i}.example/rss?a=1&b=<2>`),
  title: `Feed <${i}> & "friends"`,
  lastSuccessAt: "2026-11-21T09:00:00Z",
  itemsSeen: i,
  ...overrides,
});

describe.each(["en", "uk"])("/sources in %s", (locale) => {
  test("every state renders as valid, escaped HTML", () => {
    const states = [
      feed(1),
      newFeedState("https://new.example/rss"),
      feed(3, {
        consecutiveFailures: 4,
        lastError: "HTTP 500 <b>oops</b> & more",
        failingSince: "2026-11-20T10:00:00Z",
        nextAttemptAt: "2026-11-21T12:00:00Z",
      }),
      feed(4, { paused: true, pausedReason: "admin" }),
      feed(5, { paused: true, pausedReason: "failing", consecutiveFailures: 80, lastError: "timed out" }),
    ];
    const messages = packBlocks(formatSources(states, view(locale), NOW));
    expect(messages).toHaveLength(1);
    const text = parseTelegramHtml(messages[0]!).text;
    expect(text).toContain('Feed <1> & "friends"');
    expect(text).toContain("https://feed1.example/rss?a=1&b=<2>");
    expect(text).toContain("HTTP 500 <b>oops</b> & more");
    expect(text).toMatch(/⏸/);
    expect(missing).toEqual([]);
  });

  test("two hundred failing feeds are split into messages under Telegram's limit", () => {
    const states = Array.from({ length: 200 }, (_, i) =>
      feed(i, { consecutiveFailures: 3, lastError: "x".repeat(1000), failingSince: "2026-11-20T10:00:00Z" }),
    );
    const messages = packBlocks(formatSources(states, view(locale), NOW));
    expect(messages.length).toBeGreaterThan(5);
    for (const m of messages) expect(parseTelegramHtml(m).text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
    expect(messages.join("\n")).toContain("200. ");
  });

  test("an empty list says how to add one", () => {
    expect(formatSources([], view(locale), NOW)).toHaveLength(1);
    expect(missing).toEqual([]);
  });

  test.each<RefusalReason>([
    "invalid-url",
    "scheme",
    "credentials",
    "unresolvable",
    "metadata",
    "loopback",
    "private",
    "link-local",
    "cgnat",
    "unique-local",
    "unspecified",
    "multicast",
    "reserved",
  ])("refusal %s has its own wording", (reason) => {
    const html = describeOutcome(
      { status: "refused", url: "http://<x>/&", reason, address: "10.0.0.1" },
      view(locale).t,
    );
    const text = parseTelegramHtml(html).text;
    expect(text).toContain("http://<x>/&");
    if (!["invalid-url", "scheme", "credentials", "unresolvable"].includes(reason)) expect(text).toContain("10.0.0.1");
    expect(missing).toEqual([]);
  });

  test("added, exists and unreadable outcomes, and the operators' alert", () => {
    const t = view(locale).t;
    for (const html of [
      describeOutcome({ status: "added", url: "https://a.example/", title: "<A>", items: 2 }, t),
      describeOutcome({ status: "exists", url: "https://a.example/" }, t),
      describeOutcome({ status: "unreadable", url: "https://a.example/", error: "not a <feed>" }, t),
      formatPausedAlert(
        feed(9, { consecutiveFailures: 70, lastError: "<timeout>", failingSince: "2026-11-18T00:00:00Z" }),
        view(locale),
      ),
    ]) {
      expect(() => parseTelegramHtml(html)).not.toThrow();
    }
    expect(missing).toEqual([]);
  });
});
