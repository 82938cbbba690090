/**
 * `findPlaces`: one pass over the words of a text, one index lookup per word, and context rules
 * only where a name was found.
 */

import {
  ACTOR_BEFORE,
  ACTOR_NOUNS,
  ACTOR_POSSESSED_EN,
  ACTOR_POSSESSED_SKIP_EN,
  ACTOR_PREPOSITIONS,
  ACTOR_SKIP_CYR,
  ACTOR_SKIP_EN,
  ACTOR_VERB_STEMS_CYR,
  ACTOR_VERBS_EN,
  ATTACK_VERBS_EN,
  CONJUNCTIONS,
  DATELINE_AFTER,
  FOREIGN_CAPITAL_PREFIXES,
  HYPHEN_ACTOR,
  HYPHEN_PLACE,
  OTHER_AFTER,
  OTHER_BEFORE,
  PASSIVE_NEXT_EN,
  PLURAL_REGION_WORDS,
  REGION_OF_WORDS,
  REGION_WORDS,
  RIVER_WORDS,
  STREET_AFTER,
  STREET_BEFORE,
  WEEKDAYS_EN,
} from "./context.js";
import { type CityHit, type Entry, type Lexicon, lexicon, type PlaceInfo } from "./lexicon.js";
import type { MentionRole, PlaceMatches, PlaceMention } from "./model.js";
import { isUpperCode, wordKey, wordSpans } from "./tokens.js";

interface Scan {
  text: string;
  starts: number[];
  ends: number[];
  /** Lookup keys, computed on first use: most words are never looked at twice. */
  keys: (string | undefined)[];
  n: number;
  lex: Lexicon;
}

interface Match {
  entry: Entry;
  end: number;
  /** Matched in lower case: only a regional adjective may be ("київська влада", "харківська область"). */
  lower: boolean;
}

const SPACES = /^\s+$/;
const SENTENCE_BREAK = /[.!?;\n]/;
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
  if (lower) list = s.lex.byFirst.get(key(s, i));
  else {
    const raw = s.text.slice(s.starts[i], s.ends[i]);
    list = s.lex.byFirstCased.get(raw);
    if (!list && FOLDED.test(raw)) list = s.lex.byFirst.get(key(s, i));
  }
  if (!list) return null;
  for (const entry of list) {
    if (lower && !entry.adj) continue;
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
    if (SENTENCE_BREAK.test(gap(s, k + 1))) break;
    out.push(key(s, k));
  }
  for (let k = j; k < s.n && k < j + after; k++) {
    if (SENTENCE_BREAK.test(gap(s, k))) break;
    out.push(key(s, k));
  }
  return out;
}

/** "the Dnipro", "Dnipro River", "left bank of the Dnipro", "річка Дніпро", "через Дніпро". */
function riverContext(s: Scan, i: number, j: number): boolean {
  if (i > 0 && key(s, i - 1) === "the" && SPACES.test(gap(s, i))) return true;
  return nearbyKeys(s, i, j, 3, 2).some((k) => RIVER_WORDS.has(k));
}

function isCapitalAt(s: Scan, k: number): boolean {
  if (k < 0 || k >= s.n || !isUpper(s, k)) return false;
  const word = key(s, k);
  return s.lex.capitalKeys.has(word) || FOREIGN_CAPITAL_PREFIXES.some((p) => word.startsWith(p));
}

/** "Kyiv and Moscow", "between Moscow and Kyiv", "Kyiv and Washington", "між Києвом і Москвою". */
function pairedWithCapital(s: Scan, i: number, j: number): boolean {
  if (j + 1 < s.n && CONJUNCTIONS.has(key(s, j)) && SPACES.test(gap(s, j)) && SPACES.test(gap(s, j + 1))) {
    if (isCapitalAt(s, j + 1)) return true;
  }
  if (i >= 2 && CONJUNCTIONS.has(key(s, i - 1)) && SPACES.test(gap(s, i)) && SPACES.test(gap(s, i - 1))) {
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
      if (ACTOR_VERBS_EN.has(verb) && !SENTENCE_BREAK.test(gap(s, k))) {
        const next = k + 1 < n && !SENTENCE_BREAK.test(gap(s, k + 1)) ? key(s, k + 1) : "";
        // "Kyiv attacked overnight", "Moscow struck by drones": a passive headline, the city is the target.
        const passive = next === "by" || (ATTACK_VERBS_EN.has(verb) && (next === "" || PASSIVE_NEXT_EN.has(next)));
        if (!passive) return true;
      }
    } else if (hit.nominative) {
      let k = j;
      for (let skipped = 0; k < n && skipped < 2 && ACTOR_SKIP_CYR.has(key(s, k)); skipped++) k++;
      const verb = k < n ? key(s, k) : "";
      if (verb && ACTOR_VERB_STEMS_CYR.some((stem) => verb.startsWith(stem))) return true;
    }
  }

  if (i > 0 && SPACES.test(gap(s, i))) {
    const p1 = key(s, i - 1);
    if (ACTOR_BEFORE.has(p1)) return true;
    if (ACTOR_PREPOSITIONS.has(p1) && i > 1 && SPACES.test(gap(s, i - 1)) && ACTOR_NOUNS.has(key(s, i - 2)))
      return true;
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
  if (allCaps && /^\s*[,(—–-]/.test(after)) return true;
  return DATELINE_AFTER.test(after);
}

function cityRole(s: Scan, info: PlaceInfo, hit: CityHit, i: number, j: number): MentionRole {
  const { n } = s;
  if (streetContext(s, i, j)) return "street";
  if (i > 0 && OTHER_BEFORE.has(key(s, i - 1)) && /^[\s«"“„]*$/.test(gap(s, i))) return "other";
  const after = j < n ? gap(s, j) : "";
  if (j < n && OTHER_AFTER.has(key(s, j)) && SPACES.test(after)) return "other";
  // Compounds: "Kharkiv-based" (other), "Moscow-backed" (actor), "Москва-Сіті" (still the place).
  if (j < n && /^[-‐‑]$/.test(after) && !HYPHEN_PLACE.has(key(s, j))) {
    return HYPHEN_ACTOR.has(key(s, j)) && info.capital ? "actor" : "other";
  }
  if (info.river && riverContext(s, i, j)) return "other";
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

function classify(s: Scan, m: Match, i: number): { mention: PlaceMention; next: number } {
  const { entry: e, end: j } = m;
  const lower = m.lower;
  if (!lower && (e.regionStem || e.adj)) {
    const region = e.regionStem ?? e.adj!.region;
    const rw = regionWordAfter(s, j);
    if (rw) {
      const end = rw.immediate ? rw.end : j;
      return { mention: mention(s, region, "region", i, end, "location"), next: end };
    }
    // "the region of Kharkiv".
    if (e.regionStem && i >= 2 && key(s, i - 1) === "of" && REGION_OF_WORDS.has(key(s, i - 2))) {
      return { mention: mention(s, e.regionStem, "region", i, j, "location"), next: j };
    }
  } else if (lower && e.adj) {
    const rw = regionWordAfter(s, j);
    if (rw) {
      const end = rw.immediate ? rw.end : j;
      return { mention: mention(s, e.adj.region, "region", i, end, "location"), next: end };
    }
  }
  if (!lower) {
    if (e.region) return { mention: mention(s, e.region, "region", i, j, "location"), next: j };
    if (e.actor) return { mention: mention(s, e.actor, "city", i, j, "actor"), next: j };
    if (e.other) return { mention: mention(s, e.other, "city", i, j, "other"), next: j };
    if (e.city) {
      const info = s.lex.places.get(e.city.name)!;
      const role = cityRole(s, info, e.city, i, j);
      // "на Запоріжжі" is the region; "у Запоріжжі" the city.
      if (role === "location" && info.naRegion && e.city.locative && i > 0 && key(s, i - 1) === "на") {
        return { mention: mention(s, info.naRegion, "region", i, j, "location"), next: j };
      }
      return { mention: mention(s, e.city.name, "city", i, j, role), next: j };
    }
  }
  const adj = e.adj!;
  const role: MentionRole = streetContext(s, i, j) ? "street" : "other";
  const name = adj.city ?? adj.region;
  return { mention: mention(s, name, adj.city ? "city" : "region", i, j, role), next: j };
}

/** Places and regions named in a text, with the role each mention plays. */
export function findPlaces(text: string): PlaceMatches {
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
