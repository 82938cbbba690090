import type { Message, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { adminCacheOf } from "../../src/bot/admin.js";
import type { BotDeps } from "../../src/bot/context.js";
import { newSubscription } from "../../src/store/index.js";
import type { Store } from "../../src/store/store.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import { startInProcessBot } from "../support/inProcessBot.js";

// A real grammY bot (createBot, every feature) polling the fake Bot API in-process, over a memory store.
const TOKEN = "123456:TEST-membership";
const GROUP = -5001;
const FORUM = -1005002;
const CHANNEL = -1009001;
const ADMIN = { id: 11, first_name: "Oksana", language_code: "en" };
const MEMBER = { id: 12, first_name: "Petro", language_code: "en" };
const ANONYMOUS_ADMIN_BOT = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };

let fake: FakeTelegram;
let store: Store;
let deps: BotDeps;
let clock: { ms: number };
let logs: Array<Record<string, unknown>>;
let stop: () => Promise<void>;

beforeEach(async () => {
  ({ fake, store, deps, clock, logs, stop } = await startInProcessBot({
    token: TOKEN,
  }));
  fake.addChat({ id: GROUP, type: "group", title: "Neighbours" });
  fake.setMember(GROUP, ADMIN.id, "administrator");
});

afterEach(() => stop());

/** Sends a message and waits until the bot has handled it; returns what the bot sent meanwhile. */
async function say(options: Parameters<FakeTelegram["sendUserMessage"]>[0]) {
  const since = fake.lastSeq;
  const { updateId, messageId } = fake.sendUserMessage(options);
  await fake.waitForConfirmed(updateId);
  return { replies: fake.sent({ chatId: options.chatId, since }), messageId };
}

async function handled(updateId: number) {
  await fake.waitForConfirmed(updateId);
}

function getChatMemberCalls(chatId: number): number {
  return fake.calls({ method: "getChatMember", chatId }).length;
}

describe("administrators only, in groups", () => {
  test("a member's /subscribe is politely refused; an administrator's goes through", async () => {
    const refused = await say({ chatId: GROUP, text: "/subscribe Kyiv", from: MEMBER });
    expect(refused.replies).toHaveLength(1);
    expect(refused.replies[0]!.plainText).toMatch(/only administrators of this chat/);
    expect(refused.replies[0]!.replyToMessageId).toBe(refused.messageId);
    expect((await store.chats.get(GROUP))?.subscriptions ?? []).toEqual([]);
    expect(logs.some((l) => l.msg === "settings change refused: not an administrator" && l.user === MEMBER.id)).toBe(
      true,
    );

    const accepted = await say({ chatId: GROUP, text: "/subscribe Kyiv", from: ADMIN });
    expect(accepted.replies[0]!.plainText).toMatch(/Kyiv/);
    expect(accepted.replies[0]!.plainText).not.toMatch(/only administrators/);
    expect((await store.chats.get(GROUP))?.subscriptions.map((s) => s.city)).toEqual(["Kyiv"]);
  });

  test.each([
    "/unsubscribe Kyiv",
    "/language",
    "/digest 08:00",
    "/digest off",
    "/quiet 23:00-07:00",
    "/subscribe",
  ])("%s is for administrators", async (text) => {
    const { replies } = await say({ chatId: GROUP, text, from: MEMBER });
    expect(replies.map((r) => r.plainText)).toEqual([expect.stringMatching(/only administrators/)]);
  });

  test("read-only commands work for everyone", async () => {
    await store.chats.update(GROUP, (s) => ({ ...s, subscriptions: [newSubscription("Kharkiv")] }), new Date(clock.ms));
    for (const text of ["/city Lviv", "/subscriptions", "/help", "/latest", "/sources"]) {
      const { replies } = await say({ chatId: GROUP, text, from: MEMBER });
      expect(replies.length, text).toBeGreaterThan(0);
      expect(replies[0]!.plainText, text).not.toMatch(/only administrators/);
    }
    expect(getChatMemberCalls(GROUP)).toBe(0);
  });

  test("settings buttons are refused with a callback answer; the admin's press works", async () => {
    // Any message of the bot will do: the fake delivers a press of any data, as a forged client could.
    const { replies } = await say({ chatId: GROUP, text: "/help", from: ADMIN });
    const messageId = replies[0]!.messageId;
    for (const data of ["sub:Kyiv", "unsub:Kyiv", "sw:c:Kyiv", "sm:r:Kyiv", "sm:ts:Kyiv", "lang:uk"]) {
      const since = fake.lastSeq;
      const press = fake.pressButton({ chatId: GROUP, messageId, data, from: MEMBER });
      await handled(press.updateId);
      const answer = fake.callbacks().find((c) => c.id === press.callbackQueryId);
      expect(answer?.answer, data).toMatchObject({
        showAlert: true,
        text: expect.stringMatching(/only administrators/),
      });
      expect(fake.sent({ chatId: GROUP, since }), data).toEqual([]);
    }
    const untouched = await store.chats.get(GROUP);
    expect(untouched?.subscriptions ?? []).toEqual([]);
    expect(untouched?.locale ?? null).toBeNull();

    const ok = fake.pressButton({ chatId: GROUP, messageId, data: "sub:Kyiv", from: ADMIN });
    await handled(ok.updateId);
    expect((await store.chats.get(GROUP))?.subscriptions.map((s) => s.city)).toEqual(["Kyiv"]);
  });

  test("a language button pressed by a member changes nothing", async () => {
    const { replies } = await say({ chatId: GROUP, text: "/language", from: ADMIN });
    const press = fake.pressButton({ chatId: GROUP, messageId: replies[0]!.messageId, data: "lang:uk", from: MEMBER });
    await handled(press.updateId);
    expect((await store.chats.get(GROUP))?.locale ?? null).toBeNull();
    const ok = fake.pressButton({ chatId: GROUP, messageId: replies[0]!.messageId, data: "lang:uk", from: ADMIN });
    await handled(ok.updateId);
    expect((await store.chats.get(GROUP))?.locale).toBe("uk");
  });

  test("administrator status is cached for a minute", async () => {
    await say({ chatId: GROUP, text: "/digest 08:00", from: MEMBER });
    await say({ chatId: GROUP, text: "/quiet 23:00-07:00", from: MEMBER });
    expect(getChatMemberCalls(GROUP)).toBe(1);

    // Promoted: the cached "member" holds until the minute is over.
    fake.setMember(GROUP, MEMBER.id, "administrator");
    const still = await say({ chatId: GROUP, text: "/digest 08:00", from: MEMBER });
    expect(still.replies[0]!.plainText).toMatch(/only administrators/);
    expect(getChatMemberCalls(GROUP)).toBe(1);

    clock.ms += 61_000;
    const now = await say({ chatId: GROUP, text: "/digest 08:00", from: MEMBER });
    expect(now.replies[0]!.plainText).toMatch(/Daily digest set/);
    expect(getChatMemberCalls(GROUP)).toBe(2);
    expect(adminCacheOf(deps).size).toBe(1);
  });

  test("the creator counts as an administrator; a failed check says try again", async () => {
    fake.setMember(GROUP, MEMBER.id, "creator");
    expect((await say({ chatId: GROUP, text: "/quiet off", from: MEMBER })).replies[0]!.plainText).toMatch(
      /Quiet hours turned off/,
    );
    fake.setFault(GROUP, {
      kind: "error",
      code: 400,
      description: "Bad Request: user not found",
      methods: ["getChatMember"],
    });
    const other = { id: 13, first_name: "Ivan", language_code: "en" };
    const { replies } = await say({ chatId: GROUP, text: "/quiet off", from: other });
    expect(replies[0]!.plainText).toMatch(/couldn't check your rights/);
    expect(logs.some((l) => l.msg === "admin check failed" && l.user === other.id)).toBe(true);
  });

  test("an anonymous administrator (writing as the group) counts as an administrator", async () => {
    fake.addChat({ id: -1005003, type: "supergroup", title: "Anon" });
    const chat = { id: -1005003, type: "supergroup" as const, title: "Anon" };
    const message = (text: string, senderChat: Message["sender_chat"], from = ANONYMOUS_ADMIN_BOT) =>
      ({
        message: {
          message_id: 100 + text.length,
          date: Math.floor(clock.ms / 1000),
          chat,
          from,
          sender_chat: senderChat,
          text,
          entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
        },
      }) as Omit<Update, "update_id">;

    let since = fake.lastSeq;
    await handled(fake.enqueueUpdate(message("/subscribe Odesa", chat)));
    expect((await store.chats.get(chat.id))?.subscriptions.map((s) => s.city)).toEqual(["Odesa"]);
    expect(fake.sent({ chatId: chat.id, since })[0]!.plainText).not.toMatch(/only administrators/);
    expect(getChatMemberCalls(chat.id)).toBe(0);

    // Someone writing on behalf of their own channel is not the group's administrator.
    since = fake.lastSeq;
    const ownChannel = { id: -1007777, type: "channel" as const, title: "My channel" };
    const channelBot = { id: 136817688, is_bot: true, first_name: "Channel", username: "Channel_Bot" };
    await handled(fake.enqueueUpdate(message("/unsubscribe Odesa", ownChannel, channelBot)));
    expect(fake.sent({ chatId: chat.id, since })[0]!.plainText).toMatch(/only administrators/);
    expect((await store.chats.get(chat.id))?.subscriptions.map((s) => s.city)).toEqual(["Odesa"]);
  });
});

describe("commands addressed to a bot", () => {
  test("/city@SitrepBot is answered; /city@OtherBot and /subscribe@OtherBot are ignored", async () => {
    const mine = await say({ chatId: GROUP, text: "/city@SitrepBot Lviv", from: MEMBER });
    expect(mine.replies.length).toBeGreaterThan(0);
    expect((await say({ chatId: GROUP, text: "/city@OtherBot Lviv", from: MEMBER })).replies).toEqual([]);
    expect((await say({ chatId: GROUP, text: "/subscribe@OtherBot Lviv", from: MEMBER })).replies).toEqual([]);
    expect((await say({ chatId: 77, text: "/help@OtherBot" })).replies).toEqual([]);
    expect(getChatMemberCalls(GROUP)).toBe(0);
    const addressed = await say({ chatId: GROUP, text: "/subscribe@sitrepbot Lviv", from: ADMIN });
    expect(addressed.replies[0]!.plainText).not.toMatch(/only administrators/);
    expect((await store.chats.get(GROUP))?.subscriptions.map((s) => s.city)).toEqual(["Lviv"]);
  });
});

test("a channel's command post copied into its discussion group is not answered there", async () => {
  const channel = { id: -1007777, type: "channel" as const, title: "Linked" };
  const group = { id: -1005004, type: "supergroup" as const, title: "Discussion" };
  fake.addChat({ id: group.id, type: "supergroup", title: group.title });
  const since = fake.lastSeq;
  await handled(
    fake.enqueueUpdate({
      message: {
        message_id: 1,
        date: Math.floor(clock.ms / 1000),
        chat: group,
        from: { id: 777000, is_bot: false, first_name: "Telegram" },
        sender_chat: channel,
        is_automatic_forward: true,
        text: "/digest 08:00 Kyiv",
        entities: [{ type: "bot_command", offset: 0, length: 7 }],
      },
    } as Omit<Update, "update_id">),
  );
  expect(fake.sent({ chatId: group.id, since })).toEqual([]);
  expect(await store.chats.get(group.id)).toBeUndefined();
});

describe("/digest", () => {
  test("sets, shows and turns off a digest", async () => {
    const set = await say({ chatId: GROUP, text: "/digest 8:30 Kyiv, Харків quiet:skip", from: ADMIN });
    expect(set.replies[0]!.plainText).toMatch(
      /Daily digest set: every day at 08:30 \(Europe\/Kyiv\), covering Kyiv, Kharkiv/,
    );
    expect(set.replies[0]!.plainText).toMatch(/no digest is sent/);
    const stored = await store.chats.get(GROUP);
    expect(stored?.digest).toEqual({ time: "08:30", cities: ["Kyiv", "Kharkiv"], onQuiet: "skip", lastSentAt: null });
    expect(stored?.chatType).toBe("group");
    expect(stored?.threadId).toBeNull();
    expect((await store.chats.digestChats()).map((c) => c.chatId)).toEqual([GROUP]);

    const shown = await say({ chatId: GROUP, text: "/digest", from: MEMBER });
    expect(shown.replies[0]!.plainText).toMatch(/Daily digest at 08:30 \(Europe\/Kyiv\): Kyiv, Kharkiv/);

    // A new time keeps the chat's "quiet" choice and when the last digest went out.
    await store.chats.update(
      GROUP,
      (s) => ({ ...s, digest: { ...s.digest!, lastSentAt: "2026-11-21T06:30:00.000Z" } }),
      new Date(clock.ms),
    );
    await say({ chatId: GROUP, text: "/digest 09:00", from: ADMIN });
    expect((await store.chats.get(GROUP))?.digest).toEqual({
      time: "09:00",
      cities: null,
      onQuiet: "skip",
      lastSentAt: "2026-11-21T06:30:00.000Z",
    });

    const off = await say({ chatId: GROUP, text: "/digest off", from: ADMIN });
    expect(off.replies[0]!.plainText).toMatch(/Daily digest turned off/);
    expect((await store.chats.get(GROUP))?.digest).toBeNull();
    expect(await store.chats.digestChats()).toEqual([]);
    expect((await say({ chatId: GROUP, text: "/digest", from: ADMIN })).replies[0]!.plainText).toMatch(
      /No daily digest is set/,
    );
    expect(logs.filter((l) => l.msg === "digest set" || l.msg === "digest turned off")).toHaveLength(3);
  });

  test.each([
    ["/digest 24:00 Kyiv", /“24:00” is not a time of day/],
    ["/digest 7:75", /“7:75” is not a time of day/],
    ["/digest Kyiv", /Daily digest<\/b>|one message a day/],
    ["/digest 08:00 Kharkif", /I don't know a place called “Kharkif”.\nDid you mean: Kharkiv/],
    ["/digest 08:00 Kyiv, Qwzxv", /I don't know a place called “Qwzxv”.\nCheck the spelling/],
    ["/digest 08:00 Kyiv quiet:maybe", /one message a day/],
  ])("%s is explained and changes nothing", async (text, answer) => {
    const { replies } = await say({ chatId: 300, text });
    expect(replies[0]!.plainText).toMatch(answer);
    expect((await store.chats.get(300))?.digest ?? null).toBeNull();
  });

  test("with no places it covers the subscriptions, and says so", async () => {
    const none = await say({ chatId: 301, text: "/digest 07:00" });
    expect(none.replies[0]!.plainText).toMatch(/none yet: add places with \/subscribe/);
    await say({ chatId: 301, text: "/subscribe Odesa" });
    const shown = await say({ chatId: 301, text: "/digest" });
    expect(shown.replies[0]!.plainText).toMatch(/this chat's subscriptions \(Odesa\)/);
    expect(shown.replies[0]!.plainText).toMatch(/one-line “quiet” digest/);
  });

  test("answers in the chat's language", async () => {
    const { replies } = await say({
      chatId: 302,
      text: "/digest 08:00 Київ",
      from: { id: 302, first_name: "Олена", language_code: "uk" },
    });
    expect(replies[0]!.plainText).toMatch(/Щоденний дайджест налаштовано: щодня о 08:00 \(Europe\/Kyiv\), про Київ/);
  });
});

describe("/quiet", () => {
  test("sets, shows and turns off quiet hours", async () => {
    const set = await say({ chatId: GROUP, text: "/quiet 23:00 – 7:00 casualties", from: ADMIN });
    expect(set.replies[0]!.plainText).toMatch(/Quiet hours set: 23:00–07:00 \(Europe\/Kyiv\)/);
    expect(set.replies[0]!.plainText).toMatch(/killed or injured still come through/);
    expect((await store.chats.get(GROUP))?.quietHours).toEqual({ from: "23:00", to: "07:00", allowCasualties: true });

    await say({ chatId: GROUP, text: "/quiet 22:30-06:00", from: ADMIN });
    expect((await store.chats.get(GROUP))?.quietHours).toEqual({ from: "22:30", to: "06:00", allowCasualties: false });
    const shown = await say({ chatId: GROUP, text: "/quiet", from: MEMBER });
    expect(shown.replies[0]!.plainText).toMatch(
      /Quiet hours: 22:30–06:00.*\nAlerts are held and arrive together at 06:00/s,
    );

    await say({ chatId: GROUP, text: "/quiet off", from: ADMIN });
    expect((await store.chats.get(GROUP))?.quietHours).toBeNull();
    expect((await say({ chatId: GROUP, text: "/quiet", from: MEMBER })).replies[0]!.plainText).toMatch(
      /No quiet hours/,
    );
  });

  test.each([
    ["/quiet 23:00-24:00", /“24:00” is not a time of day/],
    ["/quiet 23:00-23:00", /different start and end times/],
    ["/quiet tonight", /Quiet hours<\/b>|held at night/],
    ["/quiet 23:00-07:00 sometimes", /held at night/],
  ])("%s is explained and changes nothing", async (text, answer) => {
    const { replies } = await say({ chatId: 303, text });
    expect(replies[0]!.plainText).toMatch(answer);
    expect((await store.chats.get(303))?.quietHours ?? null).toBeNull();
  });
});

describe("forum topics", () => {
  test("settings made in a topic send deliveries there; replies stay in the topic", async () => {
    fake.addChat({ id: FORUM, type: "supergroup", title: "Forum" });
    fake.setMember(FORUM, ADMIN.id, "administrator");

    const digest = await say({ chatId: FORUM, messageThreadId: 7, text: "/digest 08:00 Kyiv", from: ADMIN });
    expect(digest.replies[0]!.messageThreadId).toBe(7);
    expect((await store.chats.get(FORUM))?.threadId).toBe(7);

    const sub = await say({ chatId: FORUM, messageThreadId: 9, text: "/subscribe Dnipro", from: ADMIN });
    expect((await store.chats.get(FORUM))?.subscriptions.map((s) => s.city)).toEqual(["Dnipro"]);
    expect(sub.replies[0]!.messageThreadId).toBe(9);
    expect((await store.chats.get(FORUM))?.threadId).toBe(9);
    expect(logs.some((l) => l.msg === "forum topic recorded for deliveries" && l.threadId === 9)).toBe(true);

    // A refusal and a read-only command are answered in their topic and move nothing.
    const refused = await say({ chatId: FORUM, messageThreadId: 5, text: "/subscribe Lviv", from: MEMBER });
    expect(refused.replies[0]!.messageThreadId).toBe(5);
    const list = await say({ chatId: FORUM, messageThreadId: 5, text: "/subscriptions", from: MEMBER });
    expect(list.replies[0]!.messageThreadId).toBe(5);
    expect((await store.chats.get(FORUM))?.threadId).toBe(9);

    // A button pressed under a message in a topic: the answer goes there, and so do the alerts.
    const menu = await say({ chatId: FORUM, messageThreadId: 11, text: "/help", from: ADMIN });
    const since = fake.lastSeq;
    const press = fake.pressButton({
      chatId: FORUM,
      messageId: menu.replies[0]!.messageId,
      data: "sub:Kyiv",
      from: ADMIN,
    });
    await handled(press.updateId);
    expect(fake.sent({ chatId: FORUM, since })[0]!.messageThreadId).toBe(11);
    expect((await store.chats.get(FORUM))?.threadId).toBe(11);

    // Set up in the main chat: deliveries go to the main chat.
    const main = await say({ chatId: FORUM, text: "/quiet 23:00-07:00", from: ADMIN });
    expect(main.replies[0]!.messageThreadId).toBeUndefined();
    expect((await store.chats.get(FORUM))?.threadId).toBeNull();
  });
});

describe("my_chat_member", () => {
  test("a user who blocks the bot is paused with the subscriptions kept; unblocking resumes", async () => {
    await say({ chatId: 400, text: "/subscribe Kharkiv" });
    expect(await store.chats.subscribersOf("Kharkiv")).toEqual([400]);

    await handled(fake.setMyChatMember({ chatId: 400, newStatus: "kicked" }));
    const paused = await store.chats.get(400);
    expect(paused).toMatchObject({ paused: true, chatType: "private" });
    expect(paused?.subscriptions.map((s) => s.city)).toEqual(["Kharkiv"]);
    expect(await store.chats.subscribersOf("Kharkiv")).toEqual([]);
    expect(logs.find((l) => l.msg === "bot membership changed")).toMatchObject({
      event: "blocked",
      chat: 400,
      from: "member",
      to: "kicked",
      paused: true,
      subscriptions: 1,
    });

    await handled(fake.setMyChatMember({ chatId: 400, newStatus: "member" }));
    expect((await store.chats.get(400))?.paused).toBe(false);
    expect(await store.chats.subscribersOf("Kharkiv")).toEqual([400]);
    expect(logs.filter((l) => l.msg === "bot membership changed").map((l) => l.event)).toEqual([
      "blocked",
      "unblocked",
    ]);
  });

  test("removed from a group → paused; added back → resumed; a channel records its type", async () => {
    await say({ chatId: GROUP, text: "/subscribe Kyiv", from: ADMIN });
    await handled(fake.setMyChatMember({ chatId: GROUP, newStatus: "left" }));
    expect(await store.chats.get(GROUP)).toMatchObject({ paused: true, chatType: "group" });
    await handled(fake.setMyChatMember({ chatId: GROUP, newStatus: "member" }));
    expect((await store.chats.get(GROUP))?.paused).toBe(false);
    expect((await store.chats.get(GROUP))?.subscriptions.map((s) => s.city)).toEqual(["Kyiv"]);

    await handled(fake.setMyChatMember({ chatId: CHANNEL, chatType: "channel", newStatus: "administrator" }));
    expect(await store.chats.get(CHANNEL)).toMatchObject({ paused: false, chatType: "channel" });
    await handled(fake.setMyChatMember({ chatId: CHANNEL, newStatus: "kicked" }));
    expect((await store.chats.get(CHANNEL))?.paused).toBe(true);
    expect(logs.filter((l) => l.msg === "bot membership changed").map((l) => l.event)).toEqual([
      "removed",
      "added",
      "added",
      "removed",
    ]);
  });
});

describe("group → supergroup", () => {
  test("settings move to the new id; the old id is inactive; a repeat changes nothing", async () => {
    await say({ chatId: GROUP, text: "/subscribe Kyiv", from: ADMIN });
    await say({ chatId: GROUP, text: "/digest 08:00 Kyiv", from: ADMIN });
    const { updateIds } = fake.migrateGroup(GROUP);
    const newId = Number(`-100${Math.abs(GROUP)}`);
    await handled(updateIds[1]);

    const moved = await store.chats.get(newId);
    expect(moved?.subscriptions.map((s) => s.city)).toEqual(["Kyiv"]);
    expect(moved?.digest?.time).toBe("08:00");
    expect(moved).toMatchObject({ paused: false, chatType: "supergroup" });
    expect(await store.chats.get(GROUP)).toMatchObject({ subscriptions: [], digest: null, paused: true });
    expect(await store.chats.subscribersOf("Kyiv")).toEqual([newId]);
    expect((await store.chats.digestChats()).map((c) => c.chatId)).toEqual([newId]);
    const events = logs.filter((l) => l.event === "migrated");
    expect(events.map((l) => [l.via, l.moved])).toEqual([
      ["migrate_to_chat_id", true],
      ["migrate_from_chat_id", false],
    ]);

    // The outbox may move it too after a 400; the service messages may come again.
    await store.chats.migrate(GROUP, newId, new Date(clock.ms));
    expect((await store.chats.get(newId))?.subscriptions.map((s) => s.city)).toEqual(["Kyiv"]);

    // The new supergroup answers with the moved settings (its admin list carried over too).
    const shown = await say({ chatId: newId, text: "/digest", from: MEMBER });
    expect(shown.replies[0]!.plainText).toMatch(/Daily digest at 08:00 .*Kyiv/);
    const digest = await say({ chatId: newId, text: "/digest off", from: ADMIN });
    expect(digest.replies[0]!.plainText).toMatch(/turned off/);
  });
});

describe("channels", () => {
  beforeEach(() => {
    fake.addChat({ id: CHANNEL, type: "channel", title: "City News", username: "citynews" });
  });

  test("configured by posts in the channel: /digest, /language", async () => {
    const set = await say({ chatId: CHANNEL, text: "/digest 08:00 Kyiv,Kharkiv" });
    expect(set.replies[0]!.plainText).toMatch(/Daily digest set: every day at 08:00 .*Kyiv, Kharkiv/);
    expect(await store.chats.get(CHANNEL)).toMatchObject({
      chatType: "channel",
      digest: { time: "08:00", cities: ["Kyiv", "Kharkiv"] },
    });
    const lang = await say({ chatId: CHANNEL, text: "/language uk" });
    expect(lang.replies[0]!.plainText).toMatch(/Українська|українськ/i);
    expect((await store.chats.get(CHANNEL))?.locale).toBe("uk");
    const shown = await say({ chatId: CHANNEL, text: "/digest" });
    expect(shown.replies[0]!.plainText).toMatch(/Щоденний дайджест о 08:00.*Київ, Харків/);
    expect(getChatMemberCalls(CHANNEL)).toBe(0);
  });

  test("a button under a channel post is for the channel's administrators", async () => {
    const { replies } = await say({ chatId: CHANNEL, text: "/language" });
    const press = fake.pressButton({
      chatId: CHANNEL,
      messageId: replies[0]!.messageId,
      data: "lang:uk",
      from: MEMBER,
    });
    await handled(press.updateId);
    expect(fake.callbacks().find((c) => c.id === press.callbackQueryId)?.answer?.showAlert).toBe(true);
    expect((await store.chats.get(CHANNEL))?.locale ?? null).toBeNull();
  });

  test("configured from a private chat by an administrator of the channel", async () => {
    const user = { id: 21, first_name: "Marta", language_code: "en" };
    const notAdmin = await say({ chatId: 21, text: "/digest @citynews 08:00 Kyiv,Kharkiv", from: user });
    expect(notAdmin.replies[0]!.plainText).toMatch(/Only administrators of City News/);
    expect((await store.chats.get(CHANNEL))?.digest ?? null).toBeNull();

    fake.setMember(CHANNEL, user.id, "administrator");
    clock.ms += 61_000;
    const ok = await say({ chatId: 21, text: "/digest @citynews 08:00 Kyiv,Kharkiv quiet:skip", from: user });
    expect(ok.replies[0]!.plainText).toMatch(/^Channel City News:\nDaily digest set: every day at 08:00/);
    expect(await store.chats.get(CHANNEL)).toMatchObject({
      chatType: "channel",
      digest: { time: "08:00", cities: ["Kyiv", "Kharkiv"], onQuiet: "skip" },
    });
    expect(fake.sent({ chatId: CHANNEL })).toEqual([]);

    const byId = await say({ chatId: 21, text: `/quiet ${CHANNEL} 23:00-07:00`, from: user });
    expect(byId.replies[0]!.plainText).toMatch(/Quiet hours set: 23:00–07:00/);
    await say({ chatId: 21, text: `/digest ${CHANNEL} off`, from: user });
    expect((await store.chats.get(CHANNEL))?.digest).toBeNull();
    const lang = await say({ chatId: 21, text: "/language @citynews uk", from: user });
    expect(lang.replies[0]!.plainText).toMatch(/Language of City News set to Українська/);
    expect((await store.chats.get(CHANNEL))?.locale).toBe("uk");
    // The user's own chat is untouched.
    expect((await store.chats.get(21))?.locale ?? null).toBeNull();

    // The bot must be able to post there.
    fake.setMember(CHANNEL, fake.bot.id, "member");
    const botGone = await say({ chatId: 21, text: "/digest @citynews 08:00", from: user });
    expect(botGone.replies[0]!.plainText).toMatch(/Make me an administrator of City News/);
  });

  test("unknown names, groups, and @names typed in a group are explained", async () => {
    expect((await say({ chatId: 22, text: "/digest @nosuchchan 08:00" })).replies[0]!.plainText).toMatch(
      /can't find @nosuchchan/,
    );
    expect((await say({ chatId: 22, text: `/digest ${GROUP} 08:00` })).replies[0]!.plainText).toMatch(
      /is not a channel/,
    );
    expect((await say({ chatId: GROUP, text: "/digest @citynews 08:00", from: ADMIN })).replies[0]!.plainText).toMatch(
      /write to me in a private chat/,
    );
  });
});
