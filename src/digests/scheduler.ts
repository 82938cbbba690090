import type { I18n } from "@grammyjs/i18n";
import { getPlace } from "../analysis/gazetteer/index.js";
import type { BotContext } from "../bot/context.js";
import { buildDigest, formatDigest, isQuiet } from "../bot/format/digest.js";
import type { View } from "../bot/format/incident.js";
import type { Logger } from "../logger.js";
import type { ChatSettings } from "../store/index.js";
import type { Store } from "../store/store.js";
import { lastOccurrence } from "./time.js";

const HOUR = 3_600_000;
/** A digest missed while the bot was down is still sent if the bot is back within this time. */
const CATCH_UP_MS = HOUR;
/** A digest never covers more than this, however long ago the last one was. */
const MAX_PERIOD_MS = 48 * HOUR;

export interface DigestDelivery {
  /** Deterministic per chat and slot, so a digest is queued once even if a tick repeats. */
  id: string;
  chatId: number;
  messages: string[];
}

export interface DigestSchedulerDeps {
  store: Store;
  logger: Logger;
  i18n: I18n<BotContext>;
  timezone: string;
  defaultLocale: string;
  now: () => Date;
  deliver: (delivery: DigestDelivery) => Promise<void>;
}

/**
 * Sends each chat's digest at its chosen local time (and the alerts held during its quiet hours
 * when they end). Runs every minute; a slot is handled once, and a slot missed while the bot was
 * down is caught up within the hour.
 */
export class DigestScheduler {
  constructor(private readonly deps: DigestSchedulerDeps) {}

  async tick(): Promise<number> {
    const now = this.deps.now();
    let sent = 0;
    for (const chat of await this.deps.store.chats.digestChats()) {
      try {
        if (chat.digest && (await this.runSlot(chat, "digest", chat.digest.time, now))) sent++;
        if (chat.quietHours && (await this.runSlot(chat, "held", chat.quietHours.to, now))) sent++;
      } catch (error) {
        this.deps.logger.error({ err: error, chat: chat.chatId }, "digest failed for a chat");
      }
    }
    if (sent > 0) this.deps.logger.info({ sent }, "digests queued");
    return sent;
  }

  private async runSlot(chat: ChatSettings, kind: "digest" | "held", time: string, now: Date): Promise<boolean> {
    const timezone = chat.timezone ?? this.deps.timezone;
    const slot = lastOccurrence(time, timezone, now);
    if (!slot) return false;
    const { store } = this.deps;
    const state = await store.digests.get(chat.chatId, kind);
    if (!state) {
      // Newly configured: the first digest is the first slot after the setting was made, covering
      // the day before it (a tick may first see the chat exactly at that slot).
      const configuredAt = new Date(Math.min(Date.parse(chat.updatedAt) || now.getTime(), now.getTime()));
      const before = lastOccurrence(time, timezone, configuredAt) ?? slot;
      await store.digests.set(chat.chatId, kind, {
        lastSlot: before.toISOString(),
        lastSentAt: new Date(now.getTime() - 24 * HOUR).toISOString(),
      });
      if (before.getTime() >= slot.getTime()) return false;
      return this.runSlot(chat, kind, time, now);
    }
    if (Date.parse(state.lastSlot) >= slot.getTime()) return false;
    if (now.getTime() - slot.getTime() > CATCH_UP_MS) {
      this.deps.logger.info({ chat: chat.chatId, kind, slot }, "digest slot missed by more than an hour; skipped");
      await store.digests.set(chat.chatId, kind, { lastSlot: slot.toISOString(), lastSentAt: state.lastSentAt });
      return false;
    }
    const from = new Date(Math.max(Date.parse(state.lastSentAt), now.getTime() - MAX_PERIOD_MS));
    const messages =
      kind === "digest" ? await this.digestMessages(chat, from, now) : await this.heldMessages(chat, from, now);
    // The slot is marked first: a crash after this line loses at most this one digest, never doubles it.
    await store.digests.set(chat.chatId, kind, { lastSlot: slot.toISOString(), lastSentAt: now.toISOString() });
    if (kind === "held") await store.digests.clearHeld(chat.chatId);
    if (messages.length === 0) return false;
    await this.deps.deliver({ id: `${kind}:${chat.chatId}:${slot.toISOString()}`, chatId: chat.chatId, messages });
    return true;
  }

  private view(chat: ChatSettings): View {
    const locale = chat.locale ?? chat.autoLocale ?? this.deps.defaultLocale;
    return {
      t: (key, vars) => this.deps.i18n.t(locale, key, vars),
      locale,
      timezone: chat.timezone ?? this.deps.timezone,
    };
  }

  private async digestMessages(chat: ChatSettings, from: Date, to: Date): Promise<string[]> {
    const digestCities = chat.subscriptions.filter((s) => s.mode !== "instant").map((s) => s.city);
    // A digest that came with subscriptions ends when none of them asks for it any more; a chat
    // with no subscriptions at all (a channel set up with /digest) gets the whole country.
    if (!chat.digest?.cities && digestCities.length === 0 && chat.subscriptions.length > 0) return [];
    const places = chat.digest?.cities ?? digestCities;
    const incidents = await this.deps.store.incidents.recent(from);
    const model = buildDigest(incidents, places, from, to, (city) => getPlace(city)?.region);
    if (isQuiet(model) && chat.digest?.onQuiet === "skip") return [];
    return formatDigest(model, this.view(chat));
  }

  private async heldMessages(chat: ChatSettings, from: Date, to: Date): Promise<string[]> {
    const held = await this.deps.store.digests.held(chat.chatId);
    if (!held || held.incidentIds.length === 0) return [];
    const incidents = await this.deps.store.incidents.getMany(held.incidentIds);
    const places = [...new Set(incidents.flatMap((i) => i.cities))];
    const model = buildDigest(
      incidents,
      places,
      new Date(Math.min(from.getTime(), Date.parse(held.since))),
      to,
      (c) => getPlace(c)?.region,
    );
    return formatDigest(model, this.view(chat), "digest-held-title");
  }
}
