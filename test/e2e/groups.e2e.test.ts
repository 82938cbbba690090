import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";
import type { FeedItem } from "../support/rssServer.js";

// The real bot process against the fake Bot API: groups with administrators and members, a channel
// configured by its own posts, a user who blocks the bot, a group upgraded to a supergroup. The
// alerts at the end show which chats are active.
const TOKEN = "123456:TEST-groups-e2e";
const BOT = "sitrep_groups_bot";
const HOUR = 3_600_000;

const GROUP = -7001;
const MIGRATING = -7002;
const SUPERGROUP = -1007002;
const CHANNEL = -1007003;
const BLOCKER = 201;
const ADMIN = { id: 101, first_name: "Oksana", language_code: "en" };
const MEMBER = { id: 102, first_name: "Petro", language_code: "en" };

const oldNews: FeedItem = {
  guid: "old-1",
  title: "Parliament debates the budget",
  link: "https://news.example/budget",
  content: "<p>Lawmakers in Kyiv debated the draft budget on Tuesday.</p>",
  pubDate: new Date(Date.now() - 5 * HOUR),
};

const kharkivStrike: FeedItem = {
  guid: "kh-new",
  title: "Russian drones strike Kharkiv, 7 injured",
  link: "https://news.example/kharkiv-new",
  content:
    "<p>Russian forces attacked Kharkiv with attack drones, injuring seven people, Governor Oleh Syniehubov said.</p>",
  pubDate: new Date(),
};

const odesaStrike: FeedItem = {
  guid: "od-new",
  title: "Drone attack on Odesa damages port, two killed",
  link: "https://news.example/odesa-port-new",
  content:
    "<p>Two people were killed and five injured when Russian drones hit port infrastructure in Odesa overnight.</p>",
  pubDate: new Date(),
};

describe("groups and channels end to end", () => {
  let e2e: E2eBot;
  let telegram: FakeTelegram;
  let bot: BotProcess;
  const items: FeedItem[] = [oldNews];
  const publish = () => e2e.publish(items);

  /** Sends a message and returns the bot's first reply in that chat. */
  async function say(options: Parameters<FakeTelegram["sendUserMessage"]>[0]) {
    const since = telegram.lastSeq;
    telegram.sendUserMessage(options);
    const [reply] = await telegram.waitForSent({ chatId: options.chatId, since }, 10_000);
    return reply!;
  }

  beforeAll(async () => {
    e2e = await startE2eBot({
      token: TOKEN,
      botUsername: BOT,
      items,
      env: { POLL_CRON: "*/2 * * * * *" },
      setUp(fake) {
        fake.addChat({ id: GROUP, type: "group", title: "Neighbours" });
        fake.setMember(GROUP, ADMIN.id, "administrator");
        fake.addChat({ id: MIGRATING, type: "group", title: "Odesa friends" });
        fake.setMember(MIGRATING, ADMIN.id, "creator");
        fake.addChat({ id: CHANNEL, type: "channel", title: "City News", username: "citynews_e2e" });
      },
    });
    ({ telegram, bot } = e2e);
  }, 60_000);

  afterAll(() => e2e?.close());

  test("in a group, /subscribe is refused for a member and accepted for an administrator", async () => {
    const refused = await say({ chatId: GROUP, text: "/subscribe Kharkiv", from: MEMBER });
    expect(refused.plainText).toMatch(/only administrators of this chat/);
    await bot.waitForLog({ msg: "settings change refused", fields: { chat: GROUP, user: MEMBER.id } });

    const accepted = await say({ chatId: GROUP, text: `/subscribe@${BOT} Kharkiv`, from: ADMIN });
    expect(accepted.plainText).toMatch(/Kharkiv/);
    expect(accepted.plainText).not.toMatch(/only administrators/);

    // Another bot's command is not ours to answer; a read-only one is for everyone.
    const since = telegram.lastSeq;
    telegram.sendUserMessage({ chatId: GROUP, text: "/subscribe@OtherBot Lviv", from: MEMBER });
    const help = await say({ chatId: GROUP, text: `/help@${BOT}`, from: MEMBER });
    expect(help.plainText).toMatch(/\/city/);
    expect(telegram.sent({ chatId: GROUP, since })).toHaveLength(1);
  });

  test("a channel is configured by a post in the channel", async () => {
    const set = await say({ chatId: CHANNEL, text: "/digest 08:00 Kyiv,Kharkiv" });
    expect(set.plainText).toMatch(/Daily digest set: every day at 08:00 \(Europe\/Kyiv\), covering Kyiv, Kharkiv\./);
    const shown = await say({ chatId: CHANNEL, text: "/digest" });
    expect(shown.plainText).toMatch(/Daily digest at 08:00 \(Europe\/Kyiv\): Kyiv, Kharkiv\./);
    const quiet = await say({ chatId: CHANNEL, text: "/quiet 23:00-07:00 casualties" });
    expect(quiet.plainText).toMatch(/Quiet hours set: 23:00–07:00/);
  });

  test("an administrator of the channel changes it from a private chat", async () => {
    const user = { id: 301, first_name: "Marta", language_code: "uk" };
    telegram.setMember(CHANNEL, user.id, "administrator");
    const reply = await say({ chatId: user.id, text: "/digest @citynews_e2e 09:30 Odesa quiet:skip", from: user });
    expect(reply.plainText).toMatch(/^Канал City News:\nЩоденний дайджест налаштовано: щодня о 09:30/);
    const shown = await say({ chatId: CHANNEL, text: "/digest" });
    expect(shown.plainText).toMatch(
      /Daily digest at 09:30 \(Europe\/Kyiv\): Odesa\.\nOn a day with nothing to report, no digest/,
    );
  });

  test("a user who blocks the bot is paused", async () => {
    const ok = await say({
      chatId: BLOCKER,
      text: "/subscribe Kharkiv",
      from: { id: BLOCKER, first_name: "Ivan", language_code: "en" },
    });
    expect(ok.plainText).toMatch(/Kharkiv/);
    const mark = bot.mark();
    telegram.setMyChatMember({ chatId: BLOCKER, newStatus: "kicked" });
    await bot.waitForLog(
      { msg: "bot membership changed", fields: { event: "blocked", chat: BLOCKER, paused: true, subscriptions: 1 } },
      10_000,
      mark,
    );
  });

  test("a group upgraded to a supergroup keeps its subscription", async () => {
    const ok = await say({ chatId: MIGRATING, text: "/subscribe Odesa", from: ADMIN });
    expect(ok.plainText).toMatch(/Odesa/);
    const mark = bot.mark();
    telegram.migrateGroup(MIGRATING, SUPERGROUP);
    await bot.waitForLog(
      { msg: "group migrated to a supergroup", fields: { from: MIGRATING, to: SUPERGROUP, moved: true } },
      10_000,
      mark,
    );
    // The new supergroup's admins are the old group's; its settings answer there.
    const quiet = await say({ chatId: SUPERGROUP, text: "/quiet 23:00-07:00", from: ADMIN });
    expect(quiet.plainText).toMatch(/Quiet hours set/);
    await say({ chatId: SUPERGROUP, text: "/quiet off", from: ADMIN });
  });

  test("new incidents reach the group and the supergroup, not the blocked user or the old group id", async () => {
    const since = telegram.lastSeq;
    const started = Date.now();
    items.push(kharkivStrike, odesaStrike);
    publish();
    const [kharkiv] = await telegram.waitForSent({ chatId: GROUP, since }, 20_000);
    expect(kharkiv!.plainText).toMatch(/New incident/);
    expect(kharkiv!.plainText).toMatch(/Kharkiv/);
    const [odesa] = await telegram.waitForSent({ chatId: SUPERGROUP, since }, 20_000);
    expect(odesa!.plainText).toMatch(/Odesa/);

    // A full poll later, still nothing was even attempted for the paused chat or the old id.
    await bot.waitForLog({ msg: "poll finished" }, 10_000, bot.mark());
    const callsTo = (chatId: number) =>
      telegram.calls({ method: "sendMessage", chatId }).filter((c) => c.time >= started);
    expect(callsTo(BLOCKER)).toEqual([]);
    expect(callsTo(MIGRATING)).toEqual([]);
    expect(telegram.sent({ chatId: GROUP, since })).toHaveLength(1);
  }, 40_000);
});
