import { getPlace, getRegion } from "../../analysis/gazetteer/index.js";
import type { Incident } from "../../analysis/incidents.js";
import { firstSentences } from "../../analysis/summarize.js";
import type { InterceptionFigures } from "../../analysis/types.js";
import { escapeHtml, link } from "./html.js";

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** What a formatter needs to speak to one chat: its wording, locale and clock. */
export interface View {
  t: Translate;
  locale: string;
  timezone: string;
}

const MAX_SOURCES = 5;

/** Place name in the reader's language. */
export function placeName(name: string, locale: string): string {
  if (locale !== "uk") return name;
  return getPlace(name)?.uk ?? getRegion(name)?.uk ?? name;
}

export function formatTime(iso: string, view: Pick<View, "locale" | "timezone">): string {
  return new Intl.DateTimeFormat(view.locale === "uk" ? "uk-UA" : "en-GB", {
    timeZone: view.timezone,
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(iso));
}

export function incidentPlace(incident: Incident, view: View): string {
  const names = incident.cities.length > 0 ? incident.cities : incident.regions;
  if (names.length === 0) return incident.kind === "aid" ? (incident.aid?.donor ?? "") : view.t("incident-nationwide");
  const shown = names.slice(0, 3).map((n) => placeName(n, view.locale));
  return names.length > 3 ? `${shown.join(", ")} +${names.length - 3}` : shown.join(", ");
}

/** "2 killed, 22 injured" from the figures some source stated; empty when none did. */
export function casualtyText(incident: Pick<Incident, "killed" | "injured">, view: View): string {
  const parts: string[] = [];
  if (incident.killed !== null && incident.killed > 0)
    parts.push(view.t("incident-killed", { count: incident.killed }));
  if (incident.injured !== null && incident.injured > 0)
    parts.push(view.t("incident-injured", { count: incident.injured }));
  if (parts.length === 0 && incident.killed === 0 && incident.injured === 0)
    parts.push(view.t("incident-no-casualties"));
  return parts.join(", ");
}

function interceptionText(kind: "drones" | "missiles", f: InterceptionFigures, view: View): string | null {
  if (f.launched !== null && f.downed !== null)
    return view.t(`incident-${kind}`, { launched: f.launched, downed: f.downed });
  if (f.launched !== null) return view.t(`incident-${kind}-launched`, { launched: f.launched });
  if (f.downed !== null) return view.t(`incident-${kind}-downed`, { downed: f.downed });
  return null;
}

export function airDefenceText(incident: Pick<Incident, "drones" | "missiles">, view: View): string {
  return [interceptionText("missiles", incident.missiles, view), interceptionText("drones", incident.drones, view)]
    .filter((x): x is string => x !== null)
    .join("; ");
}

function tagKey(prefix: string, tag: string): string {
  return `${prefix}-${tag.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}`;
}

function weaponsText(incident: Incident, view: View): string {
  // Specific types say more than the generic class they belong to.
  const specific = incident.weapons.filter((w) => w !== "drone" && w !== "missile");
  const shown = specific.length > 0 ? specific : incident.weapons;
  return shown
    .slice(0, 3)
    .map((w) => view.t(tagKey("weapon", w)))
    .join(", ");
}

export function formatMoney(amount: number, currency: string | null, locale: string): string {
  const tag = locale === "uk" ? "uk-UA" : "en-GB";
  try {
    if (currency) {
      return new Intl.NumberFormat(tag, {
        style: "currency",
        currency,
        notation: "compact",
        maximumSignificantDigits: 3,
      }).format(amount);
    }
  } catch {
    // unknown currency code: fall through to a plain number
  }
  return (
    new Intl.NumberFormat(tag, { notation: "compact", maximumSignificantDigits: 3 }).format(amount) +
    (currency ? ` ${currency}` : "")
  );
}

/** The one-line headline: "Kharkiv · drones · 2 killed, 5 injured · residential building hit". */
export function incidentHeadline(incident: Incident, view: View): string {
  const parts: string[] = [`<b>${escapeHtml(incidentPlace(incident, view))}</b>`];
  if (incident.kind === "aid") {
    const aid = incident.aid;
    parts.push(view.t("kind-aid") + (aid?.type ? ` (${view.t(`aid-type-${aid.type}`)})` : ""));
    if (aid?.amount != null) parts.push(escapeHtml(formatMoney(aid.amount, aid.currency, view.locale)));
    if (aid?.status) parts.push(view.t(tagKey("aid-status", aid.status)));
    return parts.join(" · ");
  }
  parts.push(escapeHtml(weaponsText(incident, view) || view.t("incident-attack")));
  const casualties = casualtyText(incident, view);
  if (casualties) parts.push(escapeHtml(casualties));
  if (incident.targets.length > 0) {
    const targets = incident.targets
      .slice(0, 3)
      .map((x) => view.t(tagKey("target", x)))
      .join(", ");
    parts.push(escapeHtml(view.t("incident-hit", { targets })));
  }
  return parts.join(" · ");
}

/** One incident as a self-contained HTML block (balanced tags, everything from feeds escaped). */
export function formatIncident(incident: Incident, view: View): string {
  const lines = [incidentHeadline(incident, view), `<i>${escapeHtml(formatTime(incident.occurredAt, view))}</i>`];
  const ad = incident.kind === "strike" ? airDefenceText(incident, view) : "";
  if (ad) lines.push(`🛡 ${escapeHtml(ad)}`);
  // Five seconds of reading: the headline, then the one or two sentences that carry the facts.
  if (incident.summary) lines.push(escapeHtml(firstSentences(incident.summary, 2)));
  lines.push(`${view.t("incident-sources")} ${formatSources(incident)}`);
  return lines.join("\n");
}

export function formatSources(incident: Incident): string {
  const seen = new Set<string>();
  const links: string[] = [];
  for (const source of incident.sources) {
    const label = source.source ?? "source";
    const key = source.link ?? label;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push(link(source.link, label));
    if (links.length >= MAX_SOURCES) break;
  }
  return links.join(", ");
}
