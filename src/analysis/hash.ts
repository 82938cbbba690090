/** FNV-1a, 52 bits, as base36: a short stable id from text without pulling node:crypto into the pure core. */
export function stableHash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return ((h2 & 0x1fffff) * 0x100000000 + h1).toString(36);
}

/**
 * Canonical form of an article URL for duplicate detection: the same story reached through a
 * tracking link, an AMP page or http/https is one story.
 */
export function canonicalLink(link: string | null | undefined): string | null {
  if (!link) return null;
  try {
    const url = new URL(link.trim());
    url.protocol = "https:";
    url.hostname = url.hostname.replace(/^(www|m|amp|mobile)\./, "");
    url.hash = "";
    for (const key of [...url.searchParams.keys()]) {
      if (/^(utm_|fbclid|gclid|yclid|mc_|ref$|source$|from$|amp$|output$|outputType$|__twitter)/i.test(key)) {
        url.searchParams.delete(key);
      }
    }
    let path = url.pathname
      .replace(/\/amp\/?$/, "/")
      .replace(/\/amp\//, "/")
      .replace(/\.amp(\.html)?$/, "$1");
    if (path.length > 1) path = path.replace(/\/+$/, "");
    url.pathname = path;
    url.searchParams.sort();
    return url.toString();
  } catch {
    return link.trim();
  }
}
