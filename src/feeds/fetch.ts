import type { LookupFunction } from "node:net";
import { Readable } from "node:stream";
import { Agent, fetch } from "undici";

export const USER_AGENT = "SitrepBot/0.1 (+https://github.com/; Telegram news bot; RSS reader)";

export interface FetchOptions {
  timeoutMs: number;
  /** A feed bigger than this is cut off and reported (a 50 MB or never-ending response). */
  maxBytes?: number;
  etag?: string | null;
  lastModified?: string | null;
  /**
   * Called before the first request and before following every redirect; throws (or rejects) to
   * refuse the URL. Feeds added from Telegram pass the SSRF guard here, so a public feed cannot
   * redirect the bot to 169.254.169.254.
   */
  checkUrl?: (url: string) => Promise<void>;
  /**
   * Resolves host names when connecting (dns.lookup's signature). The SSRF guard checks the
   * addresses here too, at the moment of connecting, so a DNS answer that changes between the
   * check and the connection (DNS rebinding) cannot reach a private address.
   */
  lookup?: LookupFunction;
}

export type FetchResult =
  | {
      status: "ok";
      body: string;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
      /** Where the feed now lives when every redirect on the way was permanent (301/308); else null. */
      movedTo: string | null;
    }
  | { status: "not-modified"; movedTo: string | null };

export class FeedFetchError extends Error {
  constructor(
    message: string,
    readonly code: "timeout" | "http" | "too-large" | "network" | "redirect" | "blocked",
    readonly httpStatus?: number,
  ) {
    super(message);
    this.name = "FeedFetchError";
  }
}

const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

// One connection pool per lookup function (in practice one: the guard's), not one per fetch.
const agents = new WeakMap<LookupFunction, Agent>();
function agentFor(lookup: LookupFunction): Agent {
  let agent = agents.get(lookup);
  if (!agent) {
    agent = new Agent({ connect: { lookup } });
    agents.set(lookup, agent);
  }
  return agent;
}

/** `work`, or the deadline's error as soon as `signal` aborts, whichever comes first. */
async function untilAborted<T>(work: Promise<T>, signal: AbortSignal, onAbort: () => Error): Promise<T> {
  if (signal.aborted) throw onAbort();
  let stop: () => void = () => undefined;
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(onAbort());
    signal.addEventListener("abort", stop, { once: true });
  });
  try {
    return await Promise.race([work, aborted]);
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
/** Redirects followed at most; more is a loop or a trap (browsers allow 20; a feed needs one or two). */
export const MAX_REDIRECTS = 5;
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const PERMANENT_STATUSES = new Set([301, 308]);

/**
 * GETs a feed with a hard deadline on the whole exchange (every redirect, headers and body), a size
 * cap, a redirect cap and conditional headers. Redirects are followed here, not by fetch, so each
 * hop can be checked and a permanent move noticed.
 */
export async function fetchFeed(url: string, opts: FetchOptions): Promise<FetchResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  const timedOut = () => new FeedFetchError(`timed out after ${opts.timeoutMs} ms`, "timeout");
  try {
    const headers: Record<string, string> = {
      "user-agent": USER_AGENT,
      accept: "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
      "accept-encoding": "gzip, deflate, br",
    };
    if (opts.etag) headers["if-none-match"] = opts.etag;
    if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
    let current = url;
    let permanent = true;
    let response: Response;
    const dispatcher = opts.lookup ? agentFor(opts.lookup) : undefined;
    for (let hop = 0; ; hop++) {
      // The check resolves the host: a DNS server that never answers is under the same deadline.
      if (opts.checkUrl) await untilAborted(opts.checkUrl(current), controller.signal, timedOut);
      try {
        response = (await fetch(current, {
          headers,
          signal: controller.signal,
          redirect: "manual",
          dispatcher,
        })) as unknown as Response;
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        // A refusal by the connect-time lookup arrives wrapped as the cause of "fetch failed".
        const cause = (error as { cause?: unknown }).cause;
        if (cause instanceof FeedFetchError) throw cause;
        throw new FeedFetchError(`network error: ${describe(error)}`, "network");
      }
      if (!REDIRECT_STATUSES.has(response.status)) break;
      await response.body?.cancel().catch(() => undefined);
      const location = response.headers.get("location");
      if (!location) throw new FeedFetchError(`HTTP ${response.status} without a Location header`, "redirect");
      if (hop >= MAX_REDIRECTS) throw new FeedFetchError(`more than ${MAX_REDIRECTS} redirects`, "redirect");
      let next: URL;
      try {
        next = new URL(location, current);
      } catch {
        throw new FeedFetchError("redirect to an invalid URL", "redirect");
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") {
        throw new FeedFetchError(`redirect to a ${next.protocol} URL`, "redirect");
      }
      permanent &&= PERMANENT_STATUSES.has(response.status);
      current = next.toString();
    }
    const movedTo = permanent && current !== url ? current : null;
    if (response.status === 304) return { status: "not-modified", movedTo };
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`HTTP ${response.status} ${response.statusText}`.trim(), "http", response.status);
    }
    const declared = Number(response.headers.get("content-length"));
    if (Number.isFinite(declared) && declared > maxBytes * 4) {
      await response.body?.cancel().catch(() => undefined);
      throw new FeedFetchError(`response of ${declared} bytes exceeds the ${maxBytes} byte cap`, "too-large");
    }
    let bytes: Buffer;
    try {
      bytes = await readCapped(response, maxBytes);
    } catch (error) {
      if (error instanceof FeedFetchError) throw error;
      if (controller.signal.aborted) throw timedOut();
      throw new FeedFetchError(`network error: ${describe(error)}`, "network");
    }
    return {
      status: "ok",
      body: decodeFeedBytes(bytes, response.headers.get("content-type")),
      etag: response.headers.get("etag"),
      lastModified: response.headers.get("last-modified"),
      finalUrl: current,
      movedTo,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Buffer> {
  if (!response.body) return Buffer.alloc(0);
  // fetch (undici) already decodes gzip/deflate/br; the cap applies to the decoded bytes, so a
  // small compressed bomb is cut off too.
  let stream: Readable = Readable.fromWeb(response.body as import("node:stream/web").ReadableStream);
  const encoding = response.headers.get("content-encoding");
  if (encoding && !["gzip", "deflate", "br", "identity"].includes(encoding)) {
    throw new FeedFetchError(`unsupported content-encoding ${encoding}`, "network");
  }
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += (chunk as Buffer).length;
    if (total > maxBytes) {
      stream.destroy();
      stream = Readable.from([]);
      throw new FeedFetchError(`response exceeds the ${maxBytes} byte cap`, "too-large");
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Decodes feed bytes by BOM, then the HTTP charset, then the XML declaration, else UTF-8. */
export function decodeFeedBytes(bytes: Buffer, contentType: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString("utf8");
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  const headerCharset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType ?? "")?.[1];
  const head = bytes.subarray(0, 200).toString("latin1");
  const declared = /<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1];
  for (const label of [headerCharset, declared]) {
    if (!label) continue;
    try {
      return new TextDecoder(label.toLowerCase()).decode(bytes);
    } catch {
      // Unknown or bogus charset label: try the next hint.
    }
  }
  return bytes.toString("utf8");
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as Error & { cause?: unknown }).cause;
    return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
  }
  return String(error);
}
