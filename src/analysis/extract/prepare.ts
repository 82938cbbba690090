import { COUNT_SCAN_SOURCE, LETTERS } from "../numbers.js";
import { splitParagraph } from "../text.js";
import type { ArticleText } from "../types.js";

/** One sentence of an article, ready for matching. */
export interface Sentence {
  /** 0 = title, 1… = body sentences in order. */
  index: number;
  /** As written (apostrophes unified): for case-sensitive cues such as "KAB" or "Grad". */
  text: string;
  /** Lowercased `text`: what almost every pattern runs on. */
  lower: string;
  /** Where the sentence starts in `${title}\n${body}`, the text the gazetteer reads (see `articlePlaces`). */
  start: number;
  /** The sentence recalls something earlier than the reported event ("Earlier…", "Раніше…", "In 2023…"). */
  past: boolean;
  /** A period total rather than one attack: "this week", "за тиждень", "since the start of the month". */
  period: "day" | "week" | "month" | null;
  /** Per-sentence scratch of an extractor (clause places), kept with the sentence. */
  places?: unknown;
}

export interface Prepared {
  sentences: Sentence[];
  /** Title and body, lowercased, joined by a newline. */
  lower: string;
  /** Where each sentence starts in `lower`. */
  offsets: number[];
  /** Memoised extractor results for this article (see `memo`). */
  results: Map<string, unknown>;
  /** Sentences (by index) in which each kind of cue word occurs: one scan for all kinds. */
  cued: Record<CueKind, Set<number>>;
}

export type CueKind = "past" | "period" | "casualty" | "military" | "airDefence";

// Past-time markers: a sentence that recalls an earlier event does not report this one's figures.
// "Earlier, on October 5, a similar strike killed 12." / "Раніше повідомлялося про 18 поранених." /
// "Напомним, в прошлом месяце…". "Earlier today"/"earlier on Monday" stay: same day, same story.
export const PAST =
  /\bbackground:|\bearlier\s+(?:in|this|that|last)\s+(?:the\s+)?(?:week|month|year|january|february|march|april|may|june|july|august|september|october|november|december|autumn|summer|winter|spring)\b|\bsince\s+(?:an?\s+|the\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december|last|previous)\b|\bpreviously\b|\bprevious\s+(?:attack|strike|day|week|night)|\blast\s+(?:week|month|year|summer|winter|spring|autumn|fall|january|february|march|april|may|june|july|august|september|october|november|december)\b|\b(?:a|one|two|three|several)\s+(?:days?|weeks?|months?|years?)\s+ago\b|\bago\b|\b(?:in|since)\s+(?:19|20)\d\d\b|\bsince\s+the\s+(?:start|beginning)\b|\bsince\s+(?:february|the\s+full-scale)|\bthe\s+day\s+before\b|^earlier\s*,|\b(?:had\s+)?initially\s+(?:been\s+)?reported\b|^initially\b|\bearlier\s+reports?\b|\bon\s+the\s+eve\b|\ba\s+similar\s+(?:attack|strike)|\bas\s+(?:\p{L}+\s+)?(?:previously\s+)?reported\b|\bin\s+(?:january|february|march|april|june|july|august|september|october|november|december)\s*,|\bthroughout\s+the\s+war\b|\b(?:a|one|two|three|several|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|earlier)\b|\bin\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:19|20)\d\d\b|(?:19|20)\d\d\s+(?:року|роки|года|году|г\.)(?!\s*(?:р\.|народження|рождения))|^(?:тоді|тогда)\s|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:раніше|раннє|минулого\s+(?:тижня|місяця|року)|минулої\s+(?:неділі|середи|п’ятниці|суботи)|торік|нагадаємо|нагадуємо|як\s+(?:\p{L}+\s+)?повідомля(?:лося|ли|в|ла)|напередодні|(?:з|від)\s+початку\s+(?:повномасштабного|війни|вторгнення|року|місяця|року)|у\s+(?:19|20)\d\d\s+році|в\s+(?:19|20)\d\d\s+році|у\s+(?:січні|лютому|березні|квітні|травні|червні|липні|серпні|вересні|жовтні|листопаді|грудні)\s*,|спочатку\s+повідомля\p{L}*|первоначально\s+сообща\p{L}*|ранее|на\s+прошлой\s+неделе|в\s+прошлом\s+(?:месяце|году)|напомним|как\s+(?:\p{L}+\s+)?сообща(?:лось|ли|л|ла)|накануне|с\s+начала\s+(?:войны|года|вторжения|сво|спецоперации|полномасштабного)|в\s+(?:19|20)\d\d\s+году)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

// Period totals. "this week", "over the past week", "за тиждень", "за неделю"; "since the start of
// the month", "in October Russia launched 5,000 drones" is left to the past marker.
export const WEEK =
  /\b(?:this|past|last|the)\s+week\b|\bover\s+(?:the\s+)?(?:past\s+|last\s+)?(?:seven\s+days|week)\b|\bweekly\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:за\s+(?:минулий\s+|цей\s+|останній\s+|прошедшую\s+|эту\s+|последнюю\s+)?(?:тиждень|неделю|сім\s+днів|семь\s+дней)|протягом\s+(?:минулого\s+|цього\s+)?тижня|цього\s+тижня|минулого\s+тижня|на\s+этой\s+неделе|на\s+прошлой\s+неделе|в\s+течение\s+недели)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
export const MONTH =
  /\b(?:this|past|last|the)\s+month\b|\bsince\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+|this\s+)?month\b|\bmonthly\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:за\s+(?:минулий\s+|цей\s+|прошедший\s+|этот\s+|последний\s+)?(?:місяць|месяц)|з\s+початку\s+(?:місяця|(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня))|с\s+начала\s+(?:месяца|(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря))|протягом\s+(?:минулого\s+|цього\s+)?місяця|в\s+течение\s+месяца)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
export const DAY =
  /\bover\s+the\s+(?:past|last)\s+(?:day|24\s+hours)\b|\bpast\s+24\s+hours\b|\bin\s+the\s+past\s+day\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:за\s+(?:минулу\s+|прошедшие\s+|последние\s+)?(?:добу|сутки)|протягом\s+(?:минулої\s+)?доби|в\s+течение\s+(?:суток|дня))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

const cache = new WeakMap<ArticleText, Prepared>();
// PAST as a word-start scan without the `u` flag: half the cost per sentence, same answers on our
// articles (its alternatives all begin words). The period patterns are faster as they are.
let pastScan: { test(text: string): boolean } | undefined;

// Paragraph openers of recaps and links to other stories: the whole paragraph is not this report.
const RECAP =
  /^(?:background|for\s+context|as\s+a\s+reminder|recall\s+that|read\s+(?:also|more)|see\s+also|related|нагадаємо|нагадуємо|довідково|довідка|раніше\s+повідомлялося|читайте\s+також|дивіться\s+також|напомним|справка|ранее\s+сообщалось|читайте\s+также|смотрите\s+также)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/iu;

/**
 * Title and body split into sentences, lowercased and tagged with past/period markers. Cached per
 * article object so that every extractor shares one split (pure: same input, same output).
 */
export function prepare(article: ArticleText): Prepared {
  const hit = cache.get(article);
  if (hit) return hit;
  // Sentences with their paragraph: a recap paragraph ("Background: …", "Нагадаємо, …", "Read also")
  // is about earlier events as a whole, not only its first sentence.
  const { title, body } = article;
  // Most articles have no apostrophe to unify: one test each for title and body, not per sentence.
  const apostrophes = HAS_APOSTROPHE.test(title) || HAS_APOSTROPHE.test(body);
  const sentences: Sentence[] = [
    sentence(0, title.trim(), title.length - title.trimStart().length, false, apostrophes),
  ];
  const bodyStart = title.length + 1;
  const parts: string[] = [];
  let cursor = 0;
  for (let from = 0; from <= body.length; ) {
    let to = body.indexOf("\n", from);
    if (to < 0) to = body.length;
    if (to > from) {
      parts.length = 0;
      splitParagraph(from === 0 && to === body.length ? body : body.slice(from, to), parts);
      const recap = parts.length > 0 && RECAP.test(parts[0]!);
      for (const raw of parts) {
        const at = body.indexOf(raw, cursor);
        cursor = at + raw.length;
        sentences.push(sentence(sentences.length, raw, bodyStart + at, recap, apostrophes));
      }
    }
    from = to + 1;
  }
  const offsets: number[] = [];
  let lower = "";
  for (const s of sentences) {
    if (s.index > 0) lower += "\n";
    offsets.push(lower.length);
    lower += s.lower;
  }
  const cued = cueScan(lower, offsets);
  const prepared: Prepared = { sentences, lower, offsets, results: new Map(), cued };
  // Only sentences with a cue word are worth the full marker patterns.
  pastScan ??= fastTest(PAST);
  for (const i of cued.past) sentences[i]!.past ||= pastScan.test(sentences[i]!.lower);
  markEarlierDates(sentences);
  for (const i of cued.period) sentences[i]!.period = periodOf(sentences[i]!.lower);
  cache.set(article, prepared);
  return prepared;
}

function sentence(index: number, raw: string, start: number, past: boolean, apostrophes: boolean): Sentence {
  const text = apostrophes ? unify(raw) : raw;
  return { index, text, lower: text.toLowerCase(), start, past, period: null };
}

const MONTHS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTHS_UK = [
  "січня",
  "лютого",
  "березня",
  "квітня",
  "травня",
  "червня",
  "липня",
  "серпня",
  "вересня",
  "жовтня",
  "листопада",
  "грудня",
];
const MONTHS_RU = [
  "января",
  "февраля",
  "марта",
  "апреля",
  "мая",
  "июня",
  "июля",
  "августа",
  "сентября",
  "октября",
  "ноября",
  "декабря",
];
// "Dec. 10", "December 10", "10 December", "10 грудня", "10 декабря".
const DATE = new RegExp(
  `\\b(${MONTHS_EN.join("|")})[a-z]*\\.?\\s+(\\d{1,2})\\b|\\b(\\d{1,2})\\s+(${MONTHS_EN.join("|")})[a-z]*\\b|(?<![\\d])(\\d{1,2})\\s+(${[...MONTHS_UK, ...MONTHS_RU].join("|")})(?![${LETTERS}])`,
  "g",
);
const DIGIT = /\d/;

function datesOf(lower: string): number[] {
  const out: number[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(lower); m !== null; m = DATE.exec(lower)) {
    let month: number;
    let day: number;
    if (m[1] !== undefined) {
      month = MONTHS_EN.indexOf(m[1]);
      day = Number(m[2]);
    } else if (m[3] !== undefined) {
      month = MONTHS_EN.indexOf(m[4]!);
      day = Number(m[3]);
    } else {
      const name = m[6]!;
      month = MONTHS_UK.includes(name) ? MONTHS_UK.indexOf(name) : MONTHS_RU.indexOf(name);
      day = Number(m[5]);
    }
    if (month >= 0 && day >= 1 && day <= 31) out.push(month * 100 + day);
  }
  return out;
}

/**
 * A later sentence dated before every date the lead names recalls an earlier event: "…overnight on
 * Dec. 15. … On Dec. 10, a drone attack on the city injured five people." (A later date is left
 * alone: it is usually the same story's update.)
 */
function markEarlierDates(sentences: Sentence[]): void {
  let first = Infinity;
  for (let i = 0; i < 3 && i < sentences.length; i++) {
    const s = sentences[i]!;
    if (DIGIT.test(s.lower)) for (const date of datesOf(s.lower)) first = Math.min(first, date);
  }
  if (first === Infinity) return;
  for (let i = 3; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.past || !DIGIT.test(s.lower)) continue;
    const dates = datesOf(s.lower);
    if (dates.length > 0 && dates.every((d) => d < first)) s.past = true;
  }
}

/**
 * Indexes of the sentences in which a global regex matches, from one scan over the joined text:
 * one regex call per article instead of one per sentence, which is what costs on short sentences.
 */
export function flagged(prepared: Prepared, re: RegExp): number[] {
  const out: number[] = [];
  const { lower, offsets } = prepared;
  re.lastIndex = 0;
  for (let m = re.exec(lower); m !== null; m = re.exec(lower)) {
    const i = sentenceAt(offsets, m.index + (m[0].length > 0 && LEADING_BOUNDARY.test(m[0]) ? 1 : 0));
    out.push(i);
    // Skip to the next sentence (its separator included: cues consume the boundary before a word).
    re.lastIndex = i + 1 < offsets.length ? offsets[i + 1]! - 1 : lower.length;
  }
  return out;
}

const LEADING_BOUNDARY = /^[^\p{L}\d]/u;

/** The sentence that holds position `at`, by binary search over the start offsets. */
export function sentenceAt(offsets: number[], at: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** One count in a text: where it starts (qualifier included), the number as written, where it ends. */
export interface Count {
  start: number;
  number: string;
  end: number;
}

const COUNT = new RegExp(COUNT_SCAN_SOURCE, "g");

/** All counts of a lowercase text, from one scan. */
export function countsIn(text: string): Count[] {
  const out: Count[] = [];
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(text); m !== null; m = COUNT.exec(text)) {
    const end = m.index + m[0].length;
    out.push({ start: end - m[1]!.length - m[2]!.length, number: m[2]!, end });
    if (m[0].length === 0) COUNT.lastIndex++;
  }
  return out;
}

/**
 * Matches of "count + rest" rules without parsing the count again: `rest` (sticky, `y`) is the
 * rule's source after its leading count and is tried right after each count. The result looks like
 * the whole rule's match: group 1 is the number, the rest's groups follow.
 */
export function matchAfterCounts(rest: RegExp, text: string, counts: Count[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = -1;
  for (const c of counts) {
    if (c.start < end) continue;
    rest.lastIndex = c.end;
    const m = rest.exec(text);
    if (!m) continue;
    const whole = [text.slice(c.start, c.end + m[0].length), c.number] as unknown as RegExpExecArray;
    for (let g = 1; g < m.length; g++) whole.push(m[g]!);
    whole.index = c.start;
    out.push(whole);
    end = c.end + Math.max(1, m[0].length);
  }
  return out;
}

/** Matches of a sticky (`y`) regex tried at the given positions, in order, without overlaps. */
export function matchAt(sticky: RegExp, text: string, starts: number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = -1;
  for (const start of starts) {
    if (start < end) continue;
    sticky.lastIndex = start;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      end = start + Math.max(1, m[0].length);
    }
  }
  return out;
}

const WORD_START_GUARD = /\(\?<!\[a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’(?:\\d)?\]\)/g;
const WORD_CHAR = /[\p{L}\d]/u;

/**
 * A rule's source for a combined scan: its own groups made non-capturing (so that group i is rule
 * i), its word-start lookbehinds removed and `\p{L}` spelled out, so that the scan compiles without
 * the `u` flag. Without a leading lookbehind V8 rejects positions by their first character at
 * once; the combined regex consumes the word boundary itself (see `combinedScan`).
 */
export function scanSource(re: RegExp): string {
  return re.source
    .replace(/(?<!\\)\((?!\?)/g, "(?:")
    .replace(WORD_START_GUARD, "")
    .replace(/\[\\p\{L\}/g, `[${LETTERS}`)
    .replace(/\\p\{L\}/g, `[${LETTERS}]`);
}

/**
 * A cue test for stems that begin words ("kill", "загин", "earl…"): the boundary is consumed rather
 * than looked behind, and no `u` flag, so that most positions are rejected by their first character.
 */
export function wordCue(stems: string, flags = ""): RegExp {
  return new RegExp(`(?:^|[^${LETTERS}\\d])(?:${stems})`, flags);
}

/** Rules as one regex: a consumed word boundary, then one capturing group per rule, in order. */
export function combinedScan(sources: string[]): RegExp {
  return new RegExp(`(?:^|[^${LETTERS}\\d])(?:${sources.map((s) => `(${s})`).join("|")})`, "g");
}

/**
 * A word-start pattern as a fast test: the same matches at word starts, scanned without leading
 * lookbehinds and without the `u` flag (see `scanSource`). For patterns whose matches all begin
 * words ("\\bkill…", "(?<![…])загин…"), not for ones that may start mid-word ("$61", "1bn").
 */
export function fastTest(re: RegExp): { test(text: string): boolean } {
  const scan = combinedScan([scanSource(re)]);
  return {
    test(text: string): boolean {
      scan.lastIndex = 0;
      return scan.test(text);
    },
  };
}

/** Where the rule's match starts, and which rule (0-based) matched, for a `combinedScan` match. */
export function scanHit(m: RegExpExecArray): { at: number; rule: number } {
  for (let i = 1; i < m.length; i++) {
    const g = m[i];
    if (g !== undefined) return { at: m.index + m[0].length - g.length, rule: i - 1 };
  }
  return { at: m.index, rule: -1 };
}

/** True when `at` begins a word: the character before it is not a letter or digit. */
export function wordStart(text: string, at: number): boolean {
  return at === 0 || !WORD_CHAR.test(text[at - 1]!);
}

/**
 * Pure memoisation per article object: classification and the report builder share the work. The
 * results live on the prepared article (one WeakMap entry per article, not one per extractor).
 */
export function memo<T>(key: string, article: ArticleText, compute: (a: ArticleText) => T): T {
  const { results } = prepare(article);
  if (results.has(key)) return results.get(key) as T;
  const value = compute(article);
  results.set(key, value);
  return value;
}

function periodOf(lower: string): Sentence["period"] {
  if (WEEK.test(lower)) return "week";
  if (MONTH.test(lower)) return "month";
  if (DAY.test(lower)) return "day";
  return null;
}

// Cue words, each kind a cheap pre-check before its full patterns run. They are found in one scan
// of the whole article: word-start stems, alternatives tried in this order. Where one stem would
// swallow another kind's at the same position, the more specific comes first ("травм…" wounded
// before "трав…" May, "decoy" before "dec…"), and stems that serve two kinds form one group.
const CUE_GROUPS: { stems: string; kinds: CueKind[] }[] = [
  { stems: "початку|начала", kinds: ["past", "period"] },
  { stems: "уничтожено", kinds: ["military", "airDefence"] },
  {
    // Casualty words: "killed", "injured", "загинули", "поранено", "погибли", "no one", "без …".
    stems:
      "kill|dead|died|death|toll|body|bodies|injur|wound|contus|concuss|hurt|hospitali|casualt|victim|загин|загибл|вбит|убит|вбил|убил|жертв|помер|поранен|поранил|поранив|ранил|травм|постражд|госпіт|шпитал|погиб|ранен|пострада|госпит|контуз|контуж|ожог|опік|неушкодж|невредим|ніхто|никто|nobody|no one|без\\s",
    kinds: ["casualty"],
  },
  {
    // Military losses: soldiers, "окупантів", General Staff tallies.
    stems:
      "soldier|troop|servicem|service\\s?member|personnel|occupier|invader|militant|losses|lost|in action|general staff|окупант|загарбник|військовослужб|військових|бійц|солдат|ліквід|особового|генштаб|втрат|военнослуж|военных|оккупант|боевик|личного|потер",
    kinds: ["military"],
  },
  {
    // Air defence: weapons that can be shot down and the verbs for it.
    stems:
      "drone|uav|shahed|geran|gerber|decoy|missile|kinzhal|iskander|kalibr|бпла|дрон|безпілот|шахед|гербер|ракет|беспилот|герань|гераней|кинджал|кинжал|іскандер|искандер|калібр|калибр|імітатор|имитатор|air\\s+defen|shot\\s+down|intercept|downed|ппо|пво|збит|збил|знищ|знешкод|сбит|сбил|уничтож|перехват|перехоп|подавл|локаційно|локационно|electronic\\s+warfare|радіоелектрон|радиоэлектрон|відбил|отразил|repell|disappear|локально",
    kinds: ["airDefence"],
  },
  { stems: "week|month|day|hours|тиж|міся|доб|недел|месяц|сутк|дня", kinds: ["period"] },
  {
    // Past-time markers (see PAST).
    stems:
      "background|earl|initial|спочатку|первоначал|previous|last|ago|since|19\\d\\d|20\\d\\d|before|eve\\b|similar|report|throughout|after|in jan|in feb|in mar|in apr|in jun|in jul|in aug|in sep|in oct|in nov|in dec|раніш|раннє|минул|торік|нагада|повідомл|напередод|від початку|у січн|у лют|у берез|у квіт|у трав|у черв|у лип|у серп|у верес|у жовт|у листоп|у груд|ранее|прошл|напомн|сообща|накануне|тоді|тогда",
    kinds: ["past"],
  },
];
// Each stem once, with the group it belongs to: stems are plain text apart from a few `\\s`, `\\d`
// and `\\b` escapes, so the whole list is one trie-shaped alternation (see `stemTrieSource`).
const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[a-z]/i;
const CUE_STEMS = CUE_GROUPS.flatMap((g, rule) => g.stems.split("|").map((stem) => ({ stem, rule })));
// Every stem is tried at every word start, so an article in one script is scanned with the stems
// of that script only: a Cyrillic stem cannot match where no Cyrillic letter is (nor a Latin one).
const cueScanOf = (stems: typeof CUE_STEMS) =>
  new RegExp(`(?:^|[^${LETTERS}\\d])(${stemTrieSource(stems.map((c) => c.stem))})`, "g");
const CUE_SCAN = cueScanOf(CUE_STEMS);
const CUE_SCAN_LATIN = cueScanOf(CUE_STEMS.filter((c) => !CYRILLIC.test(c.stem[0]!)));
const CUE_SCAN_CYRILLIC = cueScanOf(CUE_STEMS.filter((c) => !LATIN.test(c.stem[0]!)));
// The group of a matched stem: literal stems by their text, the few with escapes by testing each
// group's stems on the matched text (remembered: "без ", "air defen", a year).
const CUE_RULE = new Map<string, number>();
for (const { stem, rule } of CUE_STEMS) if (!CUE_RULE.has(stem) && !stem.includes("\\")) CUE_RULE.set(stem, rule);
const CUE_GROUP_RES = CUE_GROUPS.map((g) => new RegExp(`^(?:${g.stems})$`));

function cueRule(word: string): number {
  let rule = CUE_RULE.get(word);
  if (rule === undefined) {
    rule = CUE_GROUP_RES.findIndex((re) => re.test(word));
    CUE_RULE.set(word, rule);
  }
  return rule;
}

function cueScan(lower: string, offsets: number[]): Record<CueKind, Set<number>> {
  const cued: Record<CueKind, Set<number>> = {
    past: new Set(),
    period: new Set(),
    casualty: new Set(),
    military: new Set(),
    airDefence: new Set(),
  };
  const scan = !CYRILLIC.test(lower) ? CUE_SCAN_LATIN : !LATIN.test(lower) ? CUE_SCAN_CYRILLIC : CUE_SCAN;
  scan.lastIndex = 0;
  for (let m = scan.exec(lower); m !== null; m = scan.exec(lower)) {
    const word = m[1]!;
    const i = sentenceAt(offsets, m.index + m[0].length - word.length);
    for (const kind of CUE_GROUPS[cueRule(word)]!.kinds) cued[kind].add(i);
  }
  return cued;
}

/**
 * Regex stems (plain text with `\\s`, `\\d`, `\\b` escapes, optionally quantified) as one
 * trie-shaped alternation that picks the same stem as `stem1|stem2|…` tried in order: a long
 * alternation is tried stem by stem at every position, the trie reads each character once.
 * Alternation takes the first stem in order that matches and the trie the longest, so a stem that
 * an earlier stem is a plain prefix of (it could never be picked) is dropped first; after that,
 * of two plain stems that match at one position the longer is the earlier one. Branches are
 * ordered by their earliest stem, which keeps the order where escapes let two branches match.
 */
export function stemTrieSource(stems: string[]): string {
  interface Node {
    first: number;
    end: number;
    next: Map<string, Node>;
  }
  const literal = (stem: string) => !/[\\()[\]|?*+.^$]/.test(stem);
  const kept = stems
    .map((stem, index) => ({ stem, index }))
    .filter(
      ({ stem, index }) =>
        !stems.some((other, j) => j < index && literal(other) && literal(stem) && stem.startsWith(other)),
    );
  const root: Node = { first: Infinity, end: Infinity, next: new Map() };
  for (const { stem, index } of kept) {
    let node = root;
    node.first = Math.min(node.first, index);
    for (const token of stem.match(/\\.[?+*]?|[^\\][?+*]?/g) ?? []) {
      let child = node.next.get(token);
      if (!child) {
        child = { first: index, end: Infinity, next: new Map() };
        node.next.set(token, child);
      }
      node = child;
      node.first = Math.min(node.first, index);
    }
    node.end = Math.min(node.end, index);
  }
  const emit = (node: Node): string => {
    const branches = [...node.next].map(([token, child]) => ({ order: child.first, source: token + emit(child) }));
    if (node.end !== Infinity) branches.push({ order: node.end, source: "" });
    branches.sort((a, b) => a.order - b.order);
    if (branches.length === 1) return branches[0]!.source;
    return `(?:${branches.map((b) => b.source).join("|")})`;
  };
  return emit(root);
}

// Same result as `unifyApostrophes` in text.ts ("п'ятеро" → "п’ятеро"), but it only looks at the
// apostrophes themselves: the lookbehind there is tried at every position of every sentence.
const APOSTROPHE = /['ʼ`´‘]/g;
const HAS_APOSTROPHE = /['ʼ`´‘]/;
const LETTER = /\p{L}/u;
function unify(text: string): string {
  if (!HAS_APOSTROPHE.test(text)) return text;
  return text.replace(APOSTROPHE, (ch, at: number) =>
    LETTER.test(text[at - 1] ?? "") && LETTER.test(text[at + 1] ?? "") ? "’" : ch,
  );
}
