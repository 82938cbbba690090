import { classify } from "./classify.js";
import { extractAid, extractAirDefence, extractCasualties, extractTargets, extractWeapons } from "./extract/index.js";
import { findPlaces } from "./gazetteer/index.js";
import { pickKeySentences } from "./summarize.js";
import { toArticleText } from "./text.js";
import type { ArticleText, InterceptionFigures, RawItem, Report } from "./types.js";

const NO_FIGURES: InterceptionFigures = { launched: null, downed: null };

/** One feed item → one structured report. Pure and deterministic. */
export function analyzeItem(item: RawItem): Report {
  return analyzeArticle(item, toArticleText(item));
}

export function analyzeArticle(item: RawItem, article: ArticleText): Report {
  const kind = classify(article);
  const places = findPlaces(`${article.title}\n${article.body}`);
  const bodyStart = article.title.length + 1;
  const placeOffsets = places.mentions
    .filter((m) => m.role === "location" && m.index >= bodyStart)
    .map((m) => m.index - bodyStart);
  const base = {
    id: item.id,
    title: article.title,
    link: item.link,
    published: item.published,
    kind,
    cities: places.cities,
    regions: places.regions,
    summary: pickKeySentences(article, placeOffsets),
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

/** Outlet name for attribution: the feed's host, or the article's. */
function sourceName(item: RawItem): string | null {
  for (const url of [item.link, item.feedUrl]) {
    if (!url) continue;
    try {
      return new URL(url).hostname.replace(/^(www|m|amp)\./, "");
    } catch {
      // not a URL: try the next one
    }
  }
  return null;
}
