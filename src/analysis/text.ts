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
const BLOCK_TAG =
  /<\/?(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|figure|figcaption|header|footer)\b[^>]*>/gi;

// Inline markup sits inside words and before punctuation ("<b>useful</b>."): drop it without a space.
const INLINE_TAG = /<\/?(a|b|i|em|strong|span|u|s|sup|sub|small|mark|abbr|cite|q|font|time|code)\b[^>]*>/gi;

/** HTML or plain text → readable plain text: no tags, no scripts, entities decoded, spaces tidied. */
export function htmlToText(html: string): string {
  let text = html
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, "$1")
    .replace(/<!--[\s\S]*?-->/g, " ")
    .replace(/<(script|style|template|noscript|iframe|svg)\b[\s\S]*?<\/\1\s*>/gi, " ")
    .replace(/<figcaption\b[\s\S]*?<\/figcaption\s*>/gi, " ");
  text = text
    .replace(BLOCK_TAG, "\n")
    .replace(INLINE_TAG, "")
    .replace(/<[^>]*>/g, " ");
  text = decodeEntities(text);
  return normaliseWhitespace(text);
}

/** Removes control characters, unifies apostrophes and quotes, collapses runs of spaces. */
export function normaliseWhitespace(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200e\u200f\ufeff]/g, "")
      .replace(/\r\n?/g, "\n")
      .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, " ")
      .replace(/ *\n[\n ]*/g, "\n")
      .replace(/ {2,}/g, " ")
      .trim()
  );
}

/**
 * Apostrophe variants unified to U+2019 inside words so that Ukrainian "п'ятеро", "п’ятеро" and
 * "пʼятеро" match one pattern; analysis-only, never shown to users.
 */
export function unifyApostrophes(text: string): string {
  return text.replace(/(?<=\p{L})['ʼ`´‘](?=\p{L})/gu, "’");
}

const CYRILLIC = /[\u0400-\u04ff]/g;
const UK_ONLY = /[іїєґІЇЄҐ]/g;
const RU_ONLY = /[ыэъёЫЭЪЁ]/g;

/** Language by script and by letters that only one of Ukrainian and Russian uses. */
export function detectLang(text: string): Lang {
  const sample = text.slice(0, 4000);
  const cyr = sample.match(CYRILLIC)?.length ?? 0;
  const latin = sample.match(/[a-z]/gi)?.length ?? 0;
  if (cyr < latin) return "en";
  const uk = sample.match(UK_ONLY)?.length ?? 0;
  const ru = sample.match(RU_ONLY)?.length ?? 0;
  return ru > uk ? "ru" : "uk";
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

/** Splits text into sentences, keeping abbreviations and decimal numbers intact. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    let start = 0;
    const re = /[.!?…]+["»”’)]*(?=\s+["«“(]?[\p{Lu}\p{N}—–-])/gu;
    for (let m = re.exec(paragraph); m !== null; m = re.exec(paragraph)) {
      const end = m.index + m[0].length;
      const candidate = paragraph.slice(start, end);
      if (NO_BREAK_AFTER.test(candidate)) continue;
      const sentence = candidate.trim();
      if (sentence) out.push(sentence);
      start = end;
    }
    const rest = paragraph.slice(start).trim();
    if (rest) out.push(rest);
  }
  return out;
}
