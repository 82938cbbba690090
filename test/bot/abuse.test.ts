import type { Bot } from "grammy";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import type { BotContext, BotDeps } from "../../src/bot/context.js";
import type { Store } from "../../src/store/store.js";
import type { FakeTelegram, TestUser } from "../support/fakeTelegram.js";
import { startInProcessBot } from "../support/inProcessBot.js";

// A real grammY bot (createBot, every feature) polling the fake Bot API in-process, over a memory store.
// The fake answers like Telegram: invalid HTML, an empty or over-long text, or oversized button data is a 400.
const TOKEN = "123456:TEST-abuse";
const ADMIN_ID = 77;

let fake: FakeTelegram;
let store: Store;
let bot: Bot<BotContext>;
let deps: BotDeps;
let clock: { ms: number };
let logs: Array<Record<string, unknown>>;
let stop: () => Promise<void>;

beforeEach(async () => {
  ({ fake, store, bot, deps, clock, logs, stop } = await startInProcessBot({
    token: TOKEN,
    env: { ADMIN_IDS: String(ADMIN_ID) },
  }));
});

afterEach(() => stop());

const failures = () => logs.filter((l) => l.msg === "update handling failed");

function user(id: number, language_code = "en"): TestUser {
  return { id, first_name: "Tester", language_code };
}

/** Sends a message and waits until the bot has handled it; returns what the bot sent meanwhile. */
async function say(chatId: number, text: string, from: TestUser = user(chatId)) {
  const since = fake.lastSeq;
  const { updateId, messageId } = fake.sendUserMessage({ chatId, text, from });
  await fake.waitForConfirmed(updateId);
  return { replies: fake.sent({ chatId, since }), messageId };
}

async function press(chatId: number, messageId: number, data: string, from: TestUser = user(chatId)) {
  const since = fake.lastSeq;
  const { updateId, callbackQueryId } = fake.pressButton({ chatId, messageId, data, from });
  await fake.waitForConfirmed(updateId);
  return { answer: fake.callbacks().find((c) => c.id === callbackQueryId)!, sent: fake.sent({ chatId, since }) };
}

const HOSTILE: Array<[string, string]> = [
  ["5,000 characters", "Kharkiv ".repeat(625)],
  ["one 5,000-character word", "x".repeat(5_000)],
  ["emoji", "🚀💥🇺🇦 👨‍👩‍👧‍👦 Київ 🏙️"],
  ["right-to-left", "مرحبا بالعالم שלום \u202Eviyk\u202C"],
  ["bold tag", "<b>Kyiv</b>"],
  ["script tag", "<script>alert(1)</script>"],
  ["&nbsp;", "Kyiv&nbsp;city"],
  ["bare &", "Tom & Jerry"],
  ["double-escaped entity", "&amp;amp; &lt;b&gt;"],
  ["unclosed tag", "<b Kyiv"],
  ["Telegram look-alikes", '<a href="tg://user?id=1">x</a> <tg-spoiler>s</tg-spoiler> <blockquote expandable>q'],
  ["numeric entities", "&#0; &#x110000; &#55296;"],
  ["null bytes", "Kyiv\u0000Kharkiv\u0000"],
  ["zero-width characters", "\u200BKy\u200Ci\u200Dv\uFEFF"],
  ["only zero-width characters", "\u200B\u200C\u200D\uFEFF"],
  ["lone surrogates", "\uD800Kyiv\uDC00 \uDBFF"],
  ["control characters and newlines", "\u0007\u001B[31mKyiv\r\n\t\n"],
  ["period look-alikes", "Kyiv 99999999999999999999d -3h 0h 3д 3д"],
  ["a command as argument", "/start@SitrepBot /city"],
  ["prototype keys", "__proto__ constructor toString"],
  ["format strings", "%s %d {$city} { $query } $" + "{process.env}"],
];

const COMMANDS = [
  "start",
  "help",
  "city",
  "latest",
  "subscribe",
  "unsubscribe",
  "subscriptions",
  "language",
  "sources",
  "digest",
  "quiet",
  "cancel",
  "frobnicate",
];

describe("hostile arguments to every command", () => {
  // One chat per command, a fresh user (and so a fresh rate-limit window) per input.
  test.each(COMMANDS)("/%s", async (command) => {
    const chatId = 1_000 + COMMANDS.indexOf(command);
    let userId = 10_000 + COMMANDS.indexOf(command) * 100;
    for (const [name, input] of HOSTILE) {
      for (const text of [`/${command} ${input}`, `/${command}@SitrepBot ${input}`]) {
        const callsBefore = fake.calls().length;
        const { replies } = await say(chatId, text, { ...user(chatId), id: userId++ });
        // A clear answer: at least one message, every one accepted by the fake (valid HTML, ≤ 4096).
        expect(replies.length, `${name}: ${text.slice(0, 60)}`).toBeGreaterThan(0);
        const rejected = fake
          .calls()
          .slice(callsBefore)
          .filter((c) => !c.ok);
        expect(
          rejected.map((c) => `${c.method}: ${c.description}`),
          name,
        ).toEqual([]);
        for (const reply of replies) expect(reply.plainText?.length ?? 0).toBeLessThanOrEqual(4096);
        // A dialogue opened by /subscribe would take the next input as its answer; close it.
        if (command === "subscribe") await say(chatId, "/cancel", { ...user(chatId), id: userId - 1 });
      }
    }
    expect(failures()).toEqual([]);
  }, 60_000);

  test("hostile text in an open dialogue is answered, not thrown", async () => {
    const chatId = 2_000;
    for (const [name, input] of HOSTILE) {
      clock.ms += 60_000;
      await say(chatId, "/subscribe");
      const callsBefore = fake.calls().length;
      const { replies } = await say(chatId, input);
      expect(replies.length, name).toBeGreaterThan(0);
      expect(
        fake
          .calls()
          .slice(callsBefore)
          .filter((c) => !c.ok)
          .map((c) => c.description),
        name,
      ).toEqual([]);
      await say(chatId, "/cancel");
    }
    expect(failures()).toEqual([]);
  }, 60_000);
});

const PREFIXES = ["city", "pg", "lang", "sub", "unsub", "sw", "sm", "st", "set", "dg", "qt", "x", ""];
const BAD_DATA = [
  "",
  ":",
  "::::",
  "\u0000",
  "__proto__",
  "constructor",
  "🚀💥",
  "<script>&amp;",
  "\uD800",
  "a".repeat(64),
  "a".repeat(300),
  "9".repeat(40),
  "-1",
  "Kharkiv@99999",
  "Kyiv@-5",
  "c:__proto__",
  "t:99:99",
  "v:",
  "r:all",
];

describe("malformed, oversized and unknown button data", () => {
  test("every press is answered, without errors", async () => {
    const chatId = 3_000;
    const { replies } = await say(chatId, "/help");
    const messageId = replies[0]!.messageId;
    let userId = 30_000;
    const datas = PREFIXES.flatMap((p) => BAD_DATA.map((d) => (p ? `${p}:${d}` : d)));
    for (const data of datas) {
      const callsBefore = fake.calls().length;
      const { answer } = await press(chatId, messageId, data, { ...user(chatId), id: userId++ });
      expect(answer.answered, JSON.stringify(data)).toBe(true);
      const rejected = fake
        .calls()
        .slice(callsBefore)
        .filter((c) => !c.ok);
      expect(
        rejected.map((c) => `${c.method}: ${c.description}`),
        JSON.stringify(data),
      ).toEqual([]);
    }
    expect(failures()).toEqual([]);
  }, 60_000);

  test("a press on a deleted or unknown message is answered too", async () => {
    for (const data of ["city:Kharkiv", "pg:c:Kharkiv:168:1", "sm:v:Kharkiv", "sw:x", "lang:uk", "zz"]) {
      const { answer } = await press(3_001, 999_999, data);
      expect(answer.answered, data).toBe(true);
    }
    expect(failures()).toEqual([]);
  });
});

describe("one error boundary", () => {
  const errorLogs = () => logs.filter((l) => l.msg === "update handling failed");

  test("storage failing before the locale is known: logged once with the update id, the user gets an apology", async () => {
    const get = vi.spyOn(store.chats, "get").mockRejectedValueOnce(new Error("SQLITE_IOERR: disk I/O error"));
    const since = fake.lastSeq;
    const { updateId } = fake.sendUserMessage({ chatId: 4_000, text: "/city Kyiv", from: user(4_000) });
    await fake.waitForConfirmed(updateId);
    const [apology] = await fake.waitForSent({ chatId: 4_000, since });
    expect(apology!.plainText).toMatch(/Something went wrong on my side/);
    expect(errorLogs()).toHaveLength(1);
    expect(errorLogs()[0]).toMatchObject({ level: 50, update: updateId });
    expect(JSON.stringify(errorLogs()[0])).toContain("SQLITE_IOERR");
    get.mockRestore();
    // The next update is served as usual.
    expect((await say(4_000, "/start")).replies[0]!.plainText).toMatch(/what happened in your city/);
  });

  test("storage closed under a handler: an apology in the user's language, the bot keeps serving", async () => {
    const forCity = vi.spyOn(store.incidents, "forCity").mockRejectedValue(new Error("store closed"));
    const { replies } = await say(4_001, "/city Kharkiv", user(4_001, "uk"));
    expect(replies.map((r) => r.plainText)).toEqual([expect.stringMatching(/Щось пішло не так/)]);
    const { replies: pressed } = await say(4_001, "/latest", user(4_001, "uk"));
    expect(pressed).toHaveLength(1);
    forCity.mockRestore();
    expect(errorLogs()).toHaveLength(1);
    expect((await say(4_001, "/city Kharkiv", user(4_001, "uk"))).replies[0]!.plainText).toMatch(/Харків/);
  });

  test("a button whose handler fails is still answered", async () => {
    const { replies } = await say(4_002, "/city");
    vi.spyOn(store.incidents, "forCity").mockRejectedValueOnce(new Error("store closed"));
    const { answer, sent } = await press(4_002, replies[0]!.messageId, "city:Kharkiv");
    expect(answer.answered).toBe(true);
    expect(sent.map((m) => m.plainText)).toEqual([expect.stringMatching(/Something went wrong/)]);
    expect(errorLogs()).toHaveLength(1);
  });

  test("a Telegram 400 on the reply: logged with its code and update id, then the next update is served", async () => {
    fake.setFault(4_003, {
      kind: "error",
      code: 400,
      description: "Bad Request: can't parse entities: Unsupported start tag",
      times: 1,
      methods: ["sendMessage"],
    });
    const { replies, messageId } = await say(4_003, "/help");
    expect(messageId).toBeGreaterThan(0);
    // The failed answer is not recorded as sent; the apology is.
    expect(replies.map((r) => r.plainText)).toEqual([expect.stringMatching(/Something went wrong/)]);
    expect(errorLogs()).toEqual([
      expect.objectContaining({ level: 50, code: 400, method: "sendMessage", update: expect.any(Number) }),
    ]);
    expect((await say(4_003, "/help")).replies[0]!.plainText).toMatch(/\/city/);
  });

  test("an update handled outside polling (as a webhook does) goes through the same boundary", async () => {
    await bot.stop();
    const hooked = createBot(TOKEN, deps);
    await hooked.init();
    vi.spyOn(store.chats, "get").mockRejectedValueOnce(new Error("storage down"));
    const since = fake.lastSeq;
    const update = {
      update_id: 900_001,
      message: {
        message_id: 1,
        date: Math.floor(clock.ms / 1000),
        chat: { id: 4_004, type: "private" as const, first_name: "Tester" },
        from: { id: 4_004, is_bot: false, first_name: "Tester", language_code: "en" },
        text: "/start",
        entities: [{ type: "bot_command" as const, offset: 0, length: 6 }],
      },
    };
    await expect(hooked.handleUpdate(update)).resolves.toBeUndefined();
    expect(fake.sent({ chatId: 4_004, since }).map((m) => m.plainText)).toEqual([
      expect.stringMatching(/Something went wrong/),
    ]);
    expect(errorLogs()).toEqual([expect.objectContaining({ update: 900_001, level: 50 })]);
  });
});

describe("rate limit", () => {
  test("a flood of commands gets ten answers and one note; the next window is served again", async () => {
    const chatId = 5_000;
    const answered: string[] = [];
    for (let i = 0; i < 15; i++) {
      clock.ms += 100;
      for (const r of (await say(chatId, `/city Kharkiv ${i}`)).replies) answered.push(r.plainText ?? "");
    }
    const notes = answered.filter((t) => /going a bit fast/.test(t));
    expect(notes).toEqual(["You are going a bit fast. Please wait 9 seconds and try again."]);
    expect(answered).toHaveLength(11);
    clock.ms += 10_000;
    expect((await say(chatId, "/start")).replies[0]!.plainText).toMatch(/what happened in your city/);
    expect(logs.filter((l) => l.msg === "rate limited")).toHaveLength(1);
    expect(failures()).toEqual([]);
  });

  test("the note speaks the user's language", async () => {
    for (let i = 0; i < 10; i++) await say(5_001, "/help", user(5_001, "uk"));
    const { replies } = await say(5_001, "/help", user(5_001, "uk"));
    expect(replies.map((r) => r.plainText)).toEqual([
      "Трохи забагато запитів поспіль. Зачекайте 10 секунд і спробуйте ще раз.",
    ]);
  });

  test("button presses over their limit are all answered, with the note as a toast, and nothing is sent", async () => {
    const { replies } = await say(5_002, "/city");
    const messageId = replies[0]!.messageId;
    const since = fake.lastSeq;
    const answers = [];
    for (let i = 0; i < 33; i++) answers.push((await press(5_002, messageId, "zz:unknown")).answer);
    expect(answers.every((a) => a.answered)).toBe(true);
    expect(answers.filter((a) => /going a bit fast/.test(a.answer?.text ?? ""))).toHaveLength(3);
    expect(fake.sent({ chatId: 5_002, since })).toEqual([]);
  });

  test("operators are not limited", async () => {
    const admin = user(ADMIN_ID);
    for (let i = 0; i < 20; i++) {
      const { replies } = await say(ADMIN_ID, "/help", admin);
      expect(replies[0]!.plainText).not.toMatch(/going a bit fast/);
    }
  });

  test("each anonymous group administrator counts per group, not as one shared user", async () => {
    const anonymous = { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" };
    for (const group of [-6_001, -6_002]) fake.addChat({ id: group, type: "supergroup", title: `G${group}` });
    for (let i = 0; i < 10; i++) await say(-6_001, "/help", anonymous);
    const other = await say(-6_002, "/help", anonymous);
    expect(other.replies[0]!.plainText).not.toMatch(/going a bit fast/);
    const same = await say(-6_001, "/help", anonymous);
    expect(same.replies[0]!.plainText).toMatch(/going a bit fast/);
  });

  test("plain text and commands for another bot are not counted", async () => {
    for (let i = 0; i < 12; i++) await say(5_003, "hello there");
    for (let i = 0; i < 12; i++) await say(5_003, "/help@OtherBot");
    const { replies } = await say(5_003, "/help");
    expect(replies[0]!.plainText).not.toMatch(/going a bit fast/);
  });
});
