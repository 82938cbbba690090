import { InlineKeyboard } from "grammy";
import { getPlace } from "../../analysis/gazetteer/index.js";
import { MAX_PERIOD_HOURS, MIN_PERIOD_HOURS } from "../format/period.js";

/** Telegram's limit for callback_data, in bytes (BUTTON_DATA_INVALID above it). */
export const CALLBACK_DATA_LIMIT = 64;
/** Far more pages than 30 days of incidents can fill; a bigger number is a forged payload. */
const MAX_PAGE = 999;

export function fitsCallbackData(data: string): boolean {
  return new TextEncoder().encode(data).length <= CALLBACK_DATA_LIMIT;
}

/** Which page of which answer a Prev/Next button shows. */
export type PageTarget =
  | { kind: "city"; city: string; hours: number; page: number }
  | { kind: "latest"; hours: number; page: number };

/**
 * "pg:c:<hours>:<page>:<city>" or "pg:l:<hours>:<page>"; the city goes last because it may contain
 * spaces or hyphens. Undefined when it would not fit Telegram's 64 bytes.
 */
export function encodePage(target: PageTarget): string | undefined {
  const data =
    target.kind === "city"
      ? `pg:c:${target.hours}:${target.page}:${target.city}`
      : `pg:l:${target.hours}:${target.page}`;
  return fitsCallbackData(data) ? data : undefined;
}

/** The page a button asks for, or undefined for anything malformed, out of bounds or unknown. */
export function decodePage(data: string): PageTarget | undefined {
  const m = /^pg:(c|l):(\d{1,4}):(\d{1,4})(?::(.{1,60}))?$/.exec(data);
  if (!m) return undefined;
  const hours = Number(m[2]);
  const page = Number(m[3]);
  if (hours < MIN_PERIOD_HOURS || hours > MAX_PERIOD_HOURS || page > MAX_PAGE) return undefined;
  if (m[1] === "l") return m[4] === undefined ? { kind: "latest", hours, page } : undefined;
  const place = m[4] === undefined ? undefined : getPlace(m[4]);
  return place ? { kind: "city", city: place.name, hours, page } : undefined;
}

/** ‹ Prev / Next › under a paged answer; undefined when there is only one page. */
export function pageKeyboard(
  target: PageTarget,
  pageCount: number,
  labels: { prev: string; next: string },
): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  const prev = target.page > 0 ? encodePage({ ...target, page: target.page - 1 }) : undefined;
  const next = target.page < pageCount - 1 ? encodePage({ ...target, page: target.page + 1 }) : undefined;
  if (prev) keyboard.text(labels.prev, prev);
  if (next) keyboard.text(labels.next, next);
  return prev || next ? keyboard : undefined;
}
