import { Composer, GrammyError } from "grammy";
import type { Message } from "grammy/types";
import { type Place, resolvePlaceQuery } from "../../analysis/gazetteer/index.js";
import { LOCALES } from "../../config.js";
import type { ChatSettings, DigestSettings, QuietHours } from "../../store/index.js";
import { adminCacheOf, isAdminStatus } from "../admin.js";
import type { BotContext } from "../context.js";
import { escapeHtml } from "../format/html.js";
import { placeName } from "../format/incident.js";

/** As many places as a chat may subscribe to; a longer list is a paste, not a digest. */
export const MAX_DIGEST_PLACES = 20;
/** No place name is longer (the same limit /city has). */
const MAX_PLACE_QUERY = 80;

// ---- parsing (pure) --------------------------------------------------------------------------------

/** "8:00", "08:00", "8.00" → "08:00"; anything outside 00:00–23:59 → null. */
export function parseClock(text: string): string | null {
  const m = /^(\d{1,2})[:.](\d{2})$/.exec(text.trim());
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2]);
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, "0")}:${String(minute).padStart(2, "0")}`;
}

/** Looks like someone meant a time ("25:00", "7:5", "24.00"), so a bad one gets a time-specific answer. */
const CLOCKISH = /^\d{1,2}[:.]\d{1,2}$/;

const OFF_WORDS = /^(off|stop|none|disable|вимк|вимкнути|вимкни|стоп|ні)$/iu;

export type DigestCommand =
  | { kind: "show" }
  | { kind: "off" }
  | { kind: "set"; time: string; places: string[] | null; onQuiet: DigestSettings["onQuiet"] | null }
  | { kind: "bad-time"; text: string }
  | { kind: "usage" };

// "/digest 08:00 Kyiv quiet:skip": what to send on a day with nothing to report.
const QUIET_OPTION = /(?:^|\s)(?:quiet|тиша)[:=](\S+)/iu;
const QUIET_VALUES: Record<string, DigestSettings["onQuiet"]> = {
  skip: "skip",
  none: "skip",
  no: "skip",
  пропуск: "skip",
  пропустити: "skip",
  ні: "skip",
  line: "line",
  yes: "line",
  рядок: "line",
  так: "line",
};

/**
 * `/digest` arguments: "" (show), "off", or "HH:MM [Place, Place…] [quiet:skip|line]". Places are
 * separated by commas so that two-word names ("Kryvyi Rih") need no quotes; none = the chat's
 * subscriptions.
 */
export function parseDigestArgs(args: string): DigestCommand {
  let rest = args.trim();
  if (!rest) return { kind: "show" };
  if (OFF_WORDS.test(rest)) return { kind: "off" };
  let onQuiet: DigestSettings["onQuiet"] | null = null;
  const option = QUIET_OPTION.exec(rest);
  if (option) {
    const value = QUIET_VALUES[option[1]!.toLowerCase()];
    if (!value) return { kind: "usage" };
    onQuiet = value;
    rest = (rest.slice(0, option.index) + rest.slice(option.index + option[0].length)).trim();
  }
  const [first = "", ...others] = rest.split(/\s+/);
  const time = parseClock(first);
  if (!time) return CLOCKISH.test(first) ? { kind: "bad-time", text: first } : { kind: "usage" };
  const places = others
    .join(" ")
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { kind: "set", time, places: places.length > 0 ? places : null, onQuiet };
}

export type QuietCommand =
  | { kind: "show" }
  | { kind: "off" }
  | { kind: "set"; from: string; to: string; allowCasualties: boolean }
  | { kind: "bad-time"; text: string }
  | { kind: "same-times" }
  | { kind: "usage" };

// "/quiet 23:00-07:00", "23:00 – 07:00", "23:00 to 07:00", "23:00 до 07:00", then an optional flag.
const QUIET_RANGE = /^(\S+?)\s*(?:-|\s+to\s+|\s+до\s+|\s+)\s*(\d\S*?)(?:\s+(.*))?$/iu;
// "/quiet 23:00-07:00 casualties": alerts that report people killed or injured still come through.
const CASUALTIES_FLAG = /^(casualties|casualty|victims|жертви|з-жертвами|загиблі)$/iu;

export function parseQuietArgs(args: string): QuietCommand {
  const text = args.trim().replace(/[–—−]/g, "-");
  if (!text) return { kind: "show" };
  if (OFF_WORDS.test(text)) return { kind: "off" };
  const m = QUIET_RANGE.exec(text);
  if (!m) return CLOCKISH.test(text) ? { kind: "bad-time", text } : { kind: "usage" };
  const [, fromText = "", toText = "", flags = ""] = m;
  for (const raw of [fromText, toText]) {
    if (parseClock(raw)) continue;
    return CLOCKISH.test(raw) ? { kind: "bad-time", text: raw } : { kind: "usage" };
  }
  const words = flags.split(/\s+/).filter(Boolean);
  if (words.some((w) => !CASUALTIES_FLAG.test(w))) return { kind: "usage" };
  const from = parseClock(fromText)!;
  const to = parseClock(toText)!;
  if (from === to) return { kind: "same-times" };
  return { kind: "set", from, to, allowCasualties: words.length > 0 };
}

const LANGUAGE_WORDS: Record<string, string> = {
  en: "en",
  eng: "en",
  english: "en",
  англійська: "en",
  uk: "uk",
  ua: "uk",
  ukr: "uk",
  ukrainian: "uk",
  українська: "uk",
};

export function parseLanguage(text: string): string | null {
  const locale = LANGUAGE_WORDS[text.trim().toLowerCase()];
  return locale && (LOCALES as readonly string[]).includes(locale) ? locale : null;
}

export type PlacesLookup = { places: string[] } | { unknown: string; suggestions: Place[] };

/** Canonical names for typed place names, in order, without repeats; the first unknown one stops it. */
export function resolvePlaces(names: readonly string[]): PlacesLookup {
  const places: string[] = [];
  for (const name of names) {
    const found = resolveOne(name);
    if ("unknown" in found) return found;
    for (const place of found.places) if (!places.includes(place)) places.push(place);
  }
  return { places };
}

function resolveOne(name: string): PlacesLookup {
  if (name.length > MAX_PLACE_QUERY) return { unknown: `${name.slice(0, 40)}…`, suggestions: [] };
  const result = resolvePlaceQuery(name);
  if (result.kind === "match") return { places: [result.place.name] };
  // "Kyiv Kharkiv" without a comma: accept it when every word is a place.
  const words = name.split(/\s+/);
  if (words.length > 1) {
    const each = words.map((w) => resolvePlaceQuery(w));
    if (each.every((r) => r.kind === "match")) {
      return { places: each.map((r) => (r.kind === "match" ? r.place.name : "")) };
    }
  }
  return { unknown: name, suggestions: result.suggestions.slice(0, 5) };
}

/** The forum topic a message was written in; null for the main chat (and the General topic). */
export function topicOf(message: Pick<Message, "is_topic_message" | "message_thread_id"> | undefined): number | null {
  return message?.is_topic_message && message.message_thread_id !== undefined ? message.message_thread_id : null;
}

// ---- the chat a command is about -------------------------------------------------------------------

interface Target {
  chatId: number;
  chatType: string;
  /** The channel configured from a private chat; null when the command is about its own chat. */
  remoteTitle: string | null;
}

// "@channelname" or "-100123…": a channel named in a private chat, as the command's first word.
const REMOTE_TARGET = /^(@[A-Za-z][A-Za-z0-9_]{3,31}|-\d{1,16})$/;

/**
 * The chat a settings command is about, and its remaining arguments. In a private chat the first
 * word may name a channel (`/digest @channel 08:00 Kyiv`): allowed when the user is an
 * administrator of that channel and the bot is one too. Undefined when the answer was sent already.
 */
async function targetOf(ctx: BotContext, args: string): Promise<{ target: Target; rest: string } | undefined> {
  const chat = ctx.chat!;
  const [first = "", ...others] = args.trim().split(/\s+/);
  if (!REMOTE_TARGET.test(first)) {
    return { target: { chatId: chat.id, chatType: chat.type, remoteTitle: null }, rest: args.trim() };
  }
  const rest = others.join(" ");
  const shown = escapeHtml(first);
  if (chat.type !== "private" || !ctx.from) {
    await ctx.reply(ctx.t("groups-remote-private-only"), { parse_mode: "HTML" });
    return undefined;
  }
  const log = ctx.log.child({ target: first, user: ctx.from.id });
  let remote: Awaited<ReturnType<BotContext["api"]["getChat"]>>;
  try {
    remote = await ctx.api.getChat(/^-/.test(first) ? Number(first) : first);
  } catch (error) {
    if (!(error instanceof GrammyError)) throw error;
    log.info({ code: error.error_code, description: error.description }, "remote configuration: chat not found");
    await ctx.reply(ctx.t("groups-remote-not-found", { target: shown }), { parse_mode: "HTML" });
    return undefined;
  }
  if (remote.type !== "channel") {
    await ctx.reply(ctx.t("groups-remote-not-channel", { target: shown }), { parse_mode: "HTML" });
    return undefined;
  }
  const title = escapeHtml(remote.title ?? first);
  const userIsAdmin = await adminCacheOf(ctx.deps)
    .isAdmin(ctx.api, remote.id, ctx.from.id, ctx.deps.now())
    .catch((error: unknown) => {
      if (error instanceof GrammyError) return false;
      throw error;
    });
  if (!userIsAdmin) {
    log.info({ chat: remote.id }, "remote configuration refused: not an administrator of the channel");
    await ctx.reply(ctx.t("groups-remote-not-admin", { title }), { parse_mode: "HTML" });
    return undefined;
  }
  const me = await ctx.api.getChatMember(remote.id, ctx.me.id).catch((error: unknown) => {
    if (error instanceof GrammyError) return undefined;
    throw error;
  });
  const botCanPost = me !== undefined && isAdminStatus(me) && !("can_post_messages" in me && !me.can_post_messages);
  if (!botCanPost) {
    log.info({ chat: remote.id, status: me?.status }, "remote configuration refused: the bot cannot post there");
    await ctx.reply(ctx.t("groups-remote-bot-not-admin", { title }), { parse_mode: "HTML" });
    return undefined;
  }
  return { target: { chatId: remote.id, chatType: remote.type, remoteTitle: title }, rest };
}

async function answer(ctx: BotContext, target: Target, lines: readonly string[]): Promise<void> {
  const all = target.remoteTitle ? [ctx.t("groups-remote-prefix", { title: target.remoteTitle }), ...lines] : lines;
  await ctx.reply(all.join("\n"), { parse_mode: "HTML" });
}

async function settingsOf(ctx: BotContext, target: Target): Promise<ChatSettings | undefined> {
  return target.remoteTitle ? ctx.deps.store.chats.get(target.chatId) : ctx.chatSettings;
}

/** Changes the target's settings; a change made in the chat itself also points deliveries at its topic. */
async function change(
  ctx: BotContext,
  target: Target,
  edit: (s: ChatSettings) => ChatSettings,
  opts: { followTopic: boolean },
): Promise<ChatSettings> {
  const threadId = topicOf(ctx.message);
  const next = await ctx.deps.store.chats.update(
    target.chatId,
    (s) => {
      const edited = { ...edit(s), chatType: target.chatType };
      return opts.followTopic && !target.remoteTitle ? { ...edited, threadId } : edited;
    },
    ctx.deps.now(),
  );
  if (!target.remoteTitle) ctx.chatSettings = next;
  return next;
}

function timezoneOf(ctx: BotContext, settings: ChatSettings | undefined): string {
  return settings?.timezone ?? ctx.deps.config.timezone;
}

function placeList(ctx: BotContext, places: readonly string[]): string {
  return places.map((p) => escapeHtml(placeName(p, ctx.locale))).join(", ");
}

// ---- /digest ---------------------------------------------------------------------------------------

function describeDigest(ctx: BotContext, settings: ChatSettings, digest: DigestSettings, key: string): string[] {
  const places = digest.cities
    ? placeList(ctx, digest.cities)
    : settings.subscriptions.length > 0
      ? ctx.t("groups-digest-places-subscriptions", {
          places: placeList(
            ctx,
            settings.subscriptions.map((s) => s.city),
          ),
        })
      : ctx.t("groups-digest-places-none");
  const lines = [ctx.t(key, { time: digest.time, timezone: escapeHtml(timezoneOf(ctx, settings)), places })];
  lines.push(ctx.t(digest.onQuiet === "skip" ? "groups-digest-on-quiet-skip" : "groups-digest-on-quiet-line"));
  return lines;
}

async function digestCommand(ctx: BotContext): Promise<void> {
  const found = await targetOf(ctx, String(ctx.match ?? ""));
  if (!found) return;
  const { target, rest } = found;
  const command = parseDigestArgs(rest);
  const log = ctx.log.child({ chat: target.chatId, chatType: target.chatType, remote: target.remoteTitle !== null });
  switch (command.kind) {
    case "show": {
      const settings = await settingsOf(ctx, target);
      if (!settings?.digest) return answer(ctx, target, [ctx.t("groups-digest-none")]);
      return answer(ctx, target, describeDigest(ctx, settings, settings.digest, "groups-digest-show"));
    }
    case "off": {
      await change(ctx, target, (s) => ({ ...s, digest: null }), { followTopic: false });
      log.info("digest turned off");
      return answer(ctx, target, [ctx.t("groups-digest-off")]);
    }
    case "bad-time":
      return answer(ctx, target, [ctx.t("groups-bad-time", { text: escapeHtml(command.text) })]);
    case "usage":
      return answer(ctx, target, [ctx.t("groups-digest-usage")]);
    case "set": {
      let cities: string[] | null = null;
      if (command.places) {
        const found = resolvePlaces(command.places);
        if ("unknown" in found) return answer(ctx, target, unknownPlace(ctx, found));
        if (found.places.length > MAX_DIGEST_PLACES) {
          return answer(ctx, target, [ctx.t("groups-digest-too-many", { max: MAX_DIGEST_PLACES })]);
        }
        cities = found.places;
      }
      const settings = await change(
        ctx,
        target,
        (s) => ({
          ...s,
          paused: false,
          digest: {
            time: command.time,
            cities,
            onQuiet: command.onQuiet ?? s.digest?.onQuiet ?? "line",
            lastSentAt: s.digest?.lastSentAt ?? null,
          },
        }),
        { followTopic: true },
      );
      const digest = settings.digest!;
      log.info(
        { time: digest.time, cities: digest.cities, onQuiet: digest.onQuiet, threadId: settings.threadId ?? null },
        "digest set",
      );
      return answer(ctx, target, describeDigest(ctx, settings, digest, "groups-digest-set"));
    }
  }
}

function unknownPlace(ctx: BotContext, found: { unknown: string; suggestions: Place[] }): string[] {
  const lines = [ctx.t("groups-unknown-place", { query: escapeHtml(found.unknown) })];
  if (found.suggestions.length === 0) {
    lines.push(ctx.t("groups-unknown-place-try-again"));
    return lines;
  }
  lines.push(
    ctx.t("groups-did-you-mean", {
      places: placeList(
        ctx,
        found.suggestions.map((p) => p.name),
      ),
    }),
  );
  return lines;
}

// ---- /quiet ----------------------------------------------------------------------------------------

function describeQuiet(ctx: BotContext, settings: ChatSettings, quiet: QuietHours, key: string): string[] {
  return [
    ctx.t(key, { from: quiet.from, to: quiet.to, timezone: escapeHtml(timezoneOf(ctx, settings)) }),
    quiet.allowCasualties
      ? ctx.t("groups-quiet-casualties-through")
      : ctx.t("groups-quiet-casualties-held", { to: quiet.to }),
  ];
}

async function quietCommand(ctx: BotContext): Promise<void> {
  const found = await targetOf(ctx, String(ctx.match ?? ""));
  if (!found) return;
  const { target, rest } = found;
  const command = parseQuietArgs(rest);
  const log = ctx.log.child({ chat: target.chatId, chatType: target.chatType, remote: target.remoteTitle !== null });
  switch (command.kind) {
    case "show": {
      const settings = await settingsOf(ctx, target);
      if (!settings?.quietHours) return answer(ctx, target, [ctx.t("groups-quiet-none")]);
      return answer(ctx, target, describeQuiet(ctx, settings, settings.quietHours, "groups-quiet-show"));
    }
    case "off":
      await change(ctx, target, (s) => ({ ...s, quietHours: null }), { followTopic: false });
      log.info("quiet hours turned off");
      return answer(ctx, target, [ctx.t("groups-quiet-off")]);
    case "bad-time":
      return answer(ctx, target, [ctx.t("groups-bad-time", { text: escapeHtml(command.text) })]);
    case "same-times":
      return answer(ctx, target, [ctx.t("groups-quiet-same-times")]);
    case "usage":
      return answer(ctx, target, [ctx.t("groups-quiet-usage")]);
    case "set": {
      const quiet: QuietHours = { from: command.from, to: command.to, allowCasualties: command.allowCasualties };
      const settings = await change(ctx, target, (s) => ({ ...s, paused: false, quietHours: quiet }), {
        followTopic: true,
      });
      log.info({ ...quiet, threadId: settings.threadId ?? null }, "quiet hours set");
      return answer(ctx, target, describeQuiet(ctx, settings, quiet, "groups-quiet-set"));
    }
  }
}

// ---- /language with an argument (channels, and channels configured from a private chat) ------------

const LANGUAGE_NAMES: Record<string, string> = { en: "English", uk: "Українська" };

async function languageCommand(ctx: BotContext, next: () => Promise<void>): Promise<void> {
  const args = String(ctx.match ?? "").trim();
  // No argument (or one we do not understand): the language keyboard of the general feature.
  if (!args) return next();
  const [first = ""] = args.split(/\s+/);
  if (!REMOTE_TARGET.test(first) && !parseLanguage(args)) return next();
  const found = await targetOf(ctx, args);
  if (!found) return;
  const { target, rest } = found;
  const locale = parseLanguage(rest);
  if (!locale) return answer(ctx, target, [ctx.t("groups-language-usage")]);
  await change(ctx, target, (s) => ({ ...s, locale }), { followTopic: false });
  ctx.log.info(
    { chat: target.chatId, chatType: target.chatType, locale, remote: !!target.remoteTitle },
    "language set",
  );
  if (target.remoteTitle) {
    await ctx.reply(
      ctx.t("groups-remote-language-set", { title: target.remoteTitle, language: LANGUAGE_NAMES[locale] ?? locale }),
      { parse_mode: "HTML" },
    );
    return;
  }
  ctx.i18n.useLocale(locale);
  ctx.locale = locale;
  await ctx.reply(ctx.t("language-set"), { parse_mode: "HTML" });
}

/** /digest and /quiet (show, set, off) for this chat or, from a private chat, for a channel; /language xx. */
export function chatSettingsFeature(): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.command("digest", digestCommand);
  composer.command("quiet", quietCommand);
  composer.command("language", languageCommand);
  return composer;
}
