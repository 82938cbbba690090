/**
 * The lookup index behind `findPlaces` and `resolvePlaceQuery`, built once on first use: every
 * name, alias and case form of every place and region, keyed by its first word. A scan then costs
 * one Map lookup per capitalised word instead of a regex per place.
 */

import { adjectiveForms, allForms, declineByCase, declineName, nominativeOf } from "./declension.js";
import type { Place, Region } from "./model.js";
import { PLACE_SPECS, REGION_SPECS, toPlace, toRegion } from "./places.js";
import { RAION_STEMS } from "./tables/raions.js";

/** Towns whose adjective also names a district of a big city ("Подільський район" of Kyiv): no raion. */
const CITY_DISTRICT_ADJECTIVES = new Set(["Podilsk"]);

import type { PlaceSpec } from "./tables/spec.js";
import { HashSet, keyHash, nameKeys } from "./tokens.js";
import { ruToLatin, ukToLatin } from "./translit.js";

/** How sure a form is to mean this place, for resolving forms two places share. */
const Priority = { Oblique: 1, Alias: 2, Canonical: 3 } as const;
type Priority = (typeof Priority)[keyof typeof Priority];

export interface CityHit {
  name: string;
  priority: Priority;
  population: number;
  /** The form is a nominative (Київ, Москва, Kyiv): only those can be the subject of "заявив". */
  nominative: boolean;
  /** The form is a locative ("Запоріжжі"), for "на Запоріжжі" = the region. */
  locative: boolean;
}

export interface Entry {
  /** Keys of the words after the first one. */
  rest: string[];
  city?: CityHit;
  /** Region meant when a region word follows: "Kharkiv" + "Oblast". */
  regionStem?: string;
  /** Region meant by the words alone: "Харківщина", "Crimea". */
  region?: string;
  /**
   * Regional adjective: a region before "область", otherwise the place it is named after (or null);
   * `raion`: before "район" it is a raion of that region ("Харківський район"), not a city district.
   */
  adj?: { region: string; city: string | null; raion: boolean };
  /** Adjective of a raion named after this place: "Нікопольський (район)", "Броварського (району)". */
  raion?: string;
  /** "Kremlin": the capital as an actor. */
  actor?: string;
  /** "Kyivstar": named after the place, never the place. */
  other?: string;
}

/** The entries under one first word (see `Lexicon.firstWords`). */
export interface FirstWord {
  key: string;
  entries: Entry[];
  /** The key in upper case, if its letters upper-case one to one (see `Lexicon.upperFirst`). */
  upper: string | undefined;
}

export interface PlaceInfo {
  place: Place;
  /** Centre of an oblast-level region: "Kharkiv district" is then a city district, not a raion. */
  centre: boolean;
  capital: boolean;
  river: boolean;
  naRegion: string | null;
  /** No city status: a mention counts for the oblast. */
  settlement: boolean;
}

export interface Lexicon {
  /** Entries by the key of their first word, longest first. */
  byFirst: Map<string, Entry[]>;
  /** The same lists under the capitalised and the upper-case spelling of the first word ("Kharkiv", "KHARKIV"). */
  byFirstCased: Map<string, Entry[]>;
  /**
   * The upper-case spelling of each key of `byFirst` whose letters upper-case one to one: a word is
   * checked against it and against the capitalised spelling in place, without slicing the word to
   * look it up in `byFirstCased`.
   */
  upperFirst: Map<string, string>;
  /** Hashes of the keys of `byFirst`, to reject most words of a text before making their keys. */
  firstHashes: HashSet;
  /**
   * `byFirst` by the hash of the key (`keyHash`; keys without one are left out), a list for the rare
   * hashes two keys share: a word is matched by its hash and its letters, without making its key.
   */
  firstWords: Map<number, FirstWord[]>;
  /** The same lists by the slot of their hash in `firstHashes` (one probe finds both). */
  firstWordsBySlot: (FirstWord[] | undefined)[];
  places: Map<string, PlaceInfo>;
  placeList: readonly Place[];
  regions: Map<string, Region>;
  /** Every form and name of every place, words joined by one space: the /city exact match. */
  query: Map<string, { name: string; priority: Priority; population: number }>;
  /** Single-word keys of the capitals' forms, for "Kyiv and Moscow". */
  capitalKeys: Set<string>;
  /** Forms two places share, resolved by priority then population (reviewed in tests). */
  collisions: string[];
}

let cached: Lexicon | undefined;

export function lexicon(): Lexicon {
  cached ??= build();
  return cached;
}

function cityWins(a: CityHit, b: CityHit | undefined): boolean {
  if (!b) return true;
  if (a.priority !== b.priority) return a.priority > b.priority;
  return a.population > b.population;
}

function build(): Lexicon {
  const entries = new Map<string, Entry>();
  const collisions: string[] = [];
  // Keys of each form, made once: a form is both a query name and an index entry.
  const keysByForm = new Map<string, string[]>();
  const keysOf = (form: string): string[] => {
    let keys = keysByForm.get(form);
    if (!keys) {
      keys = nameKeys(form);
      keysByForm.set(form, keys);
    }
    return keys;
  };
  const entryFor = (form: string): Entry | undefined => {
    const keys = keysOf(form);
    if (keys.length === 0) return undefined;
    const id = keys.join(" ");
    let e = entries.get(id);
    if (!e) {
      e = { rest: keys.slice(1) };
      entries.set(id, e);
    }
    return e;
  };

  const places = new Map<string, PlaceInfo>();
  const placeList: Place[] = [];
  const query: Lexicon["query"] = new Map();
  const capitalKeys = new Set<string>();

  const addQuery = (form: string, name: string, priority: Priority, population: number) => {
    const id = keysOf(form).join(" ");
    if (!id) return;
    const old = query.get(id);
    if (!old || priority > old.priority || (priority === old.priority && population > old.population)) {
      query.set(id, { name, priority, population });
    }
  };

  const centres = new Set(REGION_SPECS.map((r) => r.centre));
  for (const spec of PLACE_SPECS) {
    const place = toPlace(spec);
    if (places.has(place.name)) throw new Error(`duplicate place ${place.name}`);
    places.set(place.name, {
      place,
      centre: centres.has(place.name) || place.region === place.name,
      capital: spec.capital ?? false,
      river: spec.river ?? false,
      naRegion: spec.naRegion ?? null,
      settlement: spec.settlement ?? false,
    });
    placeList.push(place);
    const population = spec.population ?? 0;
    const queryOnly = new Set(spec.queryOnly ?? []);
    const addCity = (form: string, priority: Priority, nominative: boolean, locative: boolean, textToo: boolean) => {
      addQuery(form, place.name, priority, population);
      if (!textToo) return;
      const e = entryFor(form);
      if (!e) return;
      const hit: CityHit = { name: place.name, priority, population, nominative, locative };
      if (e.city && e.city.name !== place.name) collisions.push(`${form}: ${e.city.name} / ${place.name}`);
      if (e.city?.name === place.name) {
        // The same place reaches one key through several forms (Київ is nominative and accusative).
        e.city = {
          ...e.city,
          priority: Math.max(e.city.priority, priority) as Priority,
          nominative: e.city.nominative || nominative,
          locative: e.city.locative || locative,
        };
      } else if (cityWins(hit, e.city)) e.city = hit;
    };
    for (const latin of [place.name, ...(spec.en ?? [])]) {
      const priority = latin === place.name ? Priority.Canonical : Priority.Alias;
      addCity(latin, priority, true, false, !queryOnly.has(latin));
    }
    const cyrillic: [string, "uk" | "ru", Priority][] = [
      [spec.uk, "uk", Priority.Canonical],
      [spec.ru, "ru", Priority.Canonical],
      ...(spec.ukAlt ?? []).map((s): [string, "uk", Priority] => [s, "uk", Priority.Alias]),
      ...(spec.ruAlt ?? []).map((s): [string, "ru", Priority] => [s, "ru", Priority.Alias]),
    ];
    for (const [cyrSpec, lang, priority] of cyrillic) {
      const nom = nominativeOf(cyrSpec);
      const textToo = !queryOnly.has(cyrSpec) && !queryOnly.has(nom);
      const byCase = declineByCase(cyrSpec, lang);
      // Ukrainian locatives, for "на Запоріжжі".
      const locatives = lang === "uk" ? byCase.loc : [];
      for (const form of allForms(byCase)) {
        const isNom = form === nom;
        addCity(form, isNom ? priority : Priority.Oblique, isNom, locatives.includes(form), textToo);
      }
    }
    if (spec.capital) {
      for (const form of [
        place.name,
        ...(spec.en ?? []),
        ...declineName(spec.uk, "uk"),
        ...declineName(spec.ru, "ru"),
      ]) {
        const keys = keysOf(form);
        if (keys.length === 1 && keys[0]) capitalKeys.add(keys[0]);
      }
    }
  }

  const regions = new Map<string, Region>();
  for (const spec of REGION_SPECS) {
    regions.set(spec.name, toRegion(spec));
    const setRegion = (form: string) => {
      const e = entryFor(form);
      if (!e) return;
      if (e.region && e.region !== spec.name) collisions.push(`${form}: ${e.region} / ${spec.name}`);
      e.region ??= spec.name;
    };
    for (const n of spec.enNames ?? []) setRegion(n);
    for (const n of spec.ukNames ?? []) for (const f of declineName(n, "uk")) setRegion(f);
    for (const n of spec.ruNames ?? []) for (const f of declineName(n, "ru")) setRegion(f);

    const centre = spec.centre ? places.get(spec.centre) : undefined;
    const centreSpec = spec.centre ? PLACE_SPECS.find((s) => s.name === spec.centre) : undefined;
    const stems = [
      ...(spec.stems ?? (centre && centreSpec ? latinTextNames(centreSpec) : [])),
      ...(spec.extraStems ?? []),
    ];
    for (const stem of stems) {
      const e = entryFor(stem);
      if (!e) continue;
      if (e.regionStem && e.regionStem !== spec.name) collisions.push(`${stem}: ${e.regionStem} / ${spec.name}`);
      e.regionStem ??= spec.name;
    }

    const adjCity = spec.adjCity === undefined ? spec.centre : spec.adjCity;
    const adjForms = [
      ...(spec.ukAdj ?? []).flatMap((stem) => [
        ...adjectiveForms(stem, "uk"),
        ...["a", "e", "yi", "yy", "iy", "y", "ka"].map((end) => ukToLatin(stem) + end),
      ]),
      ...(spec.ruAdj ?? []).flatMap((stem) => [
        ...adjectiveForms(stem, "ru"),
        ...["aya", "iy", "y", "oye", "oe"].map((end) => ruToLatin(stem) + end),
      ]),
    ];
    for (const form of adjForms) {
      const e = entryFor(form);
      if (!e) continue;
      e.adj ??= { region: spec.name, city: adjCity, raion: !spec.noRaion };
    }
  }

  // Towns in -ськ/-цьк/-зьк have the adjective of their community or old raion built in:
  // Вовчанськ → "Вовчанської громади", "Вовчанський район".
  const raionTable: Record<string, readonly [string[], string[], string[]?]> = { ...RAION_STEMS };
  for (const spec of PLACE_SPECS) {
    const uk = nominativeOf(spec.uk);
    const info = places.get(spec.name)!;
    if (spec.country !== "UA" || info.centre || raionTable[spec.name] || !/^[^ -]+(?:ськ|цьк|зьк)$/.test(uk)) continue;
    // Подільський район is as often Kyiv's district as Podilsk's raion (see tables/raions.ts).
    if (CITY_DISTRICT_ADJECTIVES.has(spec.name)) continue;
    if ((spec.queryOnly ?? []).includes(spec.uk)) continue;
    raionTable[spec.name] = [[uk], []];
  }
  for (const [name, [ukStems, ruStems, areas]] of Object.entries(raionTable)) {
    const info = places.get(name);
    if (!info) throw new Error(`raion of unknown place ${name}`);
    // "на Нікопольщині" is the area around Nikopol: it counts for the oblast.
    for (const area of areas ?? []) {
      for (const form of declineName(area, "uk")) {
        const e = entryFor(form);
        if (e) e.region ??= info.place.region;
      }
    }
    const forms = [
      ...ukStems.flatMap((stem) => [
        ...adjectiveForms(stem, "uk"),
        ...["yi", "yy", "iy", "y", "a"].map((end) => ukToLatin(stem) + end),
      ]),
      ...ruStems.flatMap((stem) => adjectiveForms(stem, "ru")),
    ];
    for (const form of forms) {
      const e = entryFor(form);
      if (e) e.raion ??= name;
    }
  }

  // The Kremlin speaks for Moscow; it is not a place where things happen to people.
  for (const form of ["Kremlin", ...declineName("Кремль", "uk"), ...declineName("Кремль", "ru")]) {
    const e = entryFor(form);
    if (e) e.actor = "Moscow";
  }
  // Companies named after a city: "Kyivstar said its network was down".
  for (const form of ["Kyivstar", ...declineName("Київстар", "uk"), ...declineName("Киевстар", "ru")]) {
    const e = entryFor(form);
    if (e) e.other = "Kyiv";
  }

  const byFirst = new Map<string, Entry[]>();
  for (const [id, e] of entries) {
    const first = id.split(" ", 1)[0]!;
    const list = byFirst.get(first);
    if (list) list.push(e);
    else byFirst.set(first, [e]);
  }
  const byFirstCased = new Map<string, Entry[]>();
  const upperFirst = new Map<string, string>();
  for (const [first, list] of byFirst) {
    list.sort((a, b) => b.rest.length - a.rest.length);
    byFirstCased.set(first[0]!.toUpperCase() + first.slice(1), list);
    byFirstCased.set(first.toUpperCase(), list);
    if (first.toUpperCase().length === first.length) upperFirst.set(first, first.toUpperCase());
  }

  const firstHashes = new HashSet(byFirst.keys(), byFirst.size);
  const firstWords = new Map<number, FirstWord[]>();
  for (const [first, entries] of byFirst) {
    const h = keyHash(first);
    if (h === 0) continue;
    const word: FirstWord = { key: first, entries, upper: upperFirst.get(first) };
    const shared = firstWords.get(h);
    if (shared) shared.push(word);
    else firstWords.set(h, [word]);
  }
  const firstWordsBySlot = new Array<FirstWord[] | undefined>(firstHashes.capacity).fill(undefined);
  for (const [h, words] of firstWords) firstWordsBySlot[firstHashes.slotOf(h)] = words;

  return {
    byFirst,
    byFirstCased,
    upperFirst,
    firstHashes,
    firstWords,
    firstWordsBySlot,
    places,
    placeList,
    regions,
    query,
    capitalKeys,
    collisions,
  };
}

/** Latin names of a place that are matched in running text (not the query-only ones). */
function latinTextNames(spec: PlaceSpec): string[] {
  const queryOnly = new Set(spec.queryOnly ?? []);
  return [spec.name, ...(spec.en ?? [])].filter((n) => !queryOnly.has(n));
}
