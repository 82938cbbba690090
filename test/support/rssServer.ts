// A local HTTP server for feed tests: serves RSS/Atom bodies the test sets per path, and can
// misbehave on purpose (errors, delays, a response that never comes or never ends) so fetch
// timeouts, size caps and conditional GET can be tested against a real socket.
import { once } from "node:events";
import http, { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How a route misbehaves. */
export type SlowMode =
  /** Accept the request and never answer: a client without a timeout hangs forever. */
  | { kind: "hang" }
  /** Send the headers and the first `afterBytes` of the body (default 0), then go silent. */
  | { kind: "stallBody"; afterBytes?: number }
  /** Send the body in `chunkBytes` pieces every `intervalMs`: slow but finite. */
  | { kind: "trickle"; chunkBytes: number; intervalMs: number }
  /** A 200 whose body never ends (for response-size caps); `chunkBytes` every `intervalMs` (default 10). */
  | { kind: "endless"; chunkBytes?: number; intervalMs?: number };

export interface FeedOptions {
  /** Default "application/rss+xml; charset=utf-8" (Atom bodies: "application/atom+xml; charset=utf-8"). */
  contentType?: string;
  /** Default 200. */
  status?: number;
  /** Wait this long before answering at all. */
  delayMs?: number;
  headers?: Record<string, string>;
  /** Sent as ETag; a request with a matching If-None-Match gets 304. */
  etag?: string;
  /** Sent as Last-Modified; a request with If-Modified-Since at or after it gets 304. */
  lastModified?: Date;
  slow?: SlowMode;
}

export interface FeedRequest {
  path: string;
  method: string;
  headers: IncomingHttpHeaders;
  status: number;
  time: number;
}

interface Route {
  body: Buffer;
  options: FeedOptions;
}

export class FeedServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  private readonly server: http.Server;
  private readonly routes = new Map<string, Route>();
  private readonly log: FeedRequest[] = [];
  private readonly timers = new Set<NodeJS.Timeout>();

  private constructor(server: http.Server, origin: string) {
    this.server = server;
    this.origin = origin;
  }

  static async start(): Promise<FeedServer> {
    let feeds: FeedServer | undefined;
    const server = http.createServer((req, res) => feeds?.handle(req, res));
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    feeds = new FeedServer(server, `http://127.0.0.1:${port}`);
    return feeds;
  }

  /** The absolute URL of `path` ("/feeds/a.xml" or "feeds/a.xml"). */
  url(path: string): string {
    return `${this.origin}${normalizePath(path)}`;
  }

  /** Serves `body` at `path` from now on (replacing what was there). */
  setFeed(path: string, body: string | Buffer, options: FeedOptions = {}): void {
    this.routes.set(normalizePath(path), { body: Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8"), options });
  }

  /** `path` answers 404 from now on. */
  removeFeed(path: string): void {
    this.routes.delete(normalizePath(path));
  }

  /** How many requests reached `path` (all paths when omitted). */
  hits(path?: string): number {
    return this.requests(path).length;
  }

  /** The requests received, oldest first, with their headers (If-None-Match, User-Agent…) and our status. */
  requests(path?: string): FeedRequest[] {
    const wanted = path === undefined ? undefined : normalizePath(path);
    return this.log.filter((r) => wanted === undefined || r.path === wanted);
  }

  async close(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closed;
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const path = new URL(req.url ?? "/", this.origin).pathname;
    const route = this.routes.get(path);
    const record: FeedRequest = {
      path,
      method: req.method ?? "GET",
      headers: req.headers,
      status: 0,
      time: Date.now(),
    };
    this.log.push(record);
    req.resume();
    if (!route) {
      record.status = 404;
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
      return;
    }
    const { options } = route;
    if (options.slow?.kind === "hang") {
      record.status = 0;
      return;
    }
    this.later(options.delayMs ?? 0, () => this.respond(req, res, route, record));
  }

  private respond(req: IncomingMessage, res: ServerResponse, route: Route, record: FeedRequest): void {
    if (res.destroyed) return;
    const { options, body } = route;
    const headers: Record<string, string> = {
      "content-type": options.contentType ?? guessContentType(body),
      ...(options.etag ? { etag: options.etag } : {}),
      ...(options.lastModified ? { "last-modified": options.lastModified.toUTCString() } : {}),
      ...options.headers,
    };
    if (isNotModified(req, options)) {
      record.status = 304;
      res.writeHead(304, headers).end();
      return;
    }
    const status = options.status ?? 200;
    record.status = status;
    const slow = options.slow;
    if (!slow || slow.kind === "hang") {
      res.writeHead(status, { ...headers, "content-length": String(body.length) });
      res.end(req.method === "HEAD" ? undefined : body);
      return;
    }
    switch (slow.kind) {
      case "stallBody":
        res.writeHead(status, { ...headers, "content-length": String(body.length) });
        res.write(body.subarray(0, slow.afterBytes ?? 0));
        return;
      case "trickle": {
        res.writeHead(status, { ...headers, "content-length": String(body.length) });
        let offset = 0;
        const step = () => {
          if (res.destroyed) return;
          res.write(body.subarray(offset, offset + slow.chunkBytes));
          offset += slow.chunkBytes;
          if (offset >= body.length) res.end();
          else this.later(slow.intervalMs, step);
        };
        step();
        return;
      }
      case "endless": {
        res.writeHead(status, headers);
        const chunk = Buffer.alloc(slow.chunkBytes ?? 16 * 1024, " ");
        res.write(body);
        const step = () => {
          if (res.destroyed) return;
          res.write(chunk);
          this.later(slow.intervalMs ?? 10, step);
        };
        step();
        return;
      }
    }
  }

  private later(ms: number, fn: () => void): void {
    if (ms <= 0) {
      fn();
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, ms);
    this.timers.add(timer);
  }
}

function normalizePath(path: string): string {
  return path.startsWith("/") ? path : `/${path}`;
}

function guessContentType(body: Buffer): string {
  const head = body.subarray(0, 512).toString("utf8");
  return /<feed[\s>]/.test(head) ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
}

function isNotModified(req: IncomingMessage, options: FeedOptions): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (options.etag && ifNoneMatch) {
    return ifNoneMatch.split(",").some((tag) => tag.trim() === options.etag || tag.trim() === "*");
  }
  const since = req.headers["if-modified-since"];
  if (options.lastModified && since) {
    const t = Date.parse(since);
    // HTTP dates have whole seconds.
    return !Number.isNaN(t) && Math.floor(options.lastModified.getTime() / 1000) <= Math.floor(t / 1000);
  }
  return false;
}

// ==================================================================================================
// Feed builders
// ==================================================================================================

export interface FeedItem {
  /** RSS guid (isPermaLink="false") / Atom id. Default: the link. */
  guid?: string;
  title: string;
  link: string;
  /** RSS description / Atom summary: plain text or HTML, escaped here. */
  description?: string;
  /** Full HTML body: RSS content:encoded (CDATA) / Atom content type="html". */
  content?: string;
  /** RSS pubDate / Atom published and updated. */
  pubDate?: Date | string;
  author?: string;
  categories?: string[];
}

export interface FeedSpec {
  title: string;
  /** The site's address. Default "https://example.org/". */
  link?: string;
  description?: string;
  /** RSS language, e.g. "uk". */
  language?: string;
  items: FeedItem[];
}

// XML 1.0 forbids these control characters even when escaped; a feed containing them is invalid.
// biome-ignore lint/suspicious/noControlCharactersInRegex: this regex exists to remove control characters
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Wraps text in CDATA, splitting any "]]>" so the section cannot end early. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(INVALID_XML_CHARS, "").replace(/]]>/g, "]]]]><![CDATA[>")}]]>`;
}

/** RSS wants RFC 822 dates ("Tue, 02 Jan 2024 10:00:00 GMT"); a string is passed through as written. */
function rfc822(date: Date | string): string {
  return typeof date === "string" ? date : date.toUTCString();
}

function iso(date: Date | string): string {
  return typeof date === "string" ? date : date.toISOString();
}

export function buildRss(feed: FeedSpec): string {
  const el = (name: string, value: string | undefined) =>
    value === undefined ? "" : `<${name}>${escapeXml(value)}</${name}>`;
  const items = feed.items.map((item) =>
    [
      "    <item>",
      `      ${el("title", item.title)}`,
      `      ${el("link", item.link)}`,
      `      <guid isPermaLink="${item.guid === undefined ? "true" : "false"}">${escapeXml(item.guid ?? item.link)}</guid>`,
      item.description === undefined ? "" : `      ${el("description", item.description)}`,
      item.content === undefined ? "" : `      <content:encoded>${cdata(item.content)}</content:encoded>`,
      item.pubDate === undefined ? "" : `      ${el("pubDate", rfc822(item.pubDate))}`,
      item.author === undefined ? "" : `      ${el("dc:creator", item.author)}`,
      ...(item.categories ?? []).map((c) => `      ${el("category", c)}`),
      "    </item>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    "  <channel>",
    `    ${el("title", feed.title)}`,
    `    ${el("link", feed.link ?? "https://example.org/")}`,
    `    ${el("description", feed.description ?? feed.title)}`,
    feed.language === undefined ? "" : `    ${el("language", feed.language)}`,
    ...items,
    "  </channel>",
    "</rss>",
    "",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}

export function buildAtom(feed: FeedSpec & { id?: string; updated?: Date | string }): string {
  const el = (name: string, value: string | undefined) =>
    value === undefined ? "" : `<${name}>${escapeXml(value)}</${name}>`;
  const link = feed.link ?? "https://example.org/";
  const newest = feed.items
    .map((i) => i.pubDate)
    .filter((d): d is Date | string => d !== undefined)
    .map((d) => new Date(d))
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const updated = feed.updated ?? newest ?? new Date(0);
  const entries = feed.items.map((item) => {
    const date = item.pubDate === undefined ? iso(updated) : iso(item.pubDate);
    return [
      "  <entry>",
      `    ${el("id", item.guid ?? item.link)}`,
      `    <title type="text">${escapeXml(item.title)}</title>`,
      `    <link rel="alternate" href="${escapeXml(item.link)}"/>`,
      `    ${el("published", date)}`,
      `    ${el("updated", date)}`,
      item.author === undefined ? "" : `    <author>${el("name", item.author)}</author>`,
      item.description === undefined ? "" : `    <summary type="html">${escapeXml(item.description)}</summary>`,
      item.content === undefined ? "" : `    <content type="html">${escapeXml(item.content)}</content>`,
      ...(item.categories ?? []).map((c) => `    <category term="${escapeXml(c)}"/>`),
      "  </entry>",
    ]
      .filter(Boolean)
      .join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.language ? ` xml:lang="${escapeXml(feed.language)}"` : ""}>`,
    `  ${el("id", feed.id ?? link)}`,
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    feed.description === undefined ? "" : `  ${el("subtitle", feed.description)}`,
    `  <link rel="alternate" href="${escapeXml(link)}"/>`,
    `  ${el("updated", iso(updated))}`,
    ...entries,
    "</feed>",
  ]
    .filter((line) => line !== "")
    .join("\n")
    .concat("\n");
}
