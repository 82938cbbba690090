import type { Incident } from "../src/analysis/incidents.js";
import type { Report } from "../src/analysis/types.js";

let counter = 0;

/** A strike report with no figures unless given. */
export function report(overrides: Partial<Report> = {}): Report {
  counter++;
  return {
    id: `r${counter}`,
    title: `Report ${counter}`,
    link: `https://news.example/r${counter}`,
    published: "2026-11-21T03:00:00.000Z",
    kind: "strike",
    cities: [],
    regions: [],
    killed: null,
    injured: null,
    drones: { launched: null, downed: null },
    missiles: { launched: null, downed: null },
    weapons: [],
    targets: [],
    aid: null,
    summary: "",
    lang: "en",
    source: "news.example",
    ...overrides,
  };
}

export function incident(overrides: Partial<Incident> = {}): Incident {
  counter++;
  return {
    id: `s${counter}`,
    kind: "strike",
    cities: ["Kharkiv"],
    regions: [],
    occurredAt: "2026-11-21T03:00:00.000Z",
    updatedAt: "2026-11-21T03:00:00.000Z",
    killed: null,
    injured: null,
    drones: { launched: null, downed: null },
    missiles: { launched: null, downed: null },
    weapons: [],
    targets: [],
    aid: null,
    summary: "",
    summaryScore: 0,
    sources: [
      {
        reportId: `r${counter}`,
        title: `Report ${counter}`,
        link: `https://news.example/r${counter}`,
        source: "news.example",
        published: "2026-11-21T03:00:00.000Z",
        killed: null,
        injured: null,
      },
    ],
    revision: 1,
    ...overrides,
  };
}
