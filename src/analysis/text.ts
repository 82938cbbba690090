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
const ANY_TAG = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^>]*>|<[^>]*>/g;

/** HTML or plain text → readable plain text: no tags, no scripts, entities decoded, spaces tidied. */
export function htmlToText(html: string): string {
  let text = html;
  if (text.includes("<")) {
    if (text.includes("<!")) text = text.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1").replace(/<!--[\s\S]*?-->/g, " ");
    text = text.replace(HIDDEN_ELEMENTS, " ").replace(ANY_TAG, (_tag, name: string | undefined) => {
      if (!name) return " ";
      const lower = name.toLowerCase();
      return BLOCK_TAGS.has(lower) ? "\n" : INLINE_TAGS.has(lower) ? "" : " ";
    });
  }
  if (text.includes("&")) text = decodeEntities(text);
  return normaliseWhitespace(text);
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\ufeff]/;
const ODD_SPACE = /[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/;
const CONTROL_ALL = new RegExp(CONTROL.source, "g");
const ODD_SPACE_ALL = new RegExp(ODD_SPACE.source, "g");

/**
 * Removes control characters, unifies apostrophes and quotes, collapses runs of spaces. Each step
 * runs only when its characters occur: most feed text needs one or two of them.
 */
export function normaliseWhitespace(text: string): string {
  let out = text;
  if (CONTROL.test(out)) out = out.replace(CONTROL_ALL, "");
  if (out.includes("\r")) out = out.replace(/\r\n?/g, "\n");
  if (ODD_SPACE.test(out)) out = out.replace(ODD_SPACE_ALL, " ");
  if (out.includes("\n")) out = out.replace(/ *\n[\n ]*/g, "\n");
  if (out.includes("  ")) out = out.replace(/ {2,}/g, " ");
  return out.trim();
}

/**
 * Apostrophe variants unified to U+2019 inside words so that Ukrainian "п'ятеро", "п’ятеро" and
 * "пʼятеро" match one pattern; analysis-only, never shown to users.
 */
export function unifyApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})['ʼ`´‘](?=\p{L})/gu, "’");
}

/** Language by script and by letters that only one of Ukrainian and Russian uses (one pass, no allocation). */
export function detectLang(text: string): Lang {
  let cyrillic = 0;
  let latin = 0;
  let ukrainian = 0;
  let russian = 0;
  const n = Math.min(text.length, 3000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) latin++;
    else if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      // і ї є ґ (and capitals) are Ukrainian only; ы э ъ ё are Russian only.
      if (
        c === 0x456 ||
        c === 0x457 ||
        c === 0x454 ||
        c === 0x491 ||
        c === 0x406 ||
        c === 0x407 ||
        c === 0x404 ||
        c === 0x490
      )
        ukrainian++;
      else if (
        c === 0x44b ||
        c === 0x44d ||
        c === 0x44a ||
        c === 0x451 ||
        c === 0x42b ||
        c === 0x42d ||
        c === 0x42a ||
        c === 0x401
      )
        russian++;
    }
  }
  if (cyrillic < latin) return "en";
  return russian > ukrainian ? "ru" : "uk";
}

/** Raw item → cleaned title and body. The title is not repeated in the body. */
export function toArticleText(item: Pick<RawItem, "title" | "content">): ArticleText {
  const title = htmlToText(item.title ?? "").replace(/\n/g, " ");
  let body = htmlToText(item.content ?? "");
  if (body.startsWith(title) && title.length > 0) body = body.slice(title.length).trim();
  return { title, body, lang: detectLang(`${title} ${body}`) };
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
