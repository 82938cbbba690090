import { Composer, GrammyError, InlineKeyboard } from "grammy";
import { MAIN_CITIES, type Place, resolvePlaceQuery } from "../../analysis/gazetteer/index.js";
import type { BotContext, BotDeps } from "../context.js";
import { escapeHtml } from "../format/html.js";
import { placeName, type View } from "../format/incident.js";
import { type PeriodResult, parsePeriod, splitPeriod } from "../format/period.js";
import { cityPages, latestPages } from "../format/reports.js";
import { decodePage, fitsCallbackData, type PageTarget, pageKeyboard } from "../keyboards/paging.js";

const HOUR = 3_600_000;
/** /city without a period: the last 7 days. */
export const CITY_DEFAULT_HOURS = 7 * 24;
/** /latest without a period: the last 24 hours. */
export const LATEST_DEFAULT_HOURS = 24;
/** No place name is longer; anything longer is a paste or an attack on the matcher. */
export const MAX_QUERY_LENGTH = 80;

export function viewOf(ctx: BotContext): View {
  return { t: ctx.t, locale: ctx.locale, timezone: ctx.deps.config.timezone };
}

/** Callback data of a city button: `<prefix>:<city>`, or `<prefix>:<city>@<hours>` to carry a period. */
export function cityButtonData(prefix: string, city: string, hours?: number): string {
  return hours === undefined ? `${prefix}:${city}` : `${prefix}:${city}@${hours}`;
}

export function mainCitiesKeyboard(locale: string, prefix: string, hours?: number): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  MAIN_CITIES.forEach((city, index) => {
    keyboard.text(placeName(city, locale), cityButtonData(prefix, city, hours));
    if (index % 3 === 2 && index < MAIN_CITIES.length - 1) keyboard.row();
  });
  return keyboard;
}

export type CityLookup = { place: Place } | { reply: string; keyboard?: InlineKeyboard };

/**
 * Resolves a typed city name; on failure, the reply to send ("did you mean" with buttons). The buttons'
 * data is `<prefix>:<city>`, or whatever `button` makes of the city name.
 */
export function lookUpCity(ctx: BotContext, query: string, button: string | ((city: string) => string)): CityLookup {
  const view = viewOf(ctx);
  const data = typeof button === "string" ? (city: string) => `${button}:${city}` : button;
  if (query.length > MAX_QUERY_LENGTH) return { reply: view.t("city-query-too-long") };
  const result = resolvePlaceQuery(query);
  if (result.kind === "match") return { place: result.place };
  const lines = [view.t("city-not-found", { query: escapeHtml(query) })];
  if (result.suggestions.length === 0) {
    lines.push(view.t("city-try-again"));
    return { reply: lines.join("\n") };
  }
  lines.push(view.t("city-did-you-mean"));
  const keyboard = new InlineKeyboard();
  let buttons = 0;
  for (const place of result.suggestions.slice(0, 5)) {
    lines.push(`• ${escapeHtml(placeName(place.name, view.locale))}`);
    const payload = data(place.name);
    if (!fitsCallbackData(payload)) continue;
    if (buttons++ > 0) keyboard.row();
    keyboard.text(placeName(place.name, view.locale), payload);
  }
  return buttons > 0 ? { reply: lines.join("\n"), keyboard } : { reply: lines.join("\n") };
}

export interface Page {
  text: string;
  keyboard: InlineKeyboard | undefined;
}

/** One page of /city or /latest; a page past the end (the list shrank) shows the last one. */
export async function answerPage(deps: BotDeps, target: PageTarget, view: View): Promise<Page> {
  const since = new Date(deps.now().getTime() - target.hours * HOUR);
  const pages =
    target.kind === "city"
      ? cityPages(target.city, await deps.store.incidents.forCity(target.city, since), target.hours, view)
      : latestPages(await deps.store.incidents.recent(since), target.hours, view);
  const page = Math.min(target.page, pages.length - 1);
  const labels = { prev: view.t("page-prev"), next: view.t("page-next") };
  return { text: pages[page]!, keyboard: pageKeyboard({ ...target, page }, pages.length, labels) };
}

async function replyPage(ctx: BotContext, target: PageTarget): Promise<void> {
  const { text, keyboard } = await answerPage(ctx.deps, target, viewOf(ctx));
  await ctx.reply(text, {
    parse_mode: "HTML",
    link_preview_options: { is_disabled: true },
    ...(keyboard ? { reply_markup: keyboard } : {}),
  });
}

/** Telegram refuses an edit that changes nothing; for a double press that is success. */
export function isNotModified(error: unknown): boolean {
  return error instanceof GrammyError && /message is not modified/i.test(error.description);
}

/** The message a button sits on can no longer be edited (deleted, or too old): answer anew. */
function isUneditable(error: unknown): boolean {
  return (
    error instanceof GrammyError &&
    /message to edit not found|message can't be edited|MESSAGE_ID_INVALID/i.test(error.description)
  );
}

async function replyPeriodHint(ctx: BotContext, period: Extract<PeriodResult, { ok: false }>): Promise<void> {
  await ctx.reply(ctx.t(period.reason === "range" ? "period-out-of-range" : "period-bad"), { parse_mode: "HTML" });
}

export function cityFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("city", async (ctx) => {
    const { query, period } = splitPeriod(ctx.match);
    if (period && !period.ok) return replyPeriodHint(ctx, period);
    const hours = period?.hours;
    if (!query) {
      await ctx.reply(ctx.t("city-pick"), {
        parse_mode: "HTML",
        reply_markup: mainCitiesKeyboard(ctx.locale, "city", hours),
      });
      return;
    }
    const found = lookUpCity(ctx, query, (city) => cityButtonData("city", city, hours));
    if (!("place" in found)) {
      await ctx.reply(found.reply, { parse_mode: "HTML", reply_markup: found.keyboard });
      return;
    }
    await replyPage(ctx, { kind: "city", city: found.place.name, hours: hours ?? CITY_DEFAULT_HOURS, page: 0 });
  });

  // A city picked from the keyboard or from "did you mean": `city:Kharkiv` or `city:Kharkiv@72`.
  composer.callbackQuery(/^city:/, async (ctx) => {
    const m = /^city:([^@]{1,60})(?:@(\d{1,4}))?$/.exec(ctx.callbackQuery.data);
    const place = m ? resolvePlaceQuery(m[1]!) : undefined;
    const period = m?.[2] === undefined ? undefined : parsePeriod(`${m[2]}h`);
    if (place?.kind !== "match" || (period && !period.ok)) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
      return;
    }
    await ctx.answerCallbackQuery();
    const hours = period?.ok ? period.hours : CITY_DEFAULT_HOURS;
    await replyPage(ctx, { kind: "city", city: place.place.name, hours, page: 0 });
  });

  composer.command("latest", async (ctx) => {
    const arg = ctx.match.trim();
    const period = arg ? parsePeriod(arg) : undefined;
    if (period && !period.ok) return replyPeriodHint(ctx, period);
    await replyPage(ctx, { kind: "latest", hours: period?.hours ?? LATEST_DEFAULT_HOURS, page: 0 });
  });

  // Prev/Next under /city and /latest: the same message is edited to show the page asked for.
  composer.callbackQuery(/^pg:/, async (ctx) => {
    const target = decodePage(ctx.callbackQuery.data);
    if (!target) {
      await ctx.answerCallbackQuery({ text: ctx.t("button-stale") });
      return;
    }
    await ctx.answerCallbackQuery();
    const message = ctx.callbackQuery.message;
    // A message Telegram no longer shows us (date 0: deleted or inaccessible) cannot be edited.
    if (!message || message.date === 0) return replyPage(ctx, target);
    const { text, keyboard } = await answerPage(ctx.deps, target, viewOf(ctx));
    try {
      await ctx.editMessageText(text, {
        parse_mode: "HTML",
        link_preview_options: { is_disabled: true },
        ...(keyboard ? { reply_markup: keyboard } : {}),
      });
    } catch (error) {
      if (isNotModified(error)) return;
      if (!isUneditable(error)) throw error;
      await replyPage(ctx, target);
    }
  });

  return composer;
}
