import type { Incident } from "../../analysis/incidents.js";
import { escapeHtml, link, packBlocks } from "./html.js";
import { casualtyText, formatTime, incidentHeadline, placeName, type View } from "./incident.js";

export interface DigestModel {
  /** Period covered: since the previous digest. */
  from: string;
  to: string;
  /** Places the chat follows; empty = all of Ukraine. */
  places: string[];
  /** Strike incidents at those places, newest first. */
  strikes: Incident[];
  /** Nationwide air-defence figures of the period. */
  airDefence: {
    drones: { launched: number; downed: number };
    missiles: { launched: number; downed: number };
    reports: number;
  };
  aid: Incident[];
}

const MAX_STRIKE_LINES = 20;
const MAX_AID_LINES = 5;

/** Incidents of a period → what a digest says (numbers and choices, no wording). */
export function buildDigest(
  incidents: readonly Incident[],
  places: readonly string[],
  from: Date,
  to: Date,
  regionOf: (city: string) => string | undefined,
): DigestModel {
  const inPeriod = incidents.filter((i) => {
    const t = Date.parse(i.occurredAt);
    return t >= from.getTime() && t < to.getTime();
  });
  const wanted = new Set(places);
  const wantedRegions = new Set(places.map(regionOf).filter((r): r is string => r !== undefined));
  const strikes = inPeriod.filter(
    (i) =>
      i.kind === "strike" &&
      (wanted.size === 0
        ? i.cities.length > 0 || i.regions.length > 0
        : i.cities.some((c) => wanted.has(c)) || i.regions.some((r) => wantedRegions.has(r) && i.cities.length === 0)),
  );
  const airDefence = { drones: { launched: 0, downed: 0 }, missiles: { launched: 0, downed: 0 }, reports: 0 };
  // Nationwide Air Force reports carry the night's totals; summing per-city shares would double count.
  for (const i of inPeriod) {
    if (i.kind !== "strike" || i.cities.length > 0) continue;
    const has = [i.drones.launched, i.drones.downed, i.missiles.launched, i.missiles.downed].some((x) => x !== null);
    if (!has) continue;
    airDefence.reports++;
    airDefence.drones.launched += i.drones.launched ?? 0;
    airDefence.drones.downed += i.drones.downed ?? 0;
    airDefence.missiles.launched += i.missiles.launched ?? 0;
    airDefence.missiles.downed += i.missiles.downed ?? 0;
  }
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    places: [...places],
    strikes: strikes.sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt)),
    airDefence,
    aid: inPeriod.filter((i) => i.kind === "aid").sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt)),
  };
}

export function isQuiet(model: DigestModel): boolean {
  return model.strikes.length === 0 && model.aid.length === 0 && model.airDefence.reports === 0;
}

/** The digest as HTML messages (usually one), each under Telegram's limit. */
export function formatDigest(model: DigestModel, view: View, title = "digest-title"): string[] {
  const where =
    model.places.length === 0
      ? view.t("incident-nationwide")
      : model.places.map((p) => placeName(p, view.locale)).join(", ");
  const header = view.t(title, {
    places: escapeHtml(where),
    from: escapeHtml(formatTime(model.from, view)),
    to: escapeHtml(formatTime(model.to, view)),
  });
  if (isQuiet(model)) return [`${header}\n${view.t("digest-quiet")}`];
  const blocks = [header];
  if (model.strikes.length > 0) {
    const lines = model.strikes.slice(0, MAX_STRIKE_LINES).map((i) => {
      const first = i.sources[0];
      return `• ${incidentHeadline(i, view)} (${escapeHtml(formatTime(i.occurredAt, view))}, ${link(first?.link ?? null, first?.source ?? "source")})`;
    });
    if (model.strikes.length > MAX_STRIKE_LINES)
      lines.push(view.t("latest-more", { count: model.strikes.length - MAX_STRIKE_LINES }));
    const killed = model.strikes.reduce((sum, i) => sum + (i.killed ?? 0), 0);
    const injured = model.strikes.reduce((sum, i) => sum + (i.injured ?? 0), 0);
    const total = casualtyText({ killed, injured }, view);
    blocks.push(
      [
        view.t("latest-strikes"),
        ...lines,
        ...(total ? [view.t("digest-total", { figures: escapeHtml(total) })] : []),
      ].join("\n"),
    );
  }
  if (model.airDefence.reports > 0) {
    const { drones, missiles } = model.airDefence;
    const parts: string[] = [];
    if (missiles.launched || missiles.downed)
      parts.push(view.t("incident-missiles", { launched: missiles.launched, downed: missiles.downed }));
    if (drones.launched || drones.downed)
      parts.push(view.t("incident-drones", { launched: drones.launched, downed: drones.downed }));
    blocks.push(`${view.t("latest-air-defence")}\n${escapeHtml(parts.join("; "))}`);
  }
  if (model.aid.length > 0) {
    const lines = model.aid.slice(0, MAX_AID_LINES).map((i) => {
      const first = i.sources[0];
      return `• ${incidentHeadline(i, view)}: ${link(first?.link ?? null, first?.title ?? first?.source ?? "source")}`;
    });
    blocks.push([view.t("latest-aid"), ...lines].join("\n"));
  }
  return packBlocks(blocks);
}
