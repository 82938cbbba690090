import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Api, Bot, GrammyError, InlineKeyboard, InputFile } from "grammy";
import type { Message } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { REPO_ROOT } from "./botProcess.js";
import { FakeTelegram } from "./fakeTelegram.js";

const TOKEN = "123456:TEST-TOKEN";
const USER = { id: 42, first_name: "Olena", language_code: "uk" };

let fake: FakeTelegram;
let api: Api;

beforeEach(async () => {
  fake = await FakeTelegram.start({ token: TOKEN, botUsername: "SitrepBot" });
  api = new Api(TOKEN, { apiRoot: fake.apiRoot });
});

afterEach(async () => {
  await fake.close();
});

/** Starts long polling and resolves once grammY is polling; returns the promise of bot.start(). */
async function startPolling(bot: Bot): Promise<void> {
  await new Promise<void>((resolvePromise, reject) => {
    bot.start({ onStart: () => resolvePromise() }).catch(reject);
  });
}

async function apiError(promise: Promise<unknown>): Promise<GrammyError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof GrammyError) return e;
    throw e;
  }
  throw new Error("expected the call to fail");
}

async function rawCall(method: string, body: unknown, token = TOKEN): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${fake.apiRoot}/bot${token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

describe("with a grammY bot polling", () => {
  let bot: Bot;

  beforeEach(() => {
    bot = new Bot(TOKEN, { client: { apiRoot: fake.apiRoot } });
  });

  afterEach(async () => {
    if (bot.isRunning()) await bot.stop();
  });

  it("delivers /start and records the HTML reply", async () => {
    bot.command("start", (ctx) =>
      ctx.reply(`Hello, <b>${ctx.from?.first_name}</b> &amp; welcome`, { parse_mode: "HTML" }),
    );
    await startPolling(bot);

    const { updateId, messageId } = fake.sendUserMessage({ chatId: 42, text: "/start", from: USER });
    const [reply] = await fake.waitForSent({ chatId: 42 });

    expect(reply).toMatchObject({
      method: "sendMessage",
      kind: "send",
      chatId: 42,
      text: "Hello, <b>Olena</b> &amp; welcome",
      plainText: "Hello, Olena & welcome",
      parseMode: "HTML",
      messageId: messageId + 1,
    });
    expect(reply?.entities).toEqual([{ type: "bold", offset: 7, length: 5 }]);
    await fake.waitForConfirmed(updateId);
    expect(fake.stats().updatesDelivered).toBe(1);
  });

  it("marks /cmd@Bot as a command for this bot only", async () => {
    const seen: string[] = [];
    bot.command("help", (ctx) => {
      seen.push(ctx.msg.text ?? "");
      return ctx.reply("help");
    });
    await startPolling(bot);

    fake.sendUserMessage({ chatId: -500, chatType: "group", text: "/help@OtherBot", from: USER });
    const { updateId } = fake.sendUserMessage({ chatId: -500, chatType: "group", text: "/help@SitrepBot", from: USER });
    await fake.waitForConfirmed(updateId);

    expect(seen).toEqual(["/help@SitrepBot"]);
    expect(fake.sent({ chatId: -500 })).toHaveLength(1);
  });

  it("sends button presses with the stored message and records edits", async () => {
    bot.command("menu", (ctx) => ctx.reply("Pick", { reply_markup: new InlineKeyboard().text("Kyiv", "city:kyiv") }));
    bot.callbackQuery(/^city:(.+)$/, async (ctx) => {
      await ctx.answerCallbackQuery();
      await ctx.editMessageText(`Picked ${ctx.match[1]}`);
    });
    await startPolling(bot);

    fake.sendUserMessage({ chatId: 42, text: "/menu", from: USER });
    const [menu] = await fake.waitForSent({ chatId: 42 });
    const press = fake.pressButton({ chatId: 42, messageId: menu!.messageId, data: "city:kyiv", from: USER });
    expect(press.matchedButton).toBe(true);

    const [edit] = await fake.waitForSent({ chatId: 42, kind: "edit" });
    expect(edit).toMatchObject({ method: "editMessageText", messageId: menu!.messageId, plainText: "Picked kyiv" });
    expect(fake.chatMessages(42).find((m) => m.message.message_id === menu!.messageId)?.message).not.toHaveProperty(
      "reply_markup",
    );
    await fake.waitForConfirmed(press.updateId);
    expect(fake.stats().callbacksUnanswered).toEqual([]);
  });

  it("delivers the two service messages of a group migration", async () => {
    const migrations: Array<[number, number | undefined]> = [];
    bot.on("message:migrate_to_chat_id", (ctx) => {
      migrations.push([ctx.chat.id, ctx.msg.migrate_to_chat_id]);
    });
    await startPolling(bot);

    const { updateIds } = fake.migrateGroup(-777, -1000000000777);
    await fake.waitForConfirmed(updateIds[1]);

    expect(migrations).toEqual([[-777, -1000000000777]]);
    const error = await apiError(api.sendMessage(-777, "hi"));
    expect(error.error_code).toBe(400);
    expect(error.parameters.migrate_to_chat_id).toBe(-1000000000777);
    await expect(api.sendMessage(-1000000000777, "hi")).resolves.toMatchObject({ chat: { type: "supergroup" } });
  });
});

describe("HTML and length checks", () => {
  it.each([
    ["a < b", "Unsupported start tag"],
    ["<br>line", 'Unsupported start tag "br"'],
    ["<b>unclosed", 'Can\'t find end tag corresponding to start tag "b"'],
    ["<b><i>x</b></i>", "Unmatched end tag"],
    ["Tom & Jerry", 'Unescaped "&"'],
    ["&nbsp;", 'Unescaped "&"'],
    ['<a href="x>link', "Unclosed start tag"],
    ["<span>x</span>", 'Tag "span" must have class "tg-spoiler"'],
  ])("rejects %j with 400 can't parse entities", async (text, detail) => {
    const error = await apiError(api.sendMessage(42, text, { parse_mode: "HTML" }));
    expect(error.error_code).toBe(400);
    expect(error.description).toContain("Bad Request: can't parse entities:");
    expect(error.description).toContain(detail);
  });

  it("accepts what Telegram accepts and computes the plain text", async () => {
    const html =
      '<b>1</b> <strong>2</strong> <i>3</i> <u>4</u> <s>5</s> <tg-spoiler>6</tg-spoiler> <span class="tg-spoiler">7</span> ' +
      '<a href="https://example.org/a?b=1&amp;c=2">8</a> <code>9</code> <pre><code class="language-ts">10</code></pre> ' +
      "<blockquote expandable>11</blockquote> &lt;&gt;&quot;&#39;&#x41;";
    const message = await api.sendMessage(42, html, { parse_mode: "HTML" });
    expect(message.text).toBe("1 2 3 4 5 6 7 8 9 10 11 <>\"'A");
    expect(message.entities?.find((e) => e.type === "text_link")).toMatchObject({
      url: "https://example.org/a?b=1&c=2",
    });
    expect(message.entities?.find((e) => e.type === "pre")).toMatchObject({ language: "ts" });
  });

  it("limits text to 4096 UTF-16 units after parsing, and rejects empty text", async () => {
    await expect(api.sendMessage(42, `<b>${"x".repeat(4096)}</b>`, { parse_mode: "HTML" })).resolves.toBeTruthy();
    const tooLong = await apiError(api.sendMessage(42, "x".repeat(4097)));
    expect(tooLong.description).toBe("Bad Request: message is too long");
    const emoji = await apiError(api.sendMessage(42, "🙂".repeat(2049)));
    expect(emoji.description).toBe("Bad Request: message is too long");
    const empty = await apiError(api.sendMessage(42, "  <b> </b> ", { parse_mode: "HTML" }));
    expect(empty.description).toBe("Bad Request: message text is empty");
  });

  it("checks callback_data length and keyboard shape", async () => {
    const long = await apiError(
      api.sendMessage(42, "x", { reply_markup: { inline_keyboard: [[{ text: "a", callback_data: "é".repeat(33) }]] } }),
    );
    expect(long.description).toBe("Bad Request: BUTTON_DATA_INVALID");
    const { status, json } = await rawCall("sendMessage", {
      chat_id: 42,
      text: "x",
      reply_markup: { inline_keyboard: [{ text: "a" }] },
    });
    expect(status).toBe(400);
    expect(json).toMatchObject({ ok: false, error_code: 400 });
  });

  it("answers 'message is not modified' for an identical edit", async () => {
    const message = await api.sendMessage(42, "<b>same</b>", { parse_mode: "HTML" });
    const error = await apiError(api.editMessageText(42, message.message_id, "<b>same</b>", { parse_mode: "HTML" }));
    expect(error.description).toMatch(/^Bad Request: message is not modified/);
    const missing = await apiError(api.editMessageText(42, 999, "x"));
    expect(missing.description).toBe("Bad Request: message to edit not found");
  });

  it("rejects a reply to a missing message unless allowed", async () => {
    const error = await apiError(api.sendMessage(42, "x", { reply_parameters: { message_id: 77 } }));
    expect(error.description).toBe("Bad Request: message to be replied not found");
    await expect(
      api.sendMessage(42, "x", { reply_parameters: { message_id: 77, allow_sending_without_reply: true } }),
    ).resolves.toBeTruthy();
    const { messageId } = fake.sendUserMessage({ chatId: 42, text: "question", from: USER });
    const reply = await api.sendMessage(42, "answer", { reply_parameters: { message_id: messageId } });
    expect(reply.reply_to_message?.text).toBe("question");
    expect(fake.sent({ chatId: 42 }).at(-1)?.replyToMessageId).toBe(messageId);
  });
});

describe("faults", () => {
  it("answers 403 for a user who blocked the bot", async () => {
    fake.setFault(42, { kind: "blocked" });
    const error = await apiError(api.sendMessage(42, "hi"));
    expect(error.error_code).toBe(403);
    expect(error.description).toBe("Forbidden: bot was blocked by the user");

    fake.clearFaults();
    fake.setMyChatMember({ chatId: 43, newStatus: "kicked", from: { id: 43, first_name: "Ivan" } });
    expect((await apiError(api.sendMessage(43, "hi"))).description).toBe("Forbidden: bot was blocked by the user");
  });

  it("lets a user who blocked the bot unblock it by writing, with my_chat_member first", async () => {
    fake.setMyChatMember({ chatId: 44, newStatus: "kicked", from: { id: 44, first_name: "Ivan" } });
    const { updateId } = fake.sendUserMessage({ chatId: 44, text: "/start" });
    const updates = await api.getUpdates({});
    expect(updates.map((u) => Object.keys(u)[1])).toEqual(["my_chat_member", "my_chat_member", "message"]);
    expect(updates[1]?.my_chat_member?.new_chat_member.status).toBe("member");
    expect(updates[2]?.update_id).toBe(updateId);
    await expect(api.sendMessage(44, "welcome back")).resolves.toBeTruthy();
  });

  it("answers 403 for a group that kicked the bot", async () => {
    fake.setFault(-100, { kind: "kicked" });
    const error = await apiError(api.sendMessage(-100, "hi"));
    expect(error.description).toBe("Forbidden: bot was kicked from the group chat");
  });

  it("answers 400 with migrate_to_chat_id for a migrated group", async () => {
    fake.setFault(-200, { kind: "migrated", toChatId: -1002000000200 });
    const error = await apiError(api.sendMessage(-200, "hi"));
    expect(error.error_code).toBe(400);
    expect(error.description).toBe("Bad Request: group chat was upgraded to a supergroup chat");
    expect(error.parameters.migrate_to_chat_id).toBe(-1002000000200);
  });

  it("fails N times with 502, forces 429, closes topics", async () => {
    fake.setFault(42, { kind: "serverError", times: 2 });
    expect((await apiError(api.sendMessage(42, "a"))).error_code).toBe(502);
    expect((await apiError(api.sendMessage(42, "a"))).error_code).toBe(502);
    await expect(api.sendMessage(42, "a")).resolves.toBeTruthy();

    fake.setFault("*", { kind: "flood", retryAfter: 7, times: 1 });
    const flood = await apiError(api.sendMessage(1, "a"));
    expect(flood.error_code).toBe(429);
    expect(flood.parameters.retry_after).toBe(7);

    fake.setFault(-1001, { kind: "topicClosed", messageThreadId: 5 });
    await expect(api.sendMessage(-1001, "general")).resolves.toBeTruthy();
    const closed = await apiError(api.sendMessage(-1001, "topic", { message_thread_id: 5 }));
    expect(closed.description).toBe("Bad Request: TOPIC_CLOSED");

    expect(fake.stats().errorsByCode).toEqual({ 400: 1, 429: 1, 502: 2 });
    expect(fake.calls({ ok: false })).toHaveLength(4);
  });
});

describe("rate limits", () => {
  it("answers 429 with retry_after over the private-chat limit", async () => {
    // A slow refill keeps the test independent of how fast this machine is.
    fake.setRateLimits({ privateBurst: 3, privateIntervalMs: 10_000 });
    for (let i = 0; i < 3; i++) await api.sendMessage(42, `burst ${i}`);
    const error = await apiError(api.sendMessage(42, "one too many"));
    expect(error.error_code).toBe(429);
    expect(error.description).toMatch(/^Too Many Requests: retry after \d+$/);
    expect(error.parameters.retry_after).toBeGreaterThanOrEqual(1);
    // Another chat has its own bucket.
    await expect(api.sendMessage(43, "other chat")).resolves.toBeTruthy();
    expect(fake.stats()).toMatchObject({ rate429: 1, rateLimited: { private: 1, group: 0, global: 0 }, sentTotal: 4 });
  });

  it("limits groups per window and everything per global window", async () => {
    fake.setRateLimits({ groupMax: 2, groupWindowMs: 1000, globalMax: 4, globalWindowMs: 1000 });
    await api.sendMessage(-300, "1");
    await api.sendMessage(-300, "2");
    expect((await apiError(api.sendMessage(-300, "3"))).error_code).toBe(429);
    await api.sendMessage(-301, "a");
    await api.sendMessage(-302, "b");
    const global = await apiError(api.sendMessage(-303, "c"));
    expect(global.error_code).toBe(429);
    expect(fake.stats().rateLimited).toEqual({ private: 0, group: 1, global: 1 });

    await new Promise((r) => setTimeout(r, 1050));
    await expect(api.sendMessage(-300, "after the window")).resolves.toBeTruthy();
    expect(fake.stats().maxPerSecondObserved).toBe(4);
  });
});

describe("transport", () => {
  it("answers 401 for a wrong token and 404 for an unknown method", async () => {
    expect(await rawCall("getMe", {}, "1:WRONG")).toEqual({
      status: 401,
      json: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    expect(await rawCall("sendTelepathy", {})).toEqual({
      status: 404,
      json: { ok: false, error_code: 404, description: "Not Found" },
    });
    expect((await rawCall("setChatMenuButton", {})).json).toEqual({ ok: true, result: true });
  });

  it("reads urlencoded and query-string parameters", async () => {
    const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendMessage?chat_id=42`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ text: "<i>form</i>", parse_mode: "HTML" }),
    });
    expect(res.status).toBe(200);
    expect(fake.sent()[0]).toMatchObject({ chatId: 42, plainText: "form" });
  });

  it("receives a grammY InputFile upload as multipart", async () => {
    const data = Buffer.from("date,city\n2024-01-01,Kyiv\n");
    const message = await api.sendDocument(42, new InputFile(data, "export.csv"), {
      caption: "<b>Export</b>",
      parse_mode: "HTML",
    });
    expect(message.document).toMatchObject({ file_name: "export.csv", mime_type: "text/csv", file_size: data.length });
    const [sent] = fake.sent({ method: "sendDocument" });
    expect(sent?.document?.data?.equals(data)).toBe(true);
    expect(sent).toMatchObject({ text: "<b>Export</b>", plainText: "Export" });
  });

  it("reads a multipart upload named after the parameter (quoted filename)", async () => {
    const form = new FormData();
    form.set("chat_id", "42");
    form.set("document", new Blob(["hello"], { type: "text/plain" }), "note.txt");
    const res = await fetch(`${fake.apiRoot}/bot${TOKEN}/sendDocument`, { method: "POST", body: form });
    expect(res.status).toBe(200);
    expect(fake.sent()[0]?.document).toMatchObject({ fileName: "note.txt", mimeType: "text/plain", size: 5 });
  });

  it("gives each chat its own message_id counter shared with user messages", async () => {
    expect(fake.sendUserMessage({ chatId: 42, text: "hi", from: USER }).messageId).toBe(1);
    expect((await api.sendMessage(42, "a")).message_id).toBe(2);
    expect((await api.sendMessage(43, "b")).message_id).toBe(1);
    expect(fake.sendUserMessage({ chatId: 42, text: "again", from: USER }).messageId).toBe(3);
  });

  it("handles requests concurrently under a response delay", async () => {
    fake.setResponseDelay(100);
    const started = Date.now();
    await Promise.all(Array.from({ length: 10 }, (_, i) => api.sendMessage(42 + i, `m${i}`)));
    const pipelined = Date.now() - started;
    expect(pipelined).toBeLessThan(600);
    expect(fake.stats().maxConcurrentRequests).toBeGreaterThanOrEqual(5);

    const sequentialStart = Date.now();
    for (let i = 0; i < 3; i++) await api.sendMessage(42, `s${i}`);
    expect(Date.now() - sequentialStart).toBeGreaterThanOrEqual(300);
  });
});

describe("channels", () => {
  it("queues channel posts and signs the bot's posts with the channel", async () => {
    const { message } = fake.sendUserMessage({ chatId: -1001234567890, chatType: "channel", text: "/digest" });
    expect(message).toMatchObject({ sender_chat: { type: "channel" }, entities: [{ type: "bot_command" }] });
    expect(message).not.toHaveProperty("from");
    const [update] = await api.getUpdates({});
    expect(update?.channel_post?.text).toBe("/digest");
    const post = await api.sendMessage(-1001234567890, "digest");
    expect(post.sender_chat?.id).toBe(-1001234567890);
    expect(post.from).toBeUndefined();

    fake.addChat({ id: -1009999, type: "channel", username: "sitrep_digest" });
    expect((await api.sendMessage("@sitrep_digest", "by username")).chat).toMatchObject({
      id: -1009999,
      type: "channel",
    });

    fake.setMember(-1001234567890, fake.bot.id, "member");
    const error = await apiError(api.sendMessage(-1001234567890, "x"));
    expect(error.description).toBe("Bad Request: need administrator rights in the channel chat");
  });
});

describe("getUpdates", () => {
  it("confirms by offset, honours limit, and long-polls until an update arrives", async () => {
    const a = fake.sendUserMessage({ chatId: 42, text: "a", from: USER }).updateId;
    const b = fake.sendUserMessage({ chatId: 42, text: "b", from: USER }).updateId;
    expect((await api.getUpdates({ limit: 1 })).map((u) => u.update_id)).toEqual([a]);
    // Not confirmed yet: delivered again.
    expect((await api.getUpdates({})).map((u) => u.update_id)).toEqual([a, b]);
    expect(await api.getUpdates({ offset: b + 1 })).toEqual([]);

    await fake.waitForDelivered(b);
    const started = Date.now();
    const poll = api.getUpdates({ offset: b + 1, timeout: 5 });
    setTimeout(() => fake.sendUserMessage({ chatId: 42, text: "c", from: USER }), 100);
    const [c] = await poll;
    expect(c?.message?.text).toBe("c");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("ends an older long poll with 409 when a second one starts", async () => {
    const first = apiError(api.getUpdates({ timeout: 5 }));
    await new Promise((r) => setTimeout(r, 50));
    const second = api.getUpdates({ timeout: 1 });
    const conflict = await first;
    expect(conflict.error_code).toBe(409);
    expect(conflict.description).toMatch(/^Conflict: terminated by other getUpdates request/);
    fake.sendUserMessage({ chatId: 42, text: "x", from: USER });
    expect(await second).toHaveLength(1);
  });
});

describe("test-side API", () => {
  it("explains a waitForSent timeout with what was sent and what failed", async () => {
    await api.sendMessage(42, "something else");
    await apiError(api.sendMessage(42, "<b>oops", { parse_mode: "HTML" }));
    const error = await fake.waitForSent({ chatId: 42, count: 2 }, 100).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    const message = (error as Error).message;
    expect(message).toContain("wanted 2 message(s) matching { chatId: 42 }, got 1");
    expect(message).toContain('"something else"');
    expect(message).toContain("sendMessage chat 42 → 400 Bad Request: can't parse entities");
  });

  it("records commands, members and chat info", async () => {
    await api.setMyCommands([{ command: "start", description: "Start" }]);
    await api.setMyCommands([{ command: "start", description: "Почати" }], { language_code: "uk" });
    expect(fake.commands()).toEqual([
      { scope: { type: "default" }, languageCode: "", commands: [{ command: "start", description: "Start" }] },
      { scope: { type: "default" }, languageCode: "uk", commands: [{ command: "start", description: "Почати" }] },
    ]);
    expect((await apiError(api.setMyCommands([{ command: "Bad-Name", description: "x" }]))).description).toBe(
      "Bad Request: BOT_COMMAND_INVALID",
    );

    fake.sendUserMessage({ chatId: -400, chatType: "supergroup", chatTitle: "Kharkiv", text: "hi", from: USER });
    expect((await api.getChatMember(-400, USER.id)).status).toBe("member");
    fake.setMember(-400, USER.id, "administrator");
    expect((await api.getChatMember(-400, USER.id)).status).toBe("administrator");
    expect((await api.getChatAdministrators(-400)).map((m) => m.user.id)).toEqual([USER.id]);
    expect(await api.getChat(-400)).toMatchObject({ id: -400, type: "supergroup", title: "Kharkiv" });
    expect((await apiError(api.getChat(-999))).description).toBe("Bad Request: chat not found");
  });

  it("reset forgets chats and records but keeps update ids increasing", async () => {
    const first = fake.sendUserMessage({ chatId: 42, text: "a", from: USER }).updateId;
    await api.sendMessage(42, "x");
    fake.reset();
    expect(fake.sent()).toEqual([]);
    expect(fake.stats().calls).toBe(0);
    const next = fake.sendUserMessage({ chatId: 42, text: "b", from: USER });
    expect(next.updateId).toBe(first + 1);
    expect(next.messageId).toBe(1);
  });
});

// ---- cross-check against the shared reference simulator, when it is checked out next to the repo ----

const TGSIM = resolve(REPO_ROOT, "..", "shared", "tools", "tgsim", "tgsim.mjs");

interface TgSim {
  apiRoot: string;
  close(): Promise<void>;
}

describe.skipIf(!existsSync(TGSIM))("HTML verdicts match tgsim", () => {
  const samples = [
    "<b>bold <i>nested</i></b>",
    "<b><i>crossed</b></i>",
    "&nbsp;",
    "line<br>break",
    "a & b",
    "a &amp; b &lt;tag&gt; &#8212; &#x2014; &#0; &amp",
    "<b>unclosed",
    '<a href="x">link</a>',
    '<a href="https://example.org">link</a>',
    "<a href=ab_c>x</a>",
    "<b attr>x</b>",
    "</b>",
    "<b>x</b >",
    "<B>upper</B>",
    "<code>x < y</code>",
    "Київ < Харків",
    '<span class="tg-spoiler">s</span>',
    "<span>s</span>",
    "<blockquote expandable>q</blockquote>",
    '<pre><code class="language-ts">x</code></pre>',
    '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
    "<p>paragraph</p>",
    "5 > 3",
    "  <i> </i>  ",
  ];

  it.each(samples)("%j", async (html) => {
    const { startSim } = (await import(pathToFileURL(TGSIM).href)) as {
      startSim: (o: Record<string, unknown>) => Promise<TgSim>;
    };
    const sim = await startSim({ token: TOKEN, rate: "off" });
    try {
      const verdict = async (apiRoot: string) => {
        const res = await fetch(`${apiRoot}/bot${TOKEN}/sendMessage`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ chat_id: 42, text: html, parse_mode: "HTML" }),
        });
        const json = (await res.json()) as { ok: boolean; description?: string; result?: Message };
        // The wording after an unescaped "&" is each tool's own; the position must agree.
        const description = json.description?.replace(/(Unescaped "&" at byte offset \d+).*/, "$1");
        return { ok: json.ok, description, text: json.result?.text, entities: json.result?.entities };
      };
      expect(await verdict(fake.apiRoot)).toEqual(await verdict(sim.apiRoot));
    } finally {
      await sim.close();
    }
  });
});
