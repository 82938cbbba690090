import type Keyv from "keyv";
import type { Incident } from "../analysis/incidents.js";
import { KeyedMutex } from "./lock.js";
import { getRecord, setRecord } from "./records.js";

const DAY = 86_400_000;

/** Per-feed health and fetch state (conditional GET validators). */
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
  };
}

export class FeedStateRepo {
  constructor(private readonly keyv: Keyv) {}
  async get(url: string): Promise<FeedState> {
    return (await getRecord<FeedState>(this.keyv, `feed:${url}`)) ?? newFeedState(url);
  }
  async save(state: FeedState): Promise<void> {
    await setRecord(this.keyv, `feed:${state.url}`, state);
  }
}

/**
 * Items already processed, under several keys each (feed+guid, canonical link, content hash),
 * so a restart, a re-ordered feed or a syndicated copy never counts as new.
 */
export class SeenItemRepo {
  private static readonly TTL = 90 * DAY;
  constructor(private readonly keyv: Keyv) {}
  async anySeen(keys: readonly string[]): Promise<boolean> {
    const values = await this.keyv.getMany(keys.map((k) => `seen:${k}`));
    return values.some((v) => v !== undefined && v !== null);
  }
  async markSeen(keys: readonly string[], at: Date): Promise<void> {
    await this.keyv.setMany(keys.map((k) => ({ key: `seen:${k}`, value: at.getTime(), ttl: SeenItemRepo.TTL })));
  }
}

interface IndexEntry {
  id: string;
  at: number;
}

/** Incidents by id, plus explicit index lists (keyv has no queries): all recent, and per city. */
export class IncidentRepo {
  private static readonly KEEP_MS = 30 * DAY;
  private static readonly MAX_INDEX = 3000;
  private readonly mutex = new KeyedMutex();
  constructor(private readonly keyv: Keyv) {}

  async get(id: string): Promise<Incident | undefined> {
    return getRecord<Incident>(this.keyv, `incident:${id}`);
  }

  async getMany(ids: readonly string[]): Promise<Incident[]> {
    if (ids.length === 0) return [];
    const raw = await this.keyv.getMany(ids.map((id) => `incident:${id}`));
    return raw
      .map((r) =>
        r && typeof r === "object" && (r as { v?: number }).v === 1 ? (r as { data: Incident }).data : undefined,
      )
      .filter((x): x is Incident => x !== undefined);
  }

  async save(incident: Incident, now: Date): Promise<void> {
    await setRecord(this.keyv, `incident:${incident.id}`, incident, IncidentRepo.KEEP_MS + 7 * DAY);
    const at = Date.parse(incident.occurredAt);
    await this.addToIndex("incidents:recent", incident.id, at, now);
    for (const city of incident.cities) await this.addToIndex(`city:${city}:incidents`, incident.id, at, now);
  }

  /** Incidents that happened at or after `since`, newest first. */
  async recent(since: Date): Promise<Incident[]> {
    return this.fromIndex("incidents:recent", since);
  }

  async forCity(city: string, since: Date): Promise<Incident[]> {
    return this.fromIndex(`city:${city}:incidents`, since);
  }

  private async fromIndex(key: string, since: Date): Promise<Incident[]> {
    const index = (await getRecord<IndexEntry[]>(this.keyv, key)) ?? [];
    const ids = index.filter((e) => e.at >= since.getTime()).map((e) => e.id);
    const incidents = await this.getMany(ids);
    return incidents.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt));
  }

  private async addToIndex(key: string, id: string, at: number, now: Date): Promise<void> {
    await this.mutex.run(key, async () => {
      const index = (await getRecord<IndexEntry[]>(this.keyv, key)) ?? [];
      const cutoff = now.getTime() - IncidentRepo.KEEP_MS;
      const kept = index.filter((e) => e.id !== id && e.at >= cutoff);
      kept.push({ id, at });
      kept.sort((a, b) => a.at - b.at);
      await setRecord(this.keyv, key, kept.slice(-IncidentRepo.MAX_INDEX));
    });
  }
}

export interface ChatSettings {
  chatId: number;
  /** Chosen with /language; null = follow the user's Telegram language. */
  locale: string | null;
  /** The language the chat's users last spoke to the bot in; used for alerts when `locale` is unset. */
  autoLocale?: string | null;
  /** Canonical city names the chat receives instant alerts for. */
  cities: string[];
  /** Set when the bot is blocked or removed: subscriptions are kept but nothing is sent. */
  paused: boolean;
  /** private | group | supergroup | channel, as Telegram last reported it. */
  chatType?: string | null;
  /** Forum topic the chat's alerts and digests go to (set up inside a topic); null = the main chat. */
  threadId?: number | null;
  updatedAt: string;
}

/** Chat settings and subscriptions, with a city → chats index for fan-out. */
export class ChatRepo {
  private readonly mutex = new KeyedMutex();
  constructor(private readonly keyv: Keyv) {}

  async get(chatId: number): Promise<ChatSettings | undefined> {
    return getRecord<ChatSettings>(this.keyv, `chat:${chatId}`);
  }

  async update(chatId: number, change: (current: ChatSettings) => ChatSettings, now: Date): Promise<ChatSettings> {
    return this.mutex.run(`chat:${chatId}`, async () => {
      const current = (await this.get(chatId)) ?? {
        chatId,
        locale: null,
        cities: [],
        paused: false,
        updatedAt: now.toISOString(),
      };
      const next = { ...change(current), chatId, updatedAt: now.toISOString() };
      await setRecord(this.keyv, `chat:${chatId}`, next);
      const added = next.cities.filter((c) => !current.cities.includes(c));
      const removed = current.cities.filter((c) => !next.cities.includes(c));
      for (const city of added) await this.editIndex(city, (ids) => (ids.includes(chatId) ? ids : [...ids, chatId]));
      for (const city of removed) await this.editIndex(city, (ids) => ids.filter((id) => id !== chatId));
      return next;
    });
  }

  /** A group upgraded to a supergroup keeps its settings under the new id. */
  async migrate(fromId: number, toId: number, now: Date): Promise<void> {
    const old = await this.get(fromId);
    if (!old) return;
    await this.update(
      toId,
      (s) => ({
        ...s,
        locale: s.locale ?? old.locale,
        paused: false,
        cities: [...new Set([...s.cities, ...old.cities])],
      }),
      now,
    );
    await this.update(fromId, (s) => ({ ...s, cities: [], paused: true }), now);
  }

  /** Chats subscribed to the city that are not paused. */
  async subscribersOf(city: string): Promise<number[]> {
    const ids = (await getRecord<number[]>(this.keyv, `subs:city:${city}`)) ?? [];
    if (ids.length === 0) return [];
    const settings = await this.keyv.getMany(ids.map((id) => `chat:${id}`));
    return ids.filter((_, i) => {
      const s = settings[i] as { data?: ChatSettings } | undefined;
      return s?.data && !s.data.paused && s.data.cities.includes(city);
    });
  }

  private async editIndex(city: string, edit: (ids: number[]) => number[]): Promise<void> {
    const key = `subs:city:${city}`;
    await this.mutex.run(key, async () => {
      const ids = (await getRecord<number[]>(this.keyv, key)) ?? [];
      await setRecord(this.keyv, key, edit(ids));
    });
  }
}
