import type Keyv from "keyv";
import { KeyedMutex } from "./lock.js";
import { getRecord, setRecord } from "./records.js";

/** Per-feed health, schedule and fetch state (conditional GET validators). */
export interface FeedState {
  url: string;
  title: string | null;
  /** False until the first successful poll: items found then are old news and are not alerted. */
  primed: boolean;
  lastSuccessAt: string | null;
  lastErrorAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  itemsSeen: number;
  etag: string | null;
  lastModified: string | null;
  /** When the current run of failures began (null while the feed works). */
  failingSince?: string | null;
  /** After a failure the feed is skipped until then (exponential back-off). */
  nextAttemptAt?: string | null;
  /** Paused feeds are not polled: by an admin (/pausefeed) or after failing for days. */
  paused?: boolean;
  pausedReason?: "admin" | "failing" | null;
  pausedAt?: string | null;
  /**
   * Listed by the operator in FEEDS: read as given, even on a private network. Feeds added from
   * Telegram are not, so every fetch of theirs (and every redirect hop) is checked against SSRF.
   */
  trusted?: boolean;
  addedAt?: string | null;
  /** Telegram user id of the admin who added it; null for FEEDS. */
  addedBy?: number | null;
}

export function newFeedState(url: string): FeedState {
  return {
    url,
    title: null,
    primed: false,
    lastSuccessAt: null,
    lastErrorAt: null,
    lastError: null,
    consecutiveFailures: 0,
    itemsSeen: 0,
    etag: null,
    lastModified: null,
    failingSince: null,
    nextAttemptAt: null,
    paused: false,
    pausedReason: null,
    pausedAt: null,
    trusted: false,
    addedAt: null,
    addedBy: null,
  };
}

const LIST_KEY = "feeds:list";
/** Every URL ever seeded from FEEDS: a feed an admin removed is not brought back by a restart. */
const SEEDED_KEY = "feeds:seeded";

/** The feed list (explicit index key, keyv has no queries) and each feed's state under `feed:<url>`. */
export class FeedStateRepo {
  private readonly mutex = new KeyedMutex();
  constructor(private readonly keyv: Keyv) {}

  async get(url: string): Promise<FeedState> {
    const stored = await getRecord<FeedState>(this.keyv, `feed:${url}`);
    return stored ? { ...newFeedState(url), ...stored } : newFeedState(url);
  }

  async save(state: FeedState): Promise<void> {
    await setRecord(this.keyv, `feed:${state.url}`, state);
  }

  /** URLs of every feed to poll (paused ones included), in the order they were added. */
  async list(): Promise<string[]> {
    return (await getRecord<string[]>(this.keyv, LIST_KEY)) ?? [];
  }

  async has(url: string): Promise<boolean> {
    return (await this.list()).includes(url);
  }

  /**
   * Adds the operator's FEEDS that were never seeded before, as trusted feeds. The first start
   * seeds them all; a feed later added to FEEDS joins; one an admin removed stays removed.
   */
  async seed(urls: readonly string[], now: Date): Promise<string[]> {
    return this.mutex.run(LIST_KEY, async () => {
      const seeded = new Set((await getRecord<string[]>(this.keyv, SEEDED_KEY)) ?? []);
      const list = await this.list();
      const added: string[] = [];
      for (const url of urls) {
        if (seeded.has(url)) continue;
        seeded.add(url);
        if (!list.includes(url)) {
          list.push(url);
          added.push(url);
        }
        const state = await this.get(url);
        await this.save({ ...state, trusted: true, addedAt: state.addedAt ?? now.toISOString() });
      }
      await setRecord(this.keyv, LIST_KEY, list);
      await setRecord(this.keyv, SEEDED_KEY, [...seeded]);
      return added;
    });
  }

  /** Adds a feed (false when it is already listed). */
  async add(url: string, init: Partial<FeedState>): Promise<boolean> {
    return this.mutex.run(LIST_KEY, async () => {
      const list = await this.list();
      if (list.includes(url)) return false;
      await this.save({ ...newFeedState(url), ...init, url });
      await setRecord(this.keyv, LIST_KEY, [...list, url]);
      return true;
    });
  }

  /** Removes a feed and its state (false when it was not listed). */
  async remove(url: string): Promise<boolean> {
    return this.mutex.run(LIST_KEY, async () => {
      const list = await this.list();
      if (!list.includes(url)) return false;
      await setRecord(
        this.keyv,
        LIST_KEY,
        list.filter((u) => u !== url),
      );
      await this.keyv.delete(`feed:${url}`);
      return true;
    });
  }

  /**
   * A permanent redirect: the feed keeps its identity (state, place in the list) under the new URL.
   * When the new URL is already listed, the old entry simply goes.
   */
  async move(from: string, to: string, change: (state: FeedState) => FeedState = (s) => s): Promise<void> {
    await this.mutex.run(LIST_KEY, async () => {
      const list = await this.list();
      if (!list.includes(from)) return;
      const already = list.includes(to);
      const next = already ? list.filter((u) => u !== from) : list.map((u) => (u === from ? to : u));
      if (!already) {
        const state = await this.get(from);
        await this.save(change({ ...state, url: to }));
      }
      await setRecord(this.keyv, LIST_KEY, next);
      await this.keyv.delete(`feed:${from}`);
    });
  }

  /** Reads, changes and writes one feed's state under a per-feed lock. */
  async update(url: string, change: (state: FeedState) => FeedState): Promise<FeedState> {
    return this.mutex.run(`feed:${url}`, async () => {
      const next = change(await this.get(url));
      await this.save(next);
      return next;
    });
  }
}
