import type { I18n } from "@grammyjs/i18n";
import { type Api, GrammyError, HttpError } from "grammy";
import type { BotContext } from "../bot/context.js";
import { formatAlert, formatUpdate } from "../bot/format/alerts.js";
import type { View } from "../bot/format/incident.js";
import type { Logger } from "../logger.js";
import type { OutboxJob } from "../store/outbox.js";
import type { Store } from "../store/store.js";
import { SendRateLimiter } from "./rateLimiter.js";

export interface OutboxWorkerDeps {
  api: Api;
  store: Store;
  i18n: I18n<BotContext>;
  logger: Logger;
  timezone: string;
  defaultLocale: string;
  limiter?: SendRateLimiter;
  /** Messages in flight at once; Telegram answers in ~80 ms, so waiting for each reply caps the rate. */
  concurrency?: number;
}

const MAX_ATTEMPTS = 6;
const IDLE_RECHECK_MS = 5000;

/**
 * Drains the persisted outbox: renders each job in its chat's language, sends it under
 * Telegram's limits, and records the outcome. Blocked chats are paused, migrated groups follow
 * their new id, transient failures are retried with backoff.
 */
export class OutboxWorker {
  private running = false;
  private loop: Promise<void> | null = null;
  private wake: (() => void) | null = null;
  private readonly limiter: SendRateLimiter;
  private readonly retryAt = new Map<string, number>();
  private readonly abort = new AbortController();

  constructor(private readonly deps: OutboxWorkerDeps) {
    this.limiter = deps.limiter ?? new SendRateLimiter();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  /** New jobs were queued: stop idling. */
  kick(): void {
    this.wake?.();
  }

  /** Finishes the messages in flight, then stops; pending jobs stay stored for the next start. */
  async stop(): Promise<void> {
    this.running = false;
    this.abort.abort();
    this.kick();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let sentSomething = false;
      try {
        sentSomething = await this.drainOnce();
      } catch (error) {
        this.deps.logger.error({ err: error }, "outbox pass failed; retrying");
      }
      if (!this.running) break;
      if (!sentSomething) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, IDLE_RECHECK_MS);
          this.wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        this.wake = null;
      }
    }
  }

  /** One pass over the pending jobs; true when any job was attempted. */
  private async drainOnce(): Promise<boolean> {
    const now = Date.now();
    const jobs = (await this.deps.store.outbox.pending(2000)).filter((j) => (this.retryAt.get(j.id) ?? 0) <= now);
    if (jobs.length === 0) return false;
    // Alerts before updates; per chat in queue order.
    jobs.sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "alert" ? -1 : 1));
    const byChat = new Map<number, OutboxJob[]>();
    for (const job of jobs) byChat.set(job.chatId, [...(byChat.get(job.chatId) ?? []), job]);
    const queues = [...byChat.values()];
    const concurrency = this.deps.concurrency ?? 32;
    let next = 0;
    const lanes = Array.from({ length: Math.min(concurrency, queues.length) }, async () => {
      while (this.running && next < queues.length) {
        const queue = queues[next++]!;
        for (const job of queue) {
          if (!this.running) return;
          await this.deliver(job);
        }
      }
    });
    await Promise.all(lanes);
    return true;
  }

  private async deliver(job: OutboxJob): Promise<void> {
    const { store, logger } = this.deps;
    const log = logger.child({ job: job.id, chat: job.chatId });
    if (await store.outbox.isDone(job.id)) {
      await store.outbox.finish(job, (await store.outbox.sentRecord(job.id))!);
      return;
    }
    const incident = await store.incidents.get(job.incidentId);
    const settings = await store.chats.get(job.chatId);
    if (!incident || settings?.paused) {
      await store.outbox.finish(job, {
        messageId: null,
        at: new Date().toISOString(),
        outcome: "dropped",
        reason: incident ? "chat paused" : "incident gone",
      });
      return;
    }
    const locale = settings?.locale ?? settings?.autoLocale ?? this.deps.defaultLocale;
    const view: View = { t: (key, vars) => this.deps.i18n.t(locale, key, vars), locale, timezone: this.deps.timezone };
    const text = job.kind === "alert" ? formatAlert(incident, view) : formatUpdate(incident, view);
    try {
      await this.limiter.acquire(job.chatId, this.abort.signal);
    } catch {
      return; // stopping: the job stays pending
    }
    try {
      const message = await this.deps.api.sendMessage(job.chatId, text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(job.replyTo ? { reply_parameters: { message_id: job.replyTo, allow_sending_without_reply: true } } : {}),
      });
      await store.outbox.finish(job, { messageId: message.message_id, at: new Date().toISOString(), outcome: "sent" });
      log.info({ kind: job.kind, incident: job.incidentId }, "alert sent");
    } catch (error) {
      await this.handleFailure(job, error, log);
    }
  }

  private async handleFailure(job: OutboxJob, error: unknown, log: Logger): Promise<void> {
    const { store } = this.deps;
    const drop = (reason: string) =>
      store.outbox.finish(job, { messageId: null, at: new Date().toISOString(), outcome: "dropped", reason });
    if (error instanceof GrammyError) {
      const migrateTo = error.parameters?.migrate_to_chat_id;
      if (migrateTo) {
        log.info({ to: migrateTo }, "group migrated to a supergroup; moving its settings");
        await store.chats.migrate(job.chatId, migrateTo, new Date());
        await store.outbox.enqueue([
          { ...job, id: job.id.replace(`:${job.chatId}`, `:${migrateTo}`), chatId: migrateTo, attempts: 0 },
        ]);
        await drop(`migrated to ${migrateTo}`);
        return;
      }
      if (error.error_code === 403) {
        log.warn({ description: error.description }, "chat blocked the bot or removed it; subscriptions paused");
        await store.chats.update(job.chatId, (s) => ({ ...s, paused: true }), new Date());
        await drop(`403 ${error.description}`);
        return;
      }
      if (error.error_code === 429) {
        const retryAfter = error.parameters?.retry_after ?? 5;
        this.limiter.penalise(job.chatId, retryAfter);
        this.retryAt.set(job.id, Date.now() + retryAfter * 1000);
        log.warn({ retryAfter }, "rate limited; will retry");
        return;
      }
      if (error.error_code >= 400 && error.error_code < 500) {
        log.error({ code: error.error_code, description: error.description }, "Telegram refused the message; dropped");
        await drop(`${error.error_code} ${error.description}`);
        return;
      }
    }
    const attempts = job.attempts + 1;
    if (attempts >= MAX_ATTEMPTS) {
      log.error({ err: error, attempts }, "giving up on a message after repeated failures");
      await drop(error instanceof HttpError ? "network" : String((error as Error)?.message ?? error));
      return;
    }
    const backoffMs = Math.min(60_000, 1000 * 2 ** attempts);
    this.retryAt.set(job.id, Date.now() + backoffMs);
    await store.outbox.saveAttempt({ ...job, attempts });
    log.warn({ err: error, attempts, backoffMs }, "send failed; will retry");
  }
}
