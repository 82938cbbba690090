/**
 * `findPlaces`: one pass over the words of a text, one index lookup per word, and context rules
 * only where a name was found.
 */

import * as words from "./context.js";
import { type CityHit, type Entry, type Lexicon, lexicon, type PlaceInfo } from "./lexicon.js";
import type { MentionRole, PlaceMatches, PlaceMention } from "./model.js";
import * as tokens from "./tokens.js";

// Bound once: a named import is read through a getter on every use under some loaders (tsx compiles
// modules to CommonJS), which cost a fifth of the scan time.
const {
  ACTOR_BEFORE,
  ACTOR_MODALS_EN,
  ACTOR_NOUNS,
  ACTOR_POSSESSED_EN,
  ACTOR_POSSESSED_SKIP_EN,
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
  DATELINE_AFTER,
  DISTRICT_WORDS,
  PLURAL_DISTRICT_WORDS,
  FOREIGN_CAPITAL_PREFIXES,
  HYPHEN_ACTOR,
  HYPHEN_PLACE,
  LAUNCH_DIRECTION,
  LAUNCH_FROM,
  LAUNCH_STOP,
  LAUNCH_VERBS,
  NON_AGENT_EN,
  OTHER_AFTER,
  OTHER_BEFORE,
  PASSIVE_NEXT_EN,
  PLURAL_REGION_WORDS,
  REGION_OF_WORDS,
  REGION_WORDS,
  RIVER_WORDS,
  SETTLEMENT_WORDS,
  STREET_AFTER,
  STREET_BEFORE,
  TO_NOT_VERB_EN,
  WEEKDAYS_EN,
} = words;
const { isUpperCode, wordKey, wordSpans } = tokens;

interface Scan {
  text: string;
  starts: number[];
  ends: number[];
  /** Lookup keys, computed on first use: most words are never looked at twice. */
  keys: (string | undefined)[];
  n: number;
  lex: Lexicon;
  /** Offsets of launch wording in the text (computed on first need). */
  launchAt?: number[];
}

interface Match {
  entry: Entry;
  end: number;
  /** Matched in lower case: only a regional adjective may be ("київська влада", "харківська область"). */
  lower: boolean;
}

const SPACES = /^[ \t\u00a0]+$/;
// Cheap pre-check for launchContext: the text names no launch at all in most items.
const LAUNCH_HINT =
  /launch|fire[ds]?\b|firing|took off|direction|airfield|запуск|запуст|запущ|випуст|випущ|атакува|злеті|напрям|аеродром|выпуст|выпущ|атакова|взлет|направлени|аэродром/gi;
// Words of one name are joined by a space, a hyphen or an abbreviation dot: "St. Petersburg".
const NAME_JOINER = /^[ .\-‐‑]{1,3}$/;

function tokenize(text: string, lex: Lexicon): Scan {
  const starts: number[] = [];
  const ends: number[] = [];
  wordSpans(text, starts, ends);
  return { text, starts, ends, keys: new Array(starts.length), n: starts.length, lex };
}

/** Lookup key of word k ("" past either end). */
function key(s: Scan, k: number): string {
  if (k < 0 || k >= s.n) return "";
  let v = s.keys[k];
  if (v === undefined) {
    v = wordKey(s.text.slice(s.starts[k], s.ends[k]));
    s.keys[k] = v;
  }
  return v;
}

/** Text between word k-1 and word k (from the start of the text for k = 0). */
function gap(s: Scan, k: number): string {
  return s.text.slice(k > 0 ? s.ends[k - 1] : 0, s.starts[k]);
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
  const { text } = s;
  for (let c = k > 0 ? s.ends[k - 1]! : 0, end = s.starts[k]!; c < end; c++) {
    const code = text.charCodeAt(c);
    // . ! ? ; \n
    if (code === 46 || code === 33 || code === 63 || code === 59 || code === 10) return true;
  }
  return false;
}

function isUpper(s: Scan, k: number): boolean {
  return isUpperCode(s.text.charCodeAt(s.starts[k]!));
}

// A lower-case word is looked up only if it could be a regional adjective: "харківська область",
// "київська влада", "белгородской области".
const ADJECTIVE_CORE = /(?:сь|ць|зь|с|ц)к/;
// Capitalised spellings that the as-written lookup misses: apostrophes and ё ("Слов’янськ", "Орёл").
const FOLDED = /['’ʼ`ёЁ]/;

function matchAt(s: Scan, i: number): Match | null {
  const lower = !isUpper(s, i);
  if (lower) {
    const c = s.text.charCodeAt(s.starts[i]!);
    if (c < 0x430 || c > 0x491) return null;
    if (!ADJECTIVE_CORE.test(s.text.slice(s.starts[i], s.ends[i]))) return null;
  }
  // Capitalised words are looked up as written first ("Kharkiv", "KYIV", "Харкова"): most are not
  // places, and that saves lower-casing them. Only a word the index may hold under another spelling
  // (an apostrophe, ё, mixed case) goes on to its key.
  let list: Entry[] | undefined;
  if (lower) {
    const raw = s.text.slice(s.starts[i], s.ends[i]);
    if (FOLDED.test(raw) || /\p{Lu}/u.test(raw)) list = s.lex.byFirst.get(key(s, i));
    else {
      s.keys[i] = raw;
      list = s.lex.byFirst.get(raw);
    }
  } else {
    const raw = s.text.slice(s.starts[i], s.ends[i]);
    list = s.lex.byFirstCased.get(raw);
    if (!list && FOLDED.test(raw)) list = s.lex.byFirst.get(key(s, i));
  }
  if (!list) return null;
  for (const entry of list) {
    if (lower && !entry.adj && !entry.raion) continue;
    const len = entry.rest.length;
    if (i + len >= s.n && len > 0) continue;
    let ok = true;
    for (let r = 0; r < len; r++) {
      const k = i + 1 + r;
      if (key(s, k) !== entry.rest[r] || !NAME_JOINER.test(gap(s, k))) {
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
    const sep = gap(s, k);
    if (/[.!?;:()\n"«»“”]/.test(sep)) return null;
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
    if (m && (m.entry.regionStem || m.entry.adj) && (listed || sep.includes(","))) {
      listed = true;
      k = m.end;
      continue;
    }
    return null;
  }
  return null;
}

function streetContext(s: Scan, i: number, j: number): boolean {
  if (i > 0 && STREET_BEFORE.has(key(s, i - 1)) && /^[\s.«"“„]*$/.test(gap(s, i))) return true;
  return j < s.n && STREET_AFTER.has(key(s, j)) && /^[\s»"”]+$/.test(gap(s, j));
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
  return nearbyKeys(s, i, j, 3, 2).some((k) => RIVER_WORDS.has(k));
}

function isCapitalAt(s: Scan, k: number): boolean {
  if (k < 0 || k >= s.n || !isUpper(s, k)) return false;
  const word = key(s, k);
  return s.lex.capitalKeys.has(word) || FOREIGN_CAPITAL_PREFIXES.some((p) => word.startsWith(p));
}

/** "Kyiv and Moscow", "between Moscow and Kyiv", "Kyiv and Washington", "між Києвом і Москвою". */
function pairedWithCapital(s: Scan, i: number, j: number): boolean {
  if (j + 1 < s.n && CONJUNCTIONS.has(key(s, j)) && spacesBefore(s, j) && spacesBefore(s, j + 1)) {
    if (isCapitalAt(s, j + 1)) return true;
  }
  if (i >= 2 && CONJUNCTIONS.has(key(s, i - 1)) && spacesBefore(s, i) && spacesBefore(s, i - 1)) {
    if (isCapitalAt(s, i - 2)) return true;
  }
  return false;
}

/** A capital standing for its government: "Kyiv said", "Moscow's forces", "союзники Києва", "Москва стверджує". */
function actorContext(s: Scan, hit: CityHit, i: number, j: number): boolean {
  const { n } = s;
  const latin = /[a-z]/i.test(s.text[s.starts[i]!]!);
  const after = j < n ? gap(s, j) : "";

  if (latin && /^['’]$/.test(after) && key(s, j) === "s") {
    let k = j + 1;
    if (k < n && ACTOR_POSSESSED_SKIP_EN.has(key(s, k))) k++;
    if (k < n && ACTOR_POSSESSED_EN.has(key(s, k))) return true;
  }

  if (j < n && SPACES.test(after)) {
    if (latin) {
      let k = j;
      for (let skipped = 0; k < n && skipped < 4; skipped++) {
        if (ACTOR_SKIP_EN.has(key(s, k))) k++;
        else if (key(s, k) === "on" && k + 1 < n && WEEKDAYS_EN.has(key(s, k + 1))) k += 2;
        else break;
      }
      const verb = k < n ? key(s, k) : "";
      if (ACTOR_VERBS_EN.has(verb) && !breakBefore(s, k)) {
        const next = k + 1 < n && !breakBefore(s, k + 1) ? key(s, k + 1) : "";
        // "Kyiv attacked overnight", "Moscow struck by drones": a passive headline, the city is the target.
        const passive = next === "by" || (ATTACK_VERBS_EN.has(verb) && (next === "" || PASSIVE_NEXT_EN.has(next)));
        if (!passive) return true;
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
      for (let skipped = 0; k < n && skipped < 2 && ACTOR_SKIP_CYR.has(key(s, k)); skipped++) k++;
      const verb = k < n ? key(s, k) : "";
      if (verb && ACTOR_VERB_STEMS_CYR.some((stem) => verb.startsWith(stem))) return true;
    } else if (i > 0 && /^(?:в|у|во)$/.test(key(s, i - 1))) {
      // "У Києві заявили", "В Киеве назвали решение …", "в Москве считают": the government, impersonally.
      const verb = key(s, j);
      if (/(?:ли|ють|ять|ют|ят)$/.test(verb) && ACTOR_VERB_STEMS_CYR.some((stem) => verb.startsWith(stem))) return true;
    }
  }

  if (i > 0 && spacesBefore(s, i)) {
    const p1 = key(s, i - 1);
    if (ACTOR_BEFORE.has(p1)) return true;
    if (ACTOR_PREPOSITIONS.has(p1) && i > 1 && spacesBefore(s, i - 1) && ACTOR_NOUNS.has(key(s, i - 2))) return true;
  }
  return pairedWithCapital(s, i, j);
}

/** "KYIV, Nov 21 (Reuters) —", "KYIV, Ukraine —", "Київ, 21 листопада —" at the start of the text or of a line. */
function isDateline(s: Scan, i: number, j: number): boolean {
  const start = s.starts[i]!;
  for (let c = start - 1; c >= 0 && s.text[c] !== "\n"; c--) if (!/[\s"'«“]/.test(s.text[c]!)) return false;
  const end = s.ends[j - 1]!;
  const after = s.text.slice(end, end + 60);
  const raw = s.text.slice(start, end);
  const allCaps = raw.length > 2 && raw === raw.toUpperCase() && raw !== raw.toLowerCase();
  // "KYIV, Nov 21", "КИЇВ. 21 листопада. УНН."
  if (allCaps && /^\s*[,.(—–-]/.test(after)) return true;
  return DATELINE_AFTER.test(after);
}

/**
 * A launch site, not a place where something happened: "launched from Russia's Kursk and Oryol
 * regions", "from the directions of Kursk, Oryol and Millerovo", "з напрямків Курськ, Брянськ".
 * Looks back through the sentence for "from"/"з"/"из" (stopping at a target word such as "at" or
 * "по"), then for a launch verb before it, unless "from" came with "directions"/"напрямків".
 */
function launchContext(s: Scan, i: number): boolean {
  // Launch wording within the 300 characters before the name, or no launch site.
  s.launchAt ??= Array.from(s.text.matchAll(LAUNCH_HINT), (m) => m.index);
  const start = s.starts[i]!;
  if (!s.launchAt.some((at) => at < start && at > start - 300)) return false;
  let from = -1;
  let direction = false;
  for (let k = i - 1; k >= 0 && k >= i - 10; k--) {
    if (breakBefore(s, k + 1)) return false;
    const w = key(s, k);
    if (LAUNCH_STOP.has(w)) return false;
    if (LAUNCH_DIRECTION.has(w)) direction = true;
    else if (LAUNCH_FROM.has(w)) {
      from = k;
      break;
    }
  }
  if (from < 0) return false;
  if (direction) return true;
  for (let k = from - 1; k >= 0 && k >= from - 12; k--) {
    if (breakBefore(s, k + 1)) return false;
    if (LAUNCH_VERBS.has(key(s, k))) return true;
  }
  return false;
}

/** "the settlement of Bilozerka", "смт Золочів", "с. Суджа", "в посёлке Тёткино". */
function settlementBefore(s: Scan, i: number): boolean {
  if (i === 0) return false;
  let k = i - 1;
  if (key(s, k) === "of" && k > 0) k--;
  const w = key(s, k);
  if (w === "с" || w === "c") return /^\.\s*$/.test(gap(s, i));
  return SETTLEMENT_WORDS.has(w) && /^[\s.]+$/.test(gap(s, k + 1));
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
      if (key(s, k + 1) === "the" || (m?.entry.city && !ofRegion)) return -1;
    }
    // "Київський район Харкова": a city in the genitive right after the district word.
    if (spacesBefore(s, k) && s.text.charCodeAt(s.starts[k]!) >= 0x400) {
      const m = matchAt(s, k);
      if (m?.entry.city && !m.entry.adj && !m.entry.region) return -1;
    }
  }
  return j + 1;
}

/**
 * A list of raion adjectives closed by a plural district word: "у Харківському, Куп'янському та
 * Чугуївському районах". Returns the index after the district word, or -1.
 */
function raionListAfter(s: Scan, j: number): number {
  let k = j;
  let listed = false;
  for (let steps = 0; steps < 10 && k < s.n; steps++) {
    const sep = gap(s, k);
    if (/[.!?;:()\n"«»“”]/.test(sep)) return -1;
    const word = key(s, k);
    if (DISTRICT_WORDS.has(word)) return listed && PLURAL_DISTRICT_WORDS.has(word) ? k + 1 : -1;
    if (CONJUNCTIONS.has(word)) {
      listed = true;
      k++;
      continue;
    }
    const m = matchAt(s, k);
    const town = m?.entry.city && !s.lex.places.get(m.entry.city.name)!.centre;
    if (m && (m.entry.raion || m.entry.adj?.raion || town) && (listed || sep.includes(","))) {
      listed = true;
      k = m.end;
      continue;
    }
    return -1;
  }
  return -1;
}

function cityRole(s: Scan, info: PlaceInfo, hit: CityHit, i: number, j: number): MentionRole {
  const { n } = s;
  if (streetContext(s, i, j)) return "street";
  if (i > 0 && OTHER_BEFORE.has(key(s, i - 1)) && /^[\s«"“„]*$/.test(gap(s, i))) return "other";
  const after = j < n ? gap(s, j) : "";
  if (j < n && OTHER_AFTER.has(key(s, j)) && SPACES.test(after)) return "other";
  // "Kyiv Security Forum", "Odesa Film Studio": one capitalised word between.
  if (j + 1 < n && isUpper(s, j) && spacesBefore(s, j) && spacesBefore(s, j + 1) && OTHER_AFTER.has(key(s, j + 1))) {
    return "other";
  }
  // Second part of a compound: "pro-Moscow" and "anti-Kyiv" (the government), "Kharkiv-Kyiv highway".
  if (i > 0 && /^[-‐‑]$/.test(gap(s, i))) {
    return info.capital && /^(?:pro|anti|про|анти)$/.test(key(s, i - 1)) ? "actor" : "other";
  }
  // Compounds: "Kharkiv-based" (other), "Moscow-backed" (actor), "Москва-Сіті" (still the place).
  if (j < n && /^[-‐‑]$/.test(after) && !HYPHEN_PLACE.has(key(s, j))) {
    return HYPHEN_ACTOR.has(key(s, j)) && info.capital ? "actor" : "other";
  }
  // "в аэропортах Внуково и Домодедово": the airport, not the town.
  for (let k = i - 1; k >= 0 && k >= i - 4 && !breakBefore(s, k + 1); k--) {
    if (AIRPORT_BEFORE.has(key(s, k))) return "other";
    if (!CONJUNCTIONS.has(key(s, k)) && !isUpper(s, k)) break;
  }
  if (j < n && AIRPORT_AFTER.has(key(s, j))) return "other";
  if (info.river && riverContext(s, i, j)) return "other";
  if (launchContext(s, i)) return "other";
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

function regionMention(s: Scan, name: string, i: number, end: number): { mention: PlaceMention; next: number } {
  return { mention: mention(s, name, "region", i, end, launchContext(s, i) ? "other" : "location"), next: end };
}

function classify(s: Scan, m: Match, i: number): { mention: PlaceMention; next: number } {
  const { entry: e, end: j, lower } = m;

  // "Kharkiv Oblast", "Харківської області", "Kharkiv and Sumy regions", "харківська область".
  if (e.regionStem || e.adj) {
    const rw = !lower || e.adj ? regionWordAfter(s, j) : null;
    if (rw)
      return regionMention(s, e.regionStem && !lower ? e.regionStem : e.adj!.region, i, rw.immediate ? rw.end : j);
    // "the region of Kharkiv".
    if (!lower && e.regionStem && i >= 2 && key(s, i - 1) === "of" && REGION_OF_WORDS.has(key(s, i - 2))) {
      return regionMention(s, e.regionStem, i, j);
    }
  }
  // A raion counts for its oblast: "Нікопольський район", "Харківського району", "the Brovary district".
  if (e.raion || e.adj?.raion) {
    const end = raionAfter(s, j);
    if (end > 0) {
      const name = e.raion ? s.lex.places.get(e.raion)!.place.region : e.adj!.region;
      return regionMention(s, name, i, end);
    }
  }
  if (!lower) {
    if (e.region) {
      // "на Кубані" and "в Крыму" are regions; "Crimea" alone too.
      return regionMention(s, e.region, i, j);
    }
    if (e.actor) return { mention: mention(s, e.actor, "city", i, j, "actor"), next: j };
    if (e.other) return { mention: mention(s, e.other, "city", i, j, "other"), next: j };
    if (e.city) {
      const info = s.lex.places.get(e.city.name)!;
      // A town called a village or settlement, or a town's district, counts for its oblast.
      if (!info.centre) {
        if (settlementBefore(s, i)) return regionMention(s, info.place.region, i, j);
        const end = raionAfter(s, j);
        if (end > 0) return regionMention(s, info.place.region, i, end);
      }
      const role = cityRole(s, info, e.city, i, j);
      // "на Запоріжжі" is the region; "у Запоріжжі" the city.
      if (role === "location" && info.naRegion && e.city.locative && i > 0 && key(s, i - 1) === "на") {
        return regionMention(s, info.naRegion, i, j);
      }
      return { mention: mention(s, e.city.name, "city", i, j, role), next: j };
    }
  }
  // An adjective that is neither a region nor a raion here: "київська влада", "Kyivska Street",
  // "Київський район Харкова", "на Покровському напрямку".
  const role: MentionRole = streetContext(s, i, j) ? "street" : "other";
  if (e.raion) return { mention: mention(s, e.raion, "city", i, j, role), next: j };
  const adj = e.adj!;
  const name = adj.city ?? adj.region;
  return { mention: mention(s, name, adj.city ? "city" : "region", i, j, role), next: j };
}

/** Places and regions named in a text, with the role each mention plays. */
export function findPlaces(text: string): PlaceMatches {
  if (typeof text !== "string" || text.length === 0) return { cities: [], regions: [], mentions: [] };
  const lex = lexicon();
  const s = tokenize(text, lex);
  const mentions: PlaceMention[] = [];
  for (let i = 0; i < s.n; ) {
    const m = matchAt(s, i);
    if (!m) {
      i++;
      continue;
    }
    const { mention: found, next } = classify(s, m, i);
    mentions.push(found);
    i = next;
  }
  const cities: string[] = [];
  const regions: string[] = [];
  for (const mt of mentions) {
    if (mt.role !== "location") continue;
    const list = mt.kind === "city" ? cities : regions;
    if (!list.includes(mt.name)) list.push(mt.name);
  }
  return { cities, regions, mentions };
}
