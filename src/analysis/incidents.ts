import { canonicalLink, stableHash } from "./hash.js";
import type { AidInfo, InterceptionFigures, Report, Target, Weapon } from "./types.js";

export type IncidentKind = "strike" | "aid";

export interface IncidentSource {
  reportId: string;
  title: string;
  link: string | null;
  source: string | null;
  published: string | null;
  killed: number | null;
  injured: number | null;
}

/** One real-world event (a strike on a place, an aid decision) as told by one or more reports. */
export interface Incident {
  id: string;
  kind: IncidentKind;
  cities: string[];
  regions: string[];
  /** Earliest publication time among its reports: when the event became known. */
  occurredAt: string;
  updatedAt: string;
  killed: number | null;
  injured: number | null;
  drones: InterceptionFigures;
  missiles: InterceptionFigures;
  weapons: Weapon[];
  targets: Target[];
  aid: AidInfo | null;
  /** Key sentences of the most informative report. */
  summary: string;
  /** Score of the report the summary was taken from, so a richer report can replace it. */
  summaryScore: number;
  sources: IncidentSource[];
  /** Bumped on every merge that changes figures; lets delivery tell an update from a repeat. */
  revision: number;
}

export type IncidentChange =
  | { type: "created"; incident: Incident }
  | { type: "updated"; incident: Incident; previous: Incident; material: boolean };

const HOUR = 3_600_000;
/** Reports of one strike arrive over a day as figures are updated; a night attack stays in the news ~18 h. */
const STRIKE_WINDOW_MS = 18 * HOUR;
const AID_WINDOW_MS = 7 * 24 * HOUR;
/** Same headline reworded by a syndicating outlet. */
const DUPLICATE_TITLE_SIMILARITY = 0.75;

/**
 * Folds new reports into the recent incidents: each report either joins the incident it
 * describes or starts a new one. Pure: the caller loads `recent` and saves the changes.
 */
export function mergeReports(reports: readonly Report[], recent: readonly Incident[], now: Date): IncidentChange[] {
  const working = new Map<string, Incident>(recent.map((i) => [i.id, i]));
  const originals = new Map<string, Incident>(recent.map((i) => [i.id, i]));
  const created = new Set<string>();
  for (const report of reports) {
    if (report.kind === "other") continue;
    const at = reportTime(report, now);
    const match = findMatch(report, at, working.values());
    if (match) {
      working.set(match.id, absorb(match, report, at));
    } else {
      const incident = startIncident(report, at);
      working.set(incident.id, incident);
      created.add(incident.id);
    }
  }
  const changes: IncidentChange[] = [];
  for (const [id, incident] of working) {
    if (created.has(id)) {
      changes.push({ type: "created", incident });
      continue;
    }
    const previous = originals.get(id);
    if (!previous || previous === incident) continue;
    changes.push({ type: "updated", incident, previous, material: isMaterialUpdate(previous, incident) });
  }
  return changes;
}

/** More people killed or injured than announced before: worth telling subscribers again. */
export function isMaterialUpdate(
  before: Pick<Incident, "killed" | "injured">,
  after: Pick<Incident, "killed" | "injured">,
) {
  return (after.killed ?? 0) > (before.killed ?? 0) || (after.injured ?? 0) > (before.injured ?? 0);
}

function reportTime(report: Report, now: Date): number {
  const t = report.published ? Date.parse(report.published) : Number.NaN;
  // A date in the future is a feed's clock or zone error; the report is news now.
  return Number.isFinite(t) && t <= now.getTime() + HOUR ? Math.min(t, now.getTime()) : now.getTime();
}

function findMatch(report: Report, at: number, candidates: Iterable<Incident>): Incident | undefined {
  const link = canonicalLink(report.link);
  const titleTokens = tokens(report.title);
  let best: Incident | undefined;
  let bestScore = 0;
  for (const incident of candidates) {
    if (link && incident.sources.some((s) => canonicalLink(s.link) === link)) return incident;
    const score = matchScore(report, at, titleTokens, incident);
    if (score > bestScore) {
      best = incident;
      bestScore = score;
    }
  }
  return best;
}

function matchScore(report: Report, at: number, titleTokens: Set<string>, incident: Incident): number {
  if (incident.kind !== report.kind) return 0;
  const distance = Math.abs(Date.parse(incident.occurredAt) - at);
  const window = report.kind === "aid" ? AID_WINDOW_MS : STRIKE_WINDOW_MS;
  if (distance > window) return 0;
  // Templated headlines ("Drones hit X overnight, injuring four") differ only in the place:
  // a similar title proves nothing when both name places and none is shared.
  const placesDisagree =
    report.cities.length > 0 && incident.cities.length > 0 && !report.cities.some((c) => incident.cities.includes(c));
  const similarTitle =
    !placesDisagree &&
    incident.sources.some((s) => jaccard(titleTokens, tokens(s.title)) >= DUPLICATE_TITLE_SIMILARITY);
  if (similarTitle) return 10;
  if (report.kind === "aid") {
    const a = report.aid;
    const b = incident.aid;
    if (!a || !b || !a.donor || a.donor !== b.donor) return 0;
    return a.amount !== null && a.amount === b.amount ? 5 : 0;
  }
  const sharedCities = report.cities.filter((c) => incident.cities.includes(c)).length;
  if (sharedCities > 0) return 3 + sharedCities - distance / STRIKE_WINDOW_MS;
  if (report.cities.length === 0 && incident.cities.length === 0) {
    const sharedRegions = report.regions.filter((r) => incident.regions.includes(r)).length;
    if (sharedRegions > 0) return 2 + sharedRegions - distance / STRIKE_WINDOW_MS;
    // Two nationwide air-defence reports of the same night describe one attack.
    if (
      report.regions.length === 0 &&
      incident.regions.length === 0 &&
      hasAirDefence(report) &&
      hasAirDefence(incident)
    ) {
      return 1 - distance / STRIKE_WINDOW_MS;
    }
  }
  return 0;
}

function hasAirDefence(x: Pick<Report, "drones" | "missiles">): boolean {
  return (
    x.drones.launched !== null || x.drones.downed !== null || x.missiles.launched !== null || x.missiles.downed !== null
  );
}

function startIncident(report: Report, at: number): Incident {
  const iso = new Date(at).toISOString();
  return {
    id: `${report.kind === "aid" ? "a" : "s"}${stableHash(`${report.id}|${report.link ?? ""}|${report.title}`)}`,
    kind: report.kind === "aid" ? "aid" : "strike",
    cities: [...report.cities],
    regions: [...report.regions],
    occurredAt: iso,
    updatedAt: iso,
    killed: report.killed,
    injured: report.injured,
    drones: { ...report.drones },
    missiles: { ...report.missiles },
    weapons: [...report.weapons],
    targets: [...report.targets],
    aid: report.aid ? { ...report.aid } : null,
    summary: report.summary,
    summaryScore: informationScore(report),
    sources: [toSource(report)],
    revision: 1,
  };
}

function absorb(incident: Incident, report: Report, at: number): Incident {
  const score = informationScore(report);
  const link = canonicalLink(report.link);
  const alreadyHasSource = incident.sources.some(
    (s) => s.reportId === report.id || (link !== null && canonicalLink(s.link) === link),
  );
  const next: Incident = {
    ...incident,
    cities: union(incident.cities, report.cities),
    regions: union(incident.regions, report.regions),
    occurredAt: new Date(Math.min(Date.parse(incident.occurredAt), at)).toISOString(),
    updatedAt: new Date(Math.max(Date.parse(incident.updatedAt), at)).toISOString(),
    // Tolls only grow through the day ("at least 3 killed" → "7 killed"): keep the highest stated.
    killed: maxOrNull(incident.killed, report.killed),
    injured: maxOrNull(incident.injured, report.injured),
    drones: maxFigures(incident.drones, report.drones),
    missiles: maxFigures(incident.missiles, report.missiles),
    weapons: union(incident.weapons, report.weapons),
    targets: union(incident.targets, report.targets),
    aid: mergeAid(incident.aid, report.aid),
    summary: score > incident.summaryScore && report.summary ? report.summary : incident.summary,
    summaryScore: Math.max(score, incident.summaryScore),
    sources: alreadyHasSource ? incident.sources : [...incident.sources, toSource(report)],
  };
  const figuresChanged =
    next.killed !== incident.killed ||
    next.injured !== incident.injured ||
    JSON.stringify([next.drones, next.missiles, next.aid]) !==
      JSON.stringify([incident.drones, incident.missiles, incident.aid]);
  next.revision = incident.revision + (figuresChanged ? 1 : 0);
  return next;
}

function toSource(report: Report): IncidentSource {
  return {
    reportId: report.id,
    title: report.title,
    link: report.link,
    source: report.source,
    published: report.published,
    killed: report.killed,
    injured: report.injured,
  };
}

/** How much a report tells: stated figures and places make a better summary. */
export function informationScore(r: Report): number {
  const figures = [r.killed, r.injured, r.drones.launched, r.drones.downed, r.missiles.launched, r.missiles.downed];
  return (
    figures.filter((f) => f !== null).length * 2 +
    r.cities.length +
    r.targets.length +
    (r.aid?.amount != null ? 2 : 0) +
    Math.min(r.summary.length, 400) / 400
  );
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

function maxFigures(a: InterceptionFigures, b: InterceptionFigures): InterceptionFigures {
  return { launched: maxOrNull(a.launched, b.launched), downed: maxOrNull(a.downed, b.downed) };
}

function mergeAid(a: AidInfo | null, b: AidInfo | null): AidInfo | null {
  if (!a) return b ? { ...b } : null;
  if (!b) return a;
  return {
    donor: a.donor ?? b.donor,
    amount: a.amount ?? b.amount,
    currency: a.currency ?? b.currency,
    type: a.type ?? b.type,
    // The newest status wins: a package pledged in the morning may be approved by evening.
    status: b.status ?? a.status,
  };
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = [...a];
  for (const x of b) if (!out.includes(x)) out.push(x);
  return out;
}

const STOP_WORDS = new Set([
  "the",
  "a",
  "an",
  "of",
  "in",
  "on",
  "at",
  "to",
  "and",
  "by",
  "for",
  "with",
  "as",
  "is",
  "в",
  "у",
  "на",
  "та",
  "і",
  "й",
  "з",
  "по",
  "и",
  "от",
]);

function tokens(text: string): Set<string> {
  const out = new Set<string>();
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
    if (word.length > 1 && !STOP_WORDS.has(word)) out.add(word);
  }
  return out;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  // Short headlines ("Explosions in Kyiv") are too generic to prove two items are one story.
  if (a.size < 4 || b.size < 4) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
