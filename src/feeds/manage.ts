/** Use cases behind the operators' feed commands: add (validated), remove, pause, resume, import. */
import type { FeedState } from "../store/feeds.js";
import type { Store } from "../store/store.js";
import { FeedFetchError, fetchFeed } from "./fetch.js";
import { checkFeedUrl, guardOptions, type RefusalReason, type Resolver, systemResolver } from "./guard.js";
import { FeedParseError, parseFeed } from "./parse.js";

export interface ManageDeps {
  store: Store;
  fetchTimeoutMs: number;
  now: () => Date;
  resolver?: Resolver;
  fetcher?: typeof fetchFeed;
}

export type AddOutcome =
  | { status: "added"; url: string; title: string | null; items: number }
  | { status: "exists"; url: string }
  | { status: "refused"; url: string; reason: RefusalReason; address?: string }
  | { status: "unreadable"; url: string; error: string };

/** A feed added from Telegram is read once to show it works; a bigger one than this is refused. */
const ADD_MAX_BYTES = 5 * 1024 * 1024;

/**
 * Validates and adds a feed: http(s) only, every address public (checked again on every redirect
 * hop), readable as RSS/Atom. A permanent redirect at this point stores the new address.
 */
export async function addFeed(deps: ManageDeps, raw: string, addedBy: number | null): Promise<AddOutcome> {
  const resolve = deps.resolver ?? systemResolver;
  const shown = raw.trim();
  // Already listed (an operator feed on a private network included): say so, nothing to check.
  const listed = await findListed(deps.store, shown);
  if (listed) return { status: "exists", url: listed };
  const check = await checkFeedUrl(raw, resolve);
  if (!check.ok) return { status: "refused", url: shown, reason: check.reason, address: check.address };
  let url = check.url;
  if (await deps.store.feeds.has(url)) return { status: "exists", url };
  const fetcher = deps.fetcher ?? fetchFeed;
  let title: string | null;
  let items: number;
  try {
    const result = await fetcher(url, {
      timeoutMs: deps.fetchTimeoutMs,
      maxBytes: ADD_MAX_BYTES,
      ...guardOptions(resolve),
    });
    if (result.status !== "ok") throw new FeedFetchError("unexpected 304 without a validator", "http", 304);
    const parsed = await parseFeed(result.body, result.finalUrl);
    title = parsed.title;
    items = parsed.items.length;
    if (result.movedTo) url = result.movedTo;
  } catch (error) {
    const message =
      error instanceof FeedFetchError || error instanceof FeedParseError
        ? error.message
        : `unexpected: ${error instanceof Error ? error.message : String(error)}`;
    return { status: "unreadable", url, error: message };
  }
  const added = await deps.store.feeds.add(url, {
    title,
    trusted: false,
    addedAt: deps.now().toISOString(),
    addedBy,
  });
  return added ? { status: "added", url, title, items } : { status: "exists", url };
}

/**
 * Finds a listed feed by what an operator typed: its number in /sources, its URL as listed, or
 * the same URL written slightly differently (normalised by URL parsing, trailing slash).
 */
export async function findFeed(store: Store, ref: string): Promise<string | undefined> {
  const list = await store.feeds.list();
  const text = ref.trim();
  if (/^\d{1,4}$/.test(text)) return list[Number(text) - 1];
  if (list.includes(text)) return text;
  let normal: string;
  try {
    normal = new URL(text).toString();
  } catch {
    return undefined;
  }
  const strip = (u: string) => u.replace(/\/+$/, "");
  return list.find((u) => u === normal || strip(u) === strip(normal));
}

async function findListed(store: Store, raw: string): Promise<string | undefined> {
  try {
    return /^https?:/i.test(raw) ? await findFeed(store, new URL(raw).toString()) : undefined;
  } catch {
    return undefined;
  }
}

export async function setPaused(store: Store, url: string, paused: boolean, now: Date): Promise<FeedState> {
  return store.feeds.update(url, (s) =>
    paused
      ? { ...s, paused: true, pausedReason: "admin", pausedAt: now.toISOString() }
      : // Resuming gives a failing feed a fresh start: no back-off, a new count towards pausing.
        {
          ...s,
          paused: false,
          pausedReason: null,
          pausedAt: null,
          nextAttemptAt: null,
          failingSince: null,
          consecutiveFailures: 0,
        },
  );
}

/** Imports at most this many feeds from one file: each is fetched once to validate it. */
export const MAX_IMPORT = 50;

export async function importFeeds(
  deps: ManageDeps,
  urls: readonly string[],
  addedBy: number | null,
): Promise<AddOutcome[]> {
  const results: AddOutcome[] = new Array(Math.min(urls.length, MAX_IMPORT));
  let next = 0;
  const worker = async () => {
    while (next < results.length) {
      const index = next++;
      results[index] = await addFeed(deps, urls[index] as string, addedBy);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, results.length) }, worker));
  return results;
}
