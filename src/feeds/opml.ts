/** OPML 2.0, the feed-list format every reader exports and imports. */

export interface OpmlFeed {
  url: string;
  title: string | null;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

export function buildOpml(feeds: readonly OpmlFeed[], title: string, now: Date): string {
  const outlines = feeds.map((f) => {
    const text = escapeXml(f.title ?? f.url);
    return `    <outline type="rss" text="${text}" title="${text}" xmlUrl="${escapeXml(f.url)}"/>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    "  <head>",
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${now.toUTCString()}</dateCreated>`,
    "  </head>",
    "  <body>",
    ...outlines,
    "  </body>",
    "</opml>",
    "",
  ].join("\n");
}

export class OpmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OpmlError";
  }
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * The distinct `xmlUrl`s of an OPML document's outlines, in document order (nested folders
 * included). Only attributes are read, so a regex over the start tags is enough and never
 * expands entities beyond the five XML ones and character references.
 */
export function parseOpml(text: string): string[] {
  if (!/<opml[\s>]/i.test(text)) throw new OpmlError("no <opml> element");
  const urls: string[] = [];
  for (const tag of text.matchAll(/<outline\b([^>]*)>/gi)) {
    const attrs = tag[1] ?? "";
    const match = /\bxmlUrl\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(attrs);
    const raw = match?.[1] ?? match?.[2];
    if (!raw) continue;
    const url = decodeXml(raw).trim();
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}
