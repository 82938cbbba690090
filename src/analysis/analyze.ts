import { classify } from "./classify.js";
import { extractAid, extractAirDefence, extractCasualties, extractTargets, extractWeapons } from "./extract/index.js";
import { aidDestinations, articlePlaces } from "./extract/places.js";
import { prepare } from "./extract/prepare.js";
import { type BodySentence, pickFromSentences } from "./summarize.js";
import { toArticleText } from "./text.js";
import type { ArticleText, RawItem, Report } from "./types.js";

/** One feed item → one structured report. Pure and deterministic. */
export function analyzeItem(item: RawItem): Report {
  return analyzeArticle(item, toArticleText(item));
}

export function analyzeArticle(item: RawItem, article: ArticleText): Report {
  const kind = classify(article);
  const places = articlePlaces(article);
  const bodyStart = article.title.length + 1;
  const placeOffsets: number[] = [];
  for (const m of places.mentions)
    if (m.role === "location" && m.index >= bodyStart) placeOffsets.push(m.index - bodyStart);
  const summary = pickFromSentences(article.title, bodySentences(article, bodyStart), placeOffsets);
  // Key order as the report has always been written: stored reports and tests compare it.
  if (kind === "other") {
    // An item that reports no strike and no aid names no place where something happened.
    return {
      id: item.id,
      title: article.title,
      link: item.link,
      published: item.published,
      kind,
      cities: [],
      regions: [],
      summary,
      lang: article.lang,
      source: sourceName(item),
      killed: null,
      injured: null,
      drones: { launched: null, downed: null },
      missiles: { launched: null, downed: null },
      weapons: [],
      targets: [],
      aid: null,
    };
  }
  const strike = kind === "strike";
  const where = kind === "aid" ? aidDestinations(article) : places;
  const casualties = strike ? extractCasualties(article) : null;
  const airDefence = strike ? extractAirDefence(article) : null;
  // Weekly or monthly tallies are not one attack's figures.
  const periodTotal = airDefence?.period === "week" || airDefence?.period === "month";
  return {
    id: item.id,
    title: article.title,
    link: item.link,
    published: item.published,
    kind,
    cities: [...where.cities],
    regions: [...where.regions],
    summary,
    lang: article.lang,
    source: sourceName(item),
    killed: casualties?.killed ?? null,
    injured: casualties?.injured ?? null,
    drones: airDefence && !periodTotal ? airDefence.drones : { launched: null, downed: null },
    missiles: airDefence && !periodTotal ? airDefence.missiles : { launched: null, downed: null },
    weapons: strike ? extractWeapons(article) : [],
    targets: strike ? extractTargets(article) : [],
    aid: kind === "aid" ? extractAid(article) : null,
  };
}

/** The body sentences the extractors split, as written (not apostrophe-unified), for the summary. */
function bodySentences(article: ArticleText, bodyStart: number): BodySentence[] {
  const { sentences } = prepare(article);
  const out: BodySentence[] = [];
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i]!;
    const start = s.start - bodyStart;
    out.push({ text: article.body.slice(start, start + s.text.length), start, lower: s.lower });
  }
  return out;
}

// The host of a plain http(s) URL with an ASCII host, read without a URL parser (which validates
// and allocates far more than a host needs); anything else goes through `new URL`.
const PLAIN_HOST = /^https?:\/\/([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::\d{1,5})?(?=[/?#]|$)/i;

/** Outlet name for attribution: the feed's host, or the article's. */
function sourceName(item: RawItem): string | null {
  for (const url of [item.link, item.feedUrl]) {
    if (!url) continue;
    const plain = PLAIN_HOST.exec(url);
    if (plain) return plain[1]!.toLowerCase().replace(/^(www|m|amp)\./, "");
    try {
      return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}
