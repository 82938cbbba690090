import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Api } from "grammy";
import pino from "pino";
import { afterAll, afterEach, describe, expect, test } from "vitest";
import type { Incident } from "../../src/analysis/incidents.js";
import { createI18n } from "../../src/bot/i18n.js";
import { AlertPlanner } from "../../src/delivery/notifier.js";
import { OutboxWorker, type OutboxWorkerDeps } from "../../src/delivery/outboxWorker.js";
import { type RateLimits, SendRateLimiter } from "../../src/delivery/rateLimiter.js";
import { type ChatSettings, newSubscription } from "../../src/store/index.js";
import type { OutboxJob } from "../../src/store/outbox.js";
import { Store } from "../../src/store/store.js";
import { incident as buildIncident } from "../builders.js";
import { FakeTelegram, type FakeTelegramOptions } from "../support/fakeTelegram.js";

// The real worker, planner and store against the fake Bot API in this process, with fast windows.
const TOKEN = "123456:TEST-delivery-worker";
const FAST: RateLimits = { globalPerSecond: 400, privateIntervalMs: 20, groupPerMinute: 1000, groupIntervalMs: 10 };
const i18n = createI18n("en");
const dir = mkdtempSync(join(tmpdir(), "sitrep-worker-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Harness {
  tg: FakeTelegram;
  store: Store;
  worker: OutboxWorker;
  planner: AlertPlanner;
  logs: Array<Record<string, unknown>>;
  /** Stops the worker and closes the store (once). */
  close: () => Promise<void>;
}

const open: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of open.splice(0)) await close();
});

async function harness(
  options: {
    fake?: Partial<FakeTelegramOptions>;
    storage?: string;
    worker?: Partial<OutboxWorkerDeps>;
    tg?: FakeTelegram;
  } = {},
): Promise<Harness> {
  const tg = options.tg ?? (await FakeTelegram.start({ token: TOKEN, ...options.fake }));
  const store = await Store.open(options.storage ?? "memory://");
  const logs: Array<Record<string, unknown>> = [];
  const logger = pino({ level: "debug" }, { write: (line: string) => logs.push(JSON.parse(line)) });
  const worker = new OutboxWorker({
    api: new Api(TOKEN, { apiRoot: tg.apiRoot }),
    store,
    i18n,
    logger,
    timezone: "Europe/Kyiv",
    defaultLocale: "en",
    limiter: new SendRateLimiter(FAST),
    retry: { baseMs: 20, maxMs: 100 },
    ...options.worker,
  });
  const planner = new AlertPlanner(store, logger, () => new Date());
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await worker.stop();
      await store.close();
      if (!options.tg) await tg.close();
    })();
    return closing;
  };
  open.push(close);
  return { tg, store, worker, planner, logs, close };
}

async function subscribe(store: Store, chatId: number, extra: Partial<ChatSettings> = {}, city = "Kharkiv") {
  await store.chats.update(chatId, (s) => ({ ...s, subscriptions: [newSubscription(city)], ...extra }), new Date());
}

async function newIncident(store: Store, overrides: Partial<Incident> = {}): Promise<Incident> {
  const now = new Date().toISOString();
  const incident = buildIncident({ cities: ["Kharkiv"], occurredAt: now, updatedAt: now, killed: 1, ...overrides });
  await store.incidents.save(incident, new Date());
  return incident;
}

/** The incident with more casualties from one more source: a material update. */
async function moreCasualties(store: Store, incident: Incident, killed: number): Promise<Incident> {
  const source = {
    ...incident.sources[0]!,
    reportId: `${incident.id}-r${killed}`,
    killed,
    title: `Now ${killed} killed`,
  };
  const updated = { ...incident, killed, revision: incident.revision + 1, sources: [...incident.sources, source] };
  await store.incidents.save(updated, new Date());
  return updated;
}

async function broadcast(h: Harness, incident: Incident): Promise<void> {
  await h.planner.enqueue([{ type: "created", incident }], new Set());
  h.worker.start();
  await h.worker.idle();
}

async function update(h: Harness, previous: Incident, incident: Incident): Promise<void> {
  await h.planner.enqueue([{ type: "updated", incident, previous, material: true }], new Set());
  await h.worker.idle();
}

const sends = (tg: FakeTelegram, chatId: number) => tg.calls({ method: "sendMessage", chatId });

describe("OutboxWorker against the fake Bot API", () => {
  test("a fan-out reaches every subscriber exactly once, with several requests in flight", async () => {
    const h = await harness({ fake: { responseDelayMs: 20 } });
    const chats = [...Array.from({ length: 40 }, (_, i) => 1000 + i), -501, -502];
    for (const chatId of chats) await subscribe(h.store, chatId);
    await broadcast(h, await newIncident(h.store));
    for (const chatId of chats) {
      const got = h.tg.sent({ chatId });
      expect(got).toHaveLength(1);
      expect(got[0]!.plainText).toMatch(/New incident[\s\S]*Kharkiv/);
      expect(got[0]!.parseMode).toBe("HTML");
    }
    expect(h.tg.stats().maxConcurrentRequests).toBeGreaterThan(1);
    expect(h.worker.stats).toMatchObject({ sent: chats.length, dropped: 0, queued: 0 });
  });

  test("a user who blocked the bot: chat paused with its subscriptions kept, nothing retried", async () => {
    const h = await harness();
    await subscribe(h.store, 77);
    await subscribe(h.store, 78);
    h.tg.setFault(77, { kind: "blocked" });
    await h.store.outbox.enqueue([
      { id: "digest:x:77", chatId: 77, kind: "digest", parts: ["later"], createdAt: "", attempts: 0 },
    ]);
    await broadcast(h, await newIncident(h.store));
    const settings = await h.store.chats.get(77);
    expect(settings?.paused).toBe(true);
    expect(settings?.subscriptions.map((s) => s.city)).toEqual(["Kharkiv"]);
    // One refused call; the digest queued behind the alert was dropped without trying.
    expect(sends(h.tg, 77)).toHaveLength(1);
    expect(h.tg.sent({ chatId: 78 })).toHaveLength(1);
    expect((await h.store.outbox.sentRecord("digest:x:77"))?.outcome).toBe("dropped");
    expect(await h.store.outbox.pendingCount()).toBe(0);
  });

  test("a group that became a supergroup: the alert arrives there and the settings move", async () => {
    const h = await harness();
    await subscribe(h.store, -600, { locale: "uk" });
    h.tg.migrateGroup(-600, -100600);
    await broadcast(h, await newIncident(h.store));
    expect(h.tg.sent({ chatId: -600 })).toHaveLength(0);
    const [alert] = h.tg.sent({ chatId: -100600 });
    expect(alert?.plainText).toMatch(/Нова подія/);
    expect(h.tg.sent({ chatId: -100600 })).toHaveLength(1);
    expect(await h.store.chats.get(-100600)).toMatchObject({ locale: "uk", paused: false });
    expect((await h.store.chats.get(-100600))?.subscriptions.map((s) => s.city)).toEqual(["Kharkiv"]);
    expect(await h.store.chats.subscribersOf("Kharkiv")).toEqual([-100600]);
  });

  test("429 with retry_after: delivered after waiting, nothing doubled", async () => {
    const h = await harness();
    await subscribe(h.store, 90);
    await subscribe(h.store, 91);
    h.tg.setFault(90, { kind: "flood", retryAfter: 1, times: 1 });
    await broadcast(h, await newIncident(h.store));
    const calls = sends(h.tg, 90);
    expect(calls.map((c) => c.status)).toEqual([429, 200]);
    expect(calls[1]!.time - calls[0]!.time).toBeGreaterThanOrEqual(900);
    expect(h.tg.sent({ chatId: 90 })).toHaveLength(1);
    expect(h.tg.sent({ chatId: 91 })).toHaveLength(1);
    expect(h.worker.stats.floods).toBe(1);
  });

  test("5xx twice, then OK: delivered once, with the attempts remembered meanwhile", async () => {
    const h = await harness();
    await subscribe(h.store, 95);
    h.tg.setFault(95, { kind: "serverError", times: 2 });
    await broadcast(h, await newIncident(h.store));
    expect(sends(h.tg, 95).map((c) => c.status)).toEqual([502, 502, 200]);
    expect(h.tg.sent({ chatId: 95 })).toHaveLength(1);
    expect(h.worker.stats.retries).toBe(2);
  });

  test("a message Telegram keeps refusing with 5xx is given up after the last attempt", async () => {
    const h = await harness({ worker: { retry: { baseMs: 5, maxMs: 10, maxAttempts: 3 } } });
    await subscribe(h.store, 96);
    h.tg.setFault(96, { kind: "serverError", status: 500 });
    await broadcast(h, await newIncident(h.store));
    expect(sends(h.tg, 96)).toHaveLength(3);
    expect(h.logs.some((l) => l.msg === "giving up on a message after repeated failures")).toBe(true);
  });

  test("other 400s are logged and dropped, not retried", async () => {
    const h = await harness();
    await subscribe(h.store, 97);
    h.tg.setFault(97, { kind: "error", code: 400, description: "Bad Request: chat not found" });
    await broadcast(h, await newIncident(h.store));
    expect(sends(h.tg, 97)).toHaveLength(1);
    expect(h.logs.find((l) => l.msg === "Telegram refused the message; dropped")).toMatchObject({ level: 50 });
    expect((await h.store.chats.get(97))?.paused).toBe(false);
  });

  test("forum topics: alerts go into the chat's topic; a closed topic pauses the chat", async () => {
    const h = await harness();
    await subscribe(h.store, -100800, { threadId: 5 });
    await subscribe(h.store, -100900, { threadId: 7 });
    h.tg.setFault(-100900, { kind: "topicClosed" });
    await broadcast(h, await newIncident(h.store));
    expect(h.tg.sent({ chatId: -100800 }).map((m) => m.messageThreadId)).toEqual([5]);
    expect(sends(h.tg, -100900).map((c) => [c.status, c.params.message_thread_id])).toEqual([[400, 7]]);
    expect((await h.store.chats.get(-100900))?.paused).toBe(true);
    expect((await h.store.chats.get(-100800))?.paused).toBe(false);
  });

  test("in a group an update edits the alert in place; the same figures again are not an error", async () => {
    const h = await harness();
    await subscribe(h.store, -700);
    const first = await newIncident(h.store);
    await broadcast(h, first);
    const [alert] = h.tg.sent({ chatId: -700 });
    const second = await moreCasualties(h.store, first, 4);
    await update(h, first, second);
    const [edit] = h.tg.sent({ chatId: -700, kind: "edit" });
    expect(edit?.messageId).toBe(alert!.messageId);
    expect(edit?.plainText).toMatch(/^🟠 Update: Kharkiv: 4 killed\n/);
    expect(edit?.plainText).toMatch(/Kharkiv · .*4 killed/);
    // A second update job that changes nothing visible: Telegram says "not modified", which is success.
    const third = { ...second, revision: second.revision + 1 };
    await h.store.incidents.save(third, new Date());
    await update(h, second, { ...third, sources: [...third.sources, { ...third.sources[0]!, reportId: "again" }] });
    expect(h.tg.calls({ method: "editMessageText", chatId: -700 }).map((c) => c.status)).toEqual([200, 400]);
    expect(h.tg.sent({ chatId: -700, kind: "send" })).toHaveLength(1);
    expect((await h.store.outbox.sentRecord(`update:${first.id}:${third.revision}:-700`))?.outcome).toBe("sent");
  });

  test("in a private chat an update is a short reply to the alert", async () => {
    const h = await harness();
    await subscribe(h.store, 701);
    const first = await newIncident(h.store);
    await broadcast(h, first);
    const [alert] = h.tg.sent({ chatId: 701 });
    await update(h, first, await moreCasualties(h.store, first, 6));
    const messages = h.tg.sent({ chatId: 701 });
    expect(messages).toHaveLength(2);
    expect(messages[1]).toMatchObject({ kind: "send", replyToMessageId: alert!.messageId });
    expect(messages[1]!.plainText).toMatch(/^🟠 Update: Kharkiv: 6 killed/);
    expect(h.tg.sent({ chatId: 701, kind: "edit" })).toHaveLength(0);
  });

  test("a group alert too old to edit, or one Telegram will not edit, gets a reply instead", async () => {
    const h = await harness();
    await subscribe(h.store, -702);
    await subscribe(h.store, -703);
    const first = await newIncident(h.store);
    await broadcast(h, first);
    const [old] = h.tg.sent({ chatId: -702 });
    const [gone] = h.tg.sent({ chatId: -703 });
    const updated = await moreCasualties(h.store, first, 9);
    const job = (chatId: number, replyTo: number, alertSentAt: string): OutboxJob => ({
      id: `update:${first.id}:9:${chatId}`,
      chatId,
      kind: "update",
      incidentId: updated.id,
      replyTo,
      alertSentAt,
      createdAt: new Date().toISOString(),
      attempts: 0,
    });
    h.tg.setFault(-703, {
      kind: "error",
      code: 400,
      description: "Bad Request: message can't be edited",
      methods: ["editMessageText"],
    });
    await h.store.outbox.enqueue([
      job(-702, old!.messageId, new Date(Date.now() - 49 * 3_600_000).toISOString()),
      job(-703, gone!.messageId, new Date().toISOString()),
    ]);
    await h.worker.idle();
    expect(h.tg.calls({ method: "editMessageText", chatId: -702 })).toHaveLength(0);
    for (const [chatId, original] of [
      [-702, old!],
      [-703, gone!],
    ] as const) {
      const reply = h.tg.sent({ chatId }).at(-1)!;
      expect(reply).toMatchObject({ kind: "send", replyToMessageId: original.messageId });
      expect(reply.plainText).toMatch(/Update: Kharkiv: 9 killed/);
    }
  });

  test("a long digest is split under 4096 characters and sent in order; alerts go first", async () => {
    const h = await harness({ worker: { limiter: new SendRateLimiter({ ...FAST, globalPerSecond: 50 }) } });
    const paragraphs = Array.from({ length: 30 }, (_, i) => `<b>Paragraph ${i + 1}</b> ${"word ".repeat(60)}`);
    await h.store.outbox.enqueue([
      {
        id: "digest:long:801",
        chatId: 801,
        kind: "digest",
        parts: [paragraphs.join("\n\n")],
        createdAt: "",
        attempts: 0,
      },
      { id: "digest:short:802", chatId: 802, kind: "digest", parts: ["<b>Quiet</b> day"], createdAt: "", attempts: 0 },
    ]);
    await subscribe(h.store, 803);
    await broadcast(h, await newIncident(h.store));
    const parts = h.tg.sent({ chatId: 801 });
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(part.plainText!.length).toBeLessThanOrEqual(4096);
    const words = (text: string) =>
      text
        .replace(/<\/?b>/g, "")
        .split(/\s+/)
        .filter(Boolean);
    expect(parts.flatMap((p) => words(p.plainText!))).toEqual(paragraphs.flatMap(words));
    const order = h.tg.sent().map((m) => m.chatId);
    expect(order.indexOf(803)).toBeLessThan(order.indexOf(801));
    expect(order.indexOf(803)).toBeLessThan(order.indexOf(802));
    expect((await h.store.outbox.sentRecord("digest:long:801"))?.messageIds).toEqual(parts.map((p) => p.messageId));
  });

  test("a digest with a render key is rendered at send time in the chat's language", async () => {
    const h = await harness({
      worker: {
        renderers: {
          daily: async (job, { view }) => [`${view.locale}: ${String(job.render?.params?.day)}`],
        },
      },
    });
    await subscribe(h.store, 811, { locale: "uk" });
    await h.store.outbox.enqueue([
      {
        id: "digest:d:811",
        chatId: 811,
        kind: "digest",
        render: { key: "daily", params: { day: "Monday" } },
        createdAt: "",
        attempts: 0,
      },
      { id: "digest:d:812", chatId: 812, kind: "digest", render: { key: "missing" }, createdAt: "", attempts: 0 },
    ]);
    h.worker.start();
    await h.worker.idle();
    expect(h.tg.sent({ chatId: 811 }).map((m) => m.plainText)).toEqual(["uk: Monday"]);
    expect(await h.store.outbox.sentRecord("digest:d:812")).toMatchObject({ outcome: "dropped" });
  });

  test("a restart in the middle of a broadcast resumes the rest and repeats nothing", async () => {
    const storage = `sqlite://${join(dir, "restart.sqlite")}`;
    const tg = await FakeTelegram.start({ token: TOKEN, responseDelayMs: 5 });
    open.push(() => tg.close());
    const slow = { limiter: new SendRateLimiter({ ...FAST, globalPerSecond: 40 }) };
    const first = await harness({ tg, storage, worker: slow });
    const chats = Array.from({ length: 60 }, (_, i) => 2000 + i);
    for (const chatId of chats) await subscribe(first.store, chatId);
    await first.planner.enqueue([{ type: "created", incident: await newIncident(first.store) }], new Set());
    first.worker.start();
    await tg.waitForSent({ count: 15 }, 10_000);
    await first.close();
    const sentBefore = tg.sent().length;
    expect(sentBefore).toBeLessThan(chats.length);

    const second = await harness({ tg, storage });
    second.worker.start();
    await second.worker.idle();
    for (const chatId of chats) expect(tg.sent({ chatId })).toHaveLength(1);
    expect(second.logs.find((l) => l.msg === "outbox resumed")).toMatchObject({ queued: chats.length - sentBefore });
  });

  test("when storage fails after Telegram's answer, the outcome is written again, the message is not resent", async () => {
    const h = await harness();
    await subscribe(h.store, 850);
    const finish = h.store.outbox.finish.bind(h.store.outbox);
    let failures = 1;
    h.store.outbox.finish = async (job, record) => {
      if (failures-- > 0) throw new Error("SQLITE_BUSY: database is locked");
      return finish(job, record);
    };
    await broadcast(h, await newIncident(h.store));
    expect(h.tg.sent({ chatId: 850 })).toHaveLength(1);
    expect(await h.store.outbox.pendingCount()).toBe(0);
    expect(h.logs.some((l) => l.msg === "could not record the outcome; retrying")).toBe(true);
  });

  test("a big broadcast logs its progress with the queue length", async () => {
    const h = await harness({ worker: { progress: { everyMessages: 10, everyMs: 60_000 } } });
    for (let i = 0; i < 35; i++) await subscribe(h.store, 3000 + i);
    await broadcast(h, await newIncident(h.store));
    const progress = h.logs.filter((l) => l.msg === "outbox progress");
    expect(progress.map((l) => l.totalSent)).toEqual([10, 20, 30]);
    expect(progress.map((l) => l.queued)).toEqual([25, 15, 5]);
    expect(h.logs.find((l) => l.msg === "outbox drained")).toMatchObject({ level: 30 });
  });
});
