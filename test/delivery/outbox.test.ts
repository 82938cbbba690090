import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { OutboxJob } from "../../src/store/outbox.js";
import { Store } from "../../src/store/store.js";

const dir = mkdtempSync(join(tmpdir(), "sitrep-outbox-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = "2026-11-21T12:00:00.000Z";
let files = 0;

const alert = (chatId: number, incident = "i1"): OutboxJob => ({
  id: `alert:${incident}:${chatId}`,
  chatId,
  kind: "alert",
  incidentId: incident,
  createdAt: at,
  attempts: 0,
});

const sent = (messageId: number) => ({ messageId, at, outcome: "sent" as const });

/** Two stores over one backend, as before and after a restart (memory: the same Keyv). */
async function reopenable(kind: "memory" | "sqlite") {
  const url = kind === "memory" ? "memory://" : `sqlite://${join(dir, `o${files++}.sqlite`)}`;
  const first = await Store.open(url);
  return {
    first,
    reopen: async () => (kind === "memory" ? new Store(first.keyv) : Store.open(url)),
  };
}

async function storedKeys(store: Store, prefix: string, ids: readonly string[]): Promise<number> {
  const values = await store.keyv.getMany(ids.map((id) => `${prefix}${id}`));
  return values.filter((v) => v !== undefined && v !== null).length;
}

describe.each([["memory" as const], ["sqlite" as const]])("outbox over %s", (kind) => {
  test("a restart resumes exactly the jobs not finished, with their progress", async () => {
    const { first, reopen } = await reopenable(kind);
    const jobs = Array.from({ length: 600 }, (_, i) => alert(i + 1));
    expect(await first.outbox.enqueue(jobs)).toBe(600);
    for (const job of jobs.slice(0, 520)) await first.outbox.finish(job, sent(job.chatId));
    await first.outbox.saveProgress({ ...jobs[520]!, attempts: 3, sentParts: [41] });
    await first.outbox.flush();
    if (kind === "sqlite") await first.close();

    const second = await reopen();
    const pending = await second.outbox.load();
    expect(pending.map((j) => j.chatId)).toEqual(jobs.slice(520).map((j) => j.chatId));
    expect(pending[0]).toMatchObject({ attempts: 3, sentParts: [41] });
    // Finished jobs are never queued again; pending ones are not doubled.
    expect(await second.outbox.enqueue(jobs)).toBe(0);
    expect((await second.outbox.sentRecord(jobs[5]!.id))?.messageId).toBe(6);
    await second.close();
  });

  test("enqueue is a few writes for thousands of jobs, not one per job", async () => {
    const { first } = await reopenable(kind);
    const written = new Set<string>();
    const setMany = first.keyv.setMany.bind(first.keyv);
    const set = first.keyv.set.bind(first.keyv);
    first.keyv.setMany = (entries) => {
      for (const e of entries) written.add(e.key);
      return setMany(entries);
    };
    first.keyv.set = (key, value, ttl) => {
      written.add(key);
      return set(key, value, ttl);
    };
    await first.outbox.enqueue(Array.from({ length: 2000 }, (_, i) => alert(i + 1)));
    // Four segments of 500 and the head.
    expect([...written].sort()).toEqual([
      "outbox:head",
      "outbox:seg:0",
      "outbox:seg:1",
      "outbox:seg:2",
      "outbox:seg:3",
    ]);
    await first.close();
  });

  test("finished segments and state records are cleaned up; done markers stay", async () => {
    const { first } = await reopenable(kind);
    const jobs = Array.from({ length: 600 }, (_, i) => alert(i + 1, "c"));
    await first.outbox.enqueue(jobs);
    await first.outbox.saveProgress({ ...jobs[0]!, attempts: 1 });
    for (const job of jobs) await first.outbox.finish(job, sent(1));
    await first.outbox.flush();
    expect(await storedKeys(first, "outbox:seg:", ["0", "1"])).toBe(0);
    expect(await storedKeys(first, "outbox:state:", [jobs[0]!.id])).toBe(0);
    expect(
      await storedKeys(
        first,
        "outbox:done:",
        jobs.map((j) => j.id),
      ),
    ).toBe(600);
    expect(await first.outbox.pendingCount()).toBe(0);
    // New jobs after a clean-up land in new segments and survive a restart too.
    await first.outbox.enqueue([alert(5000, "d")]);
    expect(await new Store(first.keyv).outbox.pending()).toEqual([alert(5000, "d")]);
    await first.close();
  });

  test("an enqueue cut short before its head was written is not seen", async () => {
    const { first, reopen } = await reopenable(kind);
    await first.outbox.enqueue([alert(1)]);
    // What a crash between writing a segment and the head leaves behind.
    await first.keyv.set("outbox:seg:1", { v: 1, data: [alert(2)] });
    if (kind === "sqlite") await first.close();
    const second = await reopen();
    expect((await second.outbox.load()).map((j) => j.chatId)).toEqual([1]);
    // The next enqueue reuses the segment number.
    await second.outbox.enqueue([alert(3)]);
    expect((await second.outbox.pending()).map((j) => j.chatId)).toEqual([1, 3]);
    await second.close();
  });

  test("listeners hear of new jobs only", async () => {
    const { first } = await reopenable(kind);
    const heard: string[] = [];
    const off = first.outbox.onEnqueued((jobs) => heard.push(...jobs.map((j) => j.id)));
    await first.outbox.enqueue([alert(1), alert(2)]);
    await first.outbox.enqueue([alert(2), alert(3)]);
    off();
    await first.outbox.enqueue([alert(4)]);
    expect(heard).toEqual(["alert:i1:1", "alert:i1:2", "alert:i1:3"]);
    await first.close();
  });
});
