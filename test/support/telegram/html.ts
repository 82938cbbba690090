// Telegram's HTML parse_mode, modelled on tdlib's parse_html (td/telegram/MessageEntity.cpp): the same
// tag set, the same attribute grammar and the same error texts, with offsets in UTF-8 bytes.
// One deliberate difference: a "&" that does not start a known entity is an error here (Telegram keeps it
// literally), so a forgotten escape of user or feed text fails the test instead of slipping through.
import type { MessageEntity } from "grammy/types";

export class HtmlParseError extends Error {
  override readonly name = "HtmlParseError";
}

export interface ParsedText {
  /** The text a user sees: tags removed, entities decoded (not yet trimmed). */
  text: string;
  /** Entities with UTF-16 offsets into `text`, sorted by offset. */
  entities: MessageEntity[];
}

export interface HtmlParseOptions {
  /** Reject a bare "&" (default true); false keeps it literally as Telegram does. */
  strictAmp?: boolean;
}

const SUPPORTED_TAGS = new Set([
  "a",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "ins",
  "s",
  "strike",
  "del",
  "span",
  "tg-spoiler",
  "tg-emoji",
  "code",
  "pre",
  "blockquote",
]);

// Telegram documents exactly these four named entities; every numeric one is accepted.
const NAMED_ENTITIES: Record<string, number> = { lt: 60, gt: 62, amp: 38, quot: 34 };

// tdlib's is_space(); the end of input counts as a space there too, which `undefined` models here.
function isSpace(c: string | undefined): boolean {
  return c === undefined || c === " " || c === "\t" || c === "\r" || c === "\n" || c === "\f" || c === "\v";
}

function byteOffset(src: string, index: number): number {
  return Buffer.byteLength(src.slice(0, index), "utf8");
}

/** Decodes the entity starting at `pos` (which holds "&"); null when it is not one Telegram knows. */
function decodeEntity(src: string, pos: number): { char: string; end: number } | null {
  let end = pos + 1;
  let code = 0;
  if (src[end] === "#") {
    end++;
    const hex = src[end] === "x" || src[end] === "X";
    if (hex) end++;
    const digit = hex ? /[0-9a-fA-F]/ : /[0-9]/;
    const start = end;
    while (end < src.length && digit.test(src[end]!)) {
      code = code * (hex ? 16 : 10) + Number.parseInt(src[end]!, hex ? 16 : 10);
      end++;
      if (code > 0x10ffff) return null;
    }
    if (end === start || code === 0 || (code >= 0xd800 && code <= 0xdfff)) return null;
  } else {
    while (end < src.length && /[A-Za-z]/.test(src[end]!)) end++;
    const named = NAMED_ENTITIES[src.slice(pos + 1, end)];
    if (named === undefined) return null;
    code = named;
  }
  if (src[end] === ";") end++;
  return { char: String.fromCodePoint(code), end };
}

/** Telegram drops a text_link whose URL it cannot make sense of, silently. */
function normalizeUrl(raw: string): string | null {
  const url = raw.trim();
  if (!url) return null;
  if (/^(tg|ton):\/\//i.test(url)) return url;
  try {
    const parsed = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(url) ? url : `http://${url}`);
    if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
    const host = parsed.hostname;
    if (!host.includes(".") && host !== "localhost" && !host.startsWith("[")) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

interface OpenTag {
  tag: string;
  /** href, class suffix, emoji id or "expandable", depending on the tag. */
  argument: string;
  offset: number;
  /** A <code class="language-x"> directly inside <pre> sets the pre's language. */
  language: string;
}

export function parseTelegramHtml(src: string, options: HtmlParseOptions = {}): ParsedText {
  const strictAmp = options.strictAmp ?? true;
  const fail = (message: string): never => {
    throw new HtmlParseError(message);
  };
  const at = (index: number) => byteOffset(src, index);
  const n = src.length;
  const stack: OpenTag[] = [];
  const entities: MessageEntity[] = [];
  let text = "";
  let i = 0;

  while (i < n) {
    const c = src[i]!;
    if (c === "&") {
      const decoded = decodeEntity(src, i);
      if (decoded) {
        text += decoded.char;
        i = decoded.end;
        continue;
      }
      if (strictAmp) fail(`Unescaped "&" at byte offset ${at(i)}: write it as &amp;`);
      text += c;
      i++;
      continue;
    }
    if (c !== "<") {
      text += c;
      i++;
      continue;
    }

    const begin = i++;
    if (src[i] !== "/") {
      while (!isSpace(src[i]) && src[i] !== ">") i++;
      if (i >= n) fail(`Unclosed start tag at byte offset ${at(begin)}`);
      const tag = src.slice(begin + 1, i).toLowerCase();
      if (!SUPPORTED_TAGS.has(tag)) fail(`Unsupported start tag "${tag}" at byte offset ${at(begin)}`);
      let argument = "";
      while (src[i] !== ">") {
        while (i < n && isSpace(src[i])) i++;
        if (i >= n) fail(`Unclosed start tag at byte offset ${at(begin)}`);
        if (src[i] === ">") break;
        const nameStart = i;
        while (!isSpace(src[i]) && src[i] !== "=" && src[i] !== ">") i++;
        const attribute = src.slice(nameStart, i).toLowerCase();
        if (!attribute) fail(`Empty attribute name in the tag "${tag}" at byte offset ${at(begin)}`);
        while (i < n && isSpace(src[i])) i++;
        if (src[i] !== "=") {
          if (tag === "blockquote" && attribute === "expandable") {
            argument = "expandable";
            continue;
          }
          fail(`Expected equal sign in declaration of an attribute of the tag "${tag}" at byte offset ${at(begin)}`);
        }
        i++;
        while (i < n && isSpace(src[i])) i++;
        if (i >= n) fail(`Unclosed start tag at byte offset ${at(begin)}`);
        let value = "";
        const quote = src[i];
        if (quote === '"' || quote === "'") {
          i++;
          while (i < n && src[i] !== quote) {
            const decoded = src[i] === "&" ? decodeEntity(src, i) : null;
            if (decoded) {
              value += decoded.char;
              i = decoded.end;
            } else {
              value += src[i++];
            }
          }
          if (src[i] === quote) i++;
        } else {
          // An unquoted value is an SGML name token: letters, digits, "." and "-".
          const tokenStart = i;
          while (i < n && /[A-Za-z0-9.-]/.test(src[i]!)) i++;
          value = src.slice(tokenStart, i).toLowerCase();
          if (!isSpace(src[i]) && src[i] !== ">") fail(`Unexpected end of name token at byte offset ${at(tokenStart)}`);
        }
        if (i >= n) fail(`Unclosed start tag at byte offset ${at(begin)}`);
        if (tag === "a" && attribute === "href") argument = value;
        else if (tag === "code" && attribute === "class" && value.startsWith("language-")) argument = value.slice(9);
        else if (tag === "span" && attribute === "class" && value.startsWith("tg-")) argument = value.slice(3);
        else if (tag === "tg-emoji" && attribute === "emoji-id") argument = value;
        else if (tag === "blockquote" && attribute === "expandable") argument = "expandable";
      }
      if (tag === "span" && argument !== "spoiler") {
        fail(`Tag "span" must have class "tg-spoiler" at byte offset ${at(begin)}`);
      }
      stack.push({ tag, argument, offset: text.length, language: "" });
      i++; // the ">"
      continue;
    }

    if (stack.length === 0) fail(`Unexpected end tag at byte offset ${at(begin)}`);
    i++; // the "/"
    const nameStart = i;
    while (!isSpace(src[i]) && src[i] !== ">") i++;
    const endName = src.slice(nameStart, i).toLowerCase();
    while (i < n && isSpace(src[i])) i++;
    if (src[i] !== ">") fail(`Unclosed end tag at byte offset ${at(begin)}`);
    i++;
    const open = stack.pop()!;
    if (endName && endName !== open.tag) {
      fail(`Unmatched end tag at byte offset ${at(begin)}, expected "</${open.tag}>", found "</${endName}>"`);
    }
    const entity = closeEntity(open, text, stack[stack.length - 1]);
    if (entity) entities.push(entity);
  }

  const unclosed = stack[stack.length - 1];
  if (unclosed) fail(`Can't find end tag corresponding to start tag "${unclosed.tag}"`);
  entities.sort((a, b) => a.offset - b.offset || b.length - a.length);
  return { text, entities };
}

function closeEntity(open: OpenTag, text: string, parent: OpenTag | undefined): MessageEntity | null {
  const offset = open.offset;
  const length = text.length - offset;
  if (open.tag === "tg-emoji" && (!/^\d+$/.test(open.argument) || /^0+$/.test(open.argument))) {
    throw new HtmlParseError("Invalid custom emoji identifier specified");
  }
  if (length === 0) return null;
  switch (open.tag) {
    case "b":
    case "strong":
      return { type: "bold", offset, length };
    case "i":
    case "em":
      return { type: "italic", offset, length };
    case "u":
    case "ins":
      return { type: "underline", offset, length };
    case "s":
    case "strike":
    case "del":
      return { type: "strikethrough", offset, length };
    case "span":
    case "tg-spoiler":
      return { type: "spoiler", offset, length };
    case "blockquote":
      return { type: open.argument === "expandable" ? "expandable_blockquote" : "blockquote", offset, length };
    case "tg-emoji":
      return { type: "custom_emoji", offset, length, custom_emoji_id: open.argument };
    case "pre":
      return open.language ? { type: "pre", offset, length, language: open.language } : { type: "pre", offset, length };
    case "code":
      if (parent?.tag === "pre" && open.argument) {
        parent.language = open.argument;
        return null;
      }
      return { type: "code", offset, length };
    case "a": {
      const target = open.argument || text.slice(offset);
      const mention = /^tg:\/\/user\?id=(\d+)$/i.exec(target.trim());
      if (mention) {
        return {
          type: "text_mention",
          offset,
          length,
          user: { id: Number(mention[1]), is_bot: false, first_name: "" },
        };
      }
      const url = normalizeUrl(target);
      return url ? { type: "text_link", offset, length, url } : null;
    }
    default:
      return null;
  }
}

/**
 * Telegram trims whitespace around message text; entities are clipped to what is left.
 */
export function trimParsed(parsed: ParsedText): ParsedText {
  const lead = /^[ \t\r\n\f\v]*/.exec(parsed.text)![0].length;
  const rest = parsed.text.slice(lead);
  const trail = /[ \t\r\n\f\v]*$/.exec(rest)![0].length;
  const text = rest.slice(0, rest.length - trail);
  const entities: MessageEntity[] = [];
  for (const e of parsed.entities) {
    const start = Math.max(0, e.offset - lead);
    const end = Math.min(text.length, e.offset + e.length - lead);
    if (end > start) entities.push({ ...e, offset: start, length: end - start });
  }
  return { text, entities };
}
