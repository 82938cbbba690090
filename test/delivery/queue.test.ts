import { describe, expect, test } from "vitest";
import { DeliveryQueue, type Take } from "../../src/delivery/queue.js";
import { SendRateLimiter } from "../../src/delivery/rateLimiter.js";
import type { OutboxJob } from "../../src/store/outbox.js";

const created = "2026-11-21T12:00:00.000Z";
const alert = (chatId: number, incident = "i1"): OutboxJob => ({
  id: `alert:${incident}:${chatId}`,
  chatId,
  kind: "alert",
  incidentId: incident,
  createdAt: created,
  attempts: 0,
});
const update = (chatId: number, revision = 2): OutboxJob => ({
  id: `update:i1:${revision}:${chatId}`,
  chatId,
  kind: "update",
  incidentId: "i1",
  replyTo: 1,
  createdAt: created,
  attempts: 0,
});
const digest = (chatId: number, n = 1): OutboxJob => ({
  id: `digest:${n}:${chatId}`,
  chatId,
  kind: "digest",
  parts: ["digest"],
  createdAt: created,
  attempts: 0,
});

function queueWith(globalPerSecond = 1_000_000) {
  const limiter = new SendRateLimiter({
    globalPerSecond,
    privateIntervalMs: 1000,
    groupPerMinute: 20,
    groupIntervalMs: 1000,
  });
  return new DeliveryQueue(limiter);
}

const jobOf = (take: Take) => (take && "job" in take ? take.job : undefined);

/** Takes and finishes jobs from `from`, following the queue's waits up to `until`; ids in order. */
function drain(queue: DeliveryQueue, from: number, until = from + 500): string[] {
  const ids: string[] = [];
  let now = from;
  for (;;) {
    const take = queue.take(now);
    if (take === null) return ids;
    if ("waitMs" in take) {
      if (now + take.waitMs > until) return ids;
      now += take.waitMs;
      continue;
    }
    ids.push(take.job.id);
    queue.done(take.job, now);
  }
}

describe("DeliveryQueue", () => {
  test("alerts before updates before digests, each kind in arrival order", () => {
    const queue = queueWith();
    for (const job of [digest(1), update(2), alert(3), digest(4), alert(5), update(6)]) queue.add(job, 0);
    expect(drain(queue, 0)).toEqual([
      "alert:i1:3",
      "alert:i1:5",
      "update:i1:2:2",
      "update:i1:2:6",
      "digest:1:1",
      "digest:1:4",
    ]);
  });

  test("one message in flight per chat; the chat's next waits for its limit while other chats go", () => {
    const queue = queueWith();
    queue.add(alert(1, "a"), 0);
    queue.add(alert(1, "b"), 0);
    queue.add(alert(2, "a"), 0);
    const first = jobOf(queue.take(0));
    expect(first?.id).toBe("alert:a:1");
    // Chat 1 is busy: chat 2 goes.
    expect(jobOf(queue.take(1))?.id).toBe("alert:a:2");
    expect(queue.take(2)).toBeNull();
    queue.done(first!, 10);
    // A private chat gets one message a second.
    expect(queue.take(10)).toEqual({ waitMs: 990 });
    expect(jobOf(queue.take(1000))?.id).toBe("alert:b:1");
  });

  test("an alert added to a chat jumps its queued digest", () => {
    const queue = queueWith();
    queue.add(digest(1), 0);
    queue.add(alert(1), 0);
    expect(drain(queue, 0)).toEqual(["alert:i1:1"]);
    expect(drain(queue, 1000)).toEqual(["digest:1:1"]);
  });

  test("the global pace books sends one interval apart, handed out up to 100 ms ahead", () => {
    const queue = queueWith(10);
    for (let chat = 1; chat <= 4; chat++) queue.add(alert(chat), 0);
    expect(queue.take(0)).toMatchObject({ job: { chatId: 1 }, sendAt: 0 });
    expect(queue.take(0)).toMatchObject({ job: { chatId: 2 }, sendAt: 100 });
    expect(queue.take(0)).toEqual({ waitMs: 100 });
    expect(queue.take(100)).toMatchObject({ job: { chatId: 3 }, sendAt: 200 });
  });

  test("a retried job stays first in its chat and waits until its time", () => {
    const queue = queueWith();
    queue.add(alert(1, "a"), 0);
    queue.add(alert(1, "b"), 0);
    const job = jobOf(queue.take(0))!;
    queue.retry({ ...job, attempts: 1 }, 5000, 0);
    expect(queue.take(1000)).toEqual({ waitMs: 4000 });
    const again = jobOf(queue.take(5000));
    expect(again).toMatchObject({ id: "alert:a:1", attempts: 1 });
  });

  test("a job is held once; dropping a chat returns all of its jobs", () => {
    const queue = queueWith();
    expect(queue.add(alert(1), 0)).toBe(true);
    expect(queue.add(alert(1), 0)).toBe(false);
    queue.add(digest(1), 0);
    queue.add(alert(2), 0);
    const inFlight = jobOf(queue.take(0))!;
    expect(queue.dropChat(inFlight.chatId).map((j) => j.id)).toEqual(["alert:i1:1", "digest:1:1"]);
    queue.done(inFlight, 0);
    expect(queue.size).toBe(1);
    expect(drain(queue, 0)).toEqual(["alert:i1:2"]);
  });

  test("10,000 chats go out in arrival order", () => {
    const queue = queueWith();
    for (let chat = 1; chat <= 10_000; chat++) queue.add(alert(chat), 0);
    const order = drain(queue, 0, Number.POSITIVE_INFINITY).map((id) => Number(id.split(":")[2]));
    expect(order).toHaveLength(10_000);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});
