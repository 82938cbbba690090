/** Public data shapes of the gazetteer; re-exported from `./index.js`. */

export type Country = "UA" | "RU";

export interface Place {
  /** Canonical English name: Ukrainian national transliteration for Ukrainian places ("Kyiv"), usual English for Russian ones ("Belgorod"). */
  name: string;
  country: Country;
  /** Canonical region name: "Kharkiv Oblast", "Crimea", "Belgorod Oblast"; Kyiv city is its own region "Kyiv". */
  region: string;
  lat: number;
  lon: number;
  /** Pre-2022 population, rounded; null when unknown. */
  population: number | null;
  /** Within shelling / guided-bomb range of the front line or the state border as reported in 2024–2025. */
  frontline: boolean;
  /** Ukrainian name, nominative: "Харків". */
  uk: string;
  /** Russian name, nominative: "Харьков". */
  ru: string;
  /** Other spellings and names, nominative only: "Kharkov", legacy names ("Artemivsk"), Cyrillic legacy names. */
  aliases: string[];
}

export interface Region {
  /** "Kharkiv Oblast", "Crimea", "Sevastopol", "Kyiv" (the city of Kyiv), "Krasnodar Krai". */
  name: string;
  country: Country;
  /** Canonical name of the administrative centre, a Place name; null where there is none in the gazetteer. */
  centre: string | null;
  /** Ukrainian name: "Харківська область". */
  uk: string;
}

/**
 * location: a place where something happened or is reported from;
 * actor: the capital standing for its government ("Moscow claims", "Kyiv's allies");
 * dateline: the "KYIV, Nov 21 (Reuters) —" opening of a wire story;
 * street: a street or road named after the place ("вулиця Київська", "Kharkivske Highway");
 * other: adjectives, organisations, rivers, media and anything else that is not the place itself.
 */
export type MentionRole = "location" | "actor" | "dateline" | "street" | "other";

export interface PlaceMention {
  /** Canonical place name (kind "city") or region name (kind "region"). */
  name: string;
  kind: "city" | "region";
  /** Offset and length in UTF-16 code units in the text given to findPlaces. */
  index: number;
  length: number;
  role: MentionRole;
  /**
   * A region reached through a part of it: a raion, a community, a settlement or a village ("в
   * Гостомелі", "Нікопольський район"); a figure there is a part of the oblast's, like a town's.
   */
  part?: true;
}

export interface PlaceMatches {
  /** Canonical names of places mentioned as locations, in order of first mention, without repeats. */
  cities: string[];
  /** Canonical names of regions mentioned at oblast level, in order of first mention, without repeats. */
  regions: string[];
  mentions: PlaceMention[];
}

export type PlaceQueryResult = { kind: "match"; place: Place } | { kind: "suggestions"; suggestions: Place[] };
