import { describe, expect, test } from "vitest";
import { ConfigError, DEFAULT_FEEDS, parseConfig } from "../src/config.js";

describe("parseConfig", () => {
  test("defaults when only the token is set", () => {
    const config = parseConfig({ BOT_TOKEN: "123:abc" }, { requireToken: true });
    expect(config).toMatchObject({
      botToken: "123:abc",
      telegramApiRoot: "https://api.telegram.org",
      feeds: [...DEFAULT_FEEDS],
      pollCron: "*/5 * * * *",
      storageUrl: "sqlite://./data/sitrep.sqlite",
      defaultLocale: "en",
      timezone: "Europe/Kyiv",
      adminIds: [],
      logLevel: "info",
    });
  });

  test("reads every variable", () => {
    const config = parseConfig({
      BOT_TOKEN: "1:x",
      TELEGRAM_API_ROOT: "http://127.0.0.1:9000",
      FEEDS: " http://127.0.0.1:1/a.xml , http://127.0.0.1:1/b.xml,http://127.0.0.1:1/a.xml",
      POLL_CRON: "*/10 * * * * *",
      STORAGE_URL: "memory://",
      DEFAULT_LOCALE: "uk",
      TIMEZONE: "UTC",
      ADMIN_IDS: "42, 77",
      LOG_LEVEL: "debug",
    });
    expect(config.feeds).toEqual(["http://127.0.0.1:1/a.xml", "http://127.0.0.1:1/b.xml"]);
    expect(config.pollCron).toBe("*/10 * * * * *");
    expect(config.adminIds).toEqual([42, 77]);
    expect(config.defaultLocale).toBe("uk");
  });

  test("one error names every bad variable", () => {
    let error: unknown;
    try {
      parseConfig(
        {
          TELEGRAM_API_ROOT: "ftp://x/",
          FEEDS: "not a url",
          POLL_CRON: "every minute",
          STORAGE_URL: "mysql://db",
          DEFAULT_LOCALE: "de",
          TIMEZONE: "Mars/Olympus",
          ADMIN_IDS: "abc",
          LOG_LEVEL: "loud",
        },
        { requireToken: true },
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const names = (error as ConfigError).problems.map((p) => p.split(":")[0]);
    expect(new Set(names)).toEqual(
      new Set([
        "BOT_TOKEN",
        "TELEGRAM_API_ROOT",
        "FEEDS",
        "POLL_CRON",
        "STORAGE_URL",
        "DEFAULT_LOCALE",
        "TIMEZONE",
        "ADMIN_IDS",
        "LOG_LEVEL",
      ]),
    );
  });

  test("the token is optional unless the bot runs", () => {
    expect(parseConfig({}).botToken).toBeUndefined();
    expect(() => parseConfig({}, { requireToken: true })).toThrow(/BOT_TOKEN: required/);
  });

  test("empty values fall back to defaults", () => {
    expect(parseConfig({ FEEDS: "", LOG_LEVEL: " " }).logLevel).toBe("info");
  });
});

test("webhook mode needs a secret and defaults the port", () => {
  expect(() => parseConfig({ WEBHOOK_URL: "https://bot.example/hook" })).toThrow(/WEBHOOK_SECRET: required/);
  const config = parseConfig({ WEBHOOK_URL: "https://bot.example/hook", WEBHOOK_SECRET: "s3cret_token-1" });
  expect(config).toMatchObject({ webhookUrl: "https://bot.example/hook", webhookSecret: "s3cret_token-1", port: 8080 });
  expect(parseConfig({}).port).toBeUndefined();
  expect(parseConfig({ PORT: "0" }).port).toBe(0);
  expect(() => parseConfig({ WEBHOOK_URL: "https://x.example/h", WEBHOOK_SECRET: "has space" })).toThrow(
    /WEBHOOK_SECRET/,
  );
});
