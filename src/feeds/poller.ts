import { analyzeItem } from "../analysis/analyze.js";
import { canonicalLink, stableHash } from "../analysis/hash.js";
import { type IncidentChange, mergeReports } from "../analysis/incidents.js";
import type { RawItem, Report } from "../analysis/types.js";
import type { Logger } from "../logger.js";
import type { FeedState } from "../store/feeds.js";
import type { Store } from "../store/store.js";
import { FeedFetchError, type FetchResult, fetchFeed } from "./fetch.js";
import { guardOptions, type Resolver, systemResolver } from "./guard.js";
import { FeedParseError, parseFeed } from "./parse.js";

const HOUR = 3_600_000;
/** An item first seen now but published long ago is archive material, not news to alert about. */
const ALERT_MAX_AGE_MS = 24 * HOUR;
/** How far back a new report may join an existing incident (aid decisions are followed for a week). */
const MERGE_LOOKBACK_MS = 7 * 24 * HOUR;
/** A failing feed waits 1, 2, 4 … minutes before the next try, never more than 6 hours. */
export const BACKOFF_BASE_MS = 60_000;
export const BACKOFF_MAX_MS = 6 * HOUR;
/** A feed failing without a break for this long is paused and the admins are told (once). */
export const PAUSE_AFTER_FAILING_MS = 3 * 24 * HOUR;

/** How long to wait after the n-th failure in a row (n ≥ 1). */
export function backoffDelay(failures: number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  return Math.min(BACKOFF_BASE_MS * 2 ** exponent, BACKOFF_MAX_MS);
}

export interface PollOutcome {
  feeds: number;
  failedFeeds: number;
  /** Paused feeds and feeds waiting out their back-off. */
  skippedFeeds: number;
  newItems: number;
  reports: Record<Report["kind"], number>;
  created: number;
  updated: number;
  durationMs: number;
}

export interface PollerDeps {
  store: Store;
  logger: Logger;
  /** The feed list, read at the start of every poll (from storage in production). */
  feeds: () => readonly string[] | Promise<readonly string[]>;
  fetchTimeoutMs: number;
  /** A feed was paused after failing for days; tell the admins. Called once per pause. */
  onFeedPaused?: (state: FeedState) => Promise<void> | void;
  /** DNS for the SSRF check of feeds added from Telegram (operator feeds are not checked). */
  resolver?: Resolver;
  /** Called with the incident changes of one poll and the ids of reports that must not alert. */
  onChanges: (changes: IncidentChange[], quietReportIds: ReadonlySet<string>) => Promise<void>;
  /** Called after every poll with its outcome (metrics). */
  onPoll?: (outcome: PollOutcome) => void;
  concurrency?: number;
  now?: () => Date;
  fetcher?: typeof fetchFeed;
}

interface FeedBatch {
  url: string;
  items: RawItem[];
  /** The feed had never been read before: its items are the backlog, stored without alerts. */
  firstRead: boolean;
  commit: () => Promise<void>;
}

/** Polls every feed, turns new items into reports and incidents, and hands changes to delivery. */
export class FeedPoller {
  private inFlight: Promise<PollOutcome> | null = null;
  private readonly now: () => Date;
  private readonly fetcher: typeof fetchFeed;
  /** For feeds added from Telegram: one guard, so its connection pool is shared by every fetch. */
  private readonly guard: ReturnType<typeof guardOptions>;

  constructor(private readonly deps: PollerDeps) {
    this.now = deps.now ?? (() => new Date());
    this.fetcher = deps.fetcher ?? fetchFeed;
    this.guard = guardOptions(deps.resolver ?? systemResolver);
  }

  /** Runs one poll; a call while one is running joins it instead of starting a second. */
  poll(): Promise<PollOutcome> {
    if (this.inFlight) {
      this.deps.logger.warn("poll still running; this tick joins it instead of starting another");
      return this.inFlight;
    }
    this.inFlight = this.runPoll().finally(() => {
      this.inFlight = null;
    });
    return this.inFlight;
  }

  /** Resolves when the current poll (if any) has finished. */
  async idle(): Promise<void> {
    await this.inFlight?.catch(() => undefined);
  }

  private async runPoll(): Promise<PollOutcome> {
    const started = Date.now();
    const urls = await this.deps.feeds();
    const log = this.deps.logger;
    log.info({ feeds: urls.length }, "poll started");
    const batches = await mapLimit(urls, this.deps.concurrency ?? 4, (url) => this.readFeed(url));
    const ok = batches.filter((b): b is FeedBatch => typeof b === "object" && b !== null);
    const failed = batches.filter((b) => b === null).length;
    const skipped = batches.filter((b) => b === "skipped").length;
    const now = this.now();

    const fresh: Array<{ item: RawItem; quiet: boolean }> = [];
    const seenKeys: string[][] = [];
    const batchSeen = new Set<string>();
    for (const batch of ok) {
      for (const item of batch.items) {
        const keys = dedupKeys(item);
        if (keys.some((k) => batchSeen.has(k)) || (await this.deps.store.seen.anySeen(keys))) continue;
        for (const k of keys) batchSeen.add(k);
        seenKeys.push(keys);
        const publishedAt = item.published ? Date.parse(item.published) : now.getTime();
        fresh.push({ item, quiet: batch.firstRead || now.getTime() - publishedAt > ALERT_MAX_AGE_MS });
      }
    }
    // Oldest first, so incidents grow in the order the news did.
    fresh.sort((a, b) => (a.item.published ?? "").localeCompare(b.item.published ?? ""));

    const reports: Report[] = [];
    const quietIds = new Set<string>();
    const counts: Record<Report["kind"], number> = { strike: 0, aid: 0, other: 0 };
    for (const { item, quiet } of fresh) {
      let report: Report;
      try {
        report = analyzeItem(item);
      } catch (error) {
        log.error({ err: error, feed: item.feedUrl, item: item.id }, "analysis failed for an item; skipped");
        continue;
      }
      counts[report.kind]++;
      reports.push(report);
      if (quiet) quietIds.add(report.id);
    }

    const recent = await this.deps.store.incidents.recent(new Date(now.getTime() - MERGE_LOOKBACK_MS));
    const changes = mergeReports(reports, recent, now);
    for (const change of changes) await this.deps.store.incidents.save(change.incident, now);
    if (changes.length > 0) await this.deps.onChanges(changes, quietIds);
    // Marked seen only after incidents and alerts are stored: a crash before this line re-reads
    // the items next time, and merging them again changes nothing.
    for (const keys of seenKeys) await this.deps.store.seen.markSeen(keys, now);
    for (const batch of ok) await batch.commit();

    const outcome: PollOutcome = {
      feeds: urls.length,
      failedFeeds: failed,
      skippedFeeds: skipped,
      newItems: fresh.length,
      reports: counts,
      created: changes.filter((c) => c.type === "created").length,
      updated: changes.filter((c) => c.type === "updated").length,
      durationMs: Date.now() - started,
    };
    log.info(outcome, "poll finished");
    this.deps.onPoll?.(outcome);
    return outcome;
  }

  /**
   * Fetches and parses one feed; failures are logged, recorded and returned as null, never thrown.
   * A paused feed, or one waiting out its back-off, is "skipped" without a request.
   */
  private async readFeed(url: string): Promise<FeedBatch | "unchanged" | "skipped" | null> {
    const { store, logger } = this.deps;
    const state = await store.feeds.get(url);
    const log = logger.child({ feed: url });
    const startedAt = this.now();
    if (state.paused) return "skipped";
    if (state.nextAttemptAt && Date.parse(state.nextAttemptAt) > startedAt.getTime()) {
      log.debug({ nextAttemptAt: state.nextAttemptAt }, "feed backing off; skipped");
      return "skipped";
    }
    const healthy = (s: FeedState): FeedState => ({
      ...s,
      lastSuccessAt: this.now().toISOString(),
      consecutiveFailures: 0,
      failingSince: null,
      nextAttemptAt: null,
    });
    let result: FetchResult;
    try {
      result = await this.fetcher(url, {
        timeoutMs: this.deps.fetchTimeoutMs,
        etag: state.primed ? state.etag : null,
        lastModified: state.primed ? state.lastModified : null,
        ...(state.trusted ? {} : this.guard),
      });
      if (result.status === "not-modified") {
        log.debug("feed not modified");
        await store.feeds.update(url, healthy);
        if (result.movedTo) await this.moveFeed(url, result.movedTo);
        return "unchanged";
      }
      const parsed = await parseFeed(result.body, result.finalUrl);
      log.debug({ items: parsed.items.length }, "feed read");
      const fetched = result;
      return {
        url,
        items: parsed.items,
        firstRead: !state.primed,
        commit: async () => {
          await store.feeds.update(url, (s) => ({
            ...healthy(s),
            title: parsed.title ?? s.title,
            primed: true,
            itemsSeen: s.itemsSeen + parsed.items.length,
            etag: fetched.etag,
            lastModified: fetched.lastModified,
          }));
          if (fetched.movedTo) await this.moveFeed(url, fetched.movedTo);
        },
      };
    } catch (error) {
      const reason =
        error instanceof FeedFetchError || error instanceof FeedParseError
          ? error.message
          : `unexpected: ${error instanceof Error ? error.message : String(error)}`;
      const now = this.now();
      let justPaused = false;
      const next = await store.feeds.update(url, (s) => {
        const failures = s.consecutiveFailures + 1;
        const failingSince = s.failingSince ?? now.toISOString();
        const pause = !s.paused && now.getTime() - Date.parse(failingSince) >= PAUSE_AFTER_FAILING_MS;
        justPaused = pause;
        return {
          ...s,
          lastErrorAt: now.toISOString(),
          lastError: reason.slice(0, 500),
          consecutiveFailures: failures,
          failingSince,
          nextAttemptAt: new Date(now.getTime() + backoffDelay(failures)).toISOString(),
          ...(pause ? { paused: true, pausedReason: "failing" as const, pausedAt: now.toISOString() } : {}),
        };
      });
      log.warn({ reason, failures: next.consecutiveFailures, nextAttemptAt: next.nextAttemptAt }, "feed failed");
      if (justPaused) {
        log.warn({ failingSince: next.failingSince }, "feed paused after failing for days");
        try {
          await this.deps.onFeedPaused?.(next);
        } catch (notifyError) {
          log.error({ err: notifyError }, "could not tell the admins about a paused feed");
        }
      }
      return null;
    }
  }

  /** A permanent redirect: the feed's state and place in the list move to the new URL. */
  private async moveFeed(from: string, to: string): Promise<void> {
    await this.deps.store.feeds.move(from, to);
    this.deps.logger.info({ from, to }, "feed moved permanently; stored URL updated");
  }
}

/** Keys under which an item counts as already seen. */
export function dedupKeys(item: RawItem): string[] {
  const keys = [`g:${stableHash(`${item.feedUrl ?? ""}|${item.id}`)}`];
  const link = canonicalLink(item.link);
  if (link) keys.push(`l:${stableHash(link)}`);
  keys.push(`c:${stableHash(`${item.feedUrl ?? ""}|${item.title}|${item.content.slice(0, 300)}`)}`);
  return keys;
}

async function mapLimit<T, R>(inputs: readonly T[], limit: number, task: (input: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(inputs.length);
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, inputs.length) }, async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index] as T);
    }
  });
  await Promise.all(workers);
  return results;
}
