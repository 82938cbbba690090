import { classify } from "./classify.js";
import { extractAid, extractAirDefence, extractCasualties, extractTargets, extractWeapons } from "./extract/index.js";
import { articlePlaces } from "./extract/places.js";
import { prepare } from "./extract/prepare.js";
import { pickFromSentences } from "./summarize.js";
import { toArticleText } from "./text.js";
import type { ArticleText, InterceptionFigures, RawItem, Report } from "./types.js";

const NO_FIGURES: InterceptionFigures = { launched: null, downed: null };

/** One feed item → one structured report. Pure and deterministic. */
export function analyzeItem(item: RawItem): Report {
  return analyzeArticle(item, toArticleText(item));
}

export function analyzeArticle(item: RawItem, article: ArticleText): Report {
  const kind = classify(article);
  const places = articlePlaces(article);
  const bodyStart = article.title.length + 1;
  const placeOffsets = places.mentions
    .filter((m) => m.role === "location" && m.index >= bodyStart)
    .map((m) => m.index - bodyStart);
  // The summary reads the sentences the extractors split, as written (not apostrophe-unified).
  const bodySentences = prepare(article)
    .sentences.slice(1)
    .map((s) => {
      const start = s.start - bodyStart;
      return { text: article.body.slice(start, start + s.text.length), start, lower: s.lower };
    });
  const base = {
    id: item.id,
    title: article.title,
    link: item.link,
    published: item.published,
    kind,
    cities: [...places.cities],
    regions: [...places.regions],
    summary: pickFromSentences(article.title, bodySentences, placeOffsets),
    lang: article.lang,
    source: sourceName(item),
  };
  if (kind === "other") {
    // An item that reports no strike and no aid names no place where something happened.
    return {
      ...base,
      cities: [],
      regions: [],
      killed: null,
      injured: null,
      drones: { ...NO_FIGURES },
      missiles: { ...NO_FIGURES },
      weapons: [],
      targets: [],
      aid: null,
    };
  }
  const casualties = kind === "strike" ? extractCasualties(article) : null;
  const airDefence = kind === "strike" ? extractAirDefence(article) : null;
  // Weekly or monthly tallies are not one attack's figures.
  const periodTotal = airDefence?.period === "week" || airDefence?.period === "month";
  return {
    ...base,
    killed: casualties?.killed ?? null,
    injured: casualties?.injured ?? null,
    drones: airDefence && !periodTotal ? airDefence.drones : { ...NO_FIGURES },
    missiles: airDefence && !periodTotal ? airDefence.missiles : { ...NO_FIGURES },
    weapons: kind === "strike" ? extractWeapons(article) : [],
    targets: kind === "strike" ? extractTargets(article) : [],
    aid: kind === "aid" ? extractAid(article) : null,
  };
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
