import { trieSource } from "./numbers.js";
import { splitSentences } from "./text.js";
import type { ArticleText } from "./types.js";

// Words that carry the facts a reader needs in five seconds: casualties, weapons, interceptions, aid.
// Matched on lowercased text, hence no `i` flag. Only ever tested, so the stems can be a trie (one
// read per character instead of one try per stem); English stems begin words, Ukrainian and
// Russian ones may sit anywhere.
const FACT_WORDS = new RegExp(
  `\\b(?:${trieSource("kill|dead|died|death|injur|wound|hurt|drone|shahed|missile|ballistic|bomb|strik|attack|shell|shot down|intercept|destroy|damag|hit|fire|aid|package|billion|million|approv|pledg|deliver|block".split("|"))})|(?:${trieSource("загин|поран|травм|постражд|дрон|бпла|шахед|ракет|бомб|удар|атак|обстр|збил|збит|знешкод|пошкод|пожеж|допомог|пакет|млрд|млн|погиб|ранен|пострада|беспилот|сбит|поврежд".split("|"))})`,
);
const DIGITS = /\d/;
// Lines that are furniture, not news: photo credits, "Read also", calls to subscribe (lowercased).
const BOILERPLATE =
  /^(read (also|more)|photo|video|watch|subscribe|follow us|also read|читайте також|дивіться також|фото|відео|підписуйтесь|читайте также|смотрите также)\b|^(advertisement|реклама)$/;

export const SUMMARY_MAX_CHARS = 420;
const SUMMARY_SCAN_CHARS = 6000;

/** A body sentence as written, where it starts in the body, and lowercased. */
export interface BodySentence {
  text: string;
  start: number;
  lower: string;
}

/**
 * Picks 1–3 sentences of the article that state the most facts (figures, places, what happened),
 * kept in article order. The lead is favoured (news is written top-down); the title stands in
 * when the body says nothing. `placeOffsets` are body offsets where a place of the events is named.
 */
export function pickKeySentences(
  article: ArticleText,
  placeOffsets: readonly number[] = [],
  maxSentences = 3,
  maxChars = SUMMARY_MAX_CHARS,
): string {
  const body = article.body.slice(0, SUMMARY_SCAN_CHARS);
  let cursor = 0;
  const located = splitSentences(body).map((text) => {
    const start = body.indexOf(text, cursor);
    if (start >= 0) cursor = start + text.length;
    return { text, start, lower: text.toLowerCase() };
  });
  return pickFromSentences(article.title, located, placeOffsets, maxSentences, maxChars);
}

/**
 * `pickKeySentences` over sentences already split (the analysis splits each article once): the
 * body's sentences in order, those past the first 6,000 characters left out as there.
 */
export function pickFromSentences(
  title: string,
  bodySentences: readonly BodySentence[],
  placeOffsets: readonly number[] = [],
  maxSentences = 3,
  maxChars = SUMMARY_MAX_CHARS,
): string {
  // The first 12 sentences worth showing, scored: those past the scanned characters left out, the
  // one across the limit cut there.
  const scored: { text: string; index: number; score: number }[] = [];
  for (const s of bodySentences) {
    if (scored.length === 12 || s.start >= SUMMARY_SCAN_CHARS) break;
    let { text, lower } = s;
    const cut = s.start + text.length > SUMMARY_SCAN_CHARS;
    if (cut) {
      text = text.slice(0, SUMMARY_SCAN_CHARS - s.start).trimEnd();
      if (!text) break;
      lower = text.toLowerCase();
    }
    if (text.length >= 20 && !BOILERPLATE.test(lower) && !text.endsWith(":")) {
      const index = scored.length;
      scored.push({
        text,
        index,
        score:
          (FACT_WORDS.test(lower) ? 2 : 0) +
          (DIGITS.test(text) ? 1.5 : 0) +
          (s.start >= 0 && placeOffsets.some((o) => o >= s.start && o < s.start + text.length) ? 1 : 0) +
          (index === 0 ? 2 : index === 1 ? 1 : 0) -
          (text.length > 350 ? 1 : 0),
      });
    }
    if (cut) break;
  }
  if (scored.length === 0) return shorten(title, maxChars);
  const chosen = [...scored].sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: typeof scored = [];
  let length = 0;
  for (const candidate of chosen) {
    if (picked.length >= maxSentences) break;
    if (picked.length > 0 && (candidate.score < 2.5 || length + candidate.text.length + 1 > maxChars)) continue;
    picked.push(candidate);
    length += candidate.text.length + 1;
  }
  return shorten(
    picked
      .sort((a, b) => a.index - b.index)
      .map((p) => p.text)
      .join(" "),
    maxChars,
  );
}

/** The first `count` sentences of a summary: an incident shows 1–2, a report keeps up to 3. */
export function firstSentences(summary: string, count: number): string {
  return splitSentences(summary).slice(0, count).join(" ");
}

/** Cuts at a word boundary, never mid-word, and marks the cut with an ellipsis. */
export function shorten(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, maxChars - 1);
  const lastSpace = cut.lastIndexOf(" ");
  const base = lastSpace > maxChars * 0.5 ? cut.slice(0, lastSpace) : cut;
  return `${base.replace(/[\s,;:.–—-]+$/u, "")}…`;
}
