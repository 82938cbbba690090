import type { I18n } from "@grammyjs/i18n";
import type { Api } from "grammy";
import type { BotContext } from "../bot/context.js";
import type { View } from "../bot/format/incident.js";
import type { Logger } from "../logger.js";
import type { ChatSettings } from "../store/index.js";
import { type DigestJob, JOB_PRIORITY, type OutboxJob, type SentRecord } from "../store/outbox.js";
import type { Store } from "../store/store.js";
import { classifySendError } from "./errors.js";
import { DeliveryQueue } from "./queue.js";
import { SendRateLimiter } from "./rateLimiter.js";
import { type Delivery, fitParts, planAlert, planUpdate } from "./render.js";

/** Renders a digest job that carries a render key instead of its parts; null or [] = nothing to send. */
export type DigestRenderer = (
  job: DigestJob,
  context: { settings: ChatSettings | undefined; view: View; now: Date },
) => Promise<string[] | null>;

export interface RetryPolicy {
  /** First backoff after a 5xx or network error; doubles with each attempt. */
  baseMs: number;
  maxMs: number;
  /** A message that failed this many times is dropped (and logged as an error). */
  maxAttempts: number;
  /** This many failures in a row, whatever the chat, mean Telegram is down: everything waits. */
  breakerAfter: number;
}

export interface OutboxWorkerDeps {
  /** Best without auto-retry: the worker handles 429 and 5xx itself, without holding a lane. */
  api: Api;
  store: Store;
  i18n: I18n<BotContext>;
  logger: Logger;
  timezone: string;
  defaultLocale: string;
  limiter?: SendRateLimiter;
  /**
   * Requests in flight at once. Telegram answers in ~80 ms, so a sender that waits for each answer
   * cannot pass 12.5 messages/s; the limiter, not this, sets the pace.
   */
  concurrency?: number;
  /** Digest renderers by `render.key`. */
  renderers?: Record<string, DigestRenderer>;
  retry?: Partial<RetryPolicy>;
  /** An info line after this many messages or this long during a broadcast. */
  progress?: { everyMessages: number; everyMs: number };
  clock?: () => number;
}

const DEFAULT_RETRY: RetryPolicy = { baseMs: 1000, maxMs: 60_000, maxAttempts: 10, breakerAfter: 5 };
const DEFAULT_PROGRESS = { everyMessages: 500, everyMs: 10_000 };
/**
 * A send this late for its booked slot takes a new one (see deliver). Slots are 35.7 ms apart at
 * 28/s: 31 sends fit in one second only if one of them is more than a slot later than another.
 */
const LATE_TOLERANCE_MS = 25;
/** Nothing queued: the worker sleeps until a job is added; this is only a safety net. */
const IDLE_MS = 60_000;

interface Counters {
  sent: number;
  edited: number;
  dropped: number;
  floods: number;
  retries: number;
  /** Sends that overran their slot and took a later one (a sign of a starved event loop). */
  rebooked: number;
}

const zero = (): Counters => ({ sent: 0, edited: 0, dropped: 0, floods: 0, retries: 0, rebooked: 0 });

/**
 * Sends the persisted outbox. Jobs come from `store.outbox` (loaded at start, then as they are
 * enqueued) into a DeliveryQueue that applies Telegram's limits; up to `concurrency` requests are in
 * flight, one per chat. Each send is one Bot API call and its outcome is recorded right away.
 * Blocked chats and closed topics are paused, migrated groups are followed to their supergroup,
 * 429 waits `retry_after`, 5xx and network errors back off; other 400s are logged and dropped.
 */
export class OutboxWorker {
  private readonly limiter: SendRateLimiter;
  private readonly queue: DeliveryQueue;
  private readonly retry: RetryPolicy;
  private readonly progress: { everyMessages: number; everyMs: number };
  private readonly clock: () => number;
  private readonly inFlight = new Set<Promise<void>>();
  /** Updates whose edit Telegram refused: they go as replies instead. */
  private readonly editFailed = new Set<string>();
  private running = false;
  private loaded = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private unsubscribe: (() => void) | null = null;
  private failuresInRow = 0;
  private total = zero();
  private sinceLog = zero();
  private lastLogAt = 0;
  private broadcastStart = 0;
  private readonly idleWaiters: Array<() => void> = [];

  constructor(private readonly deps: OutboxWorkerDeps) {
    this.clock = deps.clock ?? Date.now;
    this.limiter = deps.limiter ?? new SendRateLimiter(undefined, this.clock);
    this.queue = new DeliveryQueue(this.limiter);
    this.retry = { ...DEFAULT_RETRY, ...deps.retry };
    this.progress = deps.progress ?? DEFAULT_PROGRESS;
  }

  /** Totals since start: sent, edited, dropped, 429s, retries and late sends re-booked. */
  get stats(): Readonly<Counters> & { queued: number; rate: number } {
    return { ...this.total, queued: this.queue.size, rate: this.limiter.currentRate };
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New jobs were queued (they also arrive through the store's listener): stop idling. */
  kick(): void {
    const wake = this.wake;
    this.wake = null;
    wake?.();
  }

  /** Resolves when the stored queue is loaded and nothing is queued or in flight (tests, benchmark). */
  idle(): Promise<void> {
    if (this.loaded && this.queue.size === 0 && this.inFlight.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /**
   * Stops taking jobs, lets the requests in flight finish and record their outcome, then writes the
   * batched clean-up. Pending jobs stay stored for the next start.
   */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.kick();
    await this.loop;
    await Promise.allSettled([...this.inFlight]);
    this.unsubscribe?.();
    await this.deps.store.outbox.flush();
  }

  private async run(): Promise<void> {
    const { store, logger } = this.deps;
    this.unsubscribe = store.outbox.onEnqueued((jobs) => {
      const now = this.clock();
      for (const job of jobs) this.queue.add(job, now);
      this.kick();
    });
    for (;;) {
      try {
        const jobs = await store.outbox.load();
        const now = this.clock();
        for (const job of jobs) this.queue.add(job, now);
        if (jobs.length > 0) logger.info({ queued: jobs.length }, "outbox resumed");
        break;
      } catch (error) {
        logger.error({ err: error }, "could not read the outbox; retrying");
        await this.sleep(5000);
        if (!this.running) return;
      }
    }
    this.loaded = true;
    while (this.running) {
      const concurrency = this.deps.concurrency ?? 16;
      const next = this.inFlight.size < concurrency ? this.queue.take(this.clock()) : null;
      if (next && "job" in next) {
        this.launch(next.job, next.sendAt);
        continue;
      }
      if (this.queue.size === 0 && this.inFlight.size === 0) this.onIdle();
      await this.sleep(next ? next.waitMs : IDLE_MS);
    }
  }

  private launch(job: OutboxJob, sendAt: number): void {
    if (this.broadcastStart === 0) {
      this.broadcastStart = this.clock();
      this.lastLogAt = this.broadcastStart;
    }
    const task = this.deliver(job, sendAt)
      .catch((error) => {
        // Storage failed while recording an outcome: the job stays queued and is tried again.
        this.deps.logger.error({ err: error, job: job.id }, "outbox bookkeeping failed; will retry the job");
        this.queue.retry(job, this.clock() + this.retry.baseMs, this.clock());
      })
      .finally(() => {
        this.inFlight.delete(task);
        this.kick();
      });
    this.inFlight.add(task);
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.wake = null;
        resolve();
      }, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  private onIdle(): void {
    if (this.broadcastStart !== 0) {
      const durationMs = this.clock() - this.broadcastStart;
      this.deps.logger.info({ ...this.sinceLog, total: this.total, durationMs }, "outbox drained");
      this.broadcastStart = 0;
      this.sinceLog = zero();
    }
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private async deliver(job: OutboxJob, sendAt: number): Promise<void> {
    const { store } = this.deps;
    const settings = await store.chats.get(job.chatId);
    if (settings?.paused) {
      await this.dropChat(job.chatId, "chat paused");
      return;
    }
    const view = this.view(settings);
    const plan = await this.plan(job, settings, view);
    if ("drop" in plan) {
      await this.finish(job, dropped(plan.drop));
      return;
    }
    const threadId = job.threadId !== undefined ? job.threadId : (settings?.threadId ?? null);
    // Prepared ahead of the booked slot, the request leaves on time whatever the storage latency. If
    // preparing or the wait overran the slot (a blocked event loop wakes every timer at once),
    // sending now would bunch with the next booked sends and could put 31 messages in one second
    // at Telegram: book a fresh slot instead.
    for (let slot = sendAt; ; ) {
      const now = this.clock();
      if (now - slot > LATE_TOLERANCE_MS) {
        slot = this.limiter.book(job.chatId, now);
        this.count("rebooked");
      }
      if (slot <= now) break;
      await new Promise((resolve) => setTimeout(resolve, slot - now));
    }
    try {
      await this.send(job, plan, threadId);
      this.failuresInRow = 0;
    } catch (error) {
      await this.handleFailure(job, error);
    }
  }

  private view(settings: ChatSettings | undefined): View {
    const locale = settings?.locale ?? settings?.autoLocale ?? this.deps.defaultLocale;
    return {
      t: (key, vars) => this.deps.i18n.t(locale, key, vars),
      locale,
      timezone: settings?.timezone ?? this.deps.timezone,
    };
  }

  private async plan(
    job: OutboxJob,
    settings: ChatSettings | undefined,
    view: View,
  ): Promise<Delivery | { drop: string }> {
    if (!(job.kind in JOB_PRIORITY)) return { drop: `unknown kind ${String(job.kind)}` };
    if (job.kind === "digest") {
      const renderer = job.render ? this.deps.renderers?.[job.render.key] : undefined;
      if (!job.parts && !renderer) return { drop: `no renderer for ${job.render?.key ?? "a digest without parts"}` };
      const parts = job.parts ?? (await renderer!(job, { settings, view, now: new Date(this.clock()) }));
      return parts && parts.length > 0 ? { mode: "send", parts: fitParts(parts) } : { drop: "nothing to send" };
    }
    const incident = await this.deps.store.incidents.get(job.incidentId);
    if (!incident) return { drop: "incident gone" };
    if (job.kind === "alert") return planAlert(job, incident, view);
    // A later update of the same incident is queued for this chat: it will say everything.
    const later = this.queue
      .jobsOf(job.chatId)
      .some((j) => j.id !== job.id && j.kind === "update" && j.incidentId === job.incidentId);
    if (later) return { drop: "superseded by a later update" };
    return planUpdate(job, incident, view, this.clock(), { editFailed: this.editFailed.has(job.id) });
  }

  /** One Bot API call: the next part of the message, or the edit. */
  private async send(job: OutboxJob, plan: Delivery, threadId: number | null): Promise<void> {
    const { api, logger } = this.deps;
    const common = { parse_mode: "HTML" as const, link_preview_options: { is_disabled: true } };
    if (plan.mode === "edit") {
      // "message is not modified" comes back as an error and is handled as success there.
      await api.editMessageText(job.chatId, plan.messageId, plan.text, common);
      await this.finish(job, { ...sent([plan.messageId], this.clock()), via: "edit" });
      logger.debug({ job: job.id, chat: job.chatId }, "alert edited in place");
      return;
    }
    const done = job.sentParts ?? [];
    const text = plan.parts[done.length];
    if (text !== undefined) {
      const replyTo = plan.mode === "reply" && done.length === 0 ? plan.replyTo : undefined;
      const message = await api.sendMessage(job.chatId, text, {
        ...common,
        ...(threadId !== null ? { message_thread_id: threadId } : {}),
        ...(replyTo !== undefined
          ? { reply_parameters: { message_id: replyTo, allow_sending_without_reply: true } }
          : {}),
      });
      done.push(message.message_id);
    }
    const progressed: OutboxJob = { ...job, sentParts: done };
    if (done.length < plan.parts.length) {
      // More parts to go: remember this one (a restart must not resend it) and queue the rest.
      await this.persist("save progress", () => this.deps.store.outbox.saveProgress(progressed));
      this.queue.retry(progressed, 0, this.clock());
      return;
    }
    await this.finish(job, { ...sent(done, this.clock()), via: plan.mode });
    logger.debug({ job: job.id, chat: job.chatId, parts: done.length }, "message sent");
  }

  private async handleFailure(job: OutboxJob, error: unknown): Promise<void> {
    const { store, logger } = this.deps;
    const log = logger.child({ job: job.id, chat: job.chatId });
    const now = this.clock();
    const failure = classifySendError(error);
    switch (failure.action) {
      case "flood": {
        const scope = this.limiter.flood(job.chatId, failure.retryAfter, now);
        this.count("floods");
        log.warn({ retryAfter: failure.retryAfter, scope, rate: this.limiter.currentRate }, "rate limited; will retry");
        this.queue.retry(job, now + failure.retryAfter * 1000, now);
        return;
      }
      case "blocked":
      case "topic-closed": {
        log.warn(
          { reason: failure.reason },
          "chat blocked the bot, removed it or closed its topic; subscriptions paused",
        );
        await store.chats.update(job.chatId, (s) => ({ ...s, paused: true }), new Date(now));
        await this.dropChat(job.chatId, failure.reason);
        return;
      }
      case "migrated": {
        log.info({ to: failure.to }, "group migrated to a supergroup; moving its settings and messages");
        await store.chats.migrate(job.chatId, failure.to, new Date(now));
        const moved = this.queue.dropChat(job.chatId);
        // Stored under the new chat first: a crash in between sends them there, never nowhere.
        await store.outbox.enqueue(moved.map((j) => retarget(j, failure.to)));
        for (const j of moved) await this.finish(j, dropped(`migrated to ${failure.to}`));
        return;
      }
      case "unchanged":
        await this.finish(job, {
          ...sent(job.kind === "update" && job.replyTo ? [job.replyTo] : [], now),
          via: "edit",
        });
        return;
      case "not-editable":
        log.info({ reason: failure.reason }, "alert can no longer be edited; replying instead");
        this.editFailed.add(job.id);
        this.queue.retry(job, now, now);
        return;
      case "drop":
        log.error({ reason: failure.reason, kind: job.kind }, "Telegram refused the message; dropped");
        await this.finish(job, dropped(failure.reason));
        return;
      case "retry": {
        const attempts = job.attempts + 1;
        this.failuresInRow++;
        if (this.failuresInRow >= this.retry.breakerAfter) {
          const pause = Math.min(
            this.retry.maxMs,
            this.retry.baseMs * 2 ** (this.failuresInRow - this.retry.breakerAfter),
          );
          this.limiter.hold(now + pause);
          log.warn({ failuresInRow: this.failuresInRow, pauseMs: pause }, "Telegram unreachable; all sending paused");
        }
        if (attempts >= this.retry.maxAttempts) {
          log.error({ reason: failure.reason, attempts }, "giving up on a message after repeated failures");
          await this.finish(job, dropped(failure.reason));
          return;
        }
        const backoffMs = Math.min(this.retry.maxMs, this.retry.baseMs * 2 ** (attempts - 1));
        const retried = { ...job, attempts };
        await store.outbox.saveProgress(retried);
        this.count("retries");
        log.warn({ reason: failure.reason, attempts, backoffMs }, "send failed; will retry");
        this.queue.retry(retried, now + backoffMs, now);
        return;
      }
    }
  }

  /** Drops every queued message of a chat (it is paused, blocked or gone). */
  private async dropChat(chatId: number, reason: string): Promise<void> {
    for (const job of this.queue.dropChat(chatId)) await this.finish(job, dropped(reason));
  }

  private async finish(job: OutboxJob, record: SentRecord): Promise<void> {
    await this.persist("record the outcome", () => this.deps.store.outbox.finish(job, record));
    this.editFailed.delete(job.id);
    this.queue.done(job, this.clock());
    if (record.outcome === "dropped") this.count("dropped");
    else this.count(record.via === "edit" ? "edited" : "sent");
  }

  /**
   * Writes an outcome after Telegram has answered. Sending again would repeat the message, so a
   * storage failure here is retried until it works; only a stop or crash leaves the job pending.
   */
  private async persist(what: string, write: () => Promise<void>): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      try {
        await write();
        return;
      } catch (error) {
        if (!this.running) throw error;
        this.deps.logger.error({ err: error, attempt }, `could not ${what}; retrying`);
        await new Promise((resolve) => setTimeout(resolve, Math.min(30_000, 500 * attempt)));
      }
    }
  }

  private count(what: keyof Counters): void {
    this.total[what]++;
    this.sinceLog[what]++;
    const now = this.clock();
    const delivered = this.sinceLog.sent + this.sinceLog.edited;
    if (delivered >= this.progress.everyMessages || (now - this.lastLogAt >= this.progress.everyMs && delivered > 0)) {
      const seconds = Math.max(0.001, (now - this.lastLogAt) / 1000);
      this.deps.logger.info(
        {
          ...this.sinceLog,
          perSecond: Math.round((delivered / seconds) * 10) / 10,
          queued: this.queue.size,
          totalSent: this.total.sent + this.total.edited,
        },
        "outbox progress",
      );
      this.sinceLog = zero();
      this.lastLogAt = now;
    }
  }
}

function sent(messageIds: number[], now: number): SentRecord {
  return { messageId: messageIds[0] ?? null, messageIds, at: new Date(now).toISOString(), outcome: "sent" };
}

function dropped(reason: string): SentRecord {
  return { messageId: null, at: new Date().toISOString(), outcome: "dropped", reason };
}

/** The same message for the supergroup a group became; an update there can no longer edit or reply. */
export function retarget(job: OutboxJob, chatId: number): OutboxJob {
  const suffix = `:${job.chatId}`;
  const id = job.id.endsWith(suffix) ? `${job.id.slice(0, -suffix.length)}:${chatId}` : `${job.id}>${chatId}`;
  const { sentParts: _sent, ...rest } = job;
  const moved = { ...rest, id, chatId, attempts: 0 };
  return moved.kind === "update" ? { ...moved, replyTo: null, alertSentAt: null } : moved;
}
