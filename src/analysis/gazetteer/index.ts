/**
 * The gazetteer: Ukrainian and Russian places and regions with their names in English, Ukrainian
 * and Russian (case forms included), and the lookups the analysis and the /city command use.
 *
 * Conventions: canonical names are English, in Ukraine's national transliteration for Ukrainian
 * places ("Kyiv", "Zaporizhzhia"); regions are "<Name> Oblast", "Crimea",
 * "Sevastopol", "Krasnodar Krai"; the city of Kyiv is its own region "Kyiv", distinct from
 * "Kyiv Oblast". Pure: no I/O, no clock; the index is built once, on first use.
 */

import { lexicon } from "./lexicon.js";
import type { Place, Region } from "./model.js";

export { findPlaces } from "./find.js";
export type {
  Country,
  MentionRole,
  Place,
  PlaceMatches,
  PlaceMention,
  PlaceQueryResult,
  Region,
} from "./model.js";
export { resolvePlaceQuery } from "./resolve.js";

/** The biggest and most reported Ukrainian cities, in that order, for the /city keyboard. */
export const MAIN_CITIES: readonly string[] = Object.freeze([
  "Kyiv",
  "Kharkiv",
  "Odesa",
  "Dnipro",
  "Zaporizhzhia",
  "Lviv",
  "Kryvyi Rih",
  "Mykolaiv",
  "Kherson",
  "Sumy",
  "Chernihiv",
  "Poltava",
]);

/** A place by its canonical name ("Kyiv"); letter case is ignored. */
export function getPlace(name: string): Place | undefined {
  const { places } = lexicon();
  const hit = places.get(name);
  if (hit) return hit.place;
  const lower = name.toLowerCase();
  for (const [key, info] of places) if (key.toLowerCase() === lower) return info.place;
  return undefined;
}

/** A region by its canonical name ("Kharkiv Oblast"); letter case is ignored. */
export function getRegion(name: string): Region | undefined {
  const { regions } = lexicon();
  const hit = regions.get(name);
  if (hit) return hit;
  const lower = name.toLowerCase();
  for (const [key, region] of regions) if (key.toLowerCase() === lower) return region;
  return undefined;
}

/** Every place in the gazetteer. */
export function allPlaces(): readonly Place[] {
  return lexicon().placeList;
}
