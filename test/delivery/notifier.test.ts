import pino from "pino";
import { expect, test } from "vitest";
import type { Incident } from "../../src/analysis/incidents.js";
import { AlertPlanner, alertJobId } from "../../src/delivery/notifier.js";
import { newSubscription, type QuietHours, type Subscription } from "../../src/store/index.js";
import { Store } from "../../src/store/store.js";
import { incident as buildIncident } from "../builders.js";

// 03:00 in Kyiv.
const NIGHT = new Date("2026-11-21T01:00:00Z");
const logger = pino({ level: "silent" });

async function setUp(now = NIGHT) {
  const store = await Store.open("memory://");
  const planner = new AlertPlanner(store, logger, () => now, { timezone: "Europe/Kyiv" });
  const chat = (chatId: number, subscriptions: Subscription[], quietHours: QuietHours | null = null) =>
    store.chats.update(chatId, (s) => ({ ...s, subscriptions, quietHours }), now);
  const strike = (overrides: Partial<Incident> = {}) =>
    buildIncident({ cities: ["Kharkiv"], occurredAt: now.toISOString(), ...overrides });
  return { store, planner, chat, strike };
}

const created = (incident: Incident) => [{ type: "created" as const, incident }];

test("one alert per covering subscription: city, oblast; not digest-only, not elsewhere", async () => {
  const { planner, chat, strike } = await setUp();
  await chat(1, [newSubscription("Kharkiv")]);
  await chat(2, [newSubscription("Chuhuiv", { includeOblast: true })]);
  await chat(3, [newSubscription("Kharkiv", { mode: "digest" })]);
  await chat(4, [newSubscription("Lviv")]);
  const jobs = await planner.plan(created(strike()), new Set());
  expect(jobs.map((j) => [j.kind, j.chatId]).sort()).toEqual([
    ["alert", 1],
    ["alert", 2],
  ]);
});

test("an alert already sent is never planned again; a material update follows it with the alert's message", async () => {
  const { store, planner, chat, strike } = await setUp();
  await chat(1, [newSubscription("Kharkiv")]);
  const first = strike();
  await store.outbox.record(alertJobId(first.id, 1), { messageId: 42, at: NIGHT.toISOString(), outcome: "sent" });
  expect(await planner.plan(created(first), new Set())).toEqual([]);
  const more = {
    ...first,
    killed: 3,
    revision: 2,
    sources: [...first.sources, { ...first.sources[0]!, reportId: "r-more" }],
  };
  const [update] = await planner.plan(
    [{ type: "updated", incident: more, previous: first, material: true }],
    new Set(),
  );
  expect(update).toMatchObject({ kind: "update", chatId: 1, replyTo: 42, alertSentAt: NIGHT.toISOString() });
});

test("a group that became a supergroup after its alert gets an update there, not a second alert", async () => {
  const { store, planner, chat, strike } = await setUp();
  await chat(-100, [newSubscription("Kharkiv")]);
  const first = strike();
  await store.outbox.record(alertJobId(first.id, -100), { messageId: 42, at: NIGHT.toISOString(), outcome: "sent" });
  await store.chats.migrate(-100, -1001234, NIGHT);
  // Re-reading the same incident plans nothing for either id.
  expect(await planner.plan(created(first), new Set())).toEqual([]);
  const more = {
    ...first,
    killed: 3,
    revision: 2,
    sources: [...first.sources, { ...first.sources[0]!, reportId: "r-more" }],
  };
  const jobs = await planner.plan([{ type: "updated", incident: more, previous: first, material: true }], new Set());
  // Message 42 lives in the old group: the update stands on its own in the supergroup.
  expect(jobs).toEqual([expect.objectContaining({ kind: "update", chatId: -1001234, replyTo: null })]);
  // A different incident in the supergroup is a first alert as usual.
  const other = strike({ id: "other-incident" });
  expect((await planner.plan(created(other), new Set())).map((j) => [j.kind, j.chatId])).toEqual([["alert", -1001234]]);
});

test("during quiet hours an alert is held for the morning digest and never sent later", async () => {
  const { store, planner, chat, strike } = await setUp();
  const quiet = { from: "23:00", to: "07:00", allowCasualties: false };
  await chat(1, [newSubscription("Kharkiv")], quiet);
  await chat(2, [newSubscription("Kharkiv")], { ...quiet, allowCasualties: true });
  await chat(3, [newSubscription("Kharkiv")], { from: "01:00", to: "02:00", allowCasualties: false });
  const night = strike({ killed: 2 });
  const jobs = await planner.plan(created(night), new Set());
  // Chat 2 lets casualties through; chat 3's quiet hours are over.
  expect(jobs.map((j) => j.chatId).sort()).toEqual([2, 3]);
  expect((await store.digests.held(1))?.incidentIds).toEqual([night.id]);
  expect(await store.outbox.sentRecord(alertJobId(night.id, 1))).toMatchObject({ outcome: "dropped" });

  // Without casualties chat 2 holds it too.
  const quietNight = strike({ killed: null, injured: null });
  expect((await planner.plan(created(quietNight), new Set())).map((j) => j.chatId)).toEqual([3]);
});

test("during quiet hours a group's alert is still edited in place, a private chat gets no reply", async () => {
  const { store, planner, chat, strike } = await setUp();
  const quiet = { from: "23:00", to: "07:00", allowCasualties: false };
  await chat(5, [newSubscription("Kharkiv")], quiet);
  await chat(-5, [newSubscription("Kharkiv")], quiet);
  const first = strike();
  for (const chatId of [5, -5])
    await store.outbox.record(alertJobId(first.id, chatId), { messageId: 7, at: NIGHT.toISOString(), outcome: "sent" });
  const more = {
    ...first,
    killed: 4,
    revision: 2,
    sources: [...first.sources, { ...first.sources[0]!, reportId: "r-4" }],
  };
  const jobs = await planner.plan([{ type: "updated", incident: more, previous: first, material: true }], new Set());
  expect(jobs.map((j) => [j.kind, j.chatId])).toEqual([["update", -5]]);
});
