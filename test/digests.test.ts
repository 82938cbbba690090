import pino from "pino";
import { expect, test } from "vitest";
import { createI18n } from "../src/bot/i18n.js";
import { type DigestDelivery, DigestScheduler } from "../src/digests/scheduler.js";
import { newSubscription } from "../src/store/index.js";
import { Store } from "../src/store/store.js";
import { incident } from "./builders.js";
import { parseTelegramHtml } from "./support/fakeTelegram.js";

async function setUp(start: string) {
  const store = await Store.open("memory://");
  const clock = { now: new Date(start) };
  const delivered: DigestDelivery[] = [];
  const scheduler = new DigestScheduler({
    store,
    logger: pino({ level: "silent" }),
    i18n: createI18n("en"),
    timezone: "Europe/Kyiv",
    defaultLocale: "en",
    now: () => clock.now,
    deliver: async (d) => {
      delivered.push(d);
    },
  });
  return { store, clock, delivered, scheduler };
}

const at = (iso: string) => new Date(iso);

test("a digest goes out once at the chat's local time, covering the period since the last one", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-20T10:00:00Z");
  await store.chats.update(
    -100,
    (s) => ({ ...s, digest: { time: "08:00", cities: ["Kharkiv"], onQuiet: "line", lastSentAt: null } }),
    clock.now,
  );
  await scheduler.tick(); // first sight: remembers the slot, sends nothing
  expect(delivered).toHaveLength(0);

  await store.incidents.save(
    incident({ cities: ["Kharkiv"], injured: 22, occurredAt: "2026-11-20T23:00:00.000Z" }),
    clock.now,
  );
  await store.incidents.save(
    incident({ cities: ["Odesa"], killed: 1, occurredAt: "2026-11-20T23:30:00.000Z" }),
    clock.now,
  );
  clock.now = at("2026-11-21T05:59:00Z"); // 07:59 Kyiv
  await scheduler.tick();
  expect(delivered).toHaveLength(0);
  clock.now = at("2026-11-21T06:00:30Z"); // 08:00 Kyiv
  await scheduler.tick();
  await scheduler.tick();
  expect(delivered).toHaveLength(1);
  const text = parseTelegramHtml(delivered[0]!.messages.join("\n")).text;
  expect(text).toMatch(/Digest: Kharkiv/);
  expect(text).toMatch(/Kharkiv · attack · 22 injured/);
  expect(text).not.toMatch(/Odesa/);
  expect(delivered[0]!.id).toBe("digest:-100:2026-11-21T06:00:00.000Z");
});

test("nothing to report: a quiet line, or nothing when the chat chose so", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-20T10:00:00Z");
  await store.chats.update(
    1,
    (s) => ({ ...s, digest: { time: "08:00", cities: ["Lviv"], onQuiet: "line", lastSentAt: null } }),
    clock.now,
  );
  await store.chats.update(
    2,
    (s) => ({ ...s, digest: { time: "08:00", cities: ["Lviv"], onQuiet: "skip", lastSentAt: null } }),
    clock.now,
  );
  await scheduler.tick();
  clock.now = at("2026-11-21T06:01:00Z");
  await scheduler.tick();
  expect(delivered.map((d) => d.chatId)).toEqual([1]);
  expect(delivered[0]!.messages[0]).toMatch(/Quiet/);
});

test("a slot missed while the bot was down is sent once within the hour, skipped after it", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-20T10:00:00Z");
  await store.chats.update(
    1,
    (s) => ({ ...s, digest: { time: "08:00", cities: null, onQuiet: "line", lastSentAt: null } }),
    clock.now,
  );
  await store.chats.update(
    2,
    (s) => ({ ...s, digest: { time: "07:00", cities: null, onQuiet: "line", lastSentAt: null } }),
    clock.now,
  );
  await scheduler.tick();
  clock.now = at("2026-11-21T06:40:00Z"); // back at 08:40 Kyiv: 08:00 is 40 min late, 07:00 is 100 min late
  await scheduler.tick();
  expect(delivered.map((d) => d.chatId)).toEqual([1]);
  clock.now = at("2026-11-22T05:00:00Z"); // next day 07:00 Kyiv
  await scheduler.tick();
  expect(delivered.map((d) => d.chatId)).toEqual([1, 2]);
});

test("alerts held during quiet hours arrive together when they end", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-20T18:00:00Z");
  await store.chats.update(
    5,
    (s) => ({
      ...s,
      subscriptions: [newSubscription("Dnipro")],
      quietHours: { from: "23:00", to: "07:00", allowCasualties: false },
    }),
    clock.now,
  );
  await scheduler.tick();
  const night = incident({ cities: ["Dnipro"], injured: 3, occurredAt: "2026-11-21T01:00:00.000Z" });
  await store.incidents.save(night, clock.now);
  await store.digests.hold(5, night.id, at("2026-11-21T01:05:00Z"));
  clock.now = at("2026-11-21T05:00:10Z"); // 07:00 Kyiv
  await scheduler.tick();
  expect(delivered).toHaveLength(1);
  expect(parseTelegramHtml(delivered[0]!.messages[0]!).text).toMatch(/While alerts were held: Dnipro[\s\S]*3 injured/);
  expect(await store.digests.held(5)).toBeUndefined();
  clock.now = at("2026-11-22T05:00:10Z");
  await scheduler.tick();
  expect(delivered).toHaveLength(1); // nothing held the next night: no message
});

test("digests speak the chat's language", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-20T10:00:00Z");
  await store.chats.update(
    9,
    (s) => ({ ...s, locale: "uk", digest: { time: "08:00", cities: ["Kyiv"], onQuiet: "line", lastSentAt: null } }),
    clock.now,
  );
  await scheduler.tick();
  clock.now = at("2026-11-21T06:00:00Z");
  await scheduler.tick();
  expect(delivered[0]!.messages[0]).toMatch(/Дайджест: Київ/);
});

test("a digest created with subscriptions stops when none asks for it; a bare channel digest covers Ukraine", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-20T10:00:00Z");
  const digest = { time: "08:00", cities: null, onQuiet: "line" as const, lastSentAt: null };
  await store.chats.update(21, (s) => ({ ...s, subscriptions: [newSubscription("Sumy")], digest }), clock.now);
  await store.chats.update(-1001, (s) => ({ ...s, digest }), clock.now);
  await scheduler.tick();
  clock.now = at("2026-11-21T06:00:00Z");
  await scheduler.tick();
  expect(delivered.map((d) => d.chatId)).toEqual([-1001]);
  expect(delivered[0]!.messages[0]).toMatch(/Digest: Ukraine/);
});

test("set up a minute before its time and first seen at that time: the digest still goes out", async () => {
  const { store, clock, delivered, scheduler } = await setUp("2026-11-21T05:59:30Z"); // 07:59:30 Kyiv
  await store.chats.update(
    31,
    (s) => ({ ...s, digest: { time: "08:00", cities: null, onQuiet: "line", lastSentAt: null } }),
    clock.now,
  );
  clock.now = at("2026-11-21T06:00:00Z");
  await scheduler.tick();
  await scheduler.tick();
  expect(delivered.map((d) => d.chatId)).toEqual([31]);
});
