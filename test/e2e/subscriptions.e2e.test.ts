import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import type { FeedItem } from "../support/rssServer.js";
import type { CallbackRecord, SentMessage } from "../support/telegram/types.js";

// The real bot process against the fake Bot API: the /subscribe dialogue (buttons, typed answers,
// cancel, a restart half-way), /subscriptions and its switches, /city and /latest periods and pages.
const TOKEN = "123456:TEST-subscriptions-e2e";
const HOUR = 3_600_000;

/** Seven Kharkiv strikes 20 hours apart (further apart than incidents merge), the newest an hour ago. */
const WEAPONS = ["drones", "missiles", "guided bombs", "Shahed drones", "a ballistic missile", "rockets", "a missile"];
const kharkivItems: FeedItem[] = WEAPONS.map((weapon, i) => ({
  guid: `kh-${i}`,
  title: `Russia hits Kharkiv with ${weapon} (${i + 2} injured), report number ${i}`,
  link: `https://news.example/kharkiv-${i}`,
  content: `<p>Russian forces struck Kharkiv with ${weapon}, injuring ${i + 2} people, Governor Oleh Syniehubov said. Case ${i}.</p>`,
  pubDate: new Date(Date.now() - (1 + 20 * i) * HOUR),
}));

type User = { id: number; first_name: string; language_code: string };
const user = (id: number, language_code = "en"): User => ({ id, first_name: `U${id}`, language_code });

function buttons(message: SentMessage | undefined): string[] {
  const markup = message?.replyMarkup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
  return (markup?.inline_keyboard ?? []).flat().flatMap((b) => (b.callback_data ? [b.callback_data] : []));
}

describe("subscriptions end to end", () => {
  let e2e: E2eBot;
  let tg: FakeTelegram;
  let bot: BotProcess;

  /** A text message from `from`; resolves with the bot's first new message in the chat. */
  async function say(chatId: number, text: string, from: User = user(chatId), replyTo?: number) {
    const since = tg.lastSeq;
    tg.sendUserMessage({ chatId, text, from, ...(replyTo ? { replyTo } : {}) });
    const [sent] = await tg.waitForSent({ chatId, since, kind: "send" }, 10_000);
    return sent!;
  }

  /** Presses a button and waits until the bot has handled it: its answer and what it sent or edited. */
  async function press(
    chatId: number,
    message: SentMessage,
    data: string,
    from: User = user(chatId),
  ): Promise<{ answer: CallbackRecord; sent: SentMessage[]; matched: boolean }> {
    const since = tg.lastSeq;
    const { updateId, callbackQueryId, matchedButton } = tg.pressButton({
      chatId,
      messageId: message.messageId,
      data,
      from,
    });
    await tg.waitForConfirmed(updateId, 15_000);
    const answer = tg.callbacks().find((c) => c.id === callbackQueryId)!;
    return { answer, sent: tg.sent({ chatId, since }), matched: matchedButton };
  }

  /** A message as the chat shows it now, after every edit: its text and its buttons' data. */
  function current(chatId: number, messageId: number): { text: string; data: string[] } {
    const stored = tg.chatMessages(chatId).find((s) => s.message.message_id === messageId);
    const keyboard = stored?.message.reply_markup?.inline_keyboard ?? [];
    return {
      text: stored?.message.text ?? "",
      data: keyboard.flat().flatMap((b) => ("callback_data" in b && b.callback_data ? [b.callback_data] : [])),
    };
  }

  beforeAll(async () => {
    e2e = await startE2eBot({ token: TOKEN, items: kharkivItems, env: { POLL_CRON: "0 0 * * *" } });
    tg = e2e.telegram;
    bot = e2e.bot;
  }, 90_000);

  afterAll(async () => {
    await e2e?.close();
  });

  test("the dialogue: a typo, buttons, a typed time; /subscriptions shows it; switches change it", async () => {
    const chat = 801;
    const start = await say(chat, "/subscribe@sitrep_test_bot");
    expect(start.plainText).toMatch(/Which city\?/);
    expect(buttons(start)).toContain("sw:c:Kharkiv");
    expect(buttons(start)).toContain("sw:x");

    const guess = await say(chat, "kharkif");
    expect(guess.plainText).toMatch(/Did you mean/);
    // The first panel's buttons are gone: only the newest step answers.
    expect(current(chat, start.messageId).data).toEqual([]);

    let step = await press(chat, guess, "sw:c:Kharkiv");
    expect(step.answer.answered).toBe(true);
    expect(current(chat, guess.messageId).text).toMatch(/What should I send about Kharkiv\?/);

    step = await press(chat, guess, "sw:k:b");
    expect(current(chat, guess.messageId).text).toMatch(/How should news about Kharkiv arrive\?/);
    step = await press(chat, guess, "sw:m:b");
    expect(current(chat, guess.messageId).text).toMatch(/At what time should the daily digest come\?/);
    expect(current(chat, guess.messageId).data).toEqual(
      expect.arrayContaining(["sw:t:07:00", "sw:t:08:00", "sw:t:09:00", "sw:t:20:00"]),
    );

    expect((await say(chat, "25:00")).plainText).toMatch(/I need a time such as 07:30/);
    const oblast = await say(chat, "8:30");
    expect(oblast.plainText).toMatch(/elsewhere in Kharkiv Oblast/);

    step = await press(chat, oblast, "sw:o:1");
    const summary = current(chat, oblast.messageId).text;
    expect(summary).toMatch(/Check and save/);
    expect(summary).toMatch(/What: strikes and aid news/);
    expect(summary).toMatch(/How: instant alerts and a daily digest at 08:30/);
    expect(summary).toMatch(/Where: the city and the rest of Kharkiv Oblast/);
    step = await press(chat, oblast, "sw:ok");
    expect(current(chat, oblast.messageId).text).toMatch(/Subscribed\./);
    expect(current(chat, oblast.messageId).data).toEqual([]);

    const list = await say(chat, "/subscriptions");
    expect(list.plainText).toMatch(
      /Kharkiv: strikes and aid news; instant alerts and a daily digest at 08:30; the city and the rest of Kharkiv Oblast/,
    );
    expect(buttons(list)).toEqual(["sm:v:Kharkiv"]);

    step = await press(chat, list, "sm:v:Kharkiv");
    expect(current(chat, list.messageId).data).toEqual(
      expect.arrayContaining(["sm:ts:Kharkiv", "sm:ta:Kharkiv", "sm:ti:Kharkiv", "sm:td:Kharkiv", "sm:to:Kharkiv"]),
    );
    step = await press(chat, list, "sm:ta:Kharkiv");
    expect(step.answer.answer?.text).toBe("Saved.");
    expect(current(chat, list.messageId).text).toMatch(/What: strikes\n/);
    // The last kind cannot be switched off: the answer says so and nothing changes.
    step = await press(chat, list, "sm:ts:Kharkiv");
    expect(step.answer.answer?.text).toMatch(/Keep at least one/);
    expect(step.sent).toEqual([]);

    // "Step by step" re-opens the dialogue in the same message, pre-filled: the current choices are marked.
    await press(chat, list, "sm:e:Kharkiv");
    expect(current(chat, list.messageId).text).toMatch(/already follows Kharkiv/);
    expect(current(chat, list.messageId).data).toEqual(["sw:k:s", "sw:k:a", "sw:k:b", "sw:x"]);
    await press(chat, list, "sw:k:b");
    await press(chat, list, "sw:m:i");
    await press(chat, list, "sw:o:0");
    await press(chat, list, "sw:ok");
    expect(current(chat, list.messageId).text).toMatch(/Subscription updated\./);
    expect((await say(chat, "/subscriptions")).plainText).toMatch(
      /Kharkiv: strikes and aid news; instant alerts; the city only/,
    );

    step = await press(chat, list, "sm:v:Kharkiv");
    step = await press(chat, list, "sm:r:Kharkiv");
    expect(step.answer.answer?.text).toMatch(/Unsubscribed from Kharkiv/);
    expect(current(chat, list.messageId).text).toMatch(/No subscriptions yet/);
    expect(bot.logs({ msg: "update handling failed" })).toEqual([]);
  }, 60_000);

  test("cancel at any step: /cancel or the Cancel button; old buttons then get a friendly answer", async () => {
    const chat = 802;
    const start = await say(chat, "/subscribe");
    await press(chat, start, "sw:c:Odesa");
    expect(current(chat, start.messageId).text).toMatch(/What should I send about Odesa/);
    expect((await say(chat, "/cancel")).plainText).toMatch(/Cancelled\. Nothing was changed\./);
    const stale = await press(chat, start, "sw:k:s");
    expect(stale.answer.answer?.text).toMatch(/This dialogue has ended/);
    expect((await say(chat, "/cancel")).plainText).toMatch(/Nothing to cancel/);

    // A second /subscribe starts over; the first one's buttons are from an earlier step now.
    const first = await say(chat, "/subscribe");
    const again = await say(chat, "/subscribe");
    expect((await press(chat, first, "sw:c:Lviv")).answer.answer?.text).toMatch(/earlier step/);
    await press(chat, again, "sw:c:Lviv");
    await press(chat, again, "sw:x");
    expect(current(chat, again.messageId).text).toMatch(/Cancelled/);
    expect((await say(chat, "/subscriptions")).plainText).toMatch(/No subscriptions yet/);
  }, 30_000);

  test("in a group only the member who started the dialogue answers it", async () => {
    const group = -100_555;
    tg.addChat({ id: group, type: "supergroup", title: "Neighbours" });
    const [alice, bob] = [user(901), user(902)];
    tg.setMember(group, alice.id, "administrator");
    tg.setMember(group, bob.id, "administrator");
    const start = await say(group, "/subscribe", alice);
    expect(start.plainText).toMatch(/reply to this message/);
    const bobs = await press(group, start, "sw:c:Dnipro", bob);
    expect(bobs.answer.answer?.text).toMatch(/someone else started it/);
    expect(current(group, start.messageId).text).toMatch(/Which city\?/);
    // Bob's chatter in the group is not an answer to Alice's dialogue; Alice's reply to the bot is.
    const since = tg.lastSeq;
    const chatter = tg.sendUserMessage({ chatId: group, text: "Kyiv", from: bob, replyTo: start.messageId });
    await tg.waitForConfirmed(chatter.updateId, 10_000);
    expect(tg.sent({ chatId: group, since })).toEqual([]);
    const city = await say(group, "Dnipro", alice, start.messageId);
    expect(city.plainText).toMatch(/What should I send about Dnipro\?/);
    await say(group, "/cancel", alice);

    // An anonymous administrator writes as the group (from @GroupAnonymousBot) but presses buttons as
    // themselves: the dialogue they start still answers to them.
    const mark = tg.lastSeq;
    const chat = { id: group, type: "supergroup" as const, title: "Neighbours" };
    tg.enqueueUpdate({
      message: {
        message_id: 10_000,
        date: Math.floor(Date.now() / 1000),
        chat,
        sender_chat: chat,
        from: { id: 1087968824, is_bot: true, first_name: "Group", username: "GroupAnonymousBot" },
        text: "/subscribe",
        entities: [{ type: "bot_command", offset: 0, length: 10 }],
      },
    });
    const [anonymous] = await tg.waitForSent({ chatId: group, since: mark, kind: "send" }, 10_000);
    expect(buttons(anonymous)).toContain("sw:@c:Kyiv");
    await press(group, anonymous!, "sw:@c:Kyiv", alice);
    expect(current(group, anonymous!.messageId).text).toMatch(/What should I send about Kyiv\?/);
  }, 30_000);

  test("a restart in the middle of the dialogue: it resumes where it was and saves", async () => {
    const chat = 803;
    const olena = user(chat, "uk");
    await say(chat, "/subscribe", olena);
    const kinds = await say(chat, "Одеса", olena);
    expect(kinds.plainText).toMatch(/Що надсилати про місто Одеса\?/);
    await press(chat, kinds, "sw:k:s", olena);
    expect(current(chat, kinds.messageId).text).toMatch(/Як надсилати новини/);

    expect(await bot.stop("SIGTERM")).toBe(0);
    bot = await e2e.restart();

    await press(chat, kinds, "sw:m:i", olena);
    expect(current(chat, kinds.messageId).text).toMatch(/деінде в регіоні Одеська область/);
    await press(chat, kinds, "sw:o:0", olena);
    expect(current(chat, kinds.messageId).text).toMatch(/Перевірте й збережіть/);
    await press(chat, kinds, "sw:ok", olena);
    expect(current(chat, kinds.messageId).text).toMatch(/Підписку оформлено/);
    const list = await say(chat, "/subscriptions", olena);
    expect(list.plainText).toMatch(/Одеса: удари; миттєві сповіщення; лише місто/);
    expect(bot.logs({ msg: "update handling failed" })).toEqual([]);
  }, 60_000);

  test("/city with a period, paged with Next and Prev in place; /latest with a period; bad periods", async () => {
    const chat = 804;
    const three = await say(chat, "/city Kharkiv 3d");
    expect(three.plainText).toMatch(/Kharkiv: incidents in the last 3 days/);
    expect(three.plainText?.match(/Sources:/g)).toHaveLength(4);
    expect(buttons(three)).toEqual([]);

    const five = await say(chat, "/city Харків 5д");
    expect(five.plainText).toMatch(/Kharkiv: incidents in the last 5 days \(1–5 of 6\)/);
    expect(buttons(five)).toEqual(["pg:c:120:1:Kharkiv"]);
    let step = await press(chat, five, "pg:c:120:1:Kharkiv");
    expect(step.answer.answered).toBe(true);
    expect(step.sent.map((m) => [m.method, m.messageId])).toEqual([["editMessageText", five.messageId]]);
    expect(current(chat, five.messageId).text).toMatch(/\(6–6 of 6\)/);
    expect(current(chat, five.messageId).data).toEqual(["pg:c:120:0:Kharkiv"]);
    step = await press(chat, five, "pg:c:120:0:Kharkiv");
    expect(current(chat, five.messageId).text).toMatch(/\(1–5 of 6\)/);

    const latest = await say(chat, "/latest 48h");
    expect(latest.plainText).toMatch(/Last 48 hours across Ukraine/);
    expect(buttons(latest)).toEqual(["pg:l:48:1"]);
    await press(chat, latest, "pg:l:48:1");
    expect(current(chat, latest.messageId).text).toMatch(/incidents 1–3 of 3/);

    expect((await say(chat, "/city Kharkiv 45d")).plainText).toMatch(/from 1 hour to 30 days/);
    expect((await say(chat, "/city Kharkiv 3x")).plainText).toMatch(/didn't understand the period/);
    expect((await say(chat, "/latest 12год", user(chat, "uk"))).plainText).toMatch(/По Україні за 12 годин/);
  }, 30_000);

  test("malformed and unknown button data get a friendly answer, never an error", async () => {
    const chat = 805;
    const message = await say(chat, "/city Kharkiv");
    for (const data of [
      "pg:c:99999:0:Kharkiv",
      "pg:c:24:0:Atlantis",
      "pg:l:24:x",
      "sm:tz:Kharkiv",
      "zz:what",
      "city:",
    ]) {
      const { answer } = await press(chat, message, data);
      expect(answer.answered, data).toBe(true);
      expect(answer.answer?.text, data).toMatch(/no longer works/);
    }
    expect(bot.logs({ msg: "update handling failed" })).toEqual([]);
  }, 30_000);
});
