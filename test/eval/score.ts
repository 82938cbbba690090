/**
 * Scoring of analysis output against the labelled set. Pure: outcomes in, summary out.
 * Knows the Report contract (src/analysis/types.ts) but nothing of how reports are produced.
 */
import type { Lang, Report, ReportKind } from "../../src/analysis/types.js";
import type { EvalArticle, Expected } from "./dataset.js";

/** Scalar fields compared by exact match, in print order. */
export const FIELDS = [
  "killed",
  "injured",
  "drones.launched",
  "drones.downed",
  "missiles.launched",
  "missiles.downed",
  "aid.amount",
  "aid.currency",
  "aid.status",
  "aid.donor",
  "aid.type",
] as const;
export type Field = (typeof FIELDS)[number];

export const KINDS: readonly ReportKind[] = ["strike", "aid", "other"];
export const LANGS: readonly Lang[] = ["en", "uk", "ru"];

/** What the analysis did with one article: a report, or the error it threw. */
export interface Outcome {
  article: EvalArticle;
  report: Report | null;
  error: string | null;
}

export interface Mismatch {
  id: string;
  lang: Lang;
  title: string;
  field: "kind" | "cities" | "regions" | Field | "error";
  expected: unknown;
  got: unknown;
  /** For set fields: what is missing and what is extra. */
  missing?: string[];
  extra?: string[];
}

export interface SetScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface FieldScore {
  field: Field;
  matched: number;
  total: number;
  rate: number;
  /** Over items whose expected value is not null; rate is null when there are none. */
  matchedNonNull: number;
  totalNonNull: number;
  rateNonNull: number | null;
}

export type GotKind = ReportKind | "invalid" | "error";

export interface LangScore {
  items: number;
  kindAccuracy: number;
  cities: SetScore;
  regions: SetScore;
}

export interface Summary {
  items: number;
  errors: number;
  kind: { correct: number; total: number; accuracy: number; confusion: Record<ReportKind, Record<GotKind, number>> };
  cities: SetScore;
  regions: SetScore;
  fields: FieldScore[];
  perLang: Partial<Record<Lang, LangScore>>;
  mismatches: Mismatch[];
}

type Scalar = string | number | null;

export function expectedValue(e: Expected, field: Field): Scalar {
  switch (field) {
    case "killed":
      return e.killed;
    case "injured":
      return e.injured;
    case "drones.launched":
      return e.drones.launched;
    case "drones.downed":
      return e.drones.downed;
    case "missiles.launched":
      return e.missiles.launched;
    case "missiles.downed":
      return e.missiles.downed;
    case "aid.amount":
      return e.aid?.amount ?? null;
    case "aid.currency":
      return e.aid?.currency ?? null;
    case "aid.status":
      return e.aid?.status ?? null;
    case "aid.donor":
      return e.aid?.donor ?? null;
    case "aid.type":
      return e.aid?.type ?? null;
  }
}

/**
 * Reads a field from whatever the analysis returned. Reports come from code under test, so a
 * missing object (no `drones`, `aid: undefined`) reads as null instead of crashing the run.
 */
export function gotValue(r: Report, field: Field): unknown {
  const [head, tail] = field.split(".") as [string, string | undefined];
  const top = (r as unknown as Record<string, unknown>)[head];
  if (tail === undefined) return top ?? null;
  if (top === null || top === undefined || typeof top !== "object") return null;
  return (top as Record<string, unknown>)[tail] ?? null;
}

/** Donor names compare case-insensitively ("EU" = "eu"); every other field compares exactly. */
export function sameValue(field: Field, want: Scalar, got: unknown): boolean {
  if (want === null || got === null) return want === got;
  if (field === "aid.donor" && typeof got === "string" && typeof want === "string") {
    return normalisePlace(want) === normalisePlace(got);
  }
  return want === got;
}

/** Canonical names are compared after trimming, collapsing whitespace and case folding. */
export function normalisePlace(name: string): string {
  return name.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

function asStringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

/** Set comparison of place names: returns counts and the names that differ (as written). */
export function compareSets(want: string[], got: string[]): { tp: number; missing: string[]; extra: string[] } {
  const gotKeys = new Map(got.map((g) => [normalisePlace(g), g]));
  const wantKeys = new Map(want.map((w) => [normalisePlace(w), w]));
  const missing = [...wantKeys].filter(([k]) => !gotKeys.has(k)).map(([, v]) => v);
  const extra = [...gotKeys].filter(([k]) => !wantKeys.has(k)).map(([, v]) => v);
  return { tp: wantKeys.size - missing.length, missing, extra };
}

/** Micro-averaged precision/recall/F1; with nothing predicted (or nothing expected) the ratio counts as 1. */
export function setScore(tp: number, fp: number, fn: number): SetScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function emptyConfusion(): Record<ReportKind, Record<GotKind, number>> {
  const row = (): Record<GotKind, number> => ({ strike: 0, aid: 0, other: 0, invalid: 0, error: 0 });
  return { strike: row(), aid: row(), other: row() };
}

function gotKind(o: Outcome): GotKind {
  if (o.report === null) return "error";
  const k = (o.report as { kind?: unknown }).kind;
  return typeof k === "string" && (KINDS as readonly string[]).includes(k) ? (k as ReportKind) : "invalid";
}

interface SetTally {
  tp: number;
  fp: number;
  fn: number;
}

function addTally(t: SetTally, tp: number, fp: number, fn: number): void {
  t.tp += tp;
  t.fp += fp;
  t.fn += fn;
}

export function score(outcomes: Outcome[]): Summary {
  const mismatches: Mismatch[] = [];
  const confusion = emptyConfusion();
  const cities: SetTally = { tp: 0, fp: 0, fn: 0 };
  const regions: SetTally = { tp: 0, fp: 0, fn: 0 };
  const perLangTally = new Map<Lang, { items: number; kindOk: number; cities: SetTally; regions: SetTally }>();
  const fieldTally = new Map<Field, { matched: number; total: number; matchedNonNull: number; totalNonNull: number }>(
    FIELDS.map((f) => [f, { matched: 0, total: 0, matchedNonNull: 0, totalNonNull: 0 }]),
  );
  let kindOk = 0;
  let errors = 0;

  for (const o of outcomes) {
    const { article: a } = o;
    const e = a.expected;
    const base = { id: a.id, lang: a.lang, title: a.title };
    let lang = perLangTally.get(a.lang);
    if (!lang) {
      lang = { items: 0, kindOk: 0, cities: { tp: 0, fp: 0, fn: 0 }, regions: { tp: 0, fp: 0, fn: 0 } };
      perLangTally.set(a.lang, lang);
    }
    lang.items++;
    if (o.report === null) {
      errors++;
      mismatches.push({ ...base, field: "error", expected: null, got: o.error ?? "analysis failed" });
    }

    const k = gotKind(o);
    confusion[e.kind][k]++;
    if (k === e.kind) {
      kindOk++;
      lang.kindOk++;
    } else if (o.report !== null) {
      mismatches.push({ ...base, field: "kind", expected: e.kind, got: o.report.kind });
    }

    for (const [name, want, tally, langTally] of [
      ["cities", e.cities, cities, lang.cities],
      ["regions", e.regions, regions, lang.regions],
    ] as const) {
      const got = o.report ? asStringList((o.report as unknown as Record<string, unknown>)[name]) : [];
      const cmp = compareSets(want, got);
      addTally(tally, cmp.tp, cmp.extra.length, cmp.missing.length);
      addTally(langTally, cmp.tp, cmp.extra.length, cmp.missing.length);
      if (o.report !== null && (cmp.missing.length > 0 || cmp.extra.length > 0)) {
        mismatches.push({ ...base, field: name, expected: want, got, missing: cmp.missing, extra: cmp.extra });
      }
    }

    for (const field of FIELDS) {
      const want = expectedValue(e, field);
      const got = o.report ? gotValue(o.report, field) : undefined;
      const ok = o.report !== null && sameValue(field, want, got);
      const t = fieldTally.get(field)!;
      t.total++;
      if (ok) t.matched++;
      if (want !== null) {
        t.totalNonNull++;
        if (ok) t.matchedNonNull++;
      }
      if (!ok && o.report !== null) mismatches.push({ ...base, field, expected: want, got });
    }
  }

  const perLang: Partial<Record<Lang, LangScore>> = {};
  for (const l of LANGS) {
    const t = perLangTally.get(l);
    if (!t) continue;
    perLang[l] = {
      items: t.items,
      kindAccuracy: t.kindOk / t.items,
      cities: setScore(t.cities.tp, t.cities.fp, t.cities.fn),
      regions: setScore(t.regions.tp, t.regions.fp, t.regions.fn),
    };
  }

  const n = outcomes.length;
  return {
    items: n,
    errors,
    kind: { correct: kindOk, total: n, accuracy: n === 0 ? 0 : kindOk / n, confusion },
    cities: setScore(cities.tp, cities.fp, cities.fn),
    regions: setScore(regions.tp, regions.fp, regions.fn),
    fields: FIELDS.map((field) => {
      const t = fieldTally.get(field)!;
      return {
        field,
        ...t,
        rate: t.total === 0 ? 0 : t.matched / t.total,
        rateNonNull: t.totalNonNull === 0 ? null : t.matchedNonNull / t.totalNonNull,
      };
    }),
    perLang,
    mismatches,
  };
}
