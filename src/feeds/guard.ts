/**
 * Server-side request forgery guard for feeds added from Telegram: an admin (or a stolen admin
 * account) must not make the bot read the cloud metadata service, a router's admin page or
 * anything else on the bot's own network. Decisions are made on the addresses the host name
 * resolves to (every one of them), parsed with `net`, never by matching the host text, so
 * `http://2130706433/`, `http://0x7f.1/`, `http://[::ffff:127.0.0.1]/` and a DNS name pointing
 * at 10.0.0.1 are all refused.
 */
import { lookup } from "node:dns/promises";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { FeedFetchError, type FetchOptions } from "./fetch.js";

export type RefusalReason =
  | "invalid-url"
  | "scheme"
  | "credentials"
  | "unresolvable"
  | "metadata"
  | "loopback"
  | "private"
  | "link-local"
  | "cgnat"
  | "unique-local"
  | "unspecified"
  | "multicast"
  | "reserved";

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** All addresses of a host name (dns.lookup with `all: true`); injectable so tests need no DNS. */
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolver: Resolver = (hostname) => lookup(hostname, { all: true, verbatim: true });

export type UrlCheck = { ok: true; url: string } | { ok: false; reason: RefusalReason; address?: string };

function blockList(v4: Array<[string, number]>, v6: Array<[string, number]> = []): BlockList {
  const list = new BlockList();
  for (const [net, prefix] of v4) list.addSubnet(net, prefix, "ipv4");
  for (const [net, prefix] of v6) list.addSubnet(net, prefix, "ipv6");
  return list;
}

// Checked in this order, so the metadata address is named as such rather than as link-local.
// BlockList matches IPv4-mapped IPv6 (::ffff:10.0.0.1) against the IPv4 rules.
const RANGES: Array<[Exclude<RefusalReason, "invalid-url" | "scheme" | "credentials" | "unresolvable">, BlockList]> = [
  // AWS/GCP/Azure/OpenStack instance metadata; AWS's IPv6 one; Alibaba's.
  [
    "metadata",
    blockList(
      [
        ["169.254.169.254", 32],
        ["100.100.100.200", 32],
      ],
      [["fd00:ec2::254", 128]],
    ),
  ],
  ["unspecified", blockList([["0.0.0.0", 8]], [["::", 128]])],
  ["loopback", blockList([["127.0.0.0", 8]], [["::1", 128]])],
  [
    "private",
    blockList([
      ["10.0.0.0", 8],
      ["172.16.0.0", 12],
      ["192.168.0.0", 16],
    ]),
  ],
  ["link-local", blockList([["169.254.0.0", 16]], [["fe80::", 10]])],
  ["cgnat", blockList([["100.64.0.0", 10]])],
  ["unique-local", blockList([], [["fc00::", 7]])],
  ["multicast", blockList([["224.0.0.0", 4]], [["ff00::", 8]])],
  [
    "reserved",
    blockList(
      [
        ["192.0.0.0", 24], // IETF protocol assignments
        ["192.0.2.0", 24], // documentation
        ["198.18.0.0", 15], // benchmarking
        ["198.51.100.0", 24],
        ["203.0.113.0", 24],
        ["240.0.0.0", 4], // reserved, and 255.255.255.255 broadcast
      ],
      [
        ["::", 96], // IPv4-compatible (deprecated) addresses such as ::127.0.0.1
        ["64:ff9b::", 96], // NAT64: reaches the embedded IPv4 address
        ["2002::", 16], // 6to4: embeds an IPv4 address
        ["2001:db8::", 32], // documentation
        ["100::", 64], // discard
      ],
    ),
  ],
];

/** Why the bot must not connect to this IP address, or null when it is a public one. */
export function forbiddenAddress(address: string): RefusalReason | null {
  const family = isIP(address);
  if (family === 0) return "invalid-url";
  const type = family === 4 ? "ipv4" : "ipv6";
  for (const [reason, list] of RANGES) if (list.check(address, type)) return reason;
  return null;
}

/**
 * May an admin-added feed be fetched from this URL? http(s) only, no user:password@, and every
 * address the host resolves to must be public. URL parsing (WHATWG) already turns decimal, octal
 * and hex IPv4 spellings into dotted form.
 */
export async function checkFeedUrl(raw: string, resolve: Resolver = systemResolver): Promise<UrlCheck> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { ok: false, reason: "invalid-url" };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, reason: "scheme" };
  if (url.username || url.password) return { ok: false, reason: "credentials" };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (!host) return { ok: false, reason: "invalid-url" };
  let addresses: string[];
  if (isIP(host)) {
    addresses = [host];
  } else {
    try {
      addresses = (await resolve(host)).map((a) => a.address);
    } catch {
      return { ok: false, reason: "unresolvable" };
    }
    if (addresses.length === 0) return { ok: false, reason: "unresolvable" };
  }
  for (const address of addresses) {
    const reason = forbiddenAddress(address);
    if (reason) return { ok: false, reason, address };
  }
  return { ok: true, url: url.toString() };
}

/** A `checkUrl` for fetchFeed: refuses the first request or any redirect hop that the guard refuses. */
export function guardedFetch(resolve: Resolver = systemResolver): (url: string) => Promise<void> {
  return async (url) => {
    const check = await checkFeedUrl(url, resolve);
    if (!check.ok) {
      throw new FeedFetchError(
        `refused: ${check.reason}${check.address ? ` address ${check.address}` : ""} (${hostOf(url)})`,
        "blocked",
      );
    }
  };
}

/**
 * A connect-time `lookup` that resolves with the same resolver and refuses the connection when any
 * address is forbidden: the addresses checked are the addresses connected to.
 */
export function guardedLookup(resolve: Resolver = systemResolver): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname).then(
      (found) => {
        const wanted =
          options.family === 4 || options.family === 6 ? found.filter((a) => a.family === options.family) : found;
        const addresses = wanted.length > 0 ? wanted : found;
        for (const { address } of addresses) {
          const reason = forbiddenAddress(address);
          if (reason) {
            callback(new FeedFetchError(`refused: ${reason} address ${address} (${hostname})`, "blocked"), "", 0);
            return;
          }
        }
        if (addresses.length === 0) {
          callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "", 0);
        } else if (options.all) {
          (callback as unknown as (e: null, a: ResolvedAddress[]) => void)(null, addresses);
        } else {
          callback(null, addresses[0]!.address, addresses[0]!.family);
        }
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, "", 0),
    );
  };
}

/** Both halves of the guard for fetchFeed: the URL and every redirect checked, and every connection. */
export function guardOptions(resolve: Resolver = systemResolver): Pick<FetchOptions, "checkUrl" | "lookup"> {
  return { checkUrl: guardedFetch(resolve), lookup: guardedLookup(resolve) };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url.slice(0, 100);
  }
}
