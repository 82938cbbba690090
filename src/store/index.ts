import type Keyv from "keyv";
import { getPlace } from "../analysis/gazetteer/index.js";
import type { Incident } from "../analysis/incidents.js";
import { KeyedMutex } from "./lock.js";
import { getRecord, setRecord } from "./records.js";

const DAY = 86_400_000;

export { type FeedState, FeedStateRepo, newFeedState } from "./feeds.js";

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

export type SubscriptionKind = "strike" | "aid";
export type DeliveryMode = "instant" | "digest" | "both";

/** One city a chat follows, and how. */
export interface Subscription {
  /** Canonical city name. */
  city: string;
  /** Also incidents elsewhere in the city's oblast. */
  includeOblast: boolean;
  /** Strikes on the place; aid news (aid is national, so "aid" means all aid reports). */
  kinds: SubscriptionKind[];
  /** Instant alerts, the daily digest, or both. */
  mode: DeliveryMode;
}

export interface DigestSettings {
  /** Local time "HH:MM" in the chat's time zone. */
  time: string;
  /** Places the digest covers; null = the chat's subscriptions. A channel sets them with /digest. */
  cities: string[] | null;
  /** Nothing to report: a one-line "quiet" digest, or no message at all. */
  onQuiet: "line" | "skip";
  /** When the last digest went out (its period ends there). */
  lastSentAt: string | null;
}

export interface QuietHours {
  /** "23:00" */
  from: string;
  /** "07:00": held alerts go out as a digest at this time. */
  to: string;
  /** Alerts that report people killed or injured still go through at night. */
  allowCasualties: boolean;
}

export interface ChatSettings {
  chatId: number;
  /** Chosen with /language; null = follow the user's Telegram language. */
  locale: string | null;
  /** The language the chat's users last spoke to the bot in; used for alerts when `locale` is unset. */
  autoLocale?: string | null;
  subscriptions: Subscription[];
  /** Set when the bot is blocked or removed: subscriptions are kept but nothing is sent. */
  paused: boolean;
  /** private | group | supergroup | channel, as Telegram last reported it. */
  chatType?: string | null;
  /** Forum topic the chat's alerts and digests go to (set up inside a topic); null = the main chat. */
  threadId?: number | null;
  /** IANA time zone for digests and quiet hours; null = the bot's TIMEZONE. */
  timezone?: string | null;
  digest?: DigestSettings | null;
  quietHours?: QuietHours | null;
  /** The group id this supergroup had before its migration: its earlier alerts are stored under it. */
  migratedFrom?: number | null;
  updatedAt: string;
}

export function newSubscription(city: string, overrides: Partial<Subscription> = {}): Subscription {
  return { city, includeOblast: false, kinds: ["strike"], mode: "instant", ...overrides };
}

export function emptyChatSettings(chatId: number, now: Date): ChatSettings {
  return { chatId, locale: null, subscriptions: [], paused: false, updatedAt: now.toISOString() };
}

/** Settings stored by an older release get today's shape. */
function normalise(raw: ChatSettings & { cities?: string[] }): ChatSettings {
  if (Array.isArray(raw.subscriptions)) return raw;
  const { cities = [], ...rest } = raw;
  return { ...rest, subscriptions: cities.map((city) => newSubscription(city)) };
}

const AID_INDEX = "subs:aid";
const DIGEST_INDEX = "digest:chats";

/** Index keys a chat belongs to: who gets instant alerts for which place, and who has digests. */
function indexKeys(settings: ChatSettings): Set<string> {
  const keys = new Set<string>();
  for (const sub of settings.subscriptions) {
    if (sub.mode === "digest") continue;
    if (sub.kinds.includes("strike")) {
      keys.add(`subs:city:${sub.city}`);
      const region = getPlace(sub.city)?.region;
      if (sub.includeOblast && region) keys.add(`subs:region:${region}`);
    }
    if (sub.kinds.includes("aid")) keys.add(AID_INDEX);
  }
  if (settings.digest || settings.quietHours) keys.add(DIGEST_INDEX);
  return keys;
}

/** Chat settings and subscriptions, with explicit place → chats indexes for fan-out. */
export class ChatRepo {
  private readonly mutex = new KeyedMutex();
  constructor(private readonly keyv: Keyv) {}

  async get(chatId: number): Promise<ChatSettings | undefined> {
    const raw = await getRecord<ChatSettings>(this.keyv, `chat:${chatId}`);
    return raw ? normalise(raw) : undefined;
  }

  async getMany(chatIds: readonly number[]): Promise<Array<ChatSettings | undefined>> {
    if (chatIds.length === 0) return [];
    const raw = await this.keyv.getMany(chatIds.map((id) => `chat:${id}`));
    return raw.map((r) => {
      const data = (r as { v?: number; data?: ChatSettings } | undefined)?.data;
      return data ? normalise(data) : undefined;
    });
  }

  async update(chatId: number, change: (current: ChatSettings) => ChatSettings, now: Date): Promise<ChatSettings> {
    return this.mutex.run(`chat:${chatId}`, async () => {
      const current = (await this.get(chatId)) ?? emptyChatSettings(chatId, now);
      const next = { ...change(current), chatId, updatedAt: now.toISOString() };
      await setRecord(this.keyv, `chat:${chatId}`, next);
      const before = indexKeys(current);
      const after = indexKeys(next);
      for (const key of after)
        if (!before.has(key)) await this.editIndex(key, (ids) => (ids.includes(chatId) ? ids : [...ids, chatId]));
      for (const key of before)
        if (!after.has(key)) await this.editIndex(key, (ids) => ids.filter((id) => id !== chatId));
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
        ...old,
        ...s,
        chatId: toId,
        chatType: "supergroup",
        locale: s.locale ?? old.locale,
        paused: false,
        subscriptions: mergeSubscriptions(s.subscriptions, old.subscriptions),
        digest: s.digest ?? old.digest ?? null,
        quietHours: s.quietHours ?? old.quietHours ?? null,
        migratedFrom: fromId,
      }),
      now,
    );
    await this.update(fromId, (s) => ({ ...s, subscriptions: [], digest: null, quietHours: null, paused: true }), now);
  }

  /** Chats (not paused) whose instant subscriptions may cover these places; the caller checks each subscription. */
  async instantCandidates(places: {
    cities: readonly string[];
    regions: readonly string[];
    aid: boolean;
  }): Promise<ChatSettings[]> {
    const keys = new Set<string>();
    const regions = new Set(places.regions);
    for (const city of places.cities) {
      keys.add(`subs:city:${city}`);
      const region = getPlace(city)?.region;
      if (region) regions.add(region);
    }
    for (const region of regions) keys.add(`subs:region:${region}`);
    if (places.aid) keys.add(AID_INDEX);
    return this.activeChats([...keys]);
  }

  /** Chats (not paused) with a digest or quiet hours configured. */
  async digestChats(): Promise<ChatSettings[]> {
    return this.activeChats([DIGEST_INDEX]);
  }

  /** Chats subscribed (instant, strikes) to the city that are not paused. */
  async subscribersOf(city: string): Promise<number[]> {
    const chats = await this.activeChats([`subs:city:${city}`]);
    return chats
      .filter((c) => c.subscriptions.some((s) => s.city === city && s.mode !== "digest"))
      .map((c) => c.chatId);
  }

  private async activeChats(indexKeyList: readonly string[]): Promise<ChatSettings[]> {
    const lists = await this.keyv.getMany([...indexKeyList]);
    const ids = new Set<number>();
    for (const list of lists) for (const id of (list as { data?: number[] } | undefined)?.data ?? []) ids.add(id);
    const settings = await this.getMany([...ids]);
    return settings.filter((s): s is ChatSettings => s !== undefined && !s.paused);
  }

  private async editIndex(key: string, edit: (ids: number[]) => number[]): Promise<void> {
    await this.mutex.run(key, async () => {
      const ids = (await getRecord<number[]>(this.keyv, key)) ?? [];
      await setRecord(this.keyv, key, edit(ids));
    });
  }
}

/** Union by city; the newer settings win for a city present in both. */
export function mergeSubscriptions(
  current: readonly Subscription[],
  incoming: readonly Subscription[],
): Subscription[] {
  const byCity = new Map(incoming.map((s) => [s.city, s]));
  for (const s of current) byCity.set(s.city, s);
  return [...byCity.values()];
}

/** Does this subscription ask for an instant alert about an incident at these places? */
export function subscriptionCovers(
  sub: Subscription,
  incident: { kind: "strike" | "aid"; cities: readonly string[]; regions: readonly string[] },
): boolean {
  if (sub.mode === "digest" || !sub.kinds.includes(incident.kind)) return false;
  if (incident.kind === "aid") return true;
  if (incident.cities.includes(sub.city)) return true;
  if (!sub.includeOblast) return false;
  const region = getPlace(sub.city)?.region;
  return (
    region !== undefined &&
    (incident.regions.includes(region) || incident.cities.some((c) => getPlace(c)?.region === region))
  );
}
