import { Composer, InlineKeyboard } from "grammy";
import { MAIN_CITIES, type Place, resolvePlaceQuery } from "../../analysis/gazetteer/index.js";
import type { BotContext, BotDeps } from "../context.js";
import { escapeHtml } from "../format/html.js";
import { placeName, type View } from "../format/incident.js";
import { formatCityReport, formatLatest } from "../format/reports.js";

const DAY = 86_400_000;
const CITY_LOOKBACK_MS = 7 * DAY;
const CITY_MAX_INCIDENTS = 5;
/** No place name is longer; anything longer is a paste or an attack on the matcher. */
export const MAX_QUERY_LENGTH = 80;

export function viewOf(ctx: BotContext): View {
  return { t: ctx.t, locale: ctx.locale, timezone: ctx.deps.config.timezone };
}

export function mainCitiesKeyboard(locale: string, prefix: string): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  MAIN_CITIES.forEach((city, index) => {
    keyboard.text(placeName(city, locale), `${prefix}:${city}`);
    if (index % 3 === 2 && index < MAIN_CITIES.length - 1) keyboard.row();
  });
  return keyboard;
}

export type CityLookup = { place: Place } | { reply: string; keyboard?: InlineKeyboard };

/** Resolves a typed city name; on failure, the reply to send ("did you mean" with buttons). */
export function lookUpCity(ctx: BotContext, query: string, buttonPrefix: string): CityLookup {
  const view = viewOf(ctx);
  if (query.length > MAX_QUERY_LENGTH) return { reply: ctx.t("city-query-too-long") };
  const result = resolvePlaceQuery(query);
  if (result.kind === "match") return { place: result.place };
  const lines = [ctx.t("city-not-found", { query: escapeHtml(query) })];
  if (result.suggestions.length === 0) {
    lines.push(ctx.t("city-try-again"));
    return { reply: lines.join("\n") };
  }
  lines.push(ctx.t("city-did-you-mean"));
  const keyboard = new InlineKeyboard();
  result.suggestions.slice(0, 5).forEach((place, index) => {
    lines.push(`• ${escapeHtml(placeName(place.name, view.locale))}`);
    if (index > 0) keyboard.row();
    keyboard.text(placeName(place.name, view.locale), `${buttonPrefix}:${place.name}`);
  });
  return { reply: lines.join("\n"), keyboard };
}

export async function cityReport(deps: BotDeps, city: string, view: View): Promise<string[]> {
  const since = new Date(deps.now().getTime() - CITY_LOOKBACK_MS);
  const incidents = (await deps.store.incidents.forCity(city, since)).slice(0, CITY_MAX_INCIDENTS);
  return formatCityReport(city, incidents, view);
}

async function replyAll(ctx: BotContext, messages: readonly string[]): Promise<void> {
  for (const text of messages) {
    await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
  }
}

export function cityFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("city", async (ctx) => {
    const query = ctx.match.trim();
    const view = viewOf(ctx);
    if (!query) {
      await ctx.reply(ctx.t("city-pick"), {
        parse_mode: "HTML",
        reply_markup: mainCitiesKeyboard(view.locale, "city"),
      });
      return;
    }
    const found = lookUpCity(ctx, query, "city");
    if (!("place" in found)) {
      await ctx.reply(found.reply, { parse_mode: "HTML", reply_markup: found.keyboard });
      return;
    }
    await replyAll(ctx, await cityReport(ctx.deps, found.place.name, view));
  });

  composer.callbackQuery(/^city:(.{1,60})$/, async (ctx) => {
    await ctx.answerCallbackQuery();
    const city = ctx.match[1]!;
    const result = resolvePlaceQuery(city);
    if (result.kind !== "match") return;
    await replyAll(ctx, await cityReport(ctx.deps, result.place.name, viewOf(ctx)));
  });

  composer.command("latest", async (ctx) => {
    const since = new Date(ctx.deps.now().getTime() - DAY);
    const incidents = await ctx.deps.store.incidents.recent(since);
    await replyAll(ctx, formatLatest(incidents, viewOf(ctx)));
  });

  return composer;
}
