/** Telegram's limit for one message text, counted in UTF-16 code units after entity parsing. */
export const TELEGRAM_TEXT_LIMIT = 4096;

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point (tab, CR and LF stay).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escapes text for Telegram's HTML parse mode: only these three characters are special in text.
 * It also drops control characters and replaces lone surrogates (from a typed argument or a feed),
 * which Telegram refuses as text that is not UTF-8.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(CONTROL_CHARACTERS, "")
    .replace(LONE_SURROGATE, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");
}

/** Escapes a value for a double-quoted attribute (link href). */
export function escapeAttr(text: string): string {
  return escapeHtml(text).replace(/"/g, "&quot;");
}

/** A link, or plain escaped text when the URL is not http(s). */
export function link(href: string | null, text: string): string {
  if (!href || !/^https?:\/\//i.test(href)) return escapeHtml(text);
  return `<a href="${escapeAttr(href)}">${escapeHtml(text)}</a>`;
}

/** Visible length of an HTML message as Telegram counts it: tags removed, entities decoded. */
export function visibleLength(html: string): number {
  return html
    .replace(/<[^>]+>/g, "")
    .replace(/&(lt|gt|amp|quot|#\d+);/g, "x")
    .trim().length;
}

/**
 * Joins self-contained HTML blocks (each with balanced tags) into as few messages as fit the limit.
 * Blocks are never cut, so tags are never broken; a single oversized block is cut as plain text.
 */
export function packBlocks(blocks: readonly string[], limit = TELEGRAM_TEXT_LIMIT, separator = "\n\n"): string[] {
  const messages: string[] = [];
  let current = "";
  for (const block of blocks) {
    const safeBlock = visibleLength(block) > limit ? truncatePlain(block, limit) : block;
    const candidate = current ? `${current}${separator}${safeBlock}` : safeBlock;
    if (visibleLength(candidate) <= limit) {
      current = candidate;
    } else {
      if (current) messages.push(current);
      current = safeBlock;
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** Drops markup and cuts at a word boundary so the text fits; the last resort for a huge block. */
function truncatePlain(html: string, limit: number): string {
  const plain = html
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
  const cut = plain.slice(0, limit - 1);
  const space = cut.lastIndexOf(" ");
  return escapeHtml(`${space > limit / 2 ? cut.slice(0, space) : cut}…`);
}
