import type { Translate } from "./incident.js";

/** The shortest and the longest look-back /city and /latest accept: incidents are kept for 30 days. */
export const MIN_PERIOD_HOURS = 1;
export const MAX_PERIOD_HOURS = 30 * 24;

/** Unit words, English, Ukrainian and Russian, short and long, in the forms people type after a number. */
const UNIT_HOURS = new Map<string, number>(
  Object.entries({
    h: 1,
    hr: 1,
    hrs: 1,
    hour: 1,
    hours: 1,
    г: 1,
    год: 1,
    година: 1,
    години: 1,
    годин: 1,
    ч: 1,
    час: 1,
    часа: 1,
    часов: 1,
    d: 24,
    day: 24,
    days: 24,
    д: 24,
    дн: 24,
    день: 24,
    дні: 24,
    днів: 24,
    доба: 24,
    доби: 24,
    діб: 24,
    дня: 24,
    дней: 24,
    w: 168,
    wk: 168,
    week: 168,
    weeks: 168,
    т: 168,
    тиж: 168,
    тиждень: 168,
    тижні: 168,
    тижнів: 168,
    нед: 168,
    неделя: 168,
    недели: 168,
  }),
);

export type PeriodResult = { ok: true; hours: number } | { ok: false; reason: "format" | "range" };

/** "3d", "12h", "48 hours", "3д", "12год", "2 тижні" → hours; bounds 1 hour … 30 days. */
export function parsePeriod(text: string): PeriodResult {
  const m = /^(\d{1,5})\s*(\p{L}*)\.?$/u.exec(text.trim().toLowerCase());
  if (!m) return { ok: false, reason: "format" };
  // A bare number is ambiguous (hours? days?): ask for a unit rather than guess.
  const unit = m[2] ? UNIT_HOURS.get(m[2]) : undefined;
  if (unit === undefined) return { ok: false, reason: "format" };
  const hours = Number(m[1]) * unit;
  if (hours < MIN_PERIOD_HOURS || hours > MAX_PERIOD_HOURS) return { ok: false, reason: "range" };
  return { ok: true, hours };
}

/**
 * Splits "/city Odesa 3d" arguments into the place and a trailing period. A trailing word that starts
 * with a digit ("3d", "3 days", "45d", "3x") is taken as a period attempt, so a typo gets a hint instead
 * of "no such city"; no place name in the gazetteer ends in a number.
 */
export function splitPeriod(args: string): { query: string; period: PeriodResult | undefined } {
  const text = args.trim();
  const m = /(?:^|\s)(\d+\s*\p{L}*\.?)$/u.exec(text);
  if (!m) return { query: text, period: undefined };
  return { query: text.slice(0, m.index).trim(), period: parsePeriod(m[1]!) };
}

/** "24 hours", "48 hours", "3 days", "hour" in the reader's language (whole days from 3 days up). */
export function periodText(hours: number, t: Translate): string {
  if (hours >= 72 && hours % 24 === 0) return t("period-days", { count: hours / 24 });
  return t("period-hours", { count: hours });
}
