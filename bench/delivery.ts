/**
 * `npm run bench` (second part): fan-out of one incident to 10,000 subscribed private chats through
 * the real path — AlertPlanner → persisted outbox → OutboxWorker — against FakeTelegram enforcing
 * Telegram's limits (30/s overall, 1/s per chat) and answering every call after 80 ms.
 *
 * Each store (SQLite in a temp dir, and memory) runs in its own child process, so its memory figures
 * are the bot side's alone; the fakes live in this process. The two run at the same time, each
 * against its own fake, to keep the whole benchmark under ~8 minutes (each needs 10,000 / 28 s).
 *
 *   npx tsx bench/delivery.ts [--chats 10000] [--only sqlite|memory]
 */
import { type ChildProcess, fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { Api } from "grammy";
import pino from "pino";
import { createI18n } from "../src/bot/i18n.js";
import { AlertPlanner } from "../src/delivery/notifier.js";
import { OutboxWorker } from "../src/delivery/outboxWorker.js";
import { TELEGRAM_LIMITS } from "../src/delivery/rateLimiter.js";
import { newSubscription } from "../src/store/index.js";
import { Store } from "../src/store/store.js";
import { incident as buildIncident } from "../test/builders.js";
import { FakeTelegram } from "../test/support/fakeTelegram.js";

const RESPONSE_DELAY_MS = 80;
const FIRST_CHAT = 100_000;
const CHILD_TIMEOUT_MS = 9 * 60_000;
const MB = 2 ** 20;

type Scenario = "sqlite" | "memory";

interface ChildResult {
  seedMs: number;
  planMs: number;
  /** SQLite only: reading 10,000 pending jobs back, as a restart does. */
  reloadMs: number | null;
  broadcastMs: number;
  stats: OutboxWorker["stats"];
  peakRss: number;
  peakHeap: number;
  endRss: number;
  endHeap: number;
}

// ---- child: the bot side ---------------------------------------------------------------------------

async function runChild(scenario: Scenario, apiRoot: string, token: string, chats: number): Promise<ChildResult> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-bench-"));
  const url = scenario === "sqlite" ? `sqlite://${join(dir, "bench.sqlite")}` : "memory://";
  try {
    const store = await Store.open(url);
    const now = new Date();

    // Seeding is not measured. ChatRepo.update rewrites the city's subscriber list each time, so on
    // SQLite it runs inside one transaction (one fsync instead of 20,000).
    const seedStart = performance.now();
    const sql = (store.keyv.store as { query?: (sql: string) => Promise<unknown> }).query;
    await sql?.call(store.keyv.store, "BEGIN");
    for (let i = 0; i < chats; i++) {
      await store.chats.update(
        FIRST_CHAT + i,
        (s) => ({ ...s, locale: i % 3 === 0 ? "uk" : "en", subscriptions: [newSubscription("Kharkiv")] }),
        now,
      );
    }
    await sql?.call(store.keyv.store, "COMMIT");
    const seedMs = performance.now() - seedStart;
    const incident = buildIncident({
      cities: ["Kharkiv"],
      occurredAt: now.toISOString(),
      updatedAt: now.toISOString(),
      killed: 2,
      injured: 14,
      summary: "Russian drones struck a residential building in Kharkiv overnight, the governor said.",
    });
    await store.incidents.save(incident, now);

    let peakRss = 0;
    let peakHeap = 0;
    const sample = () => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    };
    const sampler = setInterval(sample, 250);

    // Progress lines (pino JSON) go to stdout; the parent prints them compactly.
    const logger = pino({ level: "info", base: { scenario } });
    const worker = new OutboxWorker({
      api: new Api(token, { apiRoot }),
      store,
      i18n: createI18n("en"),
      logger,
      timezone: "Europe/Kyiv",
      defaultLocale: "en",
    });
    const planner = new AlertPlanner(store, logger, () => new Date());

    const start = performance.now();
    await planner.enqueue([{ type: "created", incident }], new Set());
    const planMs = performance.now() - start;
    let reloadMs: number | null = null;
    if (scenario === "sqlite") {
      const probe = await Store.open(url);
      const t = performance.now();
      await probe.outbox.load();
      reloadMs = performance.now() - t;
      await probe.close();
    }
    worker.start();
    await worker.idle();
    const broadcastMs = performance.now() - start;
    clearInterval(sampler);
    sample();
    const end = process.memoryUsage();
    const stats = worker.stats;
    await worker.stop();
    await store.close();
    return { seedMs, planMs, reloadMs, broadcastMs, stats, peakRss, peakHeap, endRss: end.rss, endHeap: end.heapUsed };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- parent: the fake Telegram and the report ---------------------------------------------------------

interface Report {
  scenario: Scenario;
  child: ChildResult;
  sent: number;
  lost: number;
  doubled: number;
  strays: number;
  rate: number;
  steadyRate: number;
  floods: number;
  floodKinds: Record<string, number>;
  maxPerSecond: number;
}

function runScenario(scenario: Scenario, chats: number): Promise<Report> {
  return (async () => {
    const token = `${scenario === "sqlite" ? 111 : 222}111:BENCH-${scenario}`;
    const fake = await FakeTelegram.start({ token, rateLimits: true, responseDelayMs: RESPONSE_DELAY_MS });
    const child = fork(fileURLToPath(import.meta.url), ["--child", scenario, fake.apiRoot, token, String(chats)], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    printProgress(child, scenario, chats);
    try {
      const result = await childResult(child);
      return report(scenario, result, fake, chats);
    } finally {
      child.kill();
      await fake.close();
    }
  })();
}

function printProgress(child: ChildProcess, scenario: Scenario, chats: number): void {
  const lines = createInterface({ input: child.stdout! });
  lines.on("line", (line) => {
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line);
    } catch {
      console.log(`[${scenario}] ${line}`);
      return;
    }
    if (entry.msg === "outbox progress") {
      const done = Number(entry.totalSent);
      console.log(
        `[${scenario.padEnd(6)}] ${String(done).padStart(5)}/${chats} sent · ${String(entry.queued).padStart(5)} queued · ` +
          `${entry.perSecond} msg/s · 429s ${entry.floods}`,
      );
    } else if (Number(entry.level) >= 40 || entry.msg === "alerts queued") {
      console.log(
        `[${scenario.padEnd(6)}] ${entry.msg} ${JSON.stringify({ ...entry, msg: undefined, level: undefined, time: undefined, pid: undefined, hostname: undefined, scenario: undefined })}`,
      );
    }
  });
}

function childResult(child: ChildProcess): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("benchmark child timed out")), CHILD_TIMEOUT_MS);
    child.once("message", (message) => {
      clearTimeout(timer);
      const m = message as { result?: ChildResult; error?: string };
      if (m.result) resolve(m.result);
      else reject(new Error(m.error ?? "no result"));
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`benchmark child exited with ${code}`));
    });
  });
}

function report(scenario: Scenario, child: ChildResult, fake: FakeTelegram, chats: number): Report {
  const sent = fake.sent({ method: "sendMessage" });
  const perChat = new Map<number, number>();
  for (const m of sent) perChat.set(m.chatId, (perChat.get(m.chatId) ?? 0) + 1);
  let lost = 0;
  let doubled = 0;
  for (let i = 0; i < chats; i++) {
    const n = perChat.get(FIRST_CHAT + i) ?? 0;
    if (n === 0) lost++;
    if (n > 1) doubled += n - 1;
  }
  const strays = sent.filter((m) => m.chatId < FIRST_CHAT || m.chatId >= FIRST_CHAT + chats).length;
  const times = sent.map((m) => m.time).sort((a, b) => a - b);
  const span = (from: number, to: number) => (to - from) / ((times[to]! - times[from]!) / 1000);
  const stats = fake.stats();
  return {
    scenario,
    child,
    sent: sent.length,
    lost,
    doubled,
    strays,
    rate: times.length > 1 ? span(0, times.length - 1) : 0,
    // Without the first and last 5%: the rate the pipeline holds once it runs.
    steadyRate: times.length > 20 ? span(Math.floor(times.length * 0.05), Math.floor(times.length * 0.95)) : 0,
    floods: stats.rate429,
    floodKinds: stats.rateLimited,
    maxPerSecond: stats.maxPerSecondObserved,
  };
}

function print(r: Report, chats: number): void {
  const c = r.child;
  const ok = r.lost === 0 && r.doubled === 0 && r.strays === 0;
  console.log(
    `\n${r.scenario === "sqlite" ? "SQLite (temp file)" : "memory"} store, ${chats.toLocaleString("en")} private chats`,
  );
  console.log(
    `  rate        ${r.rate.toFixed(2)} msg/s sustained (first to last message), ${r.steadyRate.toFixed(2)} msg/s steady (5–95%), ` +
      `target ≥ 27; busiest second at the fake ${r.maxPerSecond}`,
  );
  console.log(
    `  time        ${(c.broadcastMs / 1000).toFixed(1)} s from planning to the last answer; planning + enqueue ${c.planMs.toFixed(0)} ms` +
      (c.reloadMs !== null ? `; reading the 10k-job queue back (restart) ${c.reloadMs.toFixed(0)} ms` : "") +
      ` (seeding ${(c.seedMs / 1000).toFixed(1)} s, not counted)`,
  );
  console.log(
    `  429s        ${r.floods} (${Object.entries(r.floodKinds)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}); worker saw ${c.stats.floods}, retried 5xx ${c.stats.retries}; ` +
      `${c.stats.rebooked} sends re-booked after overrunning their slot`,
  );
  console.log(
    `  delivery    ${r.sent} sent: ${r.lost} lost, ${r.doubled} doubled, ${r.strays} to unknown chats — ${ok ? "OK" : "FAILED"}`,
  );
  console.log(
    `  memory      peak rss ${(c.peakRss / MB).toFixed(0)} MB, peak heap ${(c.peakHeap / MB).toFixed(0)} MB; ` +
      `at the end rss ${(c.endRss / MB).toFixed(0)} MB, heap ${(c.endHeap / MB).toFixed(0)} MB (bot side only)`,
  );
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { chats: { type: "string", default: "10000" }, only: { type: "string" } },
  });
  const chats = Number(values.chats);
  const scenarios: Scenario[] = values.only ? [values.only as Scenario] : ["sqlite", "memory"];
  console.log(
    `\nDelivery: one incident to ${chats.toLocaleString("en")} private chats, node ${process.version}; fake Telegram ` +
      `with its limits (30/s, 1/s per chat) answering after ${RESPONSE_DELAY_MS} ms; worker paced at ` +
      `${TELEGRAM_LIMITS.globalPerSecond}/s. Scenarios run side by side, each against its own fake.\n`,
  );
  const outcomes = await Promise.allSettled(scenarios.map((s) => runScenario(s, chats)));
  for (const [i, outcome] of outcomes.entries()) {
    if (outcome.status === "fulfilled") print(outcome.value, chats);
    else console.log(`\n${scenarios[i]}: failed: ${String(outcome.reason)}`);
  }
  const failed = outcomes.some(
    (o) => o.status === "rejected" || o.value.lost > 0 || o.value.doubled > 0 || o.value.strays > 0,
  );
  if (failed) process.exitCode = 1;
}

const childArgs = process.argv.indexOf("--child");
if (childArgs >= 0) {
  const [scenario, apiRoot, token, chats] = process.argv.slice(childArgs + 1);
  // The parent gone (Ctrl-C, a crash): stop rather than send into the void.
  process.on("disconnect", () => process.exit(1));
  runChild(scenario as Scenario, apiRoot!, token!, Number(chats))
    .then((result) => process.send?.({ result }, () => process.exit(0)))
    .catch((error: unknown) => {
      process.send?.({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }, () =>
        process.exit(1),
      );
    });
} else {
  await main();
}
