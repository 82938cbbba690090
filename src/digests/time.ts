/** Wall-clock helpers for per-chat schedules ("08:00 in Europe/Kyiv"), DST-safe, no dependencies. */

const HHMM = /^([01]?\d|2[0-3]):([0-5]\d)$/;

export function parseHhMm(text: string): { hour: number; minute: number } | null {
  const m = HHMM.exec(text.trim());
  return m ? { hour: Number(m[1]), minute: Number(m[2]) } : null;
}

function localParts(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
}

/** Offset of the zone from UTC at that instant, in ms. */
function offsetMs(at: Date, timeZone: string): number {
  const p = localParts(at, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(at.getTime() / 1000) * 1000;
}

/** The instant when the local clock in `timeZone` shows y-m-d h:m (the later one if a DST gap hides it). */
export function zonedTime(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): Date {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  let guess = asUtc - offsetMs(new Date(asUtc), timeZone);
  guess = asUtc - offsetMs(new Date(guess), timeZone);
  return new Date(guess);
}

/** The most recent moment at or before `now` when the local time was `hhmm`. */
export function lastOccurrence(hhmm: string, timeZone: string, now: Date): Date | null {
  const time = parseHhMm(hhmm);
  if (!time) return null;
  const today = localParts(now, timeZone);
  const candidate = zonedTime(today.year, today.month, today.day, time.hour, time.minute, timeZone);
  if (candidate.getTime() <= now.getTime()) return candidate;
  const yesterday = localParts(new Date(candidate.getTime() - 86_400_000), timeZone);
  return zonedTime(yesterday.year, yesterday.month, yesterday.day, time.hour, time.minute, timeZone);
}

/** Is the local time inside [from, to) — a window that may cross midnight (23:00–07:00)? */
export function inWindow(from: string, to: string, timeZone: string, now: Date): boolean {
  const a = parseHhMm(from);
  const b = parseHhMm(to);
  if (!a || !b) return false;
  const p = localParts(now, timeZone);
  const minutes = p.hour * 60 + p.minute;
  const start = a.hour * 60 + a.minute;
  const end = b.hour * 60 + b.minute;
  if (start === end) return false;
  return start < end ? minutes >= start && minutes < end : minutes >= start || minutes < end;
}
