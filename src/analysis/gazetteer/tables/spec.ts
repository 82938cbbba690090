/**
 * Shapes and helpers for the hand-written place and region tables. Name strings in `uk`, `ru`,
 * `ukAlt`, `ruAlt` and region `ukNames`/`ruNames` are declension specs (see ../declension.ts):
 * usually the plain nominative, sometimes with a stem ("Ірпінь|Ірпен") or a pattern code
 * ("fc:Умань").
 */

import type { Country } from "../model.js";

export interface PlaceOptions {
  /** Latin alternative and legacy spellings: "Kharkov", "Artemivsk". */
  en?: string[];
  /** Ukrainian alternative or legacy names (specs): "Артемівськ". */
  ukAlt?: string[];
  /** Russian alternative or legacy names (specs): "Артёмовск". */
  ruAlt?: string[];
  front?: boolean;
  /**
   * A settlement or village without city status (селище, посёлок): named in running text, it counts
   * for its oblast, not as a city ("в Гостомелі" → Kyiv Oblast).
   */
  settlement?: boolean;
  /** A capital whose name stands for its government ("Kyiv said", "Moscow denies"). */
  capital?: boolean;
  /** Also the name of a river ("the Dnipro", "річка Дніпро"). */
  river?: boolean;
  /** "на Запоріжжі" (on + locative) means the region, "у Запоріжжі" the city. */
  naRegion?: string;
  /**
   * Names (Latin names or Cyrillic specs) accepted by /city but not matched in running text,
   * because they are also people's names or other common words: "Volodymyr" (Zelensky's first
   * name), "Шептицький" (a metropolitan and a street in every town), "Южный" (military district).
   */
  queryOnly?: string[];
}

export interface PlaceSpec extends PlaceOptions {
  name: string;
  lat: number;
  lon: number;
  population: number | null;
  uk: string;
  ru: string;
  region: string;
  country: Country;
}

type Loose = Omit<PlaceSpec, "region" | "country">;

/** One place: canonical name, coordinates, population, Ukrainian and Russian name specs. */
export function p(
  name: string,
  lat: number,
  lon: number,
  population: number | null,
  uk: string,
  ru: string,
  opts: PlaceOptions = {},
): Loose {
  return { name, lat, lon, population, uk, ru, ...opts };
}

/** Assigns a region and country to a list of places. */
export function inRegion(region: string, country: Country, places: Loose[]): PlaceSpec[] {
  return places.map((pl) => ({ ...pl, region, country }));
}

export interface RegionSpec {
  name: string;
  country: Country;
  centre: string | null;
  /** Ukrainian display name: "Харківська область". */
  uk: string;
  /** Stems of the Ukrainian regional adjective: "Харківськ" → Харківська, Харківської, Харківський … */
  ukAdj?: string[];
  /** Stem of the Russian regional adjective: "Харьковск". */
  ruAdj?: string[];
  /** Names that alone mean the region (specs): "Харківщина", "fc:Волинь", "Крим". */
  ukNames?: string[];
  ruNames?: string[];
  /** Latin names that alone mean the region: "Crimea", "Transcarpathia". */
  enNames?: string[];
  /**
   * Latin words that mean the region when followed by "Oblast"/"region"/"province":
   * defaults to the centre's Latin names ("Kharkiv", "Kharkov"); [] for city regions.
   */
  stems?: string[];
  /** Extra stems on top of the centre's names. */
  extraStems?: string[];
  /** Place an adjective alone ("київська влада") refers to; defaults to the centre; null = the region itself. */
  adjCity?: string | null;
  /**
   * The adjective before "район" is a district of some city, not a raion of this region:
   * "Київський район" (in Kharkiv, Odesa, Donetsk, Poltava), "Московський район" (in Kharkiv, Kyiv).
   */
  noRaion?: boolean;
}
