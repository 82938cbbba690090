import { analyzeItem } from "../analysis/analyze.js";
import { canonicalLink, stableHash } from "../analysis/hash.js";
import { type IncidentChange, mergeReports } from "../analysis/incidents.js";
import type { RawItem, Report } from "../analysis/types.js";
import type { Logger } from "../logger.js";
import type { Store } from "../store/store.js";
import { FeedFetchError, type FetchResult, fetchFeed } from "./fetch.js";
import { FeedParseError, parseFeed } from "./parse.js";

const HOUR = 3_600_000;
/** An item first seen now but published long ago is archive material, not news to alert about. */
const ALERT_MAX_AGE_MS = 24 * HOUR;
/** How far back a new report may join an existing incident (aid decisions are followed for a week). */
const MERGE_LOOKBACK_MS = 7 * 24 * HOUR;

export interface PollOutcome {
  feeds: number;
  failedFeeds: number;
  newItems: number;
  reports: Record<Report["kind"], number>;
  created: number;
  updated: number;
  durationMs: number;
}

export interface PollerDeps {
  store: Store;
  logger: Logger;
  feeds: () => readonly string[];
  fetchTimeoutMs: number;
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

  constructor(private readonly deps: PollerDeps) {
    this.now = deps.now ?? (() => new Date());
    this.fetcher = deps.fetcher ?? fetchFeed;
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
    const urls = this.deps.feeds();
    const log = this.deps.logger;
    log.info({ feeds: urls.length }, "poll started");
    const batches = await mapLimit(urls, this.deps.concurrency ?? 4, (url) => this.readFeed(url));
    const ok = batches.filter((b): b is FeedBatch => b !== null && b !== "unchanged");
    const failed = batches.filter((b) => b === null).length;
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

  /** Fetches and parses one feed; failures are logged, recorded and returned as null, never thrown. */
  private async readFeed(url: string): Promise<FeedBatch | "unchanged" | null> {
    const { store, logger } = this.deps;
    const state = await store.feeds.get(url);
    const log = logger.child({ feed: url });
    let result: FetchResult;
    try {
      result = await this.fetcher(url, {
        timeoutMs: this.deps.fetchTimeoutMs,
        etag: state.primed ? state.etag : null,
        lastModified: state.primed ? state.lastModified : null,
      });
      if (result.status === "not-modified") {
        log.debug("feed not modified");
        await store.feeds.save({ ...state, lastSuccessAt: this.now().toISOString(), consecutiveFailures: 0 });
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
          await store.feeds.save({
            ...state,
            title: parsed.title ?? state.title,
            primed: true,
            lastSuccessAt: this.now().toISOString(),
            consecutiveFailures: 0,
            itemsSeen: state.itemsSeen + parsed.items.length,
            etag: fetched.etag,
            lastModified: fetched.lastModified,
          });
        },
      };
    } catch (error) {
      const reason =
        error instanceof FeedFetchError || error instanceof FeedParseError
          ? error.message
          : `unexpected: ${error instanceof Error ? error.message : String(error)}`;
      log.warn({ reason, failures: state.consecutiveFailures + 1 }, "feed failed");
      await store.feeds.save({
        ...state,
        lastErrorAt: this.now().toISOString(),
        lastError: reason,
        consecutiveFailures: state.consecutiveFailures + 1,
      });
      return null;
    }
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
