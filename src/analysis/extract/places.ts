import { findPlaces, getPlace, getRegion, type PlaceMatches } from "../gazetteer/index.js";
import type { ArticleText } from "../types.js";
import { memo, prepare, type Sentence, sentenceAt } from "./prepare.js";

/** Where a figure happened, as far as the text says: a city or an oblast-level region. */
export interface FigurePlace {
  /** Canonical name from the gazetteer: "Kharkiv", "Kharkiv Oblast". */
  name: string;
  /** "area": a raion, district or community, a part of its oblast like a town. */
  kind: "city" | "region" | "area";
  /** The region the place belongs to ("Kharkiv Oblast" for Kharkiv; Kyiv city is its own "Kyiv"). */
  region: string;
}

interface Located {
  sentence: number;
  /** Offset within the sentence text. */
  at: number;
  place: FigurePlace;
}

/**
 * The gazetteer's reading of the whole article (`${title}\n${body}`), once per article: the item's
 * cities and regions and the places of its figures come from the same call.
 */
export function articlePlaces(article: ArticleText): PlaceMatches {
  return memo("places", article, readPlaces);
}

function readPlaces(article: ArticleText): PlaceMatches {
  // Joined, not concatenated: a flat string, which the gazetteer's character loops and regexes read
  // at up to half the cost of a concatenation's two parts.
  return findPlaces([article.title, article.body].join("\n"));
}

// Where aid went: "transformers arrived in Kharkiv", "До Харкова прибув конвой", "delivered to Sumy",
// "передали Херсонській ОВА", "доставлены в Запорожье".
const DELIVERY =
  /arriv|deliver|handed\s+over|shipped\s+to|sent\s+to|прибу|прибы|доставл|достави|передал|передан|передав|надійшл|поступил|отрима|получил|получен/u;

/**
 * The places of an aid item: only those the aid was delivered to, in a sentence that says so
 * ("EU-funded transformers arrived in Kharkiv"). The regions an aid programme covers ("power
 * stations in several regions, including Dnipro and Odesa"), or a minority's home named in a
 * politician's terms, are not where anything happened.
 */
export function aidDestinations(article: ArticleText): { cities: string[]; regions: string[] } {
  const cities: string[] = [];
  const regions: string[] = [];
  const found = articlePlaces(article);
  if (found.cities.length === 0 && found.regions.length === 0) return { cities, regions };
  const all = prepare(article).sentences;
  const starts = all.map((s) => s.start);
  // Whether aid reached the places of a sentence, decided once per sentence, not once per mention.
  const reached = new Map<number, boolean>();
  for (const m of found.mentions) {
    if (m.role !== "location") continue;
    const sentence = all[sentenceAt(starts, m.index)]!;
    let arrived = reached.get(sentence.index);
    if (arrived === undefined) {
      arrived = !sentence.past && DELIVERY.test(sentence.lower) && !NOT_YET.test(sentence.lower);
      reached.set(sentence.index, arrived);
    }
    if (!arrived) continue;
    const list = m.kind === "city" ? cities : regions;
    if (!list.includes(m.name)) list.push(m.name);
  }
  return { cities, regions };
}

// Aid still on its way ("will be handed over to hospitals in Kherson and Odesa") has arrived nowhere yet.
const NOT_YET =
  /\b(?:will\s+be\s+(?:handed|delivered|sent|shipped|transferred)|to\s+be\s+(?:handed|delivered|sent|shipped)|(?:expected|due|set)\s+to\s+arrive)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:буд(?:е|уть|ет|ут)\s+(?:передан|доставлен)\p{L}*|передадуть|передадут|передасть|передаст)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

/**
 * Locations named in the given sentences (role "location" in the gazetteer: datelines, streets,
 * officials' titles and the like are left out), per sentence index, in text order; with `windows`,
 * only those inside the given stretches of a sentence (a figure's place is in its clause). Read from
 * the article's one gazetteer call (`articlePlaces`).
 */
export function locationsOf(
  article: ArticleText,
  sentences: Sentence[],
  windows?: Map<number, [number, number][]>,
): Map<number, Located[]> {
  const out = new Map<number, Located[]>();
  if (sentences.length === 0) return out;
  const wanted = new Set(sentences.map((s) => s.index));
  const all = prepare(article).sentences;
  const starts = all.map((s) => s.start);
  for (const m of articlePlaces(article).mentions) {
    if (m.role !== "location") continue;
    const sentence = all[sentenceAt(starts, m.index)]!;
    if (!wanted.has(sentence.index)) continue;
    const at = m.index - sentence.start;
    if (at < 0 || at + m.length > sentence.text.length) continue;
    const spans = windows?.get(sentence.index);
    if (spans && !spans.some(([from, to]) => at >= from && at + m.length <= to)) continue;
    const region = m.kind === "region" ? m.name : (getPlace(m.name)?.region ?? m.name);
    const surface = sentence.text.slice(at, at + m.length);
    // The gazetteer gives a raion or community as its oblast; for summing it is a part of the oblast.
    const area = m.kind === "region" && (m.part === true || (AREA.test(surface) && !isOblastItself(m.name, surface)));
    const place: FigurePlace = area
      ? { name: `${m.name}/${surface.toLowerCase().slice(0, 6)}`, kind: "area", region }
      : { name: m.name, kind: m.kind, region };
    const list = out.get(sentence.index) ?? [];
    list.push({ sentence: sentence.index, at, place });
    out.set(sentence.index, list);
  }
  return out;
}

const ATTRIBUTION =
  /(?<![\p{L}])(?:said|says|told|wrote|reported|added|according\s+to|повідомил\p{L}*|повідомив|повідомила|сказав|сказала|заявив|заявила|написав|написала|за\s+словами|за\s+даними|сообщил\p{L}*|заявил\p{L}*|написал\p{L}*|по\s+словам|по\s+данным)(?![\p{L}])/u;

const AREA = /district|raion|community|municipality|район|громад|округ|\p{L}+щин/iu;

/**
 * "Харківщина", "Дніпропетровщина" name the oblast itself (after its centre); "Куп’янщина",
 * "Нікопольщина" a part of it. Both come back from the gazetteer as the oblast.
 */
function isOblastItself(region: string, surface: string): boolean {
  if (!/щин/iu.test(surface)) return false;
  const centre = getRegion(region)?.centre;
  const uk = centre ? getPlace(centre)?.uk : undefined;
  const stem = (uk ?? getRegion(region)?.uk ?? "").toLowerCase().slice(0, 4);
  return stem.length === 4 && surface.toLowerCase().startsWith(stem);
}

// Clause breaks: "…in Kostiantynivka, while one person was killed … in Druzhkivka", "…; in Odesa …",
// "В Одессе погиб мужчина, в Запорожье погибла женщина".
const CLAUSE_BREAK = /;|,\s+(?=(?:while|whereas|and|but|in|at|near|а|і|й|та|и|але|но|у|в|на|під|біля|под|возле)\s)/giu;

/**
 * The place of a figure at `at` in a sentence: a location right after it in its clause ("five
 * people were injured in Druzhkivka"), else the nearest one before it in the clause ("In Kharkiv,
 * two were killed"), else the first one after it in the clause; else, when every location of the
 * sentence lies in one region, that region. null when the sentence does not tell.
 */
export function placeOfFigure(sentence: Sentence, at: number, length: number, located: Located[]): FigurePlace | null {
  if (located.length === 0) return null;
  let start = 0;
  let end = sentence.text.length;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(sentence.text); m !== null; m = CLAUSE_BREAK.exec(sentence.text)) {
    if (m.index < at) start = m.index;
    else if (m.index >= at + length) {
      end = m.index;
      break;
    }
  }
  const inClause = located.filter((l) => l.at >= start && l.at < end);
  const after = inClause.filter((l) => l.at >= at + length && l.at - (at + length) <= 48);
  if (after.length > 0) return common(after);
  const before = inClause.filter((l) => l.at < at);
  if (before.length > 0) return common(before);
  const later = inClause.filter((l) => l.at >= at);
  if (later.length > 0) return common(later);
  const regions = new Set(located.map((l) => l.place.region));
  if (regions.size === 1) {
    const region = [...regions][0]!;
    const only = new Set(located.map((l) => l.place.name));
    return only.size === 1 ? located[0]!.place : { name: region, kind: "region", region };
  }
  return null;
}

/**
 * The locations that can be a figure's place: not those in the attribution after it ("…, Kherson
 * Oblast governor said", "повідомили в Донецькій обласній прокуратурі": who said it is not where).
 */
export function usableLocations(sentence: Sentence, at: number, length: number, all: Located[]): Located[] {
  const said = ATTRIBUTION.exec(sentence.text.slice(at + length));
  if (!said) return all;
  const cut = at + length + said.index;
  return all.filter((l) => l.at < cut);
}

/** The single place a sentence is about (one location, or several in one region), else null. */
export function soleSentencePlace(located: Located[] | undefined): FigurePlace | null {
  if (!located || located.length === 0) return null;
  const names = new Set(located.map((l) => l.place.name));
  if (names.size === 1) return located[0]!.place;
  const regions = new Set(located.map((l) => l.place.region));
  if (regions.size === 1) {
    const region = [...regions][0]!;
    return { name: region, kind: "region", region };
  }
  return null;
}

/**
 * One place for a group of locations: the place itself when there is one; their region when they
 * all lie in it ("Kharkiv and 11 settlements in Kharkiv Oblast"); null for places in several regions
 * ("attacked Zaporizhzhia and Mykolaiv, injuring three": a total over both).
 */
function common(located: Located[]): FigurePlace | null {
  const names = new Set(located.map((l) => l.place.name));
  if (names.size === 1) return located[0]!.place;
  const regions = new Set(located.map((l) => l.place.region));
  if (regions.size > 1) return null;
  const region = [...regions][0]!;
  return { name: region, kind: "region", region };
}
