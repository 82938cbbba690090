/**
 * `findPlaces`: one pass over the words of a text, one index lookup per word, and context rules
 * only where a name was found.
 */

import * as words from "./context.js";
import { type CityHit, type Entry, type FirstWord, type Lexicon, lexicon, type PlaceInfo } from "./lexicon.js";
import type { MentionRole, PlaceMatches, PlaceMention } from "./model.js";
import { impactAfter, LOCAL_IMPACT, otherPassage, Passage, type PassageCache, sentenceAround } from "./passages.js";
import * as tokens from "./tokens.js";

// Bound once: a named import is read through a getter on every use under some loaders (tsx compiles
// modules to CommonJS), which cost a fifth of the scan time.
const {
  ARRIVAL_PEOPLE,
  ARRIVAL_WORDS,
  ACTOR_AFTER,
  ACTOR_AND_ITS,
  ACTOR_BE_EN,
  ACTOR_BEFORE,
  ACTOR_INSTITUTION_EN,
  ACTOR_MODALS_EN,
  ACTOR_NOUNS,
  ACTOR_PEOPLE_IN,
  ACTOR_POSSESSED_EN,
  ACTOR_POSSESSED_SKIP_EN,
  ACTOR_POSSESSED_STOP_EN,
  ACTOR_STATE_EN,
  ACTOR_PREPOSITIONS,
  ACTOR_SKIP_CYR,
  ACTOR_SKIP_EN,
  ACTOR_VERB_STEMS_CYR,
  ACTOR_VERBS_EN,
  AIRPORT_AFTER,
  AIRPORT_BEFORE,
  ATTACK_VERBS_EN,
  CITY_DISTRICT_AFTER,
  CONJUNCTIONS,
  COUNT_WORDS,
  DATELINE_AFTER,
  DISTRICT_WORDS,
  PLURAL_DISTRICT_WORDS,
  FOREIGN_CAPITAL_PREFIXES,
  HYPHEN_ACTOR,
  HYPHEN_PLACE,
  LAUNCH_AREA,
  LAUNCH_AREA_LIST,
  LAUNCH_AREA_SKIP,
  LAUNCH_ATTACK_VERBS,
  LAUNCH_DIRECTION,
  LAUNCH_FROM,
  LAUNCH_STOP,
  LAUNCH_VERBS,
  LAUNCH_WEAPONS,
  NON_AGENT_EN,
  OTHER_AFTER,
  OTHER_BEFORE,
  PASSIVE_NEXT_EN,
  PLURAL_REGION_WORDS,
  POSSESSIVE_REGION_WORDS,
  PLURAL_SETTLEMENT_WORDS,
  REGION_OF_WORDS,
  REGION_WORDS,
  ROAD_BEFORE,
  RIVER_WORDS,
  SETTLEMENT_TYPE_WORDS,
  SETTLEMENT_WORDS,
  VILLAGE_WORDS,
  STREET_AFTER,
  STREET_BEFORE,
  STRIKE_VERBS_EN,
  TO_NOT_VERB_EN,
  VENUE_PREPOSITIONS,
  VENUE_WORDS,
  WEEKDAYS_EN,
} = words;
const { adjectiveCoreAt, isUpperCode, keyHash, keyOfWord, sameKey, scanWords } = tokens;

interface Scan {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  /** Key hashes of the words (see `scanWords`). */
  hashes: Int32Array;
  /** Lookup keys, made on first use (most words are never looked at twice): valid where `stamped`. */
  keys: string[];
  /** Where `keys` holds this scan's key: `stamp` at the word's index. */
  stamped: Int32Array;
  stamp: number;
  n: number;
  lex: Lexicon;
  /** Lines, sentences and quotations that name places for another reason (computed on first need). */
  passages: PassageCache;
}

/**
 * How a region mention was reached: named as an oblast, through a raion, or through a community or
 * settlement. A weaker one gives way to a stronger one of another oblast in the same sentence:
 * "Покровська громада Синельниківського району" is in Dnipropetrovsk Oblast, not Donetsk Oblast.
 */
const Via = { Oblast: 0, Raion: 1, Community: 2, Namesake: 3 } as const;
type Via = (typeof Via)[keyof typeof Via];

interface Match {
  entry: Entry;
  end: number;
  /** Matched in lower case: only a regional adjective may be ("київська влада", "харківська область"). */
  lower: boolean;
}

// Key buffers shared by every scan, like the words themselves (`findPlaces` is not re-entrant).
const sharedKeys: string[] = new Array(256).fill("");
let stamped = new Int32Array(256);
let stamp = 0;

function tokenize(text: string, lex: Lexicon): Scan {
  const words = scanWords(text);
  const { starts, ends, hashes, n } = words;
  if (stamped.length < n) {
    stamped = new Int32Array(starts.length);
    while (sharedKeys.length < stamped.length) sharedKeys.push("");
  }
  // A new stamp per text stands for clearing the keys of the last one.
  stamp = (stamp + 1) | 0;
  if (stamp === 0) {
    stamped.fill(0);
    stamp = 1;
  }
  return { text, starts, ends, hashes, keys: sharedKeys, stamped, stamp, n, lex, passages: { words } };
}

/** Lookup key of word k ("" past either end). */
function key(s: Scan, k: number): string {
  if (k < 0 || k >= s.n) return "";
  if (s.stamped[k] === s.stamp) return s.keys[k]!;
  const v = keyOfWord(s.text, s.starts[k]!, s.ends[k]!, s.hashes[k]!);
  s.keys[k] = v;
  s.stamped[k] = s.stamp;
  return v;
}

/** A word list with the hashes of its keys (see `isIn`). */
interface HashedWords {
  keys: ReadonlySet<string>;
  hashes: ReadonlySet<number>;
}

function hashedWords(keys: ReadonlySet<string>): HashedWords {
  return { keys, hashes: new Set([...keys].map(keyHash).filter((h) => h !== 0)) };
}

/**
 * Whether the key of word k is in the list. The word's hash rejects most words without making their
 * key (a key is made once per word and text, but making it is the costly part of a lookup).
 */
function isIn(s: Scan, k: number, list: HashedWords): boolean {
  if (k >= 0 && k < s.n) {
    const h = s.hashes[k]!;
    if (h !== 0 && !list.hashes.has(h)) return false;
  }
  return list.keys.has(key(s, k));
}

// Words are in shared buffers longer than the text's n words: past either end, the gap runs from the
// start of the text or to its end.
function gapStart(s: Scan, k: number): number {
  return k > 0 && k <= s.n ? s.ends[k - 1]! : 0;
}

function gapEnd(s: Scan, k: number): number {
  return k >= 0 && k < s.n ? s.starts[k]! : s.text.length;
}

/** Text between word k-1 and word k (from the start of the text for k = 0). */
function gap(s: Scan, k: number): string {
  return s.text.slice(gapStart(s, k), gapEnd(s, k));
}

// Punctuation looked for between two words, by kind.
const LIST_BREAK = 1;
const COLON_OR_BRACKET = 2;
const COMMA = 4;
const GAP_CHARS = new Uint8Array(0x2020);
for (const ch of '.!?;:()\n"«»“”') GAP_CHARS[ch.charCodeAt(0)]! |= LIST_BREAK;
for (const ch of ":()") GAP_CHARS[ch.charCodeAt(0)]! |= COLON_OR_BRACKET;
GAP_CHARS[44]! |= COMMA;

/** Whether the text between word k-1 and word k holds a character of the kind (`LIST_BREAK`…). */
function gapHas(s: Scan, k: number, kind: number): boolean {
  const { text } = s;
  for (let c = gapStart(s, k), end = gapEnd(s, k); c < end; c++) {
    const code = text.charCodeAt(c);
    if (code < 0x2020 && (GAP_CHARS[code]! & kind) !== 0) return true;
  }
  return false;
}

/** Whether word k-1 and word k are joined by one hyphen: "Kharkiv-based", "pro-Moscow". */
function hyphenBefore(s: Scan, k: number): boolean {
  const start = gapStart(s, k);
  if (gapEnd(s, k) - start !== 1) return false;
  const code = s.text.charCodeAt(start);
  return code === 45 || code === 0x2010 || code === 0x2011; // - ‐ ‑
}

/** Whether word k-1 and word k are joined by one apostrophe (' or ’): "Kyiv's". */
function apostropheBefore(s: Scan, k: number): boolean {
  const start = gapStart(s, k);
  if (gapEnd(s, k) - start !== 1) return false;
  const code = s.text.charCodeAt(start);
  return code === 39 || code === 0x2019;
}

/** Whether word k-1 and word k are separated by spaces only (no punctuation, no line break). */
function spacesBefore(s: Scan, k: number): boolean {
  if (k <= 0 || k >= s.n) return false;
  const { text } = s;
  const start = s.ends[k - 1]!;
  const end = s.starts[k]!;
  if (end === start) return false;
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    if (code !== 32 && code !== 9 && code !== 160) return false;
  }
  return true;
}

/** Whether the text between word k-1 and word k ends a sentence (. ! ? ; or a line break). */
function breakBefore(s: Scan, k: number): boolean {
  if (k < 0 || k >= s.n) return false;
  const { text } = s;
  for (let c = k > 0 ? s.ends[k - 1]! : 0, end = s.starts[k]!; c < end; c++) {
    const code = text.charCodeAt(c);
    // . ! ? ; \n
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10) return true;
  }
  return false;
}

/** `\s` of a regular expression, by code unit. */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function isUpper(s: Scan, k: number): boolean {
  return isUpperCode(s.text.charCodeAt(k >= 0 && k < s.n ? s.starts[k]! : 0));
}

/** A capitalised spelling that the as-written lookup misses: an apostrophe or ё ("Слов’янськ", "Орёл"). */
function folded(text: string, start: number, end: number): boolean {
  for (let c = start; c < end; c++) {
    const code = text.charCodeAt(c);
    // ' ` ’ ʼ ё Ё
    if (code === 39 || code === 96 || code === 0x2019 || code === 0x2bc || code === 0x451 || code === 0x401)
      return true;
  }
  return false;
}

/**
 * A lower-case word is looked up only if it could be a regional adjective: "харківська область",
 * "київська влада", "белгородской области". Whether it holds "ск", "цк", "ськ", "цьк" or "зьк".
 */
function adjectiveCore(text: string, start: number, end: number): boolean {
  for (let c = start + 1; c < end; c++) {
    if (text.charCodeAt(c) === 0x43a && adjectiveCoreAt(text, start, c)) return true; // к
  }
  return false;
}

/**
 * Whether text[start, end) is `key` capitalised ("Kharkiv", "Харкова") or in upper case ("KHARKIV"),
 * given the key's upper-case spelling: the spellings `byFirstCased` holds, compared in place.
 */
function casedAs(text: string, start: number, end: number, key: string, upper: string): boolean {
  if (end - start !== key.length || text.charCodeAt(start) !== upper.charCodeAt(0)) return false;
  let capitalised = true;
  let upperCase = true;
  for (let c = 1; c < key.length; c++) {
    const code = text.charCodeAt(start + c);
    if (code !== key.charCodeAt(c)) capitalised = false;
    if (code !== upper.charCodeAt(c)) upperCase = false;
  }
  return capitalised || upperCase;
}

/** Whether word k-1 and word k are joined as words of one name: by a space, a hyphen or an abbreviation dot ("St. Petersburg"), one to three of them. */
function nameJoiner(s: Scan, k: number): boolean {
  const start = gapStart(s, k);
  const end = gapEnd(s, k);
  if (end - start < 1 || end - start > 3) return false;
  for (let c = start; c < end; c++) {
    const code = s.text.charCodeAt(c);
    // space . - ‐ ‑
    if (code !== 32 && code !== 46 && code !== 45 && code !== 0x2010 && code !== 0x2011) return false;
  }
  return true;
}

/** The first word among those of one hash whose key text[start, end) has. */
function firstWordAt(words: FirstWord[] | undefined, text: string, start: number, end: number): FirstWord | undefined {
  if (words) for (const word of words) if (sameKey(word.key, text, start, end)) return word;
  return undefined;
}

function matchAt(s: Scan, i: number): Match | null {
  const { text } = s;
  const start = s.starts[i]!;
  const c = text.charCodeAt(start);
  const lower = !isUpperCode(c);
  if (lower && (c < 0x430 || c > 0x491 || !adjectiveCore(text, start, s.ends[i]!))) return null;
  // Most words are not the first word of any name: their key's hash says so without the key (its
  // probe of the index, after the letter tests: the table is large, and a probe a likely cache miss).
  const h = s.hashes[i]!;
  const end = s.ends[i]!;
  let first: string;
  let list: Entry[] | undefined;
  let upper: string | undefined;
  if (h !== 0) {
    // By the hash and the letters: the word's key is not made (nor looked up twice).
    const slot = s.lex.firstHashes.slotOf(h);
    if (slot < 0) return null;
    const word = firstWordAt(s.lex.firstWordsBySlot[slot], text, start, end);
    if (!word) return null;
    first = word.key;
    list = word.entries;
    upper = word.upper;
  } else {
    first = key(s, i);
    list = s.lex.byFirst.get(first);
    upper = s.lex.upperFirst.get(first);
  }
  if (list && !lower) {
    // Capitalised words match as written ("Kharkiv", "KYIV", "Харкова", not "KhArkiv"), or by their
    // key when spelled with an apostrophe or ё. (Every capitalised or upper-case spelling keys back
    // to its key, a test checks, so a word whose key is not in the index matches nothing.)
    if (!folded(text, start, end)) {
      if (upper === undefined) list = s.lex.byFirstCased.get(text.slice(start, end));
      else if (!casedAs(text, start, end, first, upper)) return null;
    }
  }
  if (!list) return null;
  for (const entry of list) {
    if (lower && !entry.adj && !entry.raion) continue;
    const len = entry.rest.length;
    if (i + len >= s.n && len > 0) continue;
    let ok = true;
    for (let r = 0; r < len; r++) {
      const k = i + 1 + r;
      if (key(s, k) !== entry.rest[r] || !nameJoiner(s, k)) {
        ok = false;
        break;
      }
    }
    if (ok) return { entry, end: i + 1 + len, lower };
  }
  return null;
}

/**
 * Region word after a stem or adjective, directly ("Kharkiv Oblast", "Харківської області") or
 * after a list of them ("Kharkiv, Sumy and Chernihiv regions", "Харківській та Сумській областях").
 */
function regionWordAfter(s: Scan, j: number): { end: number; immediate: boolean } | null {
  let k = j;
  let listed = false;
  for (let steps = 0; steps < 10 && k < s.n; steps++) {
    if (gapHas(s, k, LIST_BREAK) && !softBreak(s, k, gap(s, k))) return null;
    const word = key(s, k);
    if (REGION_WORDS.has(word)) {
      if (listed && !PLURAL_REGION_WORDS.has(word)) return null;
      return { end: k + 1, immediate: k === j };
    }
    if (CONJUNCTIONS.has(word)) {
      listed = true;
      k++;
      continue;
    }
    const m = matchAt(s, k);
    if (m && (m.entry.regionStem || m.entry.adj) && (listed || gapHas(s, k, COMMA))) {
      listed = true;
      k = m.end;
      continue;
    }
    return null;
  }
  return null;
}

/**
 * A line break inside a phrase, left by the page's markup: only spaces and line breaks, and a
 * lower-case word after it ("the Marhanets and Pokrovske\nhromadas"). A new sentence or
 * paragraph starts with a capital.
 */
function softBreak(s: Scan, k: number, sep: string): boolean {
  return k < s.n && /^\s+$/.test(sep) && !isUpper(s, k) && /\p{Ll}/u.test(s.text[s.starts[k]!]!);
}

const ROADS = hashedWords(ROAD_BEFORE);
const STREETS_AFTER = hashedWords(STREET_AFTER);

function streetContext(s: Scan, i: number, j: number): boolean {
  if (i > 0 && STREET_BEFORE.has(key(s, i - 1)) && /^[\s.«"“„]*$/.test(gap(s, i))) return true;
  // The second town of a road: "на трасі Суми – Путивль".
  if (i > 1 && isIn(s, i - 2, ROADS) && /^\s*[—–-]\s*$/.test(gap(s, i)) && spacesBefore(s, i - 1)) return true;
  return j < s.n && isIn(s, j, STREETS_AFTER) && /^[\s»"”]+$/.test(gap(s, j));
}

/** Words within the sentence around [i, j): up to `before` words back and `after` words ahead. */
function nearbyKeys(s: Scan, i: number, j: number, before: number, after: number): string[] {
  const out: string[] = [];
  for (let k = i - 1; k >= 0 && k >= i - before; k--) {
    if (breakBefore(s, k + 1)) break;
    out.push(key(s, k));
  }
  for (let k = j; k < s.n && k < j + after; k++) {
    if (breakBefore(s, k)) break;
    out.push(key(s, k));
  }
  return out;
}

/** "the Dnipro", "Dnipro River", "left bank of the Dnipro", "річка Дніпро", "через Дніпро". */
function riverContext(s: Scan, i: number, j: number): boolean {
  if (i > 0 && key(s, i - 1) === "the" && spacesBefore(s, i)) return true;
  for (const word of nearbyKeys(s, i, j, 3, 2)) if (RIVER_WORDS.has(word)) return true;
  return false;
}

// A loop, not `some` with an arrow: these run for every capital named, and a closure per call costs.
function startsWithAny(word: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (word.startsWith(prefix)) return true;
  return false;
}

function isCapitalAt(s: Scan, k: number): boolean {
  if (k < 0 || k >= s.n || !isUpper(s, k)) return false;
  const word = key(s, k);
  return s.lex.capitalKeys.has(word) || KREMLIN.test(word) || startsWithAny(word, FOREIGN_CAPITAL_PREFIXES);
}

// Third-person plural endings (past and present) and passive participles of attack verbs.
const PLURAL_VERB = /(?:ли|ють|ять|ют|ят|уть)$/;
const ATTACK_STEM = /^(?:атак|вдар|удар|обстріл|обстрел|запущ|уражен|поражен)/;
const PARTICIPLE = /(?:на|ний|ні|но|ны|ный|ной|ано|ено)$/;

/** "Кремль і Київ обмінялися заявами": the Kremlin pairs like a capital. */
const KREMLIN = /^(?:kremlin|кремл)/;

/**
 * "Kyiv and Moscow", "between Moscow and Kyiv", "Kyiv and Washington", "між Києвом і Москвою",
 * "переговоров Киева с Москвой"; "Київ і партнери", "Kyiv and its allies" are handled with the verbs.
 */
function pairedWithCapital(s: Scan, i: number, j: number): boolean {
  if (j + 1 < s.n && joinsPair(key(s, j)) && spacesBefore(s, j) && spacesBefore(s, j + 1)) {
    if (isCapitalAt(s, j + 1)) return true;
    // "Київ і партнери обговорили …", "Москва и союзники".
    if (CONJUNCTIONS.has(key(s, j)) && PARTNERS_CYR.test(key(s, j + 1))) return true;
  }
  if (i >= 2 && joinsPair(key(s, i - 1)) && spacesBefore(s, i) && spacesBefore(s, i - 1)) {
    if (isCapitalAt(s, i - 2)) return true;
  }
  return false;
}

function joinsPair(word: string): boolean {
  return CONJUNCTIONS.has(word) || PAIR_WITH.has(word);
}

/** Dative forms of a capital that are not also its locative ("Москві", "Москве" are both). */
const DATIVE_CAPITAL = new Set(["києву", "киеву"]);

/** "talks of Kyiv with Moscow", "переговоров Киева с Москвой", "переговори Києва з Москвою". */
const PAIR_WITH = new Set(["with", "з", "із", "с", "со"]);
const PARTNERS_CYR = /^(?:партнер|союзник)/;

/** A capital standing for its government: "Kyiv said", "Moscow's forces", "союзники Києва", "Москва стверджує". */
function actorContext(s: Scan, hit: CityHit, i: number, j: number): boolean {
  const { n } = s;
  const initial = s.text.charCodeAt(s.starts[i]!) | 32;
  const latin = initial >= 97 && initial <= 122;

  if (latin && j < n && apostropheBefore(s, j) && key(s, j) === "s") {
    let k = j + 1;
    if (k < n && ACTOR_POSSESSED_SKIP_EN.has(key(s, k))) k++;
    // "Moscow's full-scale war", "Kyiv's long-range drone campaign": up to three lower-case words.
    for (let skipped = 0; k < n && !breakBefore(s, k); skipped++, k++) {
      const w = key(s, k);
      if (ACTOR_POSSESSED_EN.has(w)) return true;
      // "Kyiv's General Staff", "Moscow's Defence Ministry" (but "Kyiv's Obolonskyi district").
      if (isUpper(s, k) && ACTOR_INSTITUTION_EN.has(w)) return true;
      if (skipped === 3 || isUpper(s, k) || ACTOR_POSSESSED_STOP_EN.has(w) || !/^[ \-‐‑]$/.test(gap(s, k + 1))) break;
    }
  }

  // "the ministry said Kyiv \"tried to …\"": an opening quote between the capital and its verb.
  if (j < n && (spacesBefore(s, j) || (latin && /^\s*["“]$/.test(gap(s, j))))) {
    if (latin) {
      let k = j;
      // "Kyiv has been attacked 10 times" is passive; "Kyiv has been pushing for …" is not.
      let been = false;
      for (let skipped = 0; k < n && skipped < 4; skipped++) {
        if (ACTOR_SKIP_EN.has(key(s, k))) k++;
        else if (key(s, k) === "been") {
          been = true;
          k++;
        } else if (key(s, k) === "on" && k + 1 < n && WEEKDAYS_EN.has(key(s, k + 1))) k += 2;
        else break;
      }
      const verb = k < n ? key(s, k) : "";
      if (ACTOR_VERBS_EN.has(verb) && !breakBefore(s, k) && (!been || verb.endsWith("ing"))) {
        const next = k + 1 < n && !breakBefore(s, k + 1) ? key(s, k + 1) : "";
        // "Kyiv attacked overnight", "Moscow struck by drones": a passive headline, the city is the target.
        const passive = next === "by" || (ATTACK_VERBS_EN.has(verb) && (next === "" || PASSIVE_NEXT_EN.has(next)));
        if (!passive) return true;
      }
      // "Moscow was not interested", "Kyiv is ready to talk", "Kyiv is seeking more air defence".
      // "Kyiv not being willing to meet".
      {
        let m = key(s, j) === "not" ? j + 1 : j;
        if (m < n && ACTOR_BE_EN.has(key(s, m))) {
          m++;
          while (m < n && (key(s, m) === "not" || key(s, m) === "t" || key(s, m) === "still")) m++;
          if (m < n && !breakBefore(s, m) && ACTOR_STATE_EN.has(key(s, m))) return true;
        }
      }
      // "the Kiev regime", "the Kyiv government".
      if (ACTOR_AFTER.has(key(s, j))) return true;
      // "Kyiv and its allies", "Moscow and its proxies".
      if (CONJUNCTIONS.has(key(s, j)) && j + 2 < n && ACTOR_AND_ITS.has(key(s, j + 1))) {
        if (ACTOR_POSSESSED_EN.has(key(s, j + 2)) || (j + 3 < n && ACTOR_POSSESSED_EN.has(key(s, j + 3)))) return true;
      }
      // "Kyiv cannot wait", "Moscow will respond", but not "Kyiv could see blackouts".
      if (ACTOR_MODALS_EN.has(key(s, j))) {
        let m = j + 1;
        while (m < n && (key(s, m) === "not" || key(s, m) === "t")) m++;
        if (m < n && !breakBefore(s, m) && !NON_AGENT_EN.has(key(s, m))) return true;
      }
      // "Kyiv to receive F-16s", "forcing Kyiv to import gas".
      if (key(s, j) === "to" && j + 1 < n && spacesBefore(s, j + 1) && !isUpper(s, j + 1)) {
        const next = key(s, j + 1);
        if (/^[a-z]+$/.test(next) && !TO_NOT_VERB_EN.has(next)) return true;
      }
    } else if (hit.nominative) {
      let k = j;
      for (let skipped = 0; k < n && skipped < 3 && ACTOR_SKIP_CYR.has(key(s, k)); skipped++) k++;
      const verb = k < n ? key(s, k) : "";
      // "Київ атакували дрони", "Киев атакуют": a plural verb has another subject; "Москва
      // атакована": a passive participle. The city is the target.
      const notSubject = PLURAL_VERB.test(verb) || (ATTACK_STEM.test(verb) && PARTICIPLE.test(verb));
      if (verb && !notSubject && startsWithAny(verb, ACTOR_VERB_STEMS_CYR)) return true;
    } else if (i > 0 && /^(?:в|у|во)$/.test(key(s, i - 1))) {
      // "У Києві заявили", "В Киеве назвали решение …", "в Москве считают", "В Киеве пока не
      // прокомментировали": the government, impersonally.
      let k = j;
      for (let skipped = 0; k < n && skipped < 3 && ACTOR_SKIP_CYR.has(key(s, k)); skipped++) k++;
      const verb = key(s, k);
      if (/(?:ли|ють|ять|ют|ят)$/.test(verb) && startsWithAny(verb, ACTOR_VERB_STEMS_CYR)) return true;
    }
  }

  // "виділили Києву допомогу", "Киеву передадут": the recipient; "по Києву" is the target.
  if (!latin && DATIVE_CAPITAL.has(key(s, i)) && !(i > 0 && /^(?:по|к|ко|до)$/.test(key(s, i - 1)))) return true;

  if (i > 0 && spacesBefore(s, i)) {
    const p1 = key(s, i - 1);
    if (ACTOR_BEFORE.has(p1)) return true;
    if (ACTOR_PREPOSITIONS.has(p1) && i > 1 && spacesBefore(s, i - 1) && ACTOR_NOUNS.has(key(s, i - 2))) return true;
    // "according to Kyiv", but "according to Kyiv's mayor" is the city's.
    if (p1 === "to" && i > 1 && key(s, i - 2) === "according" && !(j < s.n && key(s, j) === "s")) return true;
    // "called on Kyiv to …".
    if (p1 === "on" && i > 1 && /^call(?:s|ed|ing)?$/.test(key(s, i - 2))) return true;
    // "officials in Kyiv", "diplomats in Moscow".
    if (p1 === "in" && i > 1 && spacesBefore(s, i - 1) && ACTOR_PEOPLE_IN.has(key(s, i - 2))) return true;
  }
  return pairedWithCapital(s, i, j);
}

/** Whether the gap before word k ends with "|" and spaces or tabs (/\|[ \t]*$/, without slicing it). */
function barBefore(s: Scan, k: number): boolean {
  const start = gapStart(s, k);
  for (let c = gapEnd(s, k) - 1; c >= start; c--) {
    const code = s.text.charCodeAt(c);
    if (code === 124) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return false;
}

/** Whether the gap before word k starts with spaces or tabs and "|" (/^[ \t]*\|/). */
function barAfter(s: Scan, k: number): boolean {
  const end = gapEnd(s, k);
  for (let c = gapStart(s, k); c < end; c++) {
    const code = s.text.charCodeAt(c);
    if (code === 124) return true;
    if (code !== 32 && code !== 9) return false;
  }
  return false;
}

/**
 * "KYIV, Nov 21 (Reuters) —", "KYIV, Ukraine —", "Київ, 21 листопада —" at the start of the text or
 * of a line; "Reuters | Kyiv | Updated: …" anywhere.
 */
function isDateline(s: Scan, i: number, j: number): boolean {
  const start = s.starts[i]!;
  // A byline field: "Reuters | Kyiv | Updated: 15-12-2023".
  if (barBefore(s, i) && j < s.n && barAfter(s, j)) return true;
  for (let c = start - 1; c >= 0; c--) {
    const code = s.text.charCodeAt(c);
    if (code === 10) break;
    // " ' « “
    if (!isSpaceCode(code) && code !== 34 && code !== 39 && code !== 0xab && code !== 0x201c) return false;
  }
  const end = s.ends[j - 1]!;
  const after = s.text.slice(end, end + 60);
  const raw = s.text.slice(start, end);
  const allCaps = raw.length > 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  // "KYIV, Nov 21", "КИЇВ. 21 листопада. УНН."; "MOSCOW Russia on Monday said …" (no comma).
  if (allCaps && (/^\s*[,.(—–-]/.test(after) || /^ \p{Lu}\p{Ll}/u.test(after))) return true;
  return DATELINE_AFTER.test(after);
}

/**
 * A launch site, not a place where something happened: "launched from Russia's Kursk and Oryol
 * regions", "from the directions of Kursk, Oryol and Millerovo", "з напрямків Курськ, Брянськ",
 * "50 drones from Russia's Kursk Oblast", "з території Бєлгородської області". Looks back through
 * the sentence for "from"/"з"/"из" (stopping at a target word such as "at" or "по"): "from the
 * direction(s) of" is enough; "from the area/territory of" and a bare "from" need a launch verb
 * before it, or weapons just before it ("60 дронами з Воронезької області").
 */
function launchContext(s: Scan, i: number, j: number): boolean {
  if (launchAreaList(s, i)) return true;
  // Most names have no "from" before them: look for one among short words first, without keying
  // the others (a regex pre-check of the whole text cost more).
  let near = false;
  for (let k = i - 1; k >= 0 && k >= i - 10 && !breakBefore(s, k + 1); k--) {
    if (
      s.ends[k]! - s.starts[k]! <= 4 &&
      FROM_INITIAL.has(s.text.charCodeAt(s.starts[k]!)) &&
      LAUNCH_FROM.has(key(s, k))
    ) {
      near = true;
      break;
    }
  }
  if (!near) return false;
  let from = -1;
  let area = false;
  let between = true;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (breakBefore(s, k + 1)) return false;
    // "запустили з Брянської області, уламки впали у Сумах": a new clause after the comma.
    if (!between && gapHas(s, k + 1, COMMA)) return false;
    const w = key(s, k);
    if (LAUNCH_STOP.has(w)) return false;
    if (LAUNCH_DIRECTION.has(w)) return directionFrom(s, k);
    if (LAUNCH_AREA.has(w)) area = true;
    else if (LAUNCH_FROM.has(w)) {
      from = k;
      break;
    } else if (!LAUNCH_AREA_SKIP.has(w) && !CONJUNCTIONS.has(w) && !isUpper(s, k)) between = false;
  }
  if (from < 0) return false;
  // "from the Kursk, Bryansk and Oryol directions".
  if (between && !area && directionAfter(s, j)) return true;
  // "50 drones from Russia's Kursk Oblast": nothing but "the", "Russia's", "occupied" or other names
  // between "from" and the place.
  if (between && !area && i - from <= 6) {
    for (let k = from - 1; k >= 0 && k >= from - 3; k--) {
      if (breakBefore(s, k + 1)) break;
      if (LAUNCH_WEAPONS.has(key(s, k))) return true;
    }
  }
  // "attacked with 10 UAVs of the Shahed type and drones of an unknown type from Kursk": an attack
  // verb further back, with weapons between and no comma.
  let weapons = false;
  let comma = false;
  for (let k = from - 1; k >= 0 && k >= from - 20; k--) {
    if (breakBefore(s, k + 1)) return false;
    if (gapHas(s, k + 1, COMMA)) comma = true;
    const w = key(s, k);
    if (k >= from - 12 && (LAUNCH_VERBS.has(w) || (area && LAUNCH_WEAPONS.has(w)))) return true;
    if (LAUNCH_WEAPONS.has(w)) weapons = true;
    else if (weapons && !comma && between && !area && LAUNCH_ATTACK_VERBS.has(w)) return true;
  }
  return false;
}

/**
 * "launch areas: Yeysk and Kursk", "райони пусків – Курськ, Міллерово": back through a list of names
 * to the words that head it.
 */
function launchAreaList(s: Scan, i: number): boolean {
  for (let k = i - 1; k > 0 && k >= i - 12 && !breakBefore(s, k + 1); k--) {
    if (isUpper(s, k)) continue;
    const w = key(s, k);
    if (CONJUNCTIONS.has(w)) continue;
    const before = LAUNCH_AREA_LIST.get(w);
    return before !== undefined && !breakBefore(s, k) && before.has(key(s, k - 1));
  }
  return false;
}

// First letters of "from", "з", "із", "зі", "из", "с", "со", either case.
const FROM_INITIAL = new Set(Array.from("fFзЗіІиИсС", (c) => c.charCodeAt(0)));

/** A direction word after the name, through a list of names: "Kursk, Bryansk and Oryol directions". */
function directionAfter(s: Scan, j: number): boolean {
  for (let k = j; k < s.n && k < j + 8 && !breakBefore(s, k); k++) {
    const w = key(s, k);
    if (LAUNCH_DIRECTION.has(w)) return true;
    if (!CONJUNCTIONS.has(w) && !isUpper(s, k)) return false;
  }
  return false;
}

/** "from the directions of Kursk", "з напрямку Курська": the direction word k follows "from" closely. */
function directionFrom(s: Scan, k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - 3; b--) {
    if (breakBefore(s, b + 1)) return false;
    if (LAUNCH_FROM.has(key(s, b))) return true;
  }
  return false;
}

/**
 * "the settlement of Bilozerka", "the urban-type settlement of Velyka Novosilka", "смт Золочів",
 * "селище міського типу Велика Новосілка", "с. Суджа", "в посёлке Тёткино", and every name of a
 * list after a plural: "the villages of Bilozerka, Komyshany and Antonivka".
 */
function settlementBefore(s: Scan, i: number): Settled {
  if (i === 0) return Settled.No;
  let k = i - 1;
  if (key(s, k) === "of" && k > 0) k--;
  if (k > 1 && SETTLEMENT_TYPE_WORDS.has(key(s, k)) && SETTLEMENT_TYPE_WORDS.has(key(s, k - 1))) k -= 2;
  const w = key(s, k);
  if (w === "с" || w === "c") return /^\.\s*$/.test(gap(s, i)) ? Settled.Village : Settled.No;
  if (SETTLEMENT_WORDS.has(w) && /^[\s.]+$/.test(gap(s, k + 1))) return settledAs(w);
  for (let b = i - 1; b >= 0 && b >= i - 12; b--) {
    if (breakBefore(s, b + 1) || gapHas(s, b + 1, COLON_OR_BRACKET)) return Settled.No;
    const word = key(s, b);
    if (PLURAL_SETTLEMENT_WORDS.has(word)) return settledAs(word);
    if (word === "of" && b > 0 && PLURAL_SETTLEMENT_WORDS.has(key(s, b - 1))) return settledAs(key(s, b - 1));
    if (!CONJUNCTIONS.has(word) && !isUpper(s, b) && word !== "s") return Settled.No;
  }
  return Settled.No;
}

/** A settlement word says "village" (село, деревня, хутор) or "settlement" (селище, смт, посёлок). */
const Settled = { No: 0, Settlement: 1, Village: 2 } as const;
type Settled = (typeof Settled)[keyof typeof Settled];

function settledAs(word: string): Settled {
  return VILLAGE_WORDS.has(word) ? Settled.Village : Settled.Settlement;
}

/**
 * "chaired a meeting in Odesa", "speaking in Kyiv", "during a visit to Kyiv", "прибув до Києва",
 * "a summit that will take place on Friday in the Ukrainian capital Kyiv".
 */
function venueBefore(s: Scan, i: number): boolean {
  // "in the Ukrainian capital Kyiv", "to the Russian capital, Moscow": the preposition is before the apposition.
  if (i > 1 && key(s, i - 1) === "capital") {
    i--;
    if (i > 1 && /^(?:ukrainian|russian)$/.test(key(s, i - 1))) i--;
    if (i > 1 && key(s, i - 1) === "the") i--;
  }
  if (i < 2 || !spacesBefore(s, i) || !spacesBefore(s, i - 1) || !VENUE_PREPOSITIONS.has(key(s, i - 1))) return false;
  const w = key(s, i - 2);
  if (VENUE_WORDS.has(w)) return true;
  // "Chancellor Merz arrived in Kyiv", but "transformers arrived in Kharkiv" is where the aid went.
  if (ARRIVAL_WORDS.has(w)) return i > 2 && (isUpper(s, i - 3) || ARRIVAL_PEOPLE.has(key(s, i - 3)));
  return gatheringEarlier(s, i - 1);
}

/**
 * "the summit, which will take place on Friday in Kyiv", "talks are scheduled for next week in
 * Moscow": a gathering named earlier in the sentence (up to 20 words before the preposition at p),
 * in a sentence that tells of no impact.
 */
function gatheringEarlier(s: Scan, p: number): boolean {
  let found = false;
  for (let k = p - 1; k >= 0 && k >= p - 20 && !breakBefore(s, k + 1); k--) {
    if (isIn(s, k, GATHERING_WORDS)) {
      found = true;
      break;
    }
  }
  if (!found) return false;
  const [start, end] = sentenceAround(s.text, s.starts[p]!, s.passages);
  return !LOCAL_IMPACT.test(s.text.slice(start, end));
}

/**
 * "провел в Ростове-на-Дону заседание оперативного штаба", "провів у Києві нараду", "held in Kyiv a
 * meeting": the gathering named right after its place (a preposition before it), in a sentence that
 * tells of no impact.
 */
function gatheringAfter(s: Scan, i: number, j: number): boolean {
  if (i === 0 || j >= s.n || !VENUE_PREPOSITIONS.has(key(s, i - 1)) || !spacesBefore(s, j)) return false;
  // The gathering is word j or, after an article or an adjective, word j + 1: most places have
  // neither, which their hashes tell.
  if (!isIn(s, j, GATHERING_OR_SESSION) && !isIn(s, j + 1, GATHERING_OR_SESSION)) return false;
  let k = j;
  if (
    k + 1 < s.n &&
    /^(?:an?|the|очередн\p{L}*|чергов\p{L}*|розширен\p{L}*|расширенн\p{L}*|выездн\p{L}*|виїзн\p{L}*)$/u.test(
      key(s, k),
    ) &&
    spacesBefore(s, k + 1)
  )
    k++;
  if (!GATHERINGS.has(key(s, k)) && !SESSIONS.has(key(s, k))) return false;
  const [start, end] = sentenceAround(s.text, s.starts[i]!, s.passages);
  return !LOCAL_IMPACT.test(s.text.slice(start, end));
}

/** Sessions held somewhere: "заседание штаба", "засідання", "нараду", "совещание", "брифинг". */
const SESSIONS = new Set(
  `заседание заседания засідання нараду нарада совещание брифинг брифінг пресс-конференцию пресконференцію
  session briefing`.split(/\s+/),
);

/** Gatherings, whose place is a venue: not the verbs of VENUE_WORDS ("held", "met"), which other events share. */
const GATHERINGS: ReadonlySet<string> = new Set(
  `summit summits conference forum talks negotiations consultations meeting meetings ceremony саміт саміту самміт
  конференція конференції форум переговори переговорів консультації зустріч зустрічі саммит саммита
  конференция конференции форум переговоры переговоров консультации встреча встречи`.split(/\s+/),
);
const GATHERING_WORDS = hashedWords(GATHERINGS);
const GATHERING_OR_SESSION = hashedWords(new Set([...GATHERINGS, ...SESSIONS]));

// Where the wounded were taken: "доставлены в Курск в областную больницу", "taken to hospital in
// Kharkiv", "госпіталізовано до Дніпра", "hospitalised in Kyiv". The hospital's city is not where the
// attack happened. The verbs of care count alone; those of transport need a hospital word near.
const CARE_VERB = /^(?:госпитализ|госпіталіз|hospitali[sz]|admitted)/;
const TRANSPORT_VERB =
  /^(?:доставл|доставил|достав|доставлен|перевез|перевезл|эвакуир|евакуй|евакуюв|taken|brought|rushed|transported|transferred|airlifted|evacuated|flown|переведен|перевед)/;
const HOSPITAL_WORD =
  /^(?:hospital|больниц|госпитал|лікарн|шпитал|медучрежд|медзаклад|clinic|клиник|клінік|ожогов|опіков)/;
const HOSPITAL_PREPOSITIONS = new Set(["в", "у", "во", "до", "in", "to", "at"]);
const ARTICLES = new Set(["a", "the"]);
// Any of the three: most words are none, which one test tells.
const CARE_HOSPITAL_OR_TRANSPORT = new RegExp(`${CARE_VERB.source}|${HOSPITAL_WORD.source}|${TRANSPORT_VERB.source}`);

/** The city of the hospital the wounded went to (see CARE_VERB): up to six words before its preposition. */
function hospitalBefore(s: Scan, i: number, j: number): boolean {
  // "taken to a Belgorod hospital": the city names the hospital the wounded went to.
  if (i >= 3 && j < s.n && ARTICLES.has(key(s, i - 1)) && HOSPITAL_WORD.test(key(s, j))) {
    if (!HOSPITAL_PREPOSITIONS.has(key(s, i - 2))) return false;
    for (let k = i - 3; k >= 0 && k >= i - 8 && !breakBefore(s, k + 1); k--) {
      const w = key(s, k);
      if (CARE_VERB.test(w) || TRANSPORT_VERB.test(w)) return true;
    }
    return false;
  }
  if (i < 2 || !HOSPITAL_PREPOSITIONS.has(key(s, i - 1))) return false;
  let hospital = false;
  for (let k = i - 2; k >= 0 && k >= i - 7 && !breakBefore(s, k + 1); k--) {
    if (isUpper(s, k)) return false;
    const w = key(s, k);
    if (!CARE_HOSPITAL_OR_TRANSPORT.test(w)) continue;
    if (CARE_VERB.test(w)) return true;
    if (HOSPITAL_WORD.test(w)) hospital = true;
    else if (TRANSPORT_VERB.test(w)) {
      if (hospital) return true;
      // "доставлены в Курск в областную больницу": the hospital right after the city.
      for (let a = j; a < s.n && a <= j + 3 && !breakBefore(s, a); a++) if (HOSPITAL_WORD.test(key(s, a))) return true;
      return false;
    }
  }
  return false;
}

const WHERE = hashedWords(new Set(["where", "де", "где"]));

/** "based at Engels", "базуються в Енгельсі". */
const BASED_AT = new Set(["at", "in", "на", "в", "у"]);

// "Engels, where Russia's strategic bombers are based", "bombers based at Engels", "Енгельс, де базуються".
const BASED = /^(?:based|stationed|deployed|базу|базир|дислок)/;

/**
 * A place named to say where something is kept or what it faces, not where anything happened:
 * "Engels, where the bombers are based" (unless the verb before it is a strike: "Drones struck
 * Engels, where …"), "Oleshky, across the river from Kherson", "в 10:00 по Москве".
 */
function referenceOnly(s: Scan, i: number, j: number): boolean {
  // "Engels, where …", "Engels, across the Volga, is where … are based".
  for (let w = j; w < s.n && w <= j + 6 && !breakBefore(s, w); w++) {
    // Length first: keying every word after every name cost more than the rest of this rule.
    const len = s.ends[w]! - s.starts[w]!;
    if ((len !== 5 && len !== 2 && len !== 3) || !isIn(s, w, WHERE)) continue;
    for (let k = w + 1; k < s.n && k <= w + 8 && !breakBefore(s, k); k++) {
      if (BASED.test(key(s, k))) return !(i > 0 && STRIKE_VERBS_EN.has(key(s, i - 1)));
    }
    break;
  }
  if (i > 1 && BASED_AT.has(key(s, i - 1)) && BASED.test(key(s, i - 2))) return true;
  if (i > 1 && key(s, i - 1) === "from") {
    for (let k = i - 2; k >= 0 && k >= i - 5 && !breakBefore(s, k + 1); k--) if (key(s, k) === "across") return true;
  }
  if (i > 0 && key(s, i - 1) === "opposite") return true;
  // "в 10:00 по Москве", "в 8 утра по Киеву": the time zone.
  if (i > 1 && key(s, i - 1) === "по") {
    const before = s.text.slice(Math.max(0, s.starts[i - 1]! - 16), s.starts[i - 1]);
    if (/(?:\d[:.]\d\d|час(?:ов|а)?|утра|вечера|ночи|дня|години|годин)\s*$/.test(before)) return true;
  }
  return false;
}

/**
 * A district word right after word j-1 ("Brovary district", "Нікопольському районі") that is a raion,
 * not a district of a city ("Київський район Харкова", "Kyivskyi district of Kharkiv",
 * "Покровський район міста"). Returns where the mention ends (after the district word, or at j
 * inside a list of raions), or -1.
 */
function raionAfter(s: Scan, j: number): number {
  if (j >= s.n) return -1;
  // In a list the mention is the adjective alone; the district word belongs to the last one.
  if (!DISTRICT_WORDS.has(key(s, j))) return raionListAfter(s, j) > 0 ? j : -1;
  if (!spacesBefore(s, j)) return -1;
  const k = j + 1;
  if (k < s.n && !breakBefore(s, k)) {
    const next = key(s, k);
    if (CITY_DISTRICT_AFTER.has(next)) return -1;
    if (next === "of") {
      const m = k + 1 < s.n ? matchAt(s, k + 1) : null;
      // "district of Kharkiv" is the city's; "district of Odesa Oblast" a raion.
      const ofRegion = m && (m.entry.regionStem || m.entry.adj) && regionWordAfter(s, m.end);
      if (m?.entry.city && !ofRegion) return -1;
      // "the district of the city" is the city's; "the Graivoron District of the Belgorod Region" a raion.
      if (key(s, k + 1) === "the") {
        const r = k + 2 < s.n ? matchAt(s, k + 2) : null;
        if (!(r && (r.entry.regionStem || r.entry.adj) && regionWordAfter(s, r.end))) return -1;
      }
    }
    // "Київський район Харкова": a city in the genitive right after the district word.
    if (spacesBefore(s, k) && s.text.charCodeAt(s.starts[k]!) >= 0x400) {
      const m = matchAt(s, k);
      if (m?.entry.city && !m.entry.adj && !m.entry.region) return -1;
    }
  }
  return j + 1;
}

/** Index after the district word that closes the list of raions starting at word j. */
function listEnd(s: Scan, j: number): number {
  const end = raionListAfter(s, j);
  return end > 0 ? end : j;
}

/**
 * A list of raion adjectives closed by a plural district word: "у Харківському, Куп'янському та
 * Чугуївському районах". Returns the index after the district word, or -1.
 */
function raionListAfter(s: Scan, j: number): number {
  let k = j;
  let listed = false;
  for (let steps = 0; steps < 10 && k < s.n; steps++) {
    if (gapHas(s, k, LIST_BREAK) && !softBreak(s, k, gap(s, k))) return -1;
    const word = key(s, k);
    if (DISTRICT_WORDS.has(word)) return listed && PLURAL_DISTRICT_WORDS.has(word) ? k + 1 : -1;
    if (CONJUNCTIONS.has(word)) {
      listed = true;
      k++;
      continue;
    }
    const m = matchAt(s, k);
    const town = m?.entry.city && !s.lex.places.get(m.entry.city.name)!.centre;
    if (m && (m.entry.raion || m.entry.adj?.raion || town) && (listed || gapHas(s, k, COMMA))) {
      listed = true;
      k = m.end;
      continue;
    }
    // A community the gazetteer does not hold: "Покровську і Петропавлівську громади", "the
    // Marhanets, Chervonohryhorivka and Pokrovske hromadas".
    if (!m && isUpper(s, k) && (listed || gapHas(s, k, COMMA)) && unknownListItem(s, k)) {
      listed = true;
      k++;
      continue;
    }
    return -1;
  }
  return -1;
}

// A Ukrainian or Russian adjective of a community or raion: "Петропавлівську", "Межевській".
const DISTRICT_ADJECTIVE = /(?:ськ|цьк|зьк|ск|цк)(?:а|у|ій|ої|ий|ого|ому|им|их|і|ая|ую|ой|ом|ие)$/;

function unknownListItem(s: Scan, k: number): boolean {
  return s.text.charCodeAt(s.starts[k]!) < 0x400 || DISTRICT_ADJECTIVE.test(key(s, k));
}

/**
 * A plural district word before a list that holds word i: "дві громади – Мирівську та Покровську",
 * "communities of Marhanets and Pokrovske". Returns how the oblast is reached, or null.
 */
function districtListBefore(s: Scan, i: number): Via | null {
  for (let b = i - 1; b >= 0 && b >= i - 10; b--) {
    if (breakBefore(s, b + 1) || gapHas(s, b + 1, COLON_OR_BRACKET)) return null;
    const word = key(s, b);
    if (PLURAL_DISTRICT_WORDS.has(word)) return viaDistrict(s, b + 1);
    if (word === "of" && b > 0 && PLURAL_DISTRICT_WORDS.has(key(s, b - 1))) return viaDistrict(s, b);
    // "дві громади Нікопольського району – Мирівська та Покровська".
    if (!CONJUNCTIONS.has(word) && !isUpper(s, b) && !DISTRICT_WORDS.has(word) && !REGION_WORDS.has(word)) return null;
  }
  return null;
}

/**
 * "shelling of the Zaporizhzhia district", "In Kharkiv district, a house burned": the raion named
 * after an oblast centre (English has no adjective to tell it from the city). Not "a Kharkiv
 * district", "Kharkiv districts", "the Kharkiv district of Kyivskyi" nor a capital ("Kyiv district").
 */
function centreRaion(s: Scan, i: number, j: number): boolean {
  if (j >= s.n || !spacesBefore(s, j) || !/^(?:district|raion)$/.test(key(s, j))) return false;
  if (i === 0 || !/^(?:the|in)$/.test(key(s, i - 1))) return false;
  return !(j + 1 < s.n && !breakBefore(s, j + 1) && key(s, j + 1) === "of");
}

/** A raion (the oblast is certain) or a community or municipality (a name many oblasts share). */
function viaDistrict(s: Scan, end: number): Via {
  const w = key(s, end - 1);
  return /^(?:community|communities|hromada|hromadas|municipality|громад)/.test(w) ? Via.Community : Via.Raion;
}

function cityRole(s: Scan, info: PlaceInfo, hit: CityHit, i: number, j: number): MentionRole {
  const { n } = s;
  if (streetContext(s, i, j)) return "street";
  if (i > 0 && OTHER_BEFORE.has(key(s, i - 1)) && /^[\s«"“„]*$/.test(gap(s, i))) return "other";
  if (j < n && OTHER_AFTER.has(key(s, j)) && spacesBefore(s, j)) return "other";
  // "Kyiv Security Forum", "Odesa Film Studio": one capitalised word between.
  if (j + 1 < n && isUpper(s, j) && spacesBefore(s, j) && spacesBefore(s, j + 1) && OTHER_AFTER.has(key(s, j + 1))) {
    return "other";
  }
  // Second part of a compound: "pro-Moscow" and "anti-Kyiv" (the government), "Kharkiv-Kyiv highway".
  if (i > 0 && hyphenBefore(s, i)) {
    return info.capital && /^(?:pro|anti|про|анти)$/.test(key(s, i - 1)) ? "actor" : "other";
  }
  // Compounds: "Kharkiv-based" (other), "Moscow-backed" (actor), "Москва-Сіті" (still the place).
  if (j < n && hyphenBefore(s, j) && !HYPHEN_PLACE.has(key(s, j))) {
    return HYPHEN_ACTOR.has(key(s, j)) && info.capital ? "actor" : "other";
  }
  // "в аэропортах Внуково и Домодедово": the airport, not the town.
  for (let k = i - 1; k >= 0 && k >= i - 4 && !breakBefore(s, k + 1); k--) {
    if (AIRPORT_BEFORE.has(key(s, k))) return "other";
    if (!CONJUNCTIONS.has(key(s, k)) && !isUpper(s, k)) break;
  }
  // "at Vnukovo, Domodedovo and Zhukovsky airports": the word may close a list of names.
  for (let k = j; k < n && k <= j + 4 && !breakBefore(s, k); k++) {
    if (AIRPORT_AFTER.has(key(s, k))) return "other";
    if (!CONJUNCTIONS.has(key(s, k)) && !isUpper(s, k)) break;
  }
  if (info.river && riverContext(s, i, j)) return "other";
  if (launchContext(s, i, j)) return "other";
  if (venueBefore(s, i) || referenceOnly(s, i, j) || gatheringAfter(s, i, j)) return "other";
  if (hospitalBefore(s, i, j)) return "other";
  if (info.capital && actorContext(s, hit, i, j)) return "actor";
  if (isDateline(s, i, j)) return "dateline";
  return "location";
}

function mention(
  s: Scan,
  name: string,
  kind: "city" | "region",
  i: number,
  end: number,
  role: MentionRole,
): PlaceMention {
  const index = s.starts[i]!;
  return { name, kind, index, length: s.ends[end - 1]! - index, role };
}

interface Found {
  mention: PlaceMention;
  next: number;
  /** For regions: how the oblast was reached. */
  via?: Via;
}

function regionMention(s: Scan, name: string, i: number, end: number, via: Via = Via.Oblast): Found {
  const other = launchContext(s, i, end) || venueBefore(s, i);
  return { mention: mention(s, name, "region", i, end, other ? "other" : "location"), next: end, via };
}

function classify(s: Scan, m: Match, i: number): Found {
  const { entry: e, end: j, lower } = m;

  // "Kharkiv Oblast", "Харківської області", "Kharkiv and Sumy regions", "харківська область".
  if (e.regionStem || e.adj) {
    const rw = !lower || e.adj ? regionWordAfter(s, j) : null;
    if (rw)
      return regionMention(s, e.regionStem && !lower ? e.regionStem : e.adj!.region, i, rw.immediate ? rw.end : j);
    // "Kharkiv's regional governor", "Kherson's regional military administration".
    if (
      !lower &&
      e.regionStem &&
      j + 1 < s.n &&
      key(s, j) === "s" &&
      /^['’]$/.test(gap(s, j)) &&
      POSSESSIVE_REGION_WORDS.has(key(s, j + 1)) &&
      spacesBefore(s, j + 1)
    ) {
      return regionMention(s, e.regionStem, i, j + 2);
    }
    // "the region of Kharkiv".
    if (!lower && e.regionStem && i >= 2 && key(s, i - 1) === "of" && REGION_OF_WORDS.has(key(s, i - 2))) {
      return regionMention(s, e.regionStem, i, j);
    }
  }
  // A raion counts for its oblast: "Нікопольський район", "Харківського району", "the Brovary district".
  if (e.raion || e.adj?.raion) {
    const end = raionAfter(s, j);
    if (end > 0) {
      // The oblast's own adjective names a raion of that oblast only ("Харківський район").
      if (!e.raion) return regionMention(s, e.adj!.region, i, end, Via.Raion);
      return regionMention(
        s,
        s.lex.places.get(e.raion)!.place.region,
        i,
        end,
        viaDistrict(s, end > j ? end : listEnd(s, j)),
      );
    }
    const via = !lower && e.raion ? districtListBefore(s, i) : null;
    if (via !== null) return regionMention(s, s.lex.places.get(e.raion!)!.place.region, i, j, via);
  }
  if (!lower) {
    if (e.region) {
      // "на Кубані" and "в Крыму" are regions; "Crimea" alone too.
      return regionMention(s, e.region, i, j);
    }
    if (e.actor) return { mention: mention(s, e.actor, "city", i, j, "actor"), next: j };
    if (e.other) return { mention: mention(s, e.other, "city", i, j, "other"), next: j };
    if (e.city) {
      // "Дніпропетровська" on a line of its own under "Області, де працювала ППО:".
      if (e.adj && oblastListLine(s, i, j)) return regionMention(s, e.adj.region, i, j);
      const info = s.lex.places.get(e.city.name)!;
      // A town called a village or settlement, or a town's district, counts for its oblast.
      if (!info.centre) {
        const settled = settlementBefore(s, i);
        if (settled !== Settled.No) {
          // The gazetteer holds towns: a village, or a settlement named like a town of 20,000+, is
          // a namesake elsewhere ("the village of Mykolaivka"), which counts for an oblast only
          // where the text names that oblast beside it.
          const namesake = settled === Settled.Village || (info.place.population ?? 0) >= 20_000;
          return regionMention(s, info.place.region, i, j, namesake ? Via.Namesake : Via.Community);
        }
        // English names raions and communities by the town's name ("the Brovary district", "the
        // Marhanets and Pokrovske hromadas"); Ukrainian and Russian by an adjective, so a town's
        // name there is the town ("Нікополь, Марганецька та Покровська громади").
        if (s.text.charCodeAt(s.starts[i]!) < 0x400) {
          const via = districtListBefore(s, i);
          if (via !== null) return regionMention(s, info.place.region, i, j, via);
          const end = raionAfter(s, j);
          if (end > 0) {
            return regionMention(s, info.place.region, i, end, viaDistrict(s, end > j ? end : listEnd(s, j)));
          }
        }
      } else if (!info.capital && centreRaion(s, i, j)) {
        return regionMention(s, info.place.region, i, j + 1, Via.Raion);
      }
      const role = cityRole(s, info, e.city, i, j);
      // A settlement without city status counts for its oblast ("у Гостомелі", "in Velyka Novosilka").
      if (role === "location" && info.settlement) {
        return regionMention(s, info.place.region, i, j, Via.Community);
      }
      // "на Запоріжжі" is the region; "у Запоріжжі" the city.
      if (role === "location" && info.naRegion && e.city.locative && i > 0 && key(s, i - 1) === "на") {
        return regionMention(s, info.naRegion, i, j);
      }
      return { mention: mention(s, e.city.name, "city", i, j, role), next: j };
    }
  }
  // "11 сбили над Воронежской областью, восемь – над Ростовской": the oblast word said once.
  if (e.adj && !lower && (ellipticOblast(s, i, j) || oblastListLine(s, i, j))) {
    return regionMention(s, e.adj.region, i, j);
  }
  // An adjective that is neither a region nor a raion here: "київська влада", "Kyivska Street",
  // "Київський район Харкова", "на Покровському напрямку".
  const role: MentionRole = streetContext(s, i, j) ? "street" : "other";
  if (e.raion) return { mention: mention(s, e.raion, "city", i, j, role), next: j };
  const adj = e.adj!;
  const name = adj.city ?? adj.region;
  return { mention: mention(s, name, adj.city ? "city" : "region", i, j, role), next: j };
}

// Feminine forms of a regional adjective, which agree with "область" (not with "район", "АЭС" is
// rare here and is followed by its noun).
const FEMININE_ADJECTIVE = /(?:ськ|цьк|зьк|ск|цк)(?:ая|ой|ую|ою|а|ої|ій|у)$/;
// What may follow an elliptic adjective: punctuation (a comma, a dash, the end of the sentence).
const ELLIPSIS_END = /[,.;:!?)—–]|\s-\s/;
const ELLIPSIS_PREPOSITIONS = new Set(["в", "у", "во", "над", "на", "по"]);

// A line that holds one word: bullets and punctuation around it only.
const LONE_BEFORE = /\n[\s•·*–—-]*$/;
const LONE_AFTER = /^[\s,.;]*(?:\n|$)/;

/**
 * A list of oblasts as lines of adjectives under a heading that names them: "Області, де працювала
 * ППО:\nХарківська\nПолтавська". Each line holds one adjective; the heading line ends with a colon
 * and has the oblast word.
 */
function oblastListLine(s: Scan, i: number, j: number): boolean {
  if (!LONE_BEFORE.test(gap(s, i)) || !LONE_AFTER.test(gap(s, j))) return false;
  let k = i;
  // Back over the lines above that hold an adjective alone.
  for (let lines = 0; k > 0 && lines < 30; lines++) {
    const m = matchAt(s, k - 1);
    if (!m?.entry.adj || m.end !== k || !LONE_BEFORE.test(gap(s, k - 1)) || !FEMININE_ADJECTIVE.test(key(s, k - 1)))
      break;
    k--;
  }
  if (k === 0 || !/:\s*$/.test(gap(s, k))) return false;
  for (let b = k - 1; b >= 0 && b >= k - 12; b--) {
    if (/^(?:облас|регіон|регион)/.test(key(s, b))) return true;
    if (gap(s, b).includes("\n")) return false;
  }
  return false;
}

/** A figure or "по" ("и 32 — над …", "и по одному — в …") opening the next phrase of a tally. */
function isCountStart(s: Scan, k: number): boolean {
  const c = s.text.charCodeAt(s.starts[k]!);
  if (c >= 48 && c <= 57) return true;
  const w = key(s, k);
  if (COUNT_WORDS.has(w)) return true;
  return w === "по" && k + 1 < s.n && !matchAt(s, k + 1);
}

/**
 * A regional adjective standing for its oblast after the oblast word was said once in the
 * sentence: "над территорией Воронежской области, восемь – над Ростовской", "у Сумській області
 * – два, у Харківській та Полтавській – по одному". The adjective ends its phrase (punctuation or
 * the end of the text follow, or a conjunction and another such adjective).
 */
function ellipticOblast(s: Scan, i: number, j: number): boolean {
  const c = s.text.charCodeAt(s.starts[i]!);
  if (c < 0x400 || c > 0x4ff || !FEMININE_ADJECTIVE.test(key(s, i))) return false;
  if (j < s.n) {
    const conj = CONJUNCTIONS.has(key(s, j)) && spacesBefore(s, j) && !breakBefore(s, j);
    // "42 — над Калужской и 32 — над Тульской": a count opens the next phrase.
    const count = conj && j + 1 < s.n && isCountStart(s, j + 1);
    if (conj && !count) {
      // "в Белгородской и над Краснодарским краем": a preposition may open the next one.
      const k = j + 2 < s.n && ELLIPSIS_PREPOSITIONS.has(key(s, j + 1)) && spacesBefore(s, j + 2) ? j + 2 : j + 1;
      const m = k < s.n && spacesBefore(s, k) ? matchAt(s, k) : null;
      if (!m?.entry.adj || m.lower) return false;
      const named = m.end < s.n && regionWordAfter(s, m.end)?.immediate === true;
      if (!named && !FEMININE_ADJECTIVE.test(key(s, k))) return false;
      if (!named && m.end < s.n && !ELLIPSIS_END.test(gap(s, m.end))) return false;
    } else if (!count && !ELLIPSIS_END.test(gap(s, j))) return false;
  }
  for (let k = i - 1; k >= 0 && k >= i - 25 && !breakBefore(s, k + 1); k--) {
    if (key(s, k).startsWith("облас")) return true;
  }
  return false;
}

/**
 * A raion, community or settlement gives way to a stronger mention of another oblast in its
 * sentence: "Покровська громада Дніпропетровської області" is not in Donetsk Oblast, nor is
 * "Покровська громада Синельниківського району", nor "the settlement of Mykolaivka, Sumy Oblast".
 * A community or settlement also gives way to a town of another oblast in its sentence ("по
 * Нікополю і Покровській громаді"). With nothing in the sentence, the paragraph's oblasts and
 * raions decide.
 */
const NEAR = 400;

function preferNamedOblast(s: Scan, mentions: PlaceMention[], vias: (Via | undefined)[]): void {
  for (let a = 0; a < mentions.length; a++) {
    const weak = mentions[a]!;
    const level = vias[a];
    if (level === undefined || level === Via.Oblast || weak.role !== "location") continue;
    // Near means within 400 characters too: a text of one endless sentence stays linear.
    const from = weak.index - NEAR;
    const to = weak.index + NEAR;
    const [start, end] = sentenceAround(s.text, weak.index, s.passages);
    let verdict = evidence(s, mentions, vias, a, Math.max(start, from), Math.min(end, to), true);
    if (verdict === 0) {
      // The paragraph, within the same window (a bounded scan: no search back through a long text).
      let lineStart = weak.index;
      while (lineStart > 0 && lineStart > from && s.text.charCodeAt(lineStart - 1) !== 10) lineStart--;
      let lineEnd = weak.index;
      while (lineEnd < s.text.length && lineEnd < to && s.text.charCodeAt(lineEnd) !== 10) lineEnd++;
      verdict = evidence(s, mentions, vias, a, lineStart, lineEnd, false);
    }
    if (verdict < 0 || (verdict === 0 && level === Via.Namesake)) weak.role = "other";
  }
}

/**
 * What the stronger mentions in [start, end) say of mention a's oblast: 1 one of them agrees, -1
 * they all name others, 0 there are none. Towns count for a community or settlement if `towns`.
 */
function evidence(
  s: Scan,
  mentions: PlaceMention[],
  vias: (Via | undefined)[],
  a: number,
  start: number,
  end: number,
  towns: boolean,
): number {
  const weak = mentions[a]!;
  const level = vias[a]!;
  let verdict = 0;
  // Mentions are in text order: from the first at or after `start`.
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.index < start) lo = mid + 1;
    else hi = mid;
  }
  for (let b = lo; b < mentions.length && mentions[b]!.index < end; b++) {
    const strong = mentions[b]!;
    if (b === a || strong.role !== "location") continue;
    const sv = vias[b];
    let region: string | undefined;
    if (sv !== undefined && sv < level) region = strong.name;
    else if (towns && sv === undefined && level >= Via.Community && strong.kind === "city") {
      region = s.lex.places.get(strong.name)?.place.region;
    }
    if (region === undefined) continue;
    if (region === weak.name) return 1;
    verdict = -1;
  }
  return verdict;
}

// "attacked Kharkiv", "struck Kyiv", "атакували Харків", "удар по Харкову", "обстреляли Белгород".
const ATTACKED =
  /^(?:attack(?:s|ed|ing)?|struck|hit|hits|hitting|target(?:s|ed|ing)?|shell(?:s|ed|ing)|bomb(?:s|ed|ing)|атакува|атакова|атаку|обстріл|обстрел|вдари|удари|ударил|по$)/;

/** An attack verb (or "по") one or two words before word i. */
function attackedBefore(s: Scan, i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 2 && !breakBefore(s, k + 1); k--) if (ATTACKED.test(key(s, k))) return true;
  return false;
}

/**
 * A place named only in an alert sentence still counts when the next sentence tells of an impact
 * and names no place of its own: "An air raid alert was declared in Kharkiv at 2 a.m. Minutes
 * later, explosions rang out."
 */
function impactAfterAlert(s: Scan, mentions: PlaceMention[], alertAt: number[]): void {
  for (const a of alertAt) {
    const m = mentions[a]!;
    const next = impactAfter(s.text, m.index, s.passages);
    if (next && !mentions.some((o) => o.index >= next[0] && o.index < next[1])) m.role = "location";
  }
}

/** "ХОВА", "ЗОВА", "ДОДА": an oblast's military or state administration by the oblast's initial. */
function isAdministrationCode(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  // О, then В or Д, then А; the initial is an upper-case Cyrillic letter (or Ukrainian І).
  return (
    text.charCodeAt(at + 1) === 0x41e &&
    (text.charCodeAt(at + 2) === 0x412 || text.charCodeAt(at + 2) === 0x414) &&
    text.charCodeAt(at + 3) === 0x410 &&
    ((first >= 0x410 && first <= 0x42f) || first === 0x406)
  );
}

let oblastsByInitial: Map<string, string[]> | undefined;

/**
 * An administration's code names its oblast when the text names a place of exactly one oblast with
 * that initial ("ХОВА" in a report on Kherson is Kherson's, not Kharkiv's or Khmelnytskyi's); it
 * then counts like "Херсонська ОВА". Otherwise it names no place.
 */
function resolveAdministrations(s: Scan, mentions: PlaceMention[], at: number[]): void {
  if (!oblastsByInitial) {
    oblastsByInitial = new Map();
    for (const r of s.lex.regions.values()) {
      if (r.country !== "UA" || !r.name.endsWith(" Oblast")) continue;
      const initial = r.uk.charAt(0);
      oblastsByInitial.set(initial, [...(oblastsByInitial.get(initial) ?? []), r.name]);
    }
  }
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.role !== "location") continue;
    named.add(m.kind === "region" ? m.name : (s.lex.places.get(m.name)?.place.region ?? ""));
  }
  for (const a of at) {
    const m = mentions[a]!;
    const candidates = (oblastsByInitial.get(s.text.charAt(m.index)) ?? []).filter((r) => named.has(r));
    if (candidates.length !== 1) continue;
    m.name = candidates[0]!;
    if (otherPassage(s.text, m.index, s.passages) === Passage.None) m.role = "location";
  }
}

/** Places and regions named in a text, with the role each mention plays. */
export function findPlaces(text: string): PlaceMatches {
  if (typeof text !== "string" || text.length === 0) return { cities: [], regions: [], mentions: [] };
  const lex = lexicon();
  const s = tokenize(text, lex);
  const mentions: PlaceMention[] = [];
  const vias: (Via | undefined)[] = [];
  const alertAt: number[] = [];
  const abbreviations: number[] = [];
  let derived = false;
  let alerted = false;
  // Only a capitalised word or a lower-case regional adjective can open a name (or be an
  // administration's code): the others are skipped without a look.
  const { openers, openerCount } = s.passages.words;
  for (let o = 0, next = 0; o < openerCount; o++) {
    const i = openers[o]!;
    if (i < next) continue;
    const m = matchAt(s, i);
    if (!m) {
      // "пресслужба ХОВА": an oblast administration by its initial (resolved after the scan).
      if (s.ends[i]! - s.starts[i]! === 4 && isAdministrationCode(text, s.starts[i]!)) {
        abbreviations.push(mentions.length);
        mentions.push({ name: "", kind: "region", index: s.starts[i]!, length: 4, role: "other" });
        vias.push(Via.Oblast);
      }
      continue;
    }
    const classified = classify(s, m, i);
    const { mention: found, via } = classified;
    next = classified.next;
    if (found.role === "location") {
      const passage = otherPassage(text, found.index, s.passages);
      // "Russian drones attacked Kharkiv during an air raid alert": the target of the attack.
      if (passage !== Passage.None && !(passage === Passage.Alert && attackedBefore(s, i))) {
        found.role = "other";
        if (passage === Passage.Alert) {
          alertAt.push(mentions.length);
          alerted = true;
        }
      }
    }
    if (via !== undefined && via !== Via.Oblast) found.part = true;
    mentions.push(found);
    vias.push(via);
    if (via !== undefined && via !== Via.Oblast && found.role === "location") derived = true;
  }
  if (abbreviations.length > 0) resolveAdministrations(s, mentions, abbreviations);
  if (alerted) impactAfterAlert(s, mentions, alertAt);
  if (derived) preferNamedOblast(s, mentions, vias);
  const cities: string[] = [];
  const regions: string[] = [];
  for (const mt of mentions) {
    if (mt.role !== "location") continue;
    const list = mt.kind === "city" ? cities : regions;
    if (!list.includes(mt.name)) list.push(mt.name);
  }
  // Codes of administrations no named place resolves are left out.
  const named = abbreviations.length > 0 ? mentions.filter((mt) => mt.name !== "") : mentions;
  return { cities, regions, mentions: named };
}
