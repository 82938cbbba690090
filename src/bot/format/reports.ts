import type { Incident } from "../../analysis/incidents.js";
import { escapeHtml, link, packBlocks } from "./html.js";
import {
  airDefenceText,
  casualtyText,
  formatIncident,
  formatTime,
  incidentHeadline,
  placeName,
  type View,
} from "./incident.js";

const MAX_CITIES_IN_LATEST = 15;
const MAX_AID_IN_LATEST = 5;
const MAX_AIR_DEFENCE_IN_LATEST = 3;

/** /city answer: header and one block per incident, split into messages under Telegram's limit. */
export function formatCityReport(city: string, incidents: readonly Incident[], view: View): string[] {
  const name = escapeHtml(placeName(city, view.locale));
  if (incidents.length === 0) return [view.t("city-none", { city: name })];
  return packBlocks([view.t("city-header", { city: name }), ...incidents.map((i) => formatIncident(i, view))]);
}

/** /latest answer: strikes per city with totals, air-defence figures, latest aid news. */
export function formatLatest(incidents: readonly Incident[], view: View): string[] {
  const strikes = incidents.filter((i) => i.kind === "strike");
  const aid = incidents.filter((i) => i.kind === "aid");
  if (strikes.length === 0 && aid.length === 0) return [view.t("latest-empty")];
  const blocks: string[] = [view.t("latest-header")];

  const byPlace = new Map<string, Incident[]>();
  for (const incident of strikes) {
    const place = incident.cities[0] ?? incident.regions[0];
    if (!place) continue;
    byPlace.set(place, [...(byPlace.get(place) ?? []), incident]);
  }
  if (byPlace.size > 0) {
    const ranked = [...byPlace.entries()].sort(
      (a, b) => severity(b[1]) - severity(a[1]) || Date.parse(b[1][0]!.occurredAt) - Date.parse(a[1][0]!.occurredAt),
    );
    const lines = ranked.slice(0, MAX_CITIES_IN_LATEST).map(([place, list]) => {
      const killed = sumKnown(list.map((i) => i.killed));
      const injured = sumKnown(list.map((i) => i.injured));
      const figures = casualtyText({ killed, injured }, view);
      const newest = list[0]!;
      const parts = [`<b>${escapeHtml(placeName(place, view.locale))}</b>`];
      if (figures) parts.push(escapeHtml(figures));
      parts.push(
        `${escapeHtml(formatTime(newest.occurredAt, view))}, ${link(newest.sources[0]?.link ?? null, newest.sources[0]?.source ?? "source")}`,
      );
      return `• ${parts.join(" · ")}`;
    });
    if (ranked.length > MAX_CITIES_IN_LATEST)
      lines.push(view.t("latest-more", { count: ranked.length - MAX_CITIES_IN_LATEST }));
    blocks.push([view.t("latest-strikes"), ...lines].join("\n"));
  }

  const airDefence = strikes.filter((i) => airDefenceText(i, view) !== "").slice(0, MAX_AIR_DEFENCE_IN_LATEST);
  if (airDefence.length > 0) {
    const lines = airDefence.map(
      (i) =>
        `• ${escapeHtml(formatTime(i.occurredAt, view))}: ${escapeHtml(airDefenceText(i, view))} (${link(i.sources[0]?.link ?? null, i.sources[0]?.source ?? "source")})`,
    );
    blocks.push([view.t("latest-air-defence"), ...lines].join("\n"));
  }

  if (aid.length > 0) {
    const lines = aid
      .slice(0, MAX_AID_IN_LATEST)
      .map(
        (i) =>
          `• ${incidentHeadline(i, view)}: ${link(i.sources[0]?.link ?? null, i.sources[0]?.title ?? i.sources[0]?.source ?? "source")}`,
      );
    blocks.push([view.t("latest-aid"), ...lines].join("\n"));
  }
  return packBlocks(blocks);
}

function severity(list: readonly Incident[]): number {
  return list.reduce((sum, i) => sum + (i.killed ?? 0) * 10 + (i.injured ?? 0), 0) + list.length;
}

function sumKnown(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}
