import type Keyv from "keyv";
import { KeyedMutex } from "./lock.js";
import { getRecord, setRecord } from "./records.js";

const DAY = 86_400_000;
/** Jobs per stored segment: 10,000 alerts are 20 writes, and one segment stays well under 1 MB. */
const SEGMENT_SIZE = 500;
/** Keys per getMany: @keyv/sqlite matches rows to keys with a linear scan, so huge batches get slow. */
const READ_BATCH = 500;
/** Finished jobs whose clean-up (state records, used segments) is written in one go. */
const FLUSH_AFTER = 500;
const FLUSH_DELAY_MS = 250;
/** A sent record answers "was this alert sent?" for the planner long after any incident is over. */
const DONE_TTL_MS = 30 * DAY;
/** A job still queued after a week is stale news; its stored parts expire rather than linger. */
const JOB_TTL_MS = 7 * DAY;

interface JobBase {
  /** Deterministic (`alert:<incident>:<chat>`), so enqueuing the same message twice is a no-op. */
  id: string;
  chatId: number;
  /** Forum topic to post in; undefined = the chat's current `threadId` setting, null = the main chat. */
  threadId?: number | null;
  createdAt: string;
  /** Failed attempts so far (5xx, network); rate limits and migrations do not count. */
  attempts: number;
  /** Message ids of the parts already sent, for a message split under Telegram's 4096 limit. */
  sentParts?: number[];
}

/** A new incident, rendered at send time in the chat's language. */
export interface AlertJob extends JobBase {
  kind: "alert";
  incidentId: string;
}

/** More killed or injured: edits the alert in place (groups, channels) or replies to it (private chats). */
export interface UpdateJob extends JobBase {
  kind: "update";
  incidentId: string;
  /** The original alert's message id, if it was sent. */
  replyTo?: number | null;
  /** When the original alert was sent; Telegram refuses edits of old messages. */
  alertSentAt?: string | null;
}

/**
 * A digest or any other message composed ahead: either the HTML parts themselves (each under
 * 4096 characters, e.g. from `packBlocks`), or a renderer key the worker looks up at send time.
 */
export interface DigestJob extends JobBase {
  kind: "digest";
  parts?: string[];
  render?: { key: string; params?: Record<string, unknown> };
}

/** Everything the bot sends on its own goes through this one queue. */
export type OutboxJob = AlertJob | UpdateJob | DigestJob;

/** Alerts first, then updates, then digests. */
export const JOB_PRIORITY: Record<OutboxJob["kind"], number> = { alert: 0, update: 1, digest: 2 };

export interface SentRecord {
  /** The (first) message sent, or the message edited; null when dropped. */
  messageId: number | null;
  /** Every part, when the message was split. */
  messageIds?: number[];
  at: string;
  outcome: "sent" | "dropped";
  /** How an update reached the chat. */
  via?: "send" | "edit" | "reply";
  reason?: string;
}

interface Head {
  /** Oldest segment that may still hold a pending job. */
  first: number;
  /** Number the next segment gets. */
  next: number;
}

/** What a job changed while queued: attempts and parts sent. Written only when it changes. */
interface JobState {
  attempts: number;
  sentParts?: number[];
}

const HEAD = "outbox:head";
const segmentKey = (n: number) => `outbox:seg:${n}`;
const doneKey = (id: string) => `outbox:done:${id}`;
const stateKey = (id: string) => `outbox:state:${id}`;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function unwrap<T>(raw: unknown): T | undefined {
  return raw && typeof raw === "object" && (raw as { v?: number }).v === 1 ? (raw as { data: T }).data : undefined;
}

/**
 * The persisted queue of outgoing messages, laid out for keyv (no queries, no transactions):
 *
 * - `outbox:seg:<n>`: append-only segments holding the jobs of one enqueue, up to 500 a segment;
 * - `outbox:head`: `{ first, next }`, the live segment range; written after its segments, so an
 *   enqueue interrupted by a crash is either entirely there or not at all;
 * - `outbox:done:<job>`: a job's outcome, written the moment Telegram has answered. It is the one
 *   write on the sending path; a job with it is never sent again;
 * - `outbox:state:<job>`: attempts and parts already sent, only for jobs that have any.
 *
 * At start the segments are read once into memory (pending = in a segment, no done marker); from
 * then on the in-memory index is the truth and nothing is rewritten per job. Segments whose jobs are
 * all finished are dropped from the front in batches. One process owns the queue at a time (the bot
 * is the only getUpdates consumer).
 */
export class OutboxRepo {
  private readonly mutex = new KeyedMutex();
  private loading: Promise<void> | null = null;
  private head: Head = { first: 0, next: 0 };
  /** Pending jobs in queue order, with the segment each is stored in. */
  private readonly pendingJobs = new Map<string, { job: OutboxJob; segment: number }>();
  private readonly segmentLeft = new Map<number, number>();
  private readonly withState = new Set<string>();
  private finishedState: string[] = [];
  private finishedSinceFlush = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<(jobs: OutboxJob[]) => void>();

  constructor(private readonly keyv: Keyv) {}

  /** Reads the queue into memory (once); returns the pending jobs in queue order. */
  async load(): Promise<OutboxJob[]> {
    this.loading ??= this.readAll();
    await this.loading;
    return [...this.pendingJobs.values()].map((p) => p.job);
  }

  /** Called with the jobs each enqueue added, after they are stored. Returns an unsubscribe function. */
  onEnqueued(listener: (jobs: OutboxJob[]) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds jobs not already pending or done; returns how many were new. */
  async enqueue(jobs: readonly OutboxJob[]): Promise<number> {
    if (jobs.length === 0) return 0;
    await this.load();
    const added = await this.mutex.run(HEAD, async () => {
      const unique = [...new Map(jobs.map((j) => [j.id, j])).values()].filter((j) => !this.pendingJobs.has(j.id));
      const done = await this.getMany(unique.map((j) => doneKey(j.id)));
      const fresh = unique.filter((_, i) => done[i] === undefined);
      if (fresh.length === 0) return [];
      const parts = chunks(fresh, SEGMENT_SIZE);
      const first = this.head.next;
      await this.keyv.setMany(
        parts.map((part, i) => ({ key: segmentKey(first + i), value: { v: 1, data: part }, ttl: DONE_TTL_MS })),
      );
      const head = { first: this.head.first, next: first + parts.length };
      await setRecord(this.keyv, HEAD, head);
      this.head = head;
      parts.forEach((part, i) => {
        for (const job of part) this.pendingJobs.set(job.id, { job, segment: first + i });
        this.segmentLeft.set(first + i, part.length);
      });
      return fresh;
    });
    if (added.length > 0) for (const listener of this.listeners) listener(added);
    return added.length;
  }

  /** Pending jobs in queue order (from memory). */
  async pending(limit = Number.POSITIVE_INFINITY): Promise<OutboxJob[]> {
    await this.load();
    const out: OutboxJob[] = [];
    for (const { job } of this.pendingJobs.values()) {
      if (out.length >= limit) break;
      out.push(job);
    }
    return out;
  }

  async pendingCount(): Promise<number> {
    await this.load();
    return this.pendingJobs.size;
  }

  async isDone(jobId: string): Promise<boolean> {
    return (await this.sentRecord(jobId)) !== undefined;
  }

  async sentRecord(jobId: string): Promise<SentRecord | undefined> {
    return getRecord<SentRecord>(this.keyv, doneKey(jobId));
  }

  /** Outcomes of many jobs at once, in the order asked (undefined: not finished). */
  async sentRecords(jobIds: readonly string[]): Promise<Array<SentRecord | undefined>> {
    return (await this.getMany(jobIds.map(doneKey))).map((raw) => unwrap<SentRecord>(raw));
  }

  /**
   * Records the outcome. The done marker is written before this resolves, as one write, so a crash
   * can repeat a message only if it strikes between Telegram's answer and this write; removing the
   * job from the stored index is batched and may be redone after a crash without harm.
   */
  async finish(job: OutboxJob, record: SentRecord): Promise<void> {
    await setRecord(this.keyv, doneKey(job.id), record, DONE_TTL_MS);
    const entry = this.pendingJobs.get(job.id);
    if (!entry) return;
    this.pendingJobs.delete(job.id);
    this.segmentLeft.set(entry.segment, (this.segmentLeft.get(entry.segment) ?? 1) - 1);
    if (this.withState.delete(job.id)) this.finishedState.push(job.id);
    this.finishedSinceFlush++;
    if (this.finishedSinceFlush >= FLUSH_AFTER) void this.flush();
    else this.flushTimer ??= setTimeout(() => void this.flush(), FLUSH_DELAY_MS).unref();
  }

  /** Records the outcome of a message that was never queued (e.g. held for a digest instead). */
  async record(jobId: string, record: SentRecord): Promise<void> {
    await setRecord(this.keyv, doneKey(jobId), record, DONE_TTL_MS);
  }

  /** Stores a job's attempts and parts sent, so a restart neither resets backoff nor resends a part. */
  async saveProgress(job: OutboxJob): Promise<void> {
    const entry = this.pendingJobs.get(job.id);
    if (entry) entry.job = job;
    this.withState.add(job.id);
    const state: JobState = { attempts: job.attempts, ...(job.sentParts ? { sentParts: job.sentParts } : {}) };
    await setRecord(this.keyv, stateKey(job.id), state, JOB_TTL_MS);
  }

  /** Writes the batched clean-up now: state records of finished jobs, and segments no longer needed. */
  flush(): Promise<void> {
    if (this.flushTimer) clearTimeout(this.flushTimer);
    this.flushTimer = null;
    this.finishedSinceFlush = 0;
    this.flushing = this.flushing.then(() => this.cleanUp()).catch(() => undefined);
    return this.flushing;
  }

  private async cleanUp(): Promise<void> {
    const states = this.finishedState;
    this.finishedState = [];
    if (states.length > 0)
      for (const part of chunks(states, READ_BATCH)) await this.keyv.deleteMany(part.map(stateKey));
    await this.mutex.run(HEAD, async () => {
      let first = this.head.first;
      while (first < this.head.next && (this.segmentLeft.get(first) ?? 0) <= 0) first++;
      if (first === this.head.first) return;
      const dropped = Array.from({ length: first - this.head.first }, (_, i) => this.head.first + i);
      const head = { first, next: this.head.next };
      // The head moves first: a crash before the deletes leaves unreachable segments, never missing ones.
      await setRecord(this.keyv, HEAD, head);
      this.head = head;
      for (const n of dropped) this.segmentLeft.delete(n);
      for (const part of chunks(dropped, READ_BATCH)) await this.keyv.deleteMany(part.map(segmentKey));
    });
  }

  private async readAll(): Promise<void> {
    this.head = (await getRecord<Head>(this.keyv, HEAD)) ?? { first: 0, next: 0 };
    const numbers = Array.from({ length: this.head.next - this.head.first }, (_, i) => this.head.first + i);
    const segments = await this.getMany(numbers.map(segmentKey));
    const stored: Array<{ job: OutboxJob; segment: number }> = [];
    const seen = new Set<string>();
    segments.forEach((raw, i) => {
      for (const job of unwrap<OutboxJob[]>(raw) ?? []) {
        if (seen.has(job.id)) continue;
        seen.add(job.id);
        stored.push({ job, segment: numbers[i]! });
      }
    });
    const ids = stored.map((s) => s.job.id);
    const [done, states] = [await this.getMany(ids.map(doneKey)), await this.getMany(ids.map(stateKey))];
    for (const n of numbers) this.segmentLeft.set(n, 0);
    stored.forEach((entry, i) => {
      const state = unwrap<JobState>(states[i]);
      if (done[i] !== undefined) {
        if (state) this.finishedState.push(entry.job.id);
        return;
      }
      if (state) this.withState.add(entry.job.id);
      const job = state ? { ...entry.job, ...state } : entry.job;
      this.pendingJobs.set(job.id, { job, segment: entry.segment });
      this.segmentLeft.set(entry.segment, (this.segmentLeft.get(entry.segment) ?? 0) + 1);
    });
    if (numbers.length > 0) void this.flush();
  }

  private async getMany(keys: readonly string[]): Promise<unknown[]> {
    const out: unknown[] = [];
    for (const part of chunks(keys, READ_BATCH)) {
      const values = await this.keyv.getMany(part);
      for (const v of values) out.push(v === null ? undefined : v);
    }
    return out;
  }
}
