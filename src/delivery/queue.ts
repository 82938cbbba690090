import { JOB_PRIORITY, type OutboxJob } from "../store/outbox.js";
import type { SendRateLimiter } from "./rateLimiter.js";

interface ChatLane {
  chatId: number;
  /** Sorted by priority, then by arrival. */
  jobs: Array<{ job: OutboxJob; seq: number }>;
  /** A message to this chat is on its way: the next one waits, so a chat's messages stay in order. */
  busy: boolean;
  /** Retry or backoff time set for the head job. */
  notBefore: number;
  /** Bumped whenever the lane is (re)scheduled; older heap and queue entries are then ignored. */
  ticket: number;
}

interface Ticket {
  chatId: number;
  ticket: number;
}

interface Timed extends Ticket {
  at: number;
}

/** A job with the time its send is booked for, or how long until one may be taken. */
export type Take = { job: OutboxJob; sendAt: number } | { waitMs: number } | null;

/**
 * A job is handed out up to this long before its booked send time, so reading its chat and incident
 * and rendering it happen before the slot, and the request leaves exactly on time.
 */
export const LOOKAHEAD_MS = 100;

const LOWEST = Math.max(...Object.values(JOB_PRIORITY));

/** A kind this release does not know (stored by a newer one) goes last rather than nowhere. */
function priorityOf(job: OutboxJob): number {
  return JOB_PRIORITY[job.kind] ?? LOWEST;
}

/** A binary min-heap on `at`. */
class TimeHeap {
  private readonly items: Timed[] = [];
  get size(): number {
    return this.items.length;
  }
  peek(): Timed | undefined {
    return this.items[0];
  }
  push(item: Timed): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (a[parent]!.at <= a[i]!.at) break;
      [a[parent], a[i]] = [a[i]!, a[parent]!];
      i = parent;
    }
  }
  pop(): Timed | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let min = i;
        if (l < a.length && a[l]!.at < a[min]!.at) min = l;
        if (r < a.length && a[r]!.at < a[min]!.at) min = r;
        if (min === i) break;
        [a[min], a[i]] = [a[i]!, a[min]!];
        i = min;
      }
    }
    return top;
  }
}

/** A FIFO with O(1) push and shift. */
class Fifo<T> {
  private items: T[] = [];
  private head = 0;
  get size(): number {
    return this.items.length - this.head;
  }
  push(item: T): void {
    this.items.push(item);
  }
  peek(): T | undefined {
    return this.items[this.head];
  }
  shift(): T | undefined {
    const item = this.items[this.head++];
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

/**
 * The in-memory schedule of the outbox: which message goes next. One lane per chat (one message in
 * flight per chat, in order); lanes whose chat may receive now wait in one FIFO per priority
 * (alerts, then updates, then digests), the others in a heap by the time their chat's limits allow.
 * Pure: time is passed in, nothing is sent or stored here.
 */
export class DeliveryQueue {
  private readonly lanes = new Map<number, ChatLane>();
  private readonly jobChat = new Map<string, number>();
  private readonly waiting = new TimeHeap();
  private readonly ready = Object.values(JOB_PRIORITY).map(() => new Fifo<Ticket>());
  private seq = 0;

  constructor(private readonly limiter: SendRateLimiter) {}

  /** Jobs held, in flight included. */
  get size(): number {
    return this.jobChat.size;
  }

  has(jobId: string): boolean {
    return this.jobChat.has(jobId);
  }

  /** Adds a job unless one with its id is already held; true when added. */
  add(job: OutboxJob, now: number): boolean {
    if (this.jobChat.has(job.id)) return false;
    this.jobChat.set(job.id, job.chatId);
    let lane = this.lanes.get(job.chatId);
    if (!lane) {
      lane = { chatId: job.chatId, jobs: [], busy: false, notBefore: 0, ticket: 0 };
      this.lanes.set(job.chatId, lane);
    }
    const entry = { job, seq: this.seq++ };
    const priority = priorityOf(job);
    let i = lane.jobs.length;
    while (i > 0 && priorityOf(lane.jobs[i - 1]!.job) > priority) i--;
    // The job in flight stays first whatever its priority.
    if (lane.busy && i === 0) i = 1;
    lane.jobs.splice(i, 0, entry);
    if (!lane.busy && i === 0) this.schedule(lane, now);
    return true;
  }

  /**
   * The next job that may be sent — its chat is marked busy and a send slot at `sendAt` (now, or
   * within LOOKAHEAD_MS) is booked against the limits — or how long to wait for one, or null when
   * nothing can go until a send finishes or a job is added.
   */
  take(now: number): Take {
    this.promote(now);
    for (const fifo of this.ready) {
      while (fifo.size > 0) {
        const head = fifo.peek()!;
        const lane = this.current(head);
        if (!lane) {
          fifo.shift();
          continue;
        }
        const global = this.limiter.globalReadyAt(now);
        if (global > now + LOOKAHEAD_MS) return { waitMs: global - now - LOOKAHEAD_MS };
        fifo.shift();
        const chatAt = Math.max(lane.notBefore, this.limiter.chatReadyAt(lane.chatId, now));
        if (chatAt > now) {
          this.waiting.push({ at: chatAt, chatId: lane.chatId, ticket: lane.ticket });
          continue;
        }
        const sendAt = this.limiter.book(lane.chatId, now);
        lane.busy = true;
        lane.ticket++;
        return { job: lane.jobs[0]!.job, sendAt };
      }
    }
    const next = this.waiting.peek();
    return next
      ? { waitMs: Math.max(1, Math.max(next.at, this.limiter.globalReadyAt(now) - LOOKAHEAD_MS) - now) }
      : null;
  }

  /** The job is finished (sent or dropped): its chat's next job may be scheduled. */
  done(job: OutboxJob, now: number): void {
    const lane = this.lanes.get(job.chatId);
    this.jobChat.delete(job.id);
    if (!lane) return;
    lane.jobs = lane.jobs.filter((e) => e.job.id !== job.id);
    lane.busy = false;
    lane.notBefore = 0;
    if (lane.jobs.length === 0) this.lanes.delete(job.chatId);
    else this.schedule(lane, now);
  }

  /** The job stays first in its chat and is tried again at `at` (or when the chat's limits allow). */
  retry(job: OutboxJob, at: number, now: number): void {
    const lane = this.lanes.get(job.chatId);
    if (!lane) return;
    const entry = lane.jobs.find((e) => e.job.id === job.id);
    if (entry) entry.job = job;
    lane.busy = false;
    lane.notBefore = at;
    this.schedule(lane, now);
  }

  /** Removes every job of a chat (blocked, migrated) and returns them; in-flight one included. */
  dropChat(chatId: number): OutboxJob[] {
    const lane = this.lanes.get(chatId);
    if (!lane) return [];
    this.lanes.delete(chatId);
    for (const e of lane.jobs) this.jobChat.delete(e.job.id);
    return lane.jobs.map((e) => e.job);
  }

  /** The chat's queued jobs in the order they will go. */
  jobsOf(chatId: number): OutboxJob[] {
    return this.lanes.get(chatId)?.jobs.map((e) => e.job) ?? [];
  }

  private schedule(lane: ChatLane, now: number): void {
    lane.ticket++;
    const head = lane.jobs[0];
    if (!head || lane.busy) return;
    const at = Math.max(lane.notBefore, this.limiter.chatReadyAt(lane.chatId, now));
    if (at <= now) this.ready[priorityOf(head.job)]!.push({ chatId: lane.chatId, ticket: lane.ticket });
    else this.waiting.push({ at, chatId: lane.chatId, ticket: lane.ticket });
  }

  /** Moves lanes whose time has come from the heap to the ready queues. */
  private promote(now: number): void {
    for (let top = this.waiting.peek(); top && top.at <= now; top = this.waiting.peek()) {
      this.waiting.pop();
      const lane = this.current(top);
      if (!lane) continue;
      const at = Math.max(lane.notBefore, this.limiter.chatReadyAt(lane.chatId, now));
      if (at > now) this.waiting.push({ ...top, at });
      else this.ready[priorityOf(lane.jobs[0]!.job)]!.push({ chatId: top.chatId, ticket: top.ticket });
    }
  }

  private current(entry: Ticket): ChatLane | undefined {
    const lane = this.lanes.get(entry.chatId);
    return lane && !lane.busy && lane.ticket === entry.ticket && lane.jobs.length > 0 ? lane : undefined;
  }
}
