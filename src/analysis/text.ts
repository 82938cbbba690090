import type { ArticleText, Lang, RawItem } from "./types.js";

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  ndash: "–",
  mdash: "—",
  hellip: "…",
  laquo: "«",
  raquo: "»",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  bdquo: "„",
  euro: "€",
  pound: "£",
  copy: "©",
  reg: "®",
  deg: "°",
  middot: "·",
  bull: "•",
  times: "×",
  shy: "",
  zwnj: "",
  zwj: "",
};

/** Decodes HTML entities; unknown named entities are kept as written rather than guessed. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code =
        ref[1] === "x" || ref[1] === "X" ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return "";
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

// Block-level tags end a sentence or paragraph even when the outlet forgot the full stop
// ("<p>Three people were injured</p><p>The attack began at 2 am</p>").
const BLOCK_TAGS = new Set(
  "p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote tr table section article figure header footer hr".split(" "),
);
// Inline markup sits inside words and before punctuation ("<b>useful</b>."): drop it without a space.
const INLINE_TAGS = new Set("a b i em strong span u s sup sub small mark abbr cite q font time code".split(" "));
const HIDDEN_ELEMENTS = /<(script|style|template|noscript|iframe|svg|figcaption)\b[\s\S]*?<\/\1\s*>/gi;

/** HTML or plain text → readable plain text: no tags, no scripts, entities decoded, spaces tidied. */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes("<")) {
    if (text.includes("<!")) text = text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1").replace(/<!--[\s\S]*?-->/g, " ");
    text = stripTags(text.replace(HIDDEN_ELEMENTS, " "));
  }
  if (text.includes("&")) text = decodeEntities(text);
  return normaliseWhitespace(text);
}

/**
 * `text.replace(/<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<[^>]*>/g, …)` written out: a tag runs from "<" to the next ">" (a name, if any, is
 * the letters, digits and hyphens after "<" or "</"); block tags become a line break, inline tags
 * nothing, other tags and "<…>" without a name a space. A "<" with no ">" after it stays.
 * Tags that follow each other directly ("</p><p>") give one character, not one each: whitespace
 * tidying would make one of them anyway, and text without such runs is tidied at once.
 */
function stripTags(text: string): string {
  let out = "";
  let copied = 0;
  // What the tags since `copied` give: 0 nothing yet, 1 "" (inline), 2 " ", 3 "\n".
  let pending = 0;
  for (let at = text.indexOf("<"); at >= 0; at = text.indexOf("<", copied)) {
    const close = text.indexOf(">", at + 1);
    if (close < 0) break;
    let nameStart = at + 1;
    if (text.charCodeAt(nameStart) === 0x2f) nameStart++;
    let nameEnd = nameStart;
    if (isAsciiLetter(text.charCodeAt(nameStart))) {
      nameEnd++;
      while (nameEnd < close && isTagNameChar(text.charCodeAt(nameEnd))) nameEnd++;
    }
    let replacement = 2;
    if (nameEnd > nameStart) {
      const name = text.slice(nameStart, nameEnd).toLowerCase();
      replacement = BLOCK_TAGS.has(name) ? 3 : INLINE_TAGS.has(name) ? 1 : 2;
    }
    if (at > copied) {
      out += TAG_REPLACEMENTS[pending]! + text.slice(copied, at);
      pending = replacement;
    } else pending = Math.max(pending, replacement);
    copied = close + 1;
  }
  return copied === 0 ? text : out + TAG_REPLACEMENTS[pending]! + text.slice(copied);
}

const TAG_REPLACEMENTS = ["", "", " ", "\n"];

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

function isTagNameChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

/**
 * Removes control characters and collapses runs of spaces: control
 * characters go, "\r\n" and "\r" become "\n", odd spaces (tab, no-break, thin…) become " ", then
 * a run of spaces and line breaks becomes one "\n" if it holds a line break and one " " if not, and
 * the ends are trimmed. One pass over the text; only runs that change are rewritten.
 */
export function normaliseWhitespace(text: string): string {
  if (!UNTIDY_PAIR.test(text) && !UNTIDY_CHAR.test(text)) return text.trim();
  let out = "";
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (isPlain(c) || spaceKind(c) === KEEP) continue;
    // A lone " " or "\n" before a plain character is already tidy.
    if ((c === 0x20 || c === 0x0a) && i + 1 < n && isPlain(text.charCodeAt(i + 1))) {
      i++;
      continue;
    }
    let end = i;
    let breaks = false;
    let spaces = false;
    let tidy = true;
    for (let kind = spaceKind(c); kind !== KEEP; kind = end < n ? spaceKind(text.charCodeAt(end)) : KEEP) {
      if (kind === BREAK || kind === CARRIAGE_RETURN) breaks = true;
      else if (kind === SPACE || kind === ODD_SPACE) spaces = true;
      if (kind !== SPACE && kind !== BREAK) tidy = false;
      end++;
    }
    const start = i;
    i = end - 1;
    if (tidy && end - start === 1) continue;
    out += text.slice(copied, start) + (breaks ? "\n" : spaces ? " " : "");
    copied = end;
  }
  return (copied === 0 ? text : out + text.slice(copied)).trim();
}

// What `normaliseWhitespace` changes besides the ends: control characters, "\r", odd spaces, and
// two spaces or line breaks in a row.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
const UNTIDY_CHAR = /[\u0000-\u0009\u000b-\u001f\u007f\u00a0\u2000-\u200b\u200e\u200f\u202f\u205f\u3000\ufeff]/;
const UNTIDY_PAIR = /[ \n][ \n]/;

/** Printable ASCII, Latin-1 letters and Cyrillic: most of any text, and never changed. */
function isPlain(c: number): boolean {
  return c > 0x20 && (c < 0x7f || (c > 0xa0 && c < 0x2000));
}

const KEEP = 0;
const SPACE = 1;
const BREAK = 2;
const CARRIAGE_RETURN = 3;
// Tab, no-break, thin and other spaces that become " ".
const ODD_SPACE = 4;
// Control and invisible formatting characters, removed.
const CONTROL = 5;

function spaceKind(c: number): number {
  if (isPlain(c)) return KEEP;
  if (c === 0x20) return SPACE;
  if (c === 0x0a) return BREAK;
  if (c === 0x0d) return CARRIAGE_RETURN;
  if (c === 0x09 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000) {
    return ODD_SPACE;
  }
  if (c < 0x20 || c === 0x7f || c === 0x200b || c === 0x200e || c === 0x200f || c === 0xfeff) return CONTROL;
  return KEEP;
}

/**
 * Apostrophe variants unified to U+2019 inside words so that Ukrainian "п'ятеро", "п’ятеро" and
 * "пʼятеро" match one pattern; analysis-only, never shown to users.
 */
export function unifyApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})['ʼ`´‘](?=\p{L})/gu, "’");
}

// What a UTF-16 unit below U+0500 tells about the language: a Latin letter, a Cyrillic letter, or
// one of the letters only Ukrainian (і ї є ґ) or only Russian (ы э ъ ё) uses.
const OTHER = 0;
const LATIN = 1;
const CYRILLIC = 2;
const UKRAINIAN_ONLY = 3;
const RUSSIAN_ONLY = 4;
const SCRIPT_OF = new Uint8Array(0x500).fill(OTHER);
for (let c = 0x41; c <= 0x7a; c++) if (c <= 0x5a || c >= 0x61) SCRIPT_OF[c] = LATIN;
SCRIPT_OF.fill(CYRILLIC, 0x400, 0x500);
for (const c of [0x456, 0x457, 0x454, 0x491, 0x406, 0x407, 0x404, 0x490]) SCRIPT_OF[c] = UKRAINIAN_ONLY;
for (const c of [0x44b, 0x44d, 0x44a, 0x451, 0x42b, 0x42d, 0x42a, 0x401]) SCRIPT_OF[c] = RUSSIAN_ONLY;
// Letters counted by `countScripts`, indexed by the kinds above (reused: no allocation per call).
const scriptCounts = new Int32Array(5);
const LANG_SCAN_CHARS = 3000;

function countScripts(text: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x500) scriptCounts[SCRIPT_OF[c]!]!++;
  }
}

function langOfCounts(): Lang {
  const cyrillic = scriptCounts[CYRILLIC]! + scriptCounts[UKRAINIAN_ONLY]! + scriptCounts[RUSSIAN_ONLY]!;
  if (cyrillic < scriptCounts[LATIN]!) return "en";
  return scriptCounts[RUSSIAN_ONLY]! > scriptCounts[UKRAINIAN_ONLY]! ? "ru" : "uk";
}

/** Language by script and by letters that only one of Ukrainian and Russian uses (one pass, no allocation). */
export function detectLang(text: string): Lang {
  scriptCounts.fill(0);
  countScripts(text, Math.min(text.length, LANG_SCAN_CHARS));
  return langOfCounts();
}

/** Raw item → cleaned title and body. The title is not repeated in the body. */
export function toArticleText(item: Pick<RawItem, "title" | "content">): ArticleText {
  let title = htmlToText(item.title ?? "");
  if (title.includes("\n")) title = title.replace(/\n/g, " ");
  let body = htmlToText(item.content ?? "");
  if (body.startsWith(title) && title.length > 0) body = body.slice(title.length).trim();
  // `detectLang(`${title} ${body}`)` without building the joined text.
  scriptCounts.fill(0);
  countScripts(title, Math.min(title.length, LANG_SCAN_CHARS));
  countScripts(body, Math.min(body.length, LANG_SCAN_CHARS - title.length - 1));
  return { title, body, lang: langOfCounts() };
}

// Abbreviations after which a full stop does not end a sentence ("Gen. Syrskyi", "ст. 2", "м. Київ").
const NO_BREAK_AFTER =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|St|Jr|Sr|No|Nos|Vol|approx|vs|etc|e\.g|i\.e|U\.S|U\.K|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)|(?:^|\s)(?:м|с|смт|обл|вул|ст|р|рр|тис|млн|млрд|грн|див|ім|пр|просп|г|ул|пгт|т\.\s?зв|т\.\s?ч|т\.\s?д)|\b[A-ZА-ЯІЇЄҐ])\.$/u;

// A sentence ends at [.!?…] (and closing quotes) before a space and a capital, digit or dash.
const SENTENCE_END = /[.!?…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\p{N}—–-])/gu;
// `NO_BREAK_AFTER` matches at most the last 8 characters and looks one further back: on a longer
// candidate its last 12 characters give the same answer without scanning the whole sentence.
const NO_BREAK_TAIL = 12;

/** Splits text into sentences, keeping abbreviations and decimal numbers intact. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf("\n", from);
    if (to < 0) to = text.length;
    if (to > from) splitParagraph(from === 0 && to === text.length ? text : text.slice(from, to), out);
    from = to + 1;
  }
  return out;
}

/** The sentences of one paragraph (text without line breaks), trimmed, appended to `out`. */
export function splitParagraph(paragraph: string, out: string[]): void {
  let start = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(paragraph); m !== null; m = SENTENCE_END.exec(paragraph)) {
    const end = m.index + m[0].length;
    // Every abbreviation ends in a full stop: other ends need no test.
    if (paragraph.charCodeAt(end - 1) === 0x2e) {
      const tail =
        end - start > NO_BREAK_TAIL ? paragraph.slice(end - NO_BREAK_TAIL, end) : paragraph.slice(start, end);
      if (NO_BREAK_AFTER.test(tail)) continue;
    }
    const sentence = paragraph.slice(start, end).trim();
    if (sentence) out.push(sentence);
    start = end;
  }
  const rest = (start === 0 ? paragraph : paragraph.slice(start)).trim();
  if (rest) out.push(rest);
}
