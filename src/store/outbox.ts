import type Keyv from "keyv";
import { KeyedMutex } from "./lock.js";
import { getRecord, setRecord } from "./records.js";

const DAY = 86_400_000;

/** A message the bot sends on its own: an alert or an update about an incident, for one chat. */
export interface OutboxJob {
  /** Deterministic (`alert:<incident>:<chat>`), so enqueuing the same alert twice is a no-op. */
  id: string;
  chatId: number;
  kind: "alert" | "update";
  incidentId: string;
  /** For updates: the message to reply to, if the original alert's id is known. */
  replyTo?: number | null;
  createdAt: string;
  attempts: number;
}

export interface SentRecord {
  messageId: number | null;
  at: string;
  outcome: "sent" | "dropped";
  reason?: string;
}

/**
 * The persisted queue of outgoing messages. A job stays pending until it is recorded as sent or
 * dropped, so a crash or restart mid-broadcast resumes where it stopped; the sent record keeps a
 * re-enqueued job from going out twice.
 */
export class OutboxRepo {
  private static readonly PENDING = "outbox:pending";
  private readonly mutex = new KeyedMutex();
  constructor(private readonly keyv: Keyv) {}

  /** Adds jobs not already pending or done; returns how many were new. */
  async enqueue(jobs: readonly OutboxJob[]): Promise<number> {
    if (jobs.length === 0) return 0;
    return this.mutex.run(OutboxRepo.PENDING, async () => {
      const pending = (await getRecord<string[]>(this.keyv, OutboxRepo.PENDING)) ?? [];
      const pendingSet = new Set(pending);
      const done = await this.keyv.getMany(jobs.map((j) => `outbox:done:${j.id}`));
      const fresh = jobs.filter((j, i) => !pendingSet.has(j.id) && (done[i] === undefined || done[i] === null));
      const unique = [...new Map(fresh.map((j) => [j.id, j])).values()];
      if (unique.length === 0) return 0;
      await this.keyv.setMany(
        unique.map((j) => ({ key: `outbox:job:${j.id}`, value: { v: 1, data: j }, ttl: 7 * DAY })),
      );
      await setRecord(this.keyv, OutboxRepo.PENDING, [...pending, ...unique.map((j) => j.id)]);
      return unique.length;
    });
  }

  async pending(limit = 500): Promise<OutboxJob[]> {
    const ids = ((await getRecord<string[]>(this.keyv, OutboxRepo.PENDING)) ?? []).slice(0, limit);
    if (ids.length === 0) return [];
    const raw = await this.keyv.getMany(ids.map((id) => `outbox:job:${id}`));
    return raw.map((r) => (r as { data?: OutboxJob } | undefined)?.data).filter((j): j is OutboxJob => j !== undefined);
  }

  async pendingCount(): Promise<number> {
    return ((await getRecord<string[]>(this.keyv, OutboxRepo.PENDING)) ?? []).length;
  }

  async isDone(jobId: string): Promise<boolean> {
    return (await getRecord<SentRecord>(this.keyv, `outbox:done:${jobId}`)) !== undefined;
  }

  async sentRecord(jobId: string): Promise<SentRecord | undefined> {
    return getRecord<SentRecord>(this.keyv, `outbox:done:${jobId}`);
  }

  /** Records the outcome first, then removes the job: a crash in between leaves a done job that is skipped. */
  async finish(job: OutboxJob, record: SentRecord): Promise<void> {
    await setRecord(this.keyv, `outbox:done:${job.id}`, record, 30 * DAY);
    await this.mutex.run(OutboxRepo.PENDING, async () => {
      const pending = (await getRecord<string[]>(this.keyv, OutboxRepo.PENDING)) ?? [];
      await setRecord(
        this.keyv,
        OutboxRepo.PENDING,
        pending.filter((id) => id !== job.id),
      );
    });
    await this.keyv.delete(`outbox:job:${job.id}`);
  }

  async saveAttempt(job: OutboxJob): Promise<void> {
    await setRecord(this.keyv, `outbox:job:${job.id}`, job, 7 * DAY);
  }
}
