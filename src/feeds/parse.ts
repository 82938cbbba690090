import Parser from "rss-parser";
import { canonicalLink, stableHash } from "../analysis/hash.js";
import type { RawItem } from "../analysis/types.js";

type ExtraItemFields = { "content:encoded"?: string; id?: string; description?: string };

const parser = new Parser<Record<string, unknown>, ExtraItemFields>({
  customFields: { item: ["content:encoded", "description", "id"] },
});

export interface ParsedFeed {
  title: string | null;
  items: RawItem[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FeedParseError";
  }
}

/** XML text → items in feed order. rss-parser is lenient; a document it cannot read becomes one clear error. */
export async function parseFeed(xml: string, feedUrl: string | null): Promise<ParsedFeed> {
  // rss-parser rejects `<rss>` without a version attribute; real feeds (and RSS 0.9x) omit it.
  const text = xml.replace(/^\uFEFF/, "").replace(/<rss(?![^>]*\bversion=)(\s|>)/, '<rss version="2.0"$1');
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new FeedParseError(`not a readable RSS/Atom feed: ${message.split("\n")[0]?.slice(0, 160)}`);
  }
  const items: RawItem[] = [];
  for (const entry of feed.items ?? []) {
    const title = asText(entry.title);
    const content =
      asText(entry["content:encoded"]) || asText(entry.content) || asText(entry.description) || asText(entry.summary);
    if (!title && !content) continue;
    const link = resolveLink(asText(entry.link), feedUrl);
    const published = toIso(entry.isoDate ?? entry.pubDate);
    const guid = asText(entry.guid) || asText(entry.id);
    items.push({
      id: guid || canonicalLink(link) || `h${stableHash(`${title}\n${content.slice(0, 500)}`)}`,
      title,
      link,
      published,
      content,
      feedUrl,
    });
  }
  return { title: asText(feed.title) || null, items };
}

function asText(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (value && typeof value === "object") {
    // xml2js gives {_: text, $: attrs} for elements with attributes (e.g. <guid isPermaLink="false">).
    const inner = (value as { _?: unknown })._;
    if (typeof inner === "string") return inner.trim();
  }
  return "";
}

function resolveLink(link: string, base: string | null): string | null {
  if (!link) return null;
  try {
    const url = new URL(link, base ?? undefined);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

function toIso(value: unknown): string | null {
  if (typeof value !== "string" || !value.trim()) return null;
  const t = Date.parse(value);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}
