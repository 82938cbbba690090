/**
 * /sources for everyone; /addfeed, /removefeed, /pausefeed, /resumefeed, /exportfeeds and
 * /importfeeds for the bot's operators (ADMIN_IDS, by Telegram user id; not chat administrators:
 * the feed list is the whole bot's, not one chat's).
 */
import { Composer, InputFile } from "grammy";
import { fetchFeed } from "../../feeds/fetch.js";
import type { Resolver } from "../../feeds/guard.js";
import { type AddOutcome, addFeed, findFeed, importFeeds, MAX_IMPORT, setPaused } from "../../feeds/manage.js";
import { buildOpml, parseOpml } from "../../feeds/opml.js";
import type { FeedState } from "../../store/feeds.js";
import type { BotContext } from "../context.js";
import { escapeHtml, packBlocks } from "../format/html.js";
import { formatTime, type Translate } from "../format/incident.js";

export interface SourcesOptions {
  /** DNS for the SSRF check (tests inject one). */
  resolver?: Resolver;
  fetcher?: typeof fetchFeed;
}

/** An OPML file bigger than this is refused before it is downloaded. */
const MAX_OPML_BYTES = 512 * 1024;
/** Shown of a feed's last error; the rest is in the logs. */
const ERROR_SHOWN = 160;

export function sourcesFeature(options: SourcesOptions = {}): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.command("sources", async (ctx) => {
    const { store, config } = ctx.deps;
    const urls = await store.feeds.list();
    const states = await Promise.all(urls.map((url) => store.feeds.get(url)));
    const view = { t: ctx.t.bind(ctx) as Translate, locale: ctx.locale, timezone: config.timezone };
    const blocks = formatSources(states, view, ctx.deps.now());
    if (isOperator(ctx)) blocks.push(escapeHtml(ctx.t("sources-admin-hint")));
    for (const text of packBlocks(blocks)) {
      await ctx.reply(text, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
    }
  });

  const admin = composer.filter(isOperator);
  const manage = (ctx: BotContext) => ({
    store: ctx.deps.store,
    fetchTimeoutMs: ctx.deps.config.feedTimeoutMs,
    now: ctx.deps.now,
    resolver: options.resolver,
    fetcher: options.fetcher,
  });

  admin.command("addfeed", async (ctx) => {
    const arg = ctx.match.trim();
    if (!arg) return reply(ctx, ctx.t("sources-usage", { command: "/addfeed" }));
    const outcome = await addFeed(manage(ctx), firstWord(arg), ctx.from?.id ?? null);
    ctx.log.info({ outcome: outcome.status, url: outcome.url }, "addfeed");
    return reply(ctx, describeOutcome(outcome, ctx.t.bind(ctx) as Translate));
  });

  admin.command("removefeed", async (ctx) => {
    const arg = ctx.match.trim();
    if (!arg) return reply(ctx, ctx.t("sources-usage", { command: "/removefeed" }));
    const url = await findFeed(ctx.deps.store, firstWord(arg));
    if (!url || !(await ctx.deps.store.feeds.remove(url))) {
      return reply(ctx, ctx.t("sources-not-found", { url: code(firstWord(arg)) }));
    }
    ctx.log.info({ url }, "feed removed");
    return reply(ctx, ctx.t("sources-removed", { url: code(url) }));
  });

  for (const [command, paused] of [
    ["pausefeed", true],
    ["resumefeed", false],
  ] as const) {
    admin.command(command, async (ctx) => {
      const arg = ctx.match.trim();
      if (!arg) return reply(ctx, ctx.t("sources-usage", { command: `/${command}` }));
      const url = await findFeed(ctx.deps.store, firstWord(arg));
      if (!url) return reply(ctx, ctx.t("sources-not-found", { url: code(firstWord(arg)) }));
      await setPaused(ctx.deps.store, url, paused, ctx.deps.now());
      ctx.log.info({ url, paused }, "feed pause changed");
      return reply(ctx, ctx.t(paused ? "sources-paused" : "sources-resumed", { url: code(url) }));
    });
  }

  admin.command("exportfeeds", async (ctx) => {
    const { store } = ctx.deps;
    const states = await Promise.all((await store.feeds.list()).map((url) => store.feeds.get(url)));
    const opml = buildOpml(states, "Sitrep news sources", ctx.deps.now());
    await ctx.replyWithDocument(new InputFile(Buffer.from(opml, "utf8"), "sitrep-feeds.opml"), {
      caption: ctx.t("sources-export-caption", { count: states.length }),
    });
  });

  admin.command("importfeeds", async (ctx) => {
    const document = ctx.msg?.document ?? ctx.msg?.reply_to_message?.document;
    if (!document) return reply(ctx, ctx.t("sources-import-usage"));
    if ((document.file_size ?? 0) > MAX_OPML_BYTES) {
      return reply(ctx, ctx.t("sources-import-too-big", { max: MAX_OPML_BYTES / 1024 }));
    }
    let urls: string[];
    try {
      const file = await ctx.api.getFile(document.file_id);
      if (!file.file_path) throw new Error("Telegram gave no file path");
      // The file URL contains the bot token: it is never logged or shown.
      const result = await fetchFeed(`${ctx.deps.config.telegramApiRoot}/file/bot${ctx.api.token}/${file.file_path}`, {
        timeoutMs: ctx.deps.config.feedTimeoutMs,
        maxBytes: MAX_OPML_BYTES,
      });
      if (result.status !== "ok") throw new Error("no file");
      urls = parseOpml(result.body);
    } catch (error) {
      const message = (error instanceof Error ? error.message : String(error)).replaceAll(ctx.api.token, "***");
      ctx.log.warn({ error: message }, "OPML import: file unreadable");
      return reply(ctx, ctx.t("sources-import-bad-file", { error: escapeHtml(message.slice(0, 200)) }));
    }
    if (urls.length === 0) return reply(ctx, ctx.t("sources-import-empty"));
    const outcomes = await importFeeds(manage(ctx), urls, ctx.from?.id ?? null);
    const t = ctx.t.bind(ctx) as Translate;
    const count = (status: AddOutcome["status"]) => outcomes.filter((o) => o.status === status).length;
    const blocks = [
      ctx.t("sources-import-header", {
        added: count("added"),
        existing: count("exists"),
        refused: count("refused") + count("unreadable"),
      }),
      ...(urls.length > MAX_IMPORT ? [ctx.t("sources-import-truncated", { max: MAX_IMPORT })] : []),
      ...outcomes.map((o) => describeOutcome(o, t)),
    ];
    ctx.log.info({ added: count("added"), checked: outcomes.length }, "OPML import");
    for (const text of packBlocks(blocks, undefined, "\n")) await reply(ctx, text);
  });

  // Anyone else sending an operator command gets a polite refusal, not silence.
  composer.command(["addfeed", "removefeed", "pausefeed", "resumefeed", "exportfeeds", "importfeeds"], async (ctx) => {
    ctx.log.info({ user: ctx.from?.id }, "feed command refused: not an operator");
    await ctx.reply(ctx.t("sources-admin-only"));
  });

  return composer;
}

function isOperator(ctx: BotContext): boolean {
  const id = ctx.from?.id;
  return id !== undefined && !ctx.from?.is_bot && ctx.deps.config.adminIds.includes(id);
}

function reply(ctx: BotContext, html: string) {
  return ctx.reply(html, { parse_mode: "HTML", link_preview_options: { is_disabled: true } });
}

/** Commands take one URL; anything after it (or a 5,000-character argument) is cut. */
function firstWord(text: string): string {
  return (text.split(/\s+/)[0] ?? "").slice(0, 2048);
}

function code(text: string): string {
  return `<code>${escapeHtml(text.length > 300 ? `${text.slice(0, 300)}…` : text)}</code>`;
}

export function describeOutcome(outcome: AddOutcome, t: Translate): string {
  const url = code(outcome.url);
  switch (outcome.status) {
    case "added":
      return t("sources-added", {
        title: escapeHtml(outcome.title ?? hostOf(outcome.url)),
        items: outcome.items,
        url,
      });
    case "exists":
      return t("sources-exists", { url });
    case "refused":
      return t("sources-refused", {
        url,
        reason: escapeHtml(t("sources-reason", { reason: outcome.reason, address: outcome.address ?? "" })),
      });
    case "unreadable":
      return t("sources-unreadable", { url, error: escapeHtml(outcome.error.slice(0, ERROR_SHOWN)) });
  }
}

/** One HTML block per feed (number, health icon, title, URL, health lines), plus the header. */
export function formatSources(
  states: readonly FeedState[],
  view: { t: Translate; locale: string; timezone: string },
  now: Date,
): string[] {
  const { t } = view;
  if (states.length === 0) return [escapeHtml(t("sources-empty"))];
  const when = (iso: string) => escapeHtml(formatTime(iso, view));
  const blocks = [t("sources-header", { count: states.length })];
  states.forEach((state, index) => {
    const failing = state.consecutiveFailures > 0;
    const icon = state.paused ? "⏸" : failing ? "⚠️" : state.lastSuccessAt ? "✅" : "⏳";
    const title = state.title ? `${state.title} (${hostOf(state.url)})` : hostOf(state.url);
    const lines = [t("sources-feed-title", { number: index + 1, icon, title: escapeHtml(title.slice(0, 200)) })];
    lines.push(code(state.url));
    if (state.lastSuccessAt)
      lines.push(t("sources-feed-ok", { when: when(state.lastSuccessAt), items: state.itemsSeen }));
    else lines.push(t("sources-feed-new"));
    if (failing) {
      lines.push(
        t("sources-feed-failing", {
          failures: state.consecutiveFailures,
          since: when(state.failingSince ?? state.lastErrorAt ?? now.toISOString()),
          error: escapeHtml((state.lastError ?? "?").slice(0, ERROR_SHOWN)),
        }),
      );
    }
    if (state.paused) {
      lines.push(t(state.pausedReason === "failing" ? "sources-feed-paused-failing" : "sources-feed-paused-admin"));
    } else if (state.nextAttemptAt && Date.parse(state.nextAttemptAt) > now.getTime()) {
      lines.push(t("sources-feed-retry", { when: when(state.nextAttemptAt) }));
    }
    blocks.push(lines.join("\n"));
  });
  return blocks;
}

/** The message the operators get when a feed is paused after failing for days. */
export function formatPausedAlert(state: FeedState, view: { t: Translate; locale: string; timezone: string }): string {
  return view.t("sources-feed-paused-alert", {
    since: escapeHtml(formatTime(state.failingSince ?? state.lastErrorAt ?? new Date(0).toISOString(), view)),
    failures: state.consecutiveFailures,
    title: escapeHtml((state.title ?? hostOf(state.url)).slice(0, 200)),
    url: code(state.url),
    error: escapeHtml((state.lastError ?? "?").slice(0, ERROR_SHOWN)),
  });
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}
