import { getPlace, getRegion } from "../../analysis/gazetteer/index.js";
import type { ChatSettings, DeliveryMode, DigestSettings, Subscription, SubscriptionKind } from "../../store/index.js";

/** Enough for a family spread over a few cities; more is a sign of scripted abuse. */
export const MAX_SUBSCRIPTIONS = 20;
/** Digest time a chat gets when it first asks for a digest without choosing one (inline toggle). */
export const DEFAULT_DIGEST_TIME = "08:00";
/** The times offered as buttons; any other HH:MM can be typed. */
export const DIGEST_TIME_CHOICES: readonly string[] = ["07:00", "08:00", "09:00", "20:00"];

/** "8:30", "08:30", "8.30", "0830" → "08:30"; anything else (or 24:00, 7:60) → undefined. */
export function parseClockTime(text: string): string | undefined {
  const m = /^([01]?\d|2[0-3])(?:[:.]?)([0-5]\d)$/.exec(text.trim());
  if (!m) return undefined;
  return `${m[1]!.padStart(2, "0")}:${m[2]}`;
}

/**
 * The oblast a subscription's "include oblast" would add, or undefined when there is none to add:
 * Kyiv and Sevastopol are regions of their own, so "the city's oblast" would be the city itself.
 */
export function oblastOf(city: string): string | undefined {
  const place = getPlace(city);
  if (!place || place.region === place.name || !getRegion(place.region)) return undefined;
  return place.region;
}

export type SaveOutcome = "added" | "updated" | "limit";

/**
 * Adds the subscription, or replaces the one for the same city. A subscription that wants a digest
 * gives the chat a digest at `digestTime` if it had none (an existing digest keeps its time).
 */
export function applySubscription(
  settings: ChatSettings,
  sub: Subscription,
  digestTime: string,
): { settings: ChatSettings; outcome: SaveOutcome } {
  const index = settings.subscriptions.findIndex((s) => s.city === sub.city);
  if (index < 0 && settings.subscriptions.length >= MAX_SUBSCRIPTIONS) return { settings, outcome: "limit" };
  const subscriptions =
    index < 0 ? [...settings.subscriptions, sub] : settings.subscriptions.map((s, i) => (i === index ? sub : s));
  const digest: DigestSettings | null | undefined =
    sub.mode !== "instant" && !settings.digest
      ? { time: digestTime, cities: null, onQuiet: "line", lastSentAt: null }
      : settings.digest;
  return {
    settings: { ...settings, paused: false, subscriptions, digest },
    outcome: index < 0 ? "added" : "updated",
  };
}

/** What a subscription's inline switches change. */
export type SubscriptionToggle = "strike" | "aid" | "instant" | "digest" | "oblast";

export type ToggleResult =
  | { ok: true; sub: Subscription }
  | { ok: false; reason: "last-kind" | "last-mode" | "no-oblast" };

const MODE_PARTS: Readonly<Record<DeliveryMode, ReadonlyArray<"instant" | "digest">>> = {
  instant: ["instant"],
  digest: ["digest"],
  both: ["instant", "digest"],
};

/** Flips one switch; a subscription always keeps at least one kind and one way of delivery. */
export function toggleSubscription(sub: Subscription, toggle: SubscriptionToggle): ToggleResult {
  if (toggle === "strike" || toggle === "aid") {
    const kinds: SubscriptionKind[] = sub.kinds.includes(toggle)
      ? sub.kinds.filter((k) => k !== toggle)
      : (["strike", "aid"] as const).filter((k) => k === toggle || sub.kinds.includes(k));
    return kinds.length === 0 ? { ok: false, reason: "last-kind" } : { ok: true, sub: { ...sub, kinds } };
  }
  if (toggle === "instant" || toggle === "digest") {
    const parts = MODE_PARTS[sub.mode];
    const next = parts.includes(toggle) ? parts.filter((p) => p !== toggle) : [...parts, toggle];
    if (next.length === 0) return { ok: false, reason: "last-mode" };
    const mode: DeliveryMode = next.length === 2 ? "both" : next[0]!;
    return { ok: true, sub: { ...sub, mode } };
  }
  if (!oblastOf(sub.city)) return { ok: false, reason: "no-oblast" };
  return { ok: true, sub: { ...sub, includeOblast: !sub.includeOblast } };
}

export function hasInstant(mode: DeliveryMode): boolean {
  return mode !== "digest";
}

export function hasDigest(mode: DeliveryMode): boolean {
  return mode !== "instant";
}
