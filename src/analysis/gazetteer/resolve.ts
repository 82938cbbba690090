/** `resolvePlaceQuery`: what the user typed after /city → one place, or a few to choose from. */

import { type Lexicon, lexicon } from "./lexicon.js";
import type { Place, PlaceQueryResult } from "./model.js";
import { nameKeys } from "./tokens.js";
import { editDistance, skeleton } from "./translit.js";

// Longer than any place name with a prefix; a pasted article is cut here before any work is done.
const MAX_QUERY = 80;
const MAX_SUGGESTIONS = 5;

// "м. Харків", "місто Київ", "г. Одесса", "city of Kharkiv", "Kharkiv city", "Kharkiv, Ukraine".
const PREFIX_WORDS = new Set(["м", "місто", "міста", "г", "город", "city", "of", "town", "смт", "селище", "the"]);
const SUFFIX_WORDS = new Set(["city", "місто", "город", "ukraine", "україна", "украина", "russia", "росія", "россия"]);

/** Skeletons of each place's names, for fuzzy suggestions: made on the first query, not with the index. */
let fuzzy: { place: Place; keys: string[] }[] | undefined;

function fuzzyKeys(lex: Lexicon): { place: Place; keys: string[] }[] {
  fuzzy ??= lex.placeList.map((place) => ({
    place,
    keys: [...new Set([place.name, place.uk, place.ru, ...place.aliases].map(skeleton).filter(Boolean))],
  }));
  return fuzzy;
}

function queryKeys(query: string): string[] {
  const keys = nameKeys(query.slice(0, MAX_QUERY));
  let a = 0;
  let b = keys.length;
  while (a < b - 1 && PREFIX_WORDS.has(keys[a]!)) a++;
  while (b > a + 1 && SUFFIX_WORDS.has(keys[b - 1]!)) b--;
  return keys.slice(a, b);
}

/**
 * Any spelling or case form of a place, in any letter case and either alphabet, is a match
 * ("kharkov", "Харкова", "Одесса"); anything else gets up to five places whose names are closest
 * in edit distance on a transliterated skeleton ("Kharkif", "Zaporozhe", "Харкив"). Never throws.
 */
export function resolvePlaceQuery(query: string): PlaceQueryResult {
  const lex = lexicon();
  const keys = queryKeys(typeof query === "string" ? query : "");
  if (keys.length === 0) return { kind: "suggestions", suggestions: [] };
  const exact = lex.query.get(keys.join(" "));
  if (exact) return { kind: "match", place: lex.places.get(exact.name)!.place };

  const q = skeleton(keys.join("")).slice(0, 40);
  if (q.length < 2) return { kind: "suggestions", suggestions: [] };
  // Two edits for short names, about a third of the length for longer ones.
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored: { place: Place; score: number }[] = [];
  for (const { place, keys: names } of fuzzyKeys(lex)) {
    let best = Number.POSITIVE_INFINITY;
    for (const name of names) {
      // A prefix of three letters or more is a strong hint: "Zapor" → Zaporizhzhia.
      const d = q.length >= 3 && name.startsWith(q) ? 0.5 : editDistance(q, name, limit);
      if (d < best) best = d;
    }
    if (best <= limit) scored.push({ place, score: best });
  }
  scored.sort((a, b) => a.score - b.score || (b.place.population ?? 0) - (a.place.population ?? 0));
  return { kind: "suggestions", suggestions: scored.slice(0, MAX_SUGGESTIONS).map((x) => x.place) };
}
