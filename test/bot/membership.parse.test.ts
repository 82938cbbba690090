import type { Api } from "grammy";
import type { ChatMemberAdministrator } from "grammy/types";
import { describe, expect, test } from "vitest";
import { AdminCache, isSettingsCallback, isSettingsCommand } from "../../src/bot/admin.js";
import {
  parseClock,
  parseDigestArgs,
  parseLanguage,
  parseQuietArgs,
  resolvePlaces,
  topicOf,
} from "../../src/bot/features/chatSettings.js";
import { botCanPost } from "../../src/bot/features/membership.js";
import { memberObject } from "../support/fakeTelegram.js";

describe("times", () => {
  test.each([
    ["08:00", "08:00"],
    ["8:00", "08:00"],
    ["8.05", "08:05"],
    ["00:00", "00:00"],
    ["23:59", "23:59"],
    ["24:00", null],
    ["12:60", null],
    ["7:5", null],
    ["0800", null],
    ["", null],
  ])("parseClock(%j) = %j", (text, want) => expect(parseClock(text)).toBe(want));
});

describe("/digest arguments", () => {
  test.each([
    ["", { kind: "show" }],
    ["off", { kind: "off" }],
    ["вимкнути", { kind: "off" }],
    ["08:00", { kind: "set", time: "08:00", places: null, onQuiet: null }],
    ["8:00 Kyiv,Kharkiv", { kind: "set", time: "08:00", places: ["Kyiv", "Kharkiv"], onQuiet: null }],
    ["08:00 Kryvyi Rih, Odesa", { kind: "set", time: "08:00", places: ["Kryvyi Rih", "Odesa"], onQuiet: null }],
    ["08:00 Kyiv quiet:skip", { kind: "set", time: "08:00", places: ["Kyiv"], onQuiet: "skip" }],
    ["quiet=line 08:00 Kyiv", { kind: "set", time: "08:00", places: ["Kyiv"], onQuiet: "line" }],
    ["08:00 Київ тиша:пропуск", { kind: "set", time: "08:00", places: ["Київ"], onQuiet: "skip" }],
    ["08:00 Kyiv quiet:perhaps", { kind: "usage" }],
    ["25:00 Kyiv", { kind: "bad-time", text: "25:00" }],
    ["Kyiv 08:00", { kind: "usage" }],
  ])("%j", (args, want) => expect(parseDigestArgs(args)).toEqual(want));
});

describe("/quiet arguments", () => {
  test.each([
    ["", { kind: "show" }],
    ["off", { kind: "off" }],
    ["23:00-07:00", { kind: "set", from: "23:00", to: "07:00", allowCasualties: false }],
    ["23:00 – 7:00", { kind: "set", from: "23:00", to: "07:00", allowCasualties: false }],
    ["23:00 to 07:00 casualties", { kind: "set", from: "23:00", to: "07:00", allowCasualties: true }],
    ["23:00 до 07:00 жертви", { kind: "set", from: "23:00", to: "07:00", allowCasualties: true }],
    ["23:00 07:00", { kind: "set", from: "23:00", to: "07:00", allowCasualties: false }],
    ["22:00-24:00", { kind: "bad-time", text: "24:00" }],
    ["25:00", { kind: "bad-time", text: "25:00" }],
    ["07:00-07:00", { kind: "same-times" }],
    ["23:00-07:00 loudly", { kind: "usage" }],
    ["nights", { kind: "usage" }],
  ])("%j", (args, want) => expect(parseQuietArgs(args)).toEqual(want));
});

test("languages by code or name", () => {
  expect(["uk", "UA", "Українська", "en", "English", "de"].map(parseLanguage)).toEqual([
    "uk",
    "uk",
    "uk",
    "en",
    "en",
    null,
  ]);
});

describe("places", () => {
  test("canonical names in order, without repeats, in any spelling", () => {
    expect(resolvePlaces(["Київ", "kharkov", "Kyiv"])).toEqual({ places: ["Kyiv", "Kharkiv"] });
    expect(resolvePlaces(["Kyiv Kharkiv"])).toEqual({ places: ["Kyiv", "Kharkiv"] });
  });

  test("the first unknown name stops, with suggestions", () => {
    const found = resolvePlaces(["Kyiv", "Kharkif"]);
    expect(found).toMatchObject({ unknown: "Kharkif" });
    expect("suggestions" in found && found.suggestions.map((p) => p.name)).toContain("Kharkiv");
  });
});

test("a topic only when the message is a topic message", () => {
  expect(topicOf({ is_topic_message: true, message_thread_id: 7 })).toBe(7);
  // In a supergroup that is not a forum, a reply thread has an id but is not a topic.
  expect(topicOf({ message_thread_id: 7 })).toBeNull();
  expect(topicOf(undefined)).toBeNull();
});

describe("what the guard checks", () => {
  test.each([
    ["subscribe", "Kyiv", true],
    ["subscribe", "", true],
    ["unsubscribe", "all", true],
    ["language", "", true],
    ["digest", "08:00", true],
    ["digest", "", false],
    ["quiet", "off", true],
    ["quiet", " ", false],
    ["subscriptions", "", false],
    ["city", "Kyiv", false],
  ])("/%s %j changes settings: %s", (name, args, want) => expect(isSettingsCommand(name, args)).toBe(want));

  test.each([
    ["sub:Kyiv", true],
    ["unsub:Kyiv", true],
    ["lang:uk", true],
    ["sw:c:Kyiv", true],
    ["sm:r:Kyiv", true],
    ["sm:ts:Kyiv", true],
    ["sm:e:Kyiv", true],
    ["subs:edit:Kyiv", true],
    ["sm:l", false],
    ["sm:v:Kyiv", false],
    ["city:Kyiv", false],
    ["pg:c:24:2:Kyiv", false],
  ])("button %j changes settings: %s", (data, want) => expect(isSettingsCallback(data)).toBe(want));
});

test("the bot can post as a member of a group, only as a posting administrator of a channel", () => {
  const user = { id: 1, is_bot: true, first_name: "Bot" };
  expect(botCanPost("group", { status: "member", user })).toBe(true);
  expect(botCanPost("channel", { status: "member", user })).toBe(false);
  expect(botCanPost("private", { status: "kicked", user, until_date: 0 })).toBe(false);
  expect(botCanPost("supergroup", { status: "left", user })).toBe(false);
  const admin = memberObject("administrator", user) as ChatMemberAdministrator;
  expect(botCanPost("channel", { ...admin, can_post_messages: true })).toBe(true);
  expect(botCanPost("channel", { ...admin, can_post_messages: false })).toBe(false);
  expect(botCanPost("supergroup", admin)).toBe(true);
});

describe("AdminCache", () => {
  function fakeApi(statuses: Record<number, string>) {
    const calls: Array<[number, number]> = [];
    const api = {
      getChatMember: async (chatId: number, userId: number) => {
        calls.push([chatId, userId]);
        await new Promise((r) => setTimeout(r, 5));
        return { status: statuses[userId] ?? "member", user: { id: userId } };
      },
    } as unknown as Api;
    return { api, calls };
  }

  test("asks once per chat and user within the TTL, again after it", async () => {
    const { api, calls } = fakeApi({ 1: "administrator", 2: "member", 3: "creator" });
    const cache = new AdminCache(60_000);
    const t0 = new Date("2026-11-21T10:00:00Z");
    expect(await cache.isAdmin(api, -5, 1, t0)).toBe(true);
    expect(await cache.isAdmin(api, -5, 2, t0)).toBe(false);
    expect(await cache.isAdmin(api, -5, 3, t0)).toBe(true);
    expect(await cache.isAdmin(api, -5, 1, new Date(t0.getTime() + 59_999))).toBe(true);
    expect(calls).toHaveLength(3);
    expect(await cache.isAdmin(api, -5, 1, new Date(t0.getTime() + 60_000))).toBe(true);
    expect(calls).toHaveLength(4);
    // Another chat is another question.
    await cache.isAdmin(api, -6, 1, t0);
    expect(calls).toHaveLength(5);
    cache.forget(-5);
    await cache.isAdmin(api, -5, 2, t0);
    expect(calls).toHaveLength(6);
  });

  test("concurrent checks share one call; the oldest entries go first when full", async () => {
    const { api, calls } = fakeApi({});
    const cache = new AdminCache(60_000, 2);
    const now = new Date();
    await Promise.all([cache.isAdmin(api, -5, 1, now), cache.isAdmin(api, -5, 1, now)]);
    expect(calls).toHaveLength(1);
    await cache.isAdmin(api, -5, 2, now);
    await cache.isAdmin(api, -5, 3, now);
    expect(cache.size).toBe(2);
    await cache.isAdmin(api, -5, 1, now);
    expect(calls).toHaveLength(4);
  });

  test("a failed check is not cached", async () => {
    let fail = true;
    const api = {
      getChatMember: async () => {
        if (fail) throw new Error("network down");
        return { status: "administrator" };
      },
    } as unknown as Api;
    const cache = new AdminCache();
    await expect(cache.isAdmin(api, -5, 1, new Date())).rejects.toThrow("network down");
    fail = false;
    expect(await cache.isAdmin(api, -5, 1, new Date())).toBe(true);
  });
});
