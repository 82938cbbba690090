/**
 * Passage-level context for `findPlaces`: lines and sentences whose places are not where the
 * reported events happened, whatever the words right around the name say. Everything is computed
 * on first need and kept per text, so a text that names no place costs nothing here.
 */

import { Keywords, type Words } from "./tokens.js";

export interface PassageCache {
  /** The words of the text (the layout reads only the gaps between them). */
  words: Words;
  /** [start, end) pairs of "Read also" lines, captions and recaps. */
  skipped?: number[];
  /** Sentence ends and quotations. */
  layout?: Layout;
  /** Flags of each sentence, by its index in the layout (-1 until read). */
  sentences?: Int32Array;
  /** The text reads as an aid item: an aid word and an amount of money. */
  aid?: boolean;
}

/**
 * Lines that name places for another reason, from the marker to the end of the line:
 * "Read also: Russia strikes Kharkiv…", "Читайте також: …", "Дивіться також", "Photo: rescuers in
 * Dnipro", "Фото: Дніпропетровська ОВА", "Background: …", "Previously: …", "Нагадаємо, 20
 * листопада росіяни атакували Тернопіль", "Напомним, …". Tried only at the start of each line
 * (captions, "Read also" links and recaps are paragraphs of their own), so a text costs one
 * sticky match per line.
 */
const SKIPPED_LINE =
  /[ \t\u00a0•·*–—-]*(?:(?:read|see) also\b|also read\b|read more:|related:|(?:читайте|дивіться|смотрите) (?:також|также)|(?:photo|фото|фотографія|фотография|photos|фотографии)(?: by| credit| ілюстративне| иллюстративное)?\s*[:|©]|(?:illustrative photo|фото ілюстративне|ілюстративне фото|иллюстративное фото)|background:|previously:|передісторія:|предыстория:|довідка:|справка:|нагадаємо|нагадуємо|напомним|напоминаем|as (?:\S+ )?reported (?:earlier|previously)|як повідомлялося раніше|раніше повідомлял|ранее сообщал)/iy;
/** "(Photo: Reuters)", "(фото: ДСНС)" inside a line. */
const PHOTO_BRACKET = /\((?:illustrative )?(?:photo|фото)[^)\n]{0,200}\)/giu;

// Spaces and bullets before a marker, and the first letters of the markers (either case).
const LINE_LEAD = new Set(Array.from(" \t\u00a0•·*–—-", (ch) => ch.charCodeAt(0)));
const MARKER_INITIAL = new Set(Array.from("RrSsAaPpBbIiФфЧчДдНнСсПпРрІіИиЯя", (ch) => ch.charCodeAt(0)));

/** "(Photo", "(photo", "(Фото", "(Illustrative photo" somewhere in the text (indexOf, no regex pass). */
function hasPhotoBracket(text: string): boolean {
  for (let at = text.indexOf("("); at >= 0; at = text.indexOf("(", at + 1)) {
    const c = text.charCodeAt(at + 1);
    if (c === 0x50 || c === 0x70 || c === 0x424 || c === 0x444 || c === 0x49 || c === 0x69) return true;
  }
  return false;
}

function skippedSpans(text: string): number[] {
  const out: number[] = [];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // Only lines that begin (after bullets) with a marker's first letter are tried.
    let c = start;
    while (c < end && LINE_LEAD.has(text.charCodeAt(c))) c++;
    let m: RegExpExecArray | null = null;
    if (c < end && MARKER_INITIAL.has(text.charCodeAt(c))) {
      SKIPPED_LINE.lastIndex = start;
      m = SKIPPED_LINE.exec(text);
    }
    if (m) {
      // "Background:" alone on its line heads the paragraphs after it, to the end of the text.
      const alone = m[0].endsWith(":") && text.slice(start + m[0].length, end).trim() === "";
      out.push(start, alone ? text.length : end);
      if (alone) break;
    }
    start = end + 1;
  }
  if (hasPhotoBracket(text)) {
    const lines = out.splice(0);
    const brackets = Array.from(text.matchAll(PHOTO_BRACKET), (m) => [m.index, m.index + m[0].length] as const);
    // Merge the two sorted lists into one sorted, non-overlapping list for inSpans.
    let b = 0;
    const push = (start: number, end: number) => {
      if (out.length > 0 && start <= out[out.length - 1]!) out[out.length - 1] = Math.max(out[out.length - 1]!, end);
      else out.push(start, end);
    };
    for (let k = 0; k < lines.length; k += 2) {
      while (b < brackets.length && brackets[b]![0] < lines[k]!) push(...brackets[b++]!);
      push(lines[k]!, lines[k + 1]!);
    }
    while (b < brackets.length) push(...brackets[b++]!);
  }
  return out;
}

/** Whether `at` falls in one of the sorted, non-overlapping [start, end) pairs. */
function inSpans(spans: number[], at: number): boolean {
  let lo = 0;
  let hi = spans.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid * 2 + 1]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length / 2 && spans[lo * 2]! <= at;
}

const Flag = { Alert: 1, Impact: 2, Schedule: 4, Hit: 8, Unknown: 16, Heard: 32, Recap: 64 } as const;

/**
 * One pass over a sentence for what makes its places other than event places: (1) an air-raid
 * alert ("Air-raid alerts were declared in Kyiv and 10 oblasts", "У Києві оголошено тривогу"),
 * (2) a schedule ("Outage schedules will apply in Kyiv, Kharkiv and Sumy oblasts", "графіки
 * відключень"), (3) unknown figures ("Figures remain unknown for occupied Mariupol"), (4) what was
 * only heard, (5) a recap ("Earlier this week…"). Explicit letter case instead of the i flag: it made
 * this pass three times slower. One branch per first letter, its alternatives in the order of their
 * kinds: the engine then tries one branch at each position of the text, not forty alternatives
 * (a third faster). `\b` before a letter is read after it, as a lookbehind over the letter. Each
 * capture group is of one kind, given by HINT_KINDS.
 */
const SENTENCE_HINT = new RegExp(
  [
    String.raw`[Aa](?:(ir[- ][Rr]aid)|(?<=\b.)(lert|larms?\b))`,
    String.raw`[Ss](?:(irens?\b)|(?<=\b.)(chedules?\b|cheduled (?:power|outage|blackout)))`,
    "[Тт](ривог|ревог)",
    "[Сс](?:(ирен)|(лышн|лышал))",
    "[Гг](рафік|рафик)",
    "[Пп](огодинн|очасов)",
    "[Uu](nknown|nclear|navailable)",
    "(not known|not (?:being )?provided)",
    "[Нн](?:(евідом|еизвестн|е нада[єю]|е предоставля)|(а минулому тижні|а прошлой неделе))",
    String.raw`[Hh](?<=\b.)(eard\b)`,
    "[Чч](утно|(?<=(?<![а-яіїєґ]).)ути(?![а-яіїєґ]))",
    "([Ee]arlier (?:this|in the|last) (?:week|month)|[Ll]ast (?:week|month)|[Рр]аніше цього (?:тижня|місяця)|[Мм]инулого (?:тижня|місяця)|[Вв] прошлом месяце|[Рр]анее на этой неделе|[Рр]анее(?![а-яё])|[Рр]аніше(?![а-яіїєґ]))",
  ].join("|"),
  "g",
);
const HINT_KINDS = [
  0,
  Flag.Alert, // air raid
  Flag.Alert, // alert, alarm
  Flag.Alert, // siren
  Flag.Schedule, // schedule
  Flag.Alert, // тривог, тревог
  Flag.Alert, // сирен
  Flag.Heard, // слышн
  Flag.Schedule, // графік
  Flag.Schedule, // погодинн, почасов
  Flag.Unknown, // unknown, unclear
  Flag.Unknown, // not known, not provided
  Flag.Unknown, // невідом, не надається
  Flag.Recap, // на минулому тижні
  Flag.Heard, // heard
  Flag.Heard, // чутно, чути
  Flag.Recap, // earlier this week, раніше
];

// Something that happened at the place: explosions, hits, damage, casualties, debris, downed drones.
const IMPACT =
  /explo(?:si|d)|\bblasts?\b|\bhits?\b|struck|damag|\bkill|injur|wound|debris|\bfires?\b|shot down|intercept|destroy|downed|shell|casualt|under attack|вибух|влуч|уражен|пошкодж|загин|поранен|травм|уламк|пожеж|збит|збил|знищ|обстріл|постражд|взрыв|попадан|поврежд|погиб|ранен|обломк|пожар|сбит|сбил|уничтож|обстрел|пострада|ппо|пво|air defen/i;
const POWER = /outage|power|electric|blackout|відключ|знеструм|світл|електро|енерг|отключ|свет|электр|энерг/i;
// A hit at the place itself, which a schedule sentence may also report ("Drones hit a substation in
// Sumy; outage schedules apply in the city"); not "damage", which notices give as the reason.
const HIT =
  /\bkill|injur|wound|explo(?:si|d)|\bhits?\b|struck|debris|загин|поранен|вибух|влуч|уламк|погиб|ранен|взрыв|попадан|обломк/i;
// Occupied towns, or the standard line on them: "Інформація щодо загиблих у Маріуполі не надається"
// (not "Подробиці удару по Харкову не надаються").
const OCCUPIED =
  /occupied|окупован|оккупирован|(?:information|figures|data|інформаці|дані|информаци|данные).*(?:not (?:being )?provided|не нада[єю]|не предоставля)/i;
// "Explosions were also heard in Dnipro and Zaporizhzhia", "Дрони було чутно у небі над Львівщиною":
// places that only heard the attack on another. Explosions heard with no "also" are the attack itself
// ("Explosions were heard in Kyiv at 3 a.m."), and so is air defence at work.
const ALSO = /\balso\b|також|теж|также|тоже/i;
const EXPLOSION = /explo|\bblasts?\b|вибух|взрыв|ппо|пво|air defen/i;
const HEARD_IMPACT =
  /\bkill|injur|wound|\bhits?\b|struck|debris|damag|\bfires?\b|загин|поранен|влуч|уламк|пошкодж|пожеж|погиб|ранен|попадан|обломк|поврежд|пожар/i;

/**
 * Letters that every match of SENTENCE_HINT holds within one word, in folded form (lower case, ё as
 * е): a sentence without one of them in a word is not searched (one automaton pass, see `Keywords`,
 * where the regex costs three times as much; most sentences have none). "air raid" holds "raid",
 * "not known" "known", "[Нн]е нада[єю]" "надає" or "надаю", "Earlier this week" and "last month"
 * "week" or "month", "[Чч]утно" and "[Чч]ути" "чут".
 */
const HINT_KEYWORDS = new Keywords([
  "raid",
  "alert",
  "siren",
  "alarm",
  "тривог",
  "тревог",
  "сирен",
  "schedule",
  "графік",
  "график",
  "погодинн",
  "почасов",
  "known",
  "unclear",
  "unavailable",
  "provided",
  "невідом",
  "неизвестн",
  "надає",
  "надаю",
  "предоставля",
  "heard",
  "чут",
  "слыш",
  "week",
  "month",
  "раніше",
  "минулого",
  "минулому",
  "прошл",
  "ранее",
]);

function sentenceFlags(sentence: string): number {
  let f = 0;
  SENTENCE_HINT.lastIndex = 0;
  for (let m = SENTENCE_HINT.exec(sentence); m !== null; m = SENTENCE_HINT.exec(sentence)) {
    let group = 1;
    while (m[group] === undefined) group++;
    const kind = HINT_KINDS[group]!;
    // "Earlier this week, a drone attack on Kyiv killed two": a recap when it opens the sentence.
    if (kind !== Flag.Recap || sentence.slice(0, m.index).trim() === "") f |= kind;
  }
  if (f === 0) return 0;
  if (f & Flag.Schedule && !POWER.test(sentence)) f &= ~Flag.Schedule;
  if (f & Flag.Unknown && !OCCUPIED.test(sentence)) f &= ~Flag.Unknown;
  if (f & Flag.Alert && IMPACT.test(sentence)) f |= Flag.Impact;
  if (f & Flag.Schedule && HIT.test(sentence)) f |= Flag.Hit;
  // Heard elsewhere: only what is "also" heard, or drones heard flying, with nothing hit there.
  if (f & Flag.Heard && ((!ALSO.test(sentence) && EXPLOSION.test(sentence)) || HEARD_IMPACT.test(sentence))) {
    f &= ~Flag.Heard;
  }
  return f;
}

interface Layout {
  /** Offsets of the characters that end sentences, ascending; the text's length last. */
  ends: number[];
  /** [start, end) pairs of quotations of at least 25 characters (names in quotes are shorter). */
  quotes: number[];
}

/**
 * Sentence ends (! ? a line break, a full stop before a space; not a semicolon: "The alert in Kyiv
 * lasted three hours; debris fell in two districts" is one report) and quotations: “…”, «…», „…“,
 * "…" (within a paragraph). All are punctuation between words, which the word scan already marked
 * (`Words.marks`): only those few characters are read.
 */
function layout(text: string, words: Words): Layout {
  const ends: number[] = [];
  const quotes: number[] = [];
  let open = -1;
  let closer = 0;
  const { marks, markCount } = words;
  for (let m = 0; m < markCount; m++) {
    const c = marks[m]!;
    const code = text.charCodeAt(c);
    // \n ! ? and a full stop before a space or the end
    if (code === 10 || code === 33 || code === 63) {
      ends.push(c);
      if (code === 10) open = -1;
    } else if (code === 46) {
      const next = c + 1 < text.length ? text.charCodeAt(c + 1) : 32;
      if (next === 32 || next === 10 || next === 9 || next === 13 || next === 160) ends.push(c);
    } else if (open < 0) {
      // “ « „ " open; ” » close only.
      if (code === 0x201c || code === 0xab || code === 0x201e || code === 34) {
        open = c;
        closer = code === 0xab ? 0xbb : code === 34 ? 34 : 0x201d;
      }
    } else if (code === closer || (closer === 0x201d && code === 0x201c && text.charCodeAt(open) === 0x201e)) {
      if (c - open >= 25) quotes.push(open, c);
      open = -1;
    }
  }
  ends.push(text.length);
  return { ends, quotes };
}

/** Index in `ends` of the end of the sentence holding offset `at`. */
function sentenceIndex(ends: number[], at: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Start and end of the sentence around offset `at`. */
export function sentenceAround(text: string, at: number, cache: PassageCache): [number, number] {
  cache.layout ??= layout(text, cache.words);
  const { ends } = cache.layout;
  const k = sentenceIndex(ends, at);
  return [k > 0 ? ends[k - 1]! + 1 : 0, ends[k]!];
}

// An aid item: an aid word and an amount of money.
const AID_WORDS =
  /\b(?:aid|assistance|package|funding|funded|loan|grant|tranche|donated|donation|pledged?)\b|допомог|пакет|фінансуван|профінанс|транш|помощ|финансирован|профинансир/i;
const MONEY =
  /\d\s*(?:bn|billion|million|mln|млрд|млн|мільярд|мільйон|миллиард|миллион)|[€$£]\s?\d|\d\s?(?:€|\$|£|euros?\b|dollars?\b|гривень|євро|доларів|долларов|евро)/i;

/** Why a passage names places that are not event places. */
export const Passage = {
  None: 0,
  Skipped: 1,
  Alert: 2,
  Schedule: 3,
  Unknown: 4,
  AidQuote: 5,
  Heard: 6,
  Recap: 7,
} as const;
export type Passage = (typeof Passage)[keyof typeof Passage];

/**
 * Whether the mention at offset `at` sits in a passage that names places for another reason:
 * a "Read also" line, a caption, a recap; a sentence about an air-raid alert with no impact, about
 * outage schedules, about figures unknown for occupied towns; a quotation in an aid item.
 */
export function otherPassage(text: string, at: number, cache: PassageCache): Passage {
  cache.skipped ??= skippedSpans(text);
  if (cache.skipped.length > 0 && inSpans(cache.skipped, at)) return Passage.Skipped;

  cache.layout ??= layout(text, cache.words);
  const { ends, quotes } = cache.layout;
  const k = sentenceIndex(ends, at);
  cache.sentences ??= new Int32Array(ends.length).fill(-1);
  let f = cache.sentences[k]!;
  if (f < 0) {
    const start = k > 0 ? ends[k - 1]! + 1 : 0;
    const end = ends[k]!;
    f = HINT_KEYWORDS.foundIn(text, start, end) ? sentenceFlags(text.slice(start, end)) : 0;
    cache.sentences[k] = f;
  }
  if (f & Flag.Alert && !(f & Flag.Impact)) return Passage.Alert;
  if (f & Flag.Schedule && !(f & Flag.Hit)) return Passage.Schedule;
  if (f & Flag.Unknown) return Passage.Unknown;
  if (f & Flag.Heard) return Passage.Heard;
  if (f & Flag.Recap) return Passage.Recap;

  if (quotes.length === 0 || !inSpans(quotes, at)) return Passage.None;
  cache.aid ??= AID_WORDS.test(text) && MONEY.test(text);
  return cache.aid ? Passage.AidQuote : Passage.None;
}

// Something that happened right there, as the sentence after an alert tells it: "Minutes later,
// explosions rang out", "Уламки впали на дах будинку". Not "shot down": that is the nationwide tally.
export const LOCAL_IMPACT =
  /explo(?:si|d)|\bblasts?\b|\bhits?\b|struck|damag|\bkill|injur|wound|debris|\bfires?\b|вибух|влуч|пошкодж|загин|поранен|уламк|пожеж|взрыв|попадан|поврежд|погиб|ранен|обломк|пожар/i;

/**
 * The sentence after the one at offset `at`, within its paragraph, when it tells of an impact:
 * "An air raid alert was declared in Kharkiv at 2 a.m. Minutes later, explosions rang out." Its
 * bounds, or null.
 */
export function impactAfter(text: string, at: number, cache: PassageCache): [number, number] | null {
  cache.layout ??= layout(text, cache.words);
  const { ends } = cache.layout;
  const k = sentenceIndex(ends, at);
  if (k + 1 >= ends.length || text.charCodeAt(ends[k]!) === 10) return null;
  const start = ends[k]! + 1;
  const end = ends[k + 1]!;
  return LOCAL_IMPACT.test(text.slice(start, end)) ? [start, end] : null;
}
