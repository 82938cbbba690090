import type { Incident } from "../../analysis/incidents.js";
import { escapeHtml, link, packBlocks, TELEGRAM_TEXT_LIMIT, visibleLength } from "./html.js";
import {
  airDefenceText,
  casualtyText,
  formatIncident,
  formatTime,
  incidentHeadline,
  placeName,
  type View,
} from "./incident.js";
import { periodText } from "./period.js";

const MAX_CITIES_IN_LATEST = 15;
const MAX_AID_IN_LATEST = 5;
const MAX_AIR_DEFENCE_IN_LATEST = 3;
/** Incidents on one page of /city and of /latest's detail pages. */
export const INCIDENTS_PER_PAGE = 5;
/** Room kept for a page's header; a header is one line with a city name and a few numbers. */
const PAGE_HEADER_RESERVE = 300;

/** /city answer: header and one block per incident, split into messages under Telegram's limit. */
export function formatCityReport(city: string, incidents: readonly Incident[], view: View): string[] {
  const name = escapeHtml(placeName(city, view.locale));
  if (incidents.length === 0) return [view.t("city-none", { city: name })];
  return packBlocks([view.t("city-header", { city: name }), ...incidents.map((i) => formatIncident(i, view))]);
}

/** /latest answer: strikes per city with totals, air-defence figures, latest aid news. */
export function formatLatest(incidents: readonly Incident[], view: View): string[] {
  if (!incidents.some((i) => i.kind === "strike" || i.kind === "aid")) return [view.t("latest-empty")];
  return packBlocks(latestBlocks(incidents, view.t("latest-header"), view));
}

/**
 * /city with a period, as pages that each fit one message (so Prev/Next can edit it in place):
 * up to five incidents a page, newest first. Always at least one page.
 */
export function cityPages(city: string, incidents: readonly Incident[], hours: number, view: View): string[] {
  const name = escapeHtml(placeName(city, view.locale));
  const period = periodText(hours, view.t);
  if (incidents.length === 0) return [view.t("city-period-none", { city: name, period })];
  const header = (from: number, to: number, total: number) =>
    total <= INCIDENTS_PER_PAGE
      ? view.t("city-period-header", { city: name, period })
      : view.t("city-page-header", { city: name, period, from, to, total });
  return incidentPages(
    incidents.map((i) => formatIncident(i, view)),
    header,
  );
}

/**
 * /latest with a period, as pages that each fit one message: the summary first (strikes per city,
 * air defence, aid), then every incident of the period, newest first, five a page.
 */
export function latestPages(incidents: readonly Incident[], hours: number, view: View): string[] {
  const period = periodText(hours, view.t);
  const shown = incidents.filter((i) => i.kind === "strike" || i.kind === "aid");
  if (shown.length === 0) return [view.t("latest-period-empty", { period })];
  const summary = packBlocks(latestBlocks(shown, view.t("latest-period-header", { period }), view));
  const details = incidentPages(
    shown.map((i) => formatIncident(i, view)),
    (from, to, total) => view.t("latest-page-header", { period, from, to, total }),
  );
  return [...summary, ...details];
}

/**
 * Greedy pages of whole blocks under Telegram's limit, at most INCIDENTS_PER_PAGE each. A block too big
 * for a page on its own is cut (as packBlocks does), so every page is one valid message.
 */
export function incidentPages(
  blocks: readonly string[],
  header: (from: number, to: number, total: number) => string,
  limit = TELEGRAM_TEXT_LIMIT,
): string[] {
  const total = blocks.length;
  const fitted = blocks.map((b) => packBlocks([b], limit - PAGE_HEADER_RESERVE)[0] ?? "");
  const pages: string[] = [];
  for (let start = 0; start < total; ) {
    let end = start + 1;
    while (
      end < total &&
      end - start < INCIDENTS_PER_PAGE &&
      visibleLength([header(total, total, total), ...fitted.slice(start, end + 1)].join("\n\n")) <= limit
    ) {
      end++;
    }
    pages.push([header(start + 1, end, total), ...fitted.slice(start, end)].join("\n\n"));
    start = end;
  }
  return pages;
}

function latestBlocks(incidents: readonly Incident[], header: string, view: View): string[] {
  const strikes = incidents.filter((i) => i.kind === "strike");
  const aid = incidents.filter((i) => i.kind === "aid");
  const blocks: string[] = [header];

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
  return blocks;
}

function severity(list: readonly Incident[]): number {
  return list.reduce((sum, i) => sum + (i.killed ?? 0) * 10 + (i.injured ?? 0), 0) + list.length;
}

function sumKnown(values: ReadonlyArray<number | null>): number | null {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0);
}
