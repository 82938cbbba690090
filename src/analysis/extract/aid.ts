import { NUMBER_SOURCE, parseNumberWords, trieSource } from "../numbers.js";
import type { AidInfo, AidStatus, AidType, ArticleText } from "../types.js";
import { combinedScan, memo, prepare, type Sentence, scanHit, scanSource } from "./prepare.js";

/**
 * Aid to Ukraine: who gives, how much, what kind, and where it stands.
 *
 * - Everything is read from the lead: the title and the first three body sentences (not sentences
 *   recalling earlier events or cumulative totals: "since 2022", "to date", "з початку війни").
 * - Donor: the first donor named in the title, else in the lead. A country that blocks or vetoes
 *   ("Hungary blocks EU aid", "заблоковано Угорщиною") is not the donor.
 * - Amount: the headline package. The largest amount in the title; when the title has none, the
 *   largest in the lead. Converted figures in brackets ("$61bn (£49bn)") are skipped.
 * - Status: the earliest status word in the title ("EU approves €50bn after Hungary drops veto" →
 *   approved), else in the lead.
 * - null when the lead has no aid wording, or names neither a donor nor an amount.
 */
export function extractAid(article: ArticleText): AidInfo | null {
  return copyAid(memo("aid", article, computeExtractAid));
}

function computeExtractAid(article: ArticleText): AidInfo | null {
  const { sentences } = prepare(article);
  const title = sentences[0]!;
  const lead: Sentence[] = [];
  let cumulative: Sentence | null = null;
  for (let i = 1; i < sentences.length && lead.length < 3; i++) {
    const s = sentences[i]!;
    if (CUMULATIVE.test(s.lower)) cumulative ??= s;
    else if (!s.past) lead.push(s);
  }
  const parts = [title, ...lead];
  // Aid wording in the lead, or money in the title ("Україна отримала 1,5 млрд доларів від Світового банку").
  if (!parts.some((s) => AID_CUE.test(s.lower)) && amounts(title.lower).length === 0) return null;

  let donor = findDonor(title) ?? firstOf(lead, findDonor);
  if (donor !== null && INTERMEDIARIES.has(donor)) donor = findPayer([title, ...lead]) ?? donor;
  const inTitle = largestAmount([title]);
  // A title that gives the converted figure ("$270 million") when the lead gives the original with
  // its conversion in brackets ("€250 million ($270 million)"): the original is the amount.
  // "Німеччина надає 40 мільйонів допомоги": a title amount with a scale word but no currency is the
  // headline package, in the currency the body uses.
  let money =
    inTitle === null
      ? (bareTitleAmount(title, sentences) ?? leadAmount(title, lead))
      : (convertedFrom(inTitle, lead) ?? inTitle);
  // "EU has given Ukraine €50bn" when the lead says that is the total since 2022: no package amount.
  if (inTitle !== null && cumulative !== null && money === inTitle && sameAmountIn(inTitle, cumulative)) money = null;
  if (donor === null && money === null) return null;

  const currency = money?.currency === "kroner" ? kronerOf(donor) : (money?.currency ?? null);
  return {
    donor,
    amount: money?.amount ?? null,
    currency,
    type: aidType(title, lead, donor),
    status: status(title, lead),
  };
}

function copyAid(aid: AidInfo | null): AidInfo | null {
  return aid === null ? null : { ...aid };
}

function firstOf<T>(sentences: Sentence[], find: (s: Sentence) => T | null): T | null {
  for (const s of sentences) {
    const found = find(s);
    if (found !== null) return found;
  }
  return null;
}

const AID_CUE =
  /\b(?:aid|assistance|package|support|funding|funds|tranches?|loans?|grants?|weapons|arms|military|donat\w*|pledg\w*|deliver\w*|supplies|supply|financing|disburs\w*|ammunition|equipment|generators?|transformers?|to\s+draw|disbursement)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:допомог\p{L}*|перегляд\p{L}*\s+програм\p{L}*|пересмотр\p{L}*\s+программ\p{L}*|пакет\p{L}*|транш\p{L}*|кредит\p{L}*|підтримк\p{L}*|фінансуван\p{L}*|постач\p{L}*|передал\p{L}*|передав|передасть|надасть|надала|надав|виділ\p{L}*|позик\p{L}*|грант\p{L}*|помощ\p{L}*|поддержк\p{L}*|финансирован\p{L}*|постав\p{L}*|передаст|предостав\p{L}*|выдел\p{L}*|заем|займ\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

const CUMULATIVE =
  /\bsince\b|\bto\s+date\b|\bso\s+far\b|\bin\s+total\s+since\b|\balready\s+(?:provided|given|allocated)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:з\s+початку|від\s+початку|загалом\s+з|с\s+начала|уже\s+предостав\p{L}*|вже\s+надал\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

// ---- donors ----

interface Donor {
  name: string;
  re: RegExp;
}

function donor(name: string, source: string): Donor {
  return { name, re: new RegExp(`(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:${source})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`, "u") };
}

const W = "\\p{L}*";
const DONORS: Donor[] = [
  donor(
    "EU",
    `eu|eu’s|european union|european commission|european council|european peace facility|brussels|von der leyen|ukraine facility|європейськ${W} фонд${W} миру|европейск${W} фонд${W} мира|єс|євросоюз${W}|європейськ${W} (?:союз${W}|коміс${W}|рад${W})|єврокоміс${W}|фон дер ляєн|ес|евросоюз${W}|европейск${W} (?:союз${W}|комисс${W}|совет${W})|еврокомисс${W}`,
  ),
  donor(
    "United States",
    `us|u\\.s\\.|usa|united states|america|american|washington|pentagon|congress|senate|white house|biden|state department|house (?:passes|passed|approves|approved|votes?|voted|to vote|will vote|is set to vote|speaker|of representatives|republicans|democrats)|сша|сполучен${W} штат${W}|американськ${W}|вашингтон${W}|пентагон${W}|конгрес${W}|соединенн${W} штат${W}|соединённ${W} штат${W}|американск${W}|конгресс${W}`,
  ),
  donor(
    "Germany",
    `germany|german|berlin|bundestag|німеччин${W}|німецьк${W}|фрн|берлін${W}|германи${W}|немецк${W}|фрг|берлин${W}`,
  ),
  donor(
    "United Kingdom",
    `united kingdom|uk|britain|british|london|велик${W} британі${W}|британі${W}|британськ${W}|лондон${W}|великобритани${W}|британск${W}`,
  ),
  donor(
    "IMF",
    `imf|international monetary fund|мвф|міжнародн${W} валютн${W} фонд${W}|международн${W} валютн${W} фонд${W}`,
  ),
  donor("World Bank", `world bank|світов${W} банк${W}|всемирн${W} банк${W}`),
  donor("EBRD", `ebrd|єбрр|ебрр`),
  donor(
    "Council of Europe Development Bank",
    `council of europe development bank|council of europe bank|ceb|банк${W} розвитку ради європи|банк${W} развития совета европы`,
  ),
  donor("EIB", `eib|european investment bank|єіб|еиб`),
  donor("Japan", `japan|japanese|tokyo|японі${W}|японськ${W}|япони${W}|японск${W}`),
  donor("Canada", `canada|canadian|ottawa|канад${W}`),
  donor("Netherlands", `netherlands|dutch|нідерланд${W}|голланді${W}|нидерланд${W}|голланди${W}`),
  donor("Denmark", `denmark|danish|данія|данії|данією|данію|данськ${W}|дания|дании|данией|данию|датск${W}`),
  donor("Norway", `norway|norwegian|норвегі${W}|норвезьк${W}|норвеги${W}|норвежск${W}`),
  donor("Sweden", `sweden|swedish|швеці${W}|шведськ${W}|швеци${W}|шведск${W}`),
  donor("NATO", `nato|нато`),
  donor("France", `france|french|paris|франці${W}|французьк${W}|франци${W}|французск${W}`),
  donor("Italy", `italy|italian|італі${W}|італійськ${W}|итали${W}|итальянск${W}`),
  donor("Poland", `poland|polish|польщ${W}|польськ${W}|польш${W}|польск${W}`),
  donor("Finland", `finland|finnish|фінлянді${W}|фінськ${W}|финлянди${W}|финск${W}`),
  donor("Spain", `spain|spanish|іспані${W}|іспанськ${W}|испани${W}|испанск${W}`),
  donor("Belgium", `belgium|belgian|бельгі${W}|бельгийск${W}`),
  donor("Czech Republic", `czech republic|czechia|czech|чехі${W}|чеськ${W}|чехи${W}|чешск${W}`),
  donor("Lithuania", `lithuania|lithuanian|литв${W}|литовськ${W}|литовск${W}`),
  donor("Latvia", `latvia|latvian|латві${W}|латвійськ${W}|латви${W}|латвийск${W}`),
  donor("Estonia", `estonia|estonian|естоні${W}|естонськ${W}|эстони${W}|эстонск${W}`),
  donor("Australia", `australia|australian|австралі${W}|австралійськ${W}|австрали${W}|австралийск${W}`),
  donor("South Korea", `south korea|південн${W} коре${W}|южн${W} коре${W}`),
  donor("Switzerland", `switzerland|swiss|швейцарі${W}|швейцарськ${W}|швейцари${W}|швейцарск${W}`),
  donor("Austria", `austria|austrian|австрі${W}|австрійськ${W}|австри${W}|австрийск${W}`),
  donor("Portugal", `portugal|portuguese|португалі${W}|португали${W}`),
  donor("Ireland", `ireland|irish|ірланді${W}|ирланди${W}`),
  donor("UN", `united nations|un|оон|unicef|unhcr|wfp|юнісеф|юнисеф`),
  donor("G7", `g7|g-7|група семи|большая семерка|большая семёрка`),
  donor("Hungary", `hungary|hungarian|orb[aá]n|угорщин${W}|угорськ${W}|орбан${W}|венгри${W}|венгерск${W}`),
  donor("Slovakia", `slovakia|slovak|fico|словаччин${W}|словацьк${W}|фіцо|словаки${W}|словацк${W}|фицо`),
  donor(
    "United Arab Emirates",
    `united arab emirates|uae|emirati|оае|оаэ|об’єднан${W} арабськ${W} емірат${W}|объединенн${W} арабск${W} эмират${W}`,
  ),
  donor("Saudi Arabia", `saudi arabia|saudi|саудівськ${W} араві${W}|саудовск${W} арави${W}`),
  donor("Turkey", `turkey|türkiye|turkish|туреччин${W}|турецьк${W}|турци${W}|турецк${W}`),
  donor("Romania", `romania|romanian|румуні${W}|румунськ${W}|румыни${W}|румынск${W}`),
  donor("Bulgaria", `bulgaria|bulgarian|болгарі${W}|болгарськ${W}|болгари${W}|болгарск${W}`),
  donor("Greece", `greece|greek|греці${W}|грецьк${W}|греци${W}|греческ${W}`),
  donor("Croatia", `croatia|croatian|хорваті${W}|хорвати${W}|хорватськ${W}|хорватск${W}`),
  donor("Luxembourg", `luxembourg|люксембург${W}`),
  donor("New Zealand", `new zealand|нов${W} зеланді${W}|нов${W} зеланди${W}`),
];

// All donors in one scan; the first one named that is not blocking anything is the donor.
const DONOR_SCAN = combinedScan(DONORS.map((d) => scanSource(d.re)));

function findDonor(sentence: Sentence): string | null {
  const text = sentence.lower;
  const aligned = text.length === sentence.text.length;
  DONOR_SCAN.lastIndex = 0;
  for (let m = DONOR_SCAN.exec(text); m !== null; m = DONOR_SCAN.exec(text)) {
    const { at, rule } = scanHit(m);
    const donor = DONORS[rule];
    if (!donor) continue;
    const word = text.slice(at, m.index + m[0].length);
    // "US"/"UK" only when written in capitals: lowercase "us" is the pronoun.
    if ((word === "us" || word === "uk") && (!aligned || sentence.text.slice(at, at + 2) !== word.toUpperCase())) {
      continue;
    }
    if (isBlocker(text, at, word.length)) continue;
    return donor.name;
  }
  return null;
}

// Banks and alliances that pass money on: the country that pays is the donor ("Japan through a
// World Bank project", "Norway through the EBRD", "the Netherlands buys weapons via NATO's PURL").
const INTERMEDIARIES = new Set(["World Bank", "EBRD", "EIB", "NATO", "UN"]);

function findPayer(sentences: Sentence[]): string | null {
  let first: string | null = null;
  for (const s of sentences) {
    DONOR_SCAN.lastIndex = 0;
    for (let m = DONOR_SCAN.exec(s.lower); m !== null; m = DONOR_SCAN.exec(s.lower)) {
      const { at, rule } = scanHit(m);
      const donor = DONORS[rule];
      if (!donor) continue;
      const word = s.lower.slice(at, m.index + m[0].length);
      if ((word === "us" || word === "uk") && s.text.slice(at, at + 2) !== word.toUpperCase()) continue;
      if (isBlocker(s.lower, at, word.length)) continue;
      if (!INTERMEDIARIES.has(donor.name) && donor.name !== "EU") return donor.name;
      first ??= donor.name;
    }
  }
  return first;
}

/** "Hungary blocks…", "Orbán vetoes…", "…blocked by Hungary", "Угорщина заблокувала…", "заблоковано Угорщиною". */
function isBlocker(text: string, at: number, length: number): boolean {
  const after = text.slice(at + length, at + length + 60).split(/[,.;:]/)[0] ?? "";
  const m = BLOCKER_AFTER.exec(after);
  if (m && !AID_NOUN.test(m[1] ?? "")) return true;
  return BLOCKED_BY.test(text.slice(Math.max(0, at - 40), at));
}

// The donor's own verb: up to two words ("’s government", "prime minister") between it and the verb.
const BLOCKER_AFTER =
  /^(?:’s)?((?:\s+[\p{L}’-]+){0,2}?)\s+(?:block\w*|veto\w*|stall\w*|oppos\w*|refus\w*|obstruct\w*|заблок\p{L}*|блоку\p{L}*|ветува\p{L}*|наклал\p{L}*|відмов\p{L}*|отказ\p{L}*|виступ\p{L}*\s+проти|заблокир\p{L}*|блокиру\p{L}*|наложил\p{L}*|выступ\p{L}*\s+против)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
const AID_NOUN = /aid|package|fund|loan|tranche|допомог|пакет|транш|кредит|помощ/u;
const BLOCKED_BY =
  /(?:\b(?:block\w*|veto\w*|stalled|opposed)\s+by|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:заблоковано|заблоковані|заблоковано\s+через|заблокирован\p{L}*|из-за\s+позиции|через\s+позицію))\s+$/u;

// ---- amounts ----

const SCALE =
  "(?:bn|billion|million|mln|mn|m|b|trillion|thousand|k|млрд|млн|тис|тыс|мільярд\\p{L}*|мільйон\\p{L}*|миллиард\\p{L}*|миллион\\p{L}*|тисяч\\p{L}*|тысяч\\p{L}*)";
const CURRENCY_WORDS: [string, string][] = [
  ["canadian dollars?", "CAD"],
  ["australian dollars?", "AUD"],
  ["us dollars?", "USD"],
  ["dollars?", "USD"],
  ["usd", "USD"],
  ["euros?", "EUR"],
  ["eur", "EUR"],
  ["pounds?(?: sterling)?", "GBP"],
  ["sterling", "GBP"],
  ["gbp", "GBP"],
  ["hryvnias?", "UAH"],
  ["hryvnia", "UAH"],
  ["uah", "UAH"],
  ["yen", "JPY"],
  ["jpy", "JPY"],
  ["cad", "CAD"],
  ["norwegian kroner", "NOK"],
  ["nok", "NOK"],
  ["swedish kronor", "SEK"],
  ["sek", "SEK"],
  ["danish kroner", "DKK"],
  ["dkk", "DKK"],
  ["swiss francs?", "CHF"],
  ["chf", "CHF"],
  ["kroner|kronor|krona", "kroner"],
  ["канадських доларів|канадських долларів|канадских долларов", "CAD"],
  ["доларів|долара|долари|дол\\.|долларов|доллара|доллары", "USD"],
  ["євро|евро", "EUR"],
  ["гривень|гривні|гривні|грн\\.?|гривен|гривны", "UAH"],
  ["фунтів(?: стерлінгів)?|фунтов(?: стерлингов)?", "GBP"],
  ["єн|иен", "JPY"],
  ["норвезьких крон|норвежских крон", "NOK"],
  ["шведських крон|шведских крон", "SEK"],
  ["данських крон|датских крон", "DKK"],
  ["швейцарських франків|швейцарских франков", "CHF"],
  ["крон", "kroner"],
];
const SYMBOLS: Record<string, string> = {
  us$: "USD",
  $: "USD",
  c$: "CAD",
  ca$: "CAD",
  a$: "AUD",
  "€": "EUR",
  "£": "GBP",
  "¥": "JPY",
  "jp¥": "JPY",
  "&yen;": "JPY",
};

const CURRENCY_ALT = CURRENCY_WORDS.map(([w]) => w).join("|");
const CURRENCY_WORD_RES: [RegExp, string][] = CURRENCY_WORDS.map(([w, code]) => [new RegExp(`^(?:${w})$`, "u"), code]);
// "$61bn", "€50 billion", "US$61-billion", "£2.5bn"
const SYMBOL_FIRST = new RegExp(
  `(us\\$|ca\\$|c\\$|a\\$|\\$|€|£|jp¥|¥|&yen;)\\s?(${NUMBER_SOURCE})(?:[\\s-]?(${SCALE})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])\\.?)?`,
  "gu",
);
// "NOK 2 billion", "EUR 500 million", "UAH 1.2bn"
const CODE_FIRST = new RegExp(
  `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(usd|eur|gbp|uah|jpy|cad|nok|sek|dkk|chf|aud|czk)\\s?(${NUMBER_SOURCE})(?:[\\s-]?(${SCALE})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])\\.?)?`,
  "gu",
);
// "50 млрд євро", "1,5 млрд доларів", "300 тис. доларів", "50 billion euros", "€" after the number.
const NUMBER_FIRST = new RegExp(
  `(${NUMBER_SOURCE})(?:[\\s-]?(${SCALE})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])\\.?)?\\s?(?:of\\s+)?(${CURRENCY_ALT}|\\$|€|£)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
  "gu",
);

interface Money {
  amount: number;
  currency: string;
  /** Where the amount starts, only when asked for (see `convertedFrom`). */
  at?: number;
}

// "40 мільйонів", "2 billion": a count with a scale word and no currency after it. Not a count of
// things ("2 million shells", "1 млн доз").
const MONEY_SCALE = "(?:bn|billion|million|mln|млрд|млн|мільярд\\p{L}*|мільйон\\p{L}*|миллиард\\p{L}*|миллион\\p{L}*)";
const COUNTED =
  "(?:shells|rounds|doses|people|tons|tonnes|units|снаряд\\p{L}*|набо\\p{L}*|доз\\p{L}*|людей|тонн\\p{L}*|одиниц\\p{L}*|штук\\p{L}*|комплект\\p{L}*|человек|единиц\\p{L}*)";
const BARE_AMOUNT = new RegExp(
  `(?<![\\d.,$€£¥])(${NUMBER_SOURCE})[\\s-]?(${MONEY_SCALE})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])\\.?(?!\\s*(?:of\\s+)?(?:${CURRENCY_ALT}|[$€£]|${COUNTED}))`,
  "u",
);

function bareTitleAmount(title: Sentence, sentences: Sentence[]): Money | null {
  const m = BARE_AMOUNT.exec(title.lower);
  if (m === null) return null;
  let currency: string | null = null;
  for (let i = 1; i < sentences.length && currency === null; i++)
    currency = amounts(sentences[i]!.lower)[0]?.currency ?? null;
  if (currency === null) return null;
  const value = parseNumberWords(`${m[1]} ${m[2]}`);
  return value === null || value < 1000 ? null : { amount: Math.round(value), currency };
}

const TRANCHE = /\btranche|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])транш/u;

/**
 * The lead's amount for a title without one. A title about a tranche ("Україна отримає другий транш
 * кредиту МВФ") takes the tranche's amount, not the programme's that the lead also names.
 */
function leadAmount(title: Sentence, lead: Sentence[]): Money | null {
  if (TRANCHE.test(title.lower)) {
    const tranche = largestAmount(lead.filter((s) => TRANCHE.test(s.lower)));
    if (tranche !== null) return tranche;
  }
  return largestAmount(lead);
}

function largestAmount(sentences: Sentence[]): Money | null {
  let best: Money | null = null;
  for (const s of sentences) {
    for (const money of amounts(s.lower)) {
      if (!best || (money.currency === best.currency ? money.amount > best.amount : money.amount > best.amount * 1.5)) {
        best = money;
      }
    }
  }
  return best;
}

/** The amount follows the sentence's cumulative wording ("з початку війни … на загальну суму €50 млрд"). */
function sameAmountIn(money: Money, sentence: Sentence): boolean {
  const cue = CUMULATIVE.exec(sentence.lower);
  if (!cue) return false;
  const after = sentence.lower.slice(cue.index);
  return amounts(after).some((m) => m.amount === money.amount && m.currency === money.currency);
}

/** The original amount in the lead whose bracketed conversion is `money`. */
function convertedFrom(money: Money, lead: Sentence[]): Money | null {
  for (const s of lead) {
    if (!s.lower.includes("(")) continue;
    const found: Money[] = [];
    const conversions: Money[] = [];
    amounts(s.lower, found, conversions);
    for (const c of conversions) {
      if (c.amount !== money.amount || c.currency !== money.currency || c.at === undefined) continue;
      // The original is the amount just before the bracket.
      let original: Money | null = null;
      for (const f of found) if (f.at !== undefined && f.at < c.at && (!original || f.at > original.at!)) original = f;
      if (original) return { amount: original.amount, currency: original.currency };
    }
  }
  return null;
}

// "(about $1.1bn)" after an amount in another currency is its conversion, not a second amount.
const CONVERSION_BEFORE = /\(\s*(?:about|approximately|around|or|~|близько|около|приблизно)?\s*$/u;
// A running total after the package: "bringing its total support to €3.6 billion", "brings to 2.2 billion euros",
// "довівши загальну суму до…", "доведя общий объём до…".
const TOTAL_BEFORE =
  /(?:\b(?:bring(?:s|ing)?|brought|rais(?:es|ing))\b[^,.;()]{0,50}?\bto|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:довів\p{L}*|довед\p{L}*|доводя\p{L}*)[^,.;()]{0,50}?до)\s+$/u;

function pushAmount(
  out: Money[],
  text: string,
  at: number,
  numberText: string,
  scale: string | undefined,
  currency: string,
  conversions?: Money[],
): void {
  const conversion = CONVERSION_BEFORE.test(text.slice(Math.max(0, at - 16), at));
  if (conversion && !conversions) return;
  if (TOTAL_BEFORE.test(text.slice(Math.max(0, at - 80), at))) return;
  const value = parseNumberWords(scale ? `${numberText} ${scale}` : numberText);
  if (value === null || value <= 0) return;
  const money: Money = conversions
    ? { amount: Math.round(value), currency, at }
    : { amount: Math.round(value), currency };
  (conversion ? conversions! : out).push(money);
}

// Every amount names its currency: a symbol, a code ("usd") or a word ("dollars", "гривень"). Text
// with none of them (most sentences) has no amount, whatever numbers it holds.
const CURRENCY_HINT = new RegExp(
  `[$€£¥]|${trieSource(["&yen;", "usd", "eur", "gbp", "uah", "jpy", "cad", "nok", "sek", "dkk", "chf", "aud", "czk", "dollar", "pound", "sterling", "hryvni", "yen", "kron", "franc", "дол", "євро", "евро", "грн", "грив", "фунт", "єн", "иен", "крон", "франк"])}`,
);

/** The amounts in a text; with `conversions`, bracketed conversions go there, with positions. */
function amounts(text: string, out: Money[] = [], conversions?: Money[]): Money[] {
  if (!CURRENCY_HINT.test(text)) return out;
  SYMBOL_FIRST.lastIndex = 0;
  for (let m = SYMBOL_FIRST.exec(text); m !== null; m = SYMBOL_FIRST.exec(text)) {
    pushAmount(out, text, m.index, m[2]!, m[3], SYMBOLS[m[1]!] ?? "USD", conversions);
  }
  CODE_FIRST.lastIndex = 0;
  for (let m = CODE_FIRST.exec(text); m !== null; m = CODE_FIRST.exec(text)) {
    pushAmount(out, text, m.index, m[2]!, m[3], m[1]!.toUpperCase(), conversions);
  }
  NUMBER_FIRST.lastIndex = 0;
  for (let m = NUMBER_FIRST.exec(text); m !== null; m = NUMBER_FIRST.exec(text)) {
    const word = m[3]!;
    const code = SYMBOLS[word] ?? CURRENCY_WORD_RES.find(([re]) => re.test(word))?.[1];
    if (code) pushAmount(out, text, m.index, m[1]!, m[2], code, conversions);
  }
  return out;
}

function kronerOf(donor: string | null): string | null {
  if (donor === "Norway") return "NOK";
  if (donor === "Sweden") return "SEK";
  if (donor === "Denmark") return "DKK";
  if (donor === "Czech Republic") return "CZK";
  return null;
}

// ---- type ----

const TYPES: [AidType, RegExp][] = [
  [
    "military",
    /\b(?:weapons?|arms|military|defen[cs]e|ammunition|munitions|shells|missiles|patriots?|himars|f-16s?|tanks|leopards?|abrams|iris-t|nasams|howitzers?|armou?red|artillery|fighter\s+jets?|drones)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:військов\p{L}*|зброю|зброя|зброї|озброєн\p{L}*|ппо|боєприпас\p{L}*|снаряд\p{L}*|танк\p{L}*|винищувач\p{L}*|оборонн\p{L}*|военн\p{L}*|оружи\p{L}*|вооружени\p{L}*|пво|боеприпас\p{L}*|истребител\p{L}*|patriot|himars)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu,
  ],
  [
    "financial",
    /\b(?:budget|loans?|macro-?financial|financial|grants?|tranches?|funding|economic|cash|ukraine\s+facility|reforms?|salaries|pensions|compensations?)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:фінансов\p{L}*|бюджет\p{L}*|кредит\p{L}*|транш\p{L}*|макрофінансов\p{L}*|грант\p{L}*|економічн\p{L}*|позик\p{L}*|финансов\p{L}*|макрофинансов\p{L}*|экономическ\p{L}*|заем|займ\p{L}*|зарплат\p{L}*|пенсі\p{L}*|пенси\p{L}*|фінансуван\p{L}*|финансировани\p{L}*|компенсац\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu,
  ],
  [
    "humanitarian",
    /\b(?:humanitarian|food|medicines?|medical|shelters?|refugees|displaced|idps|hospitals?|demining)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:гуманітар\p{L}*|продовол\p{L}*|продукт\p{L}*|ліки|ліків|медикамент\p{L}*|медичн\p{L}*|гуманитар\p{L}*|лекарств\p{L}*|продовольств\p{L}*|медицинск\p{L}*|біжен\p{L}*|беженц\p{L}*|переселен\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu,
  ],
  [
    "energy",
    /\b(?:generators?|transformers?|power[\s-]+(?:generat\w*\s+)?(?:equipment|sector|plants?|grid|supply)|power-generating|energy|heating|gas|electricity|grid)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:генератор\p{L}*|трансформатор\p{L}*|газ|газу|газом|електроенерг\p{L}*|енергопостач\p{L}*|опален\p{L}*|электроэнерг\p{L}*|энергоснабж\p{L}*|отоплен\p{L}*|енергетичн\p{L}*|енергосистем\p{L}*|енергообладнан\p{L}*|енергетик\p{L}*|энергетическ\p{L}*|энергосистем\p{L}*|энергетик\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu,
  ],
];

// The adjective on the aid itself decides: "військової допомоги", "military aid", "humanitarian
// assistance", "макрофинансовой помощи" — whatever else the lead mentions (a national budget…).
const TYPED_AID: [AidType, RegExp][] = [
  [
    "military",
    /\b(?:military|defen[cs]e|security|weapons|arms)\s+(?:aid|assistance|support|package)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:військов\p{L}*|оборонн\p{L}*|военн\p{L}*)\s+(?:допомог|підтримк|помощ|поддержк|пакет)/u,
  ],
  [
    "financial",
    /\b(?:financial|economic|budget|macro-?financial)\s+(?:aid|assistance|support|package)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:фінансов\p{L}*|макрофінансов\p{L}*|бюджетн\p{L}*|економічн\p{L}*|финансов\p{L}*|макрофинансов\p{L}*|бюджетн\p{L}*|экономическ\p{L}*)\s+(?:допомог|підтримк|помощ|поддержк)/u,
  ],
  [
    "humanitarian",
    /\bhumanitarian\s+(?:aid|assistance|support|package|convoy|cargo)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:гуманітарн\p{L}*|гуманитарн\p{L}*)\s+(?:допомог|вантаж|конво|помощ|груз)/u,
  ],
  [
    "energy",
    /\benergy\s+(?:aid|assistance|support|package|equipment)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:енергетичн\p{L}*|энергетическ\p{L}*)\s+(?:допомог|підтримк|обладнан|помощ|поддержк|оборудован)/u,
  ],
];

function aidType(title: Sentence, lead: Sentence[], donor: string | null): AidType | null {
  for (const s of [title, ...lead]) {
    let first: { at: number; type: AidType } | null = null;
    for (const [type, re] of TYPED_AID) {
      const m = re.exec(s.lower);
      if (m && (!first || m.index < first.at)) first = { at: m.index, type };
    }
    if (first) return first.type;
  }
  let best: { type: AidType; score: number } | null = null;
  for (const [type, re] of TYPES) {
    let score = 0;
    for (const [s, weight] of [[title, 3] as const, ...lead.map((s) => [s, 1] as const)]) {
      score += (s.lower.match(re)?.length ?? 0) * weight;
    }
    if (score > 0 && (!best || score > best.score)) best = { type, score };
  }
  if (best) return best.type;
  // Lenders only lend: an IMF or World Bank item without a type word is still financial.
  if (donor === "IMF" || donor === "World Bank" || donor === "EBRD" || donor === "EIB") return "financial";
  return null;
}

// ---- status ----

const STATUSES: [AidStatus, RegExp][] = [
  [
    "blocked",
    /\b(?:block(?:s|ed|ing)?|veto(?:es|ed|ing)?|stall(?:s|ed|ing)?|fail(?:s|ed)?\s+to\s+(?:pass|approve|agree)|holds?\s+up|held\s+up|refus(?:es|ed|ing)\s+to\s+(?:support|approve|back|endorse|unblock))\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:заблокува\p{L}*|заблоков\p{L}*|блоку\p{L}*|ветува\p{L}*|вето|заблокирова\p{L}*|блокиру\p{L}*|блокирова\p{L}*|відмовил\p{L}*\s+(?:підтрима|схвали|погоди|ухвали)\p{L}*|отказал\p{L}*\s+(?:поддержа|одобри|согласова|утверди)\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
  ],
  [
    "vote pending",
    /\b(?:vote\s+(?:expected|scheduled|due|set|is\s+expected)|will\s+vote|to\s+vote\s+on|set\s+to\s+vote|expected\s+to\s+vote|votes?\s+(?:on|next|later|this)|ahead\s+of\s+(?:a|the)\s+vote|will\s+(?:decide|make\s+(?:a|the|its)\s+(?:final\s+)?decision)|(?:is\s+)?(?:due|expected|set)\s+to\s+decide)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:голосуван\p{L}*|проголосує|проголосують|голосуватиме|голосуватимуть|голосовани\p{L}*|проголосует|проголосуют|будет\s+голосовать|примет\s+(?:\p{L}+\s+)?решение|будет\s+принят\p{L}*\s+(?:\p{L}+\s+)?решение|рассмотрит|ухвалить\s+(?:\p{L}+\s+)?рішення|буде\s+ухвален\p{L}*\s+(?:\p{L}+\s+)?рішення|розгляне)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
  ],
  [
    "delivered",
    /\b(?:deliver(?:s|ed|y|ies)|(?<!(?:chancellor|minister|president|premier|secretary|delegation|envoy|chief|leader|king|pope|mayor|speaker)(?:\s+[\p{L}’.-]+){0,2}\s+)arriv(?:e|es|ed)|receiv(?:e|es|ed)|disburs(?:e|es|ed)|transfer(?:s|red)|handed\s+over|hand(?:s|ed)\s+over|has\s+sent|have\s+sent|sent|shipped)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:отримал\p{L}*|отримав|отримано|отриму\p{L}*|надійш\p{L}*|прибул\p{L}*|прибули|доставил\p{L}*|доставив|доставле\p{L}*|передал\p{L}*|передав|перерахува\p{L}*|переказал\p{L}*|переказав|получил\p{L}*|поступил\p{L}*|прибыл\p{L}*|доставлен\p{L}*|перечислил\p{L}*|спрямува(?:в|ла|ли|ло)|спрямовано|надав|надала|надали|надано|предоставил\p{L}*|предоставлен\p{L}*|направил\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
  ],
  [
    "approved",
    /\b(?:complet(?:es|ed)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}review|allowing\s+(?:ukraine\s+|kyiv\s+)?to\s+draw|(?:has\s+|have\s+)?decided\s+to|decides\s+to|allocat(?:es|ed)|approv(?:e|es|ed|al)|pass(?:es|ed)|sign(?:s|ed)|adopt(?:s|ed)|green-?light(?:s|ed)?|endorse[sd]?|unblock(?:s|ed)?|voted\s+(?:for|to|in\s+favou?r)|agree[sd]?|clears?|cleared)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:завершил\p{L}*\s+(?:\p{L}+\s+)?перегляд\p{L}*|завершив\s+(?:\p{L}+\s+)?перегляд\p{L}*|завершил\p{L}*\s+(?:\p{L}+\s+)?пересмотр\p{L}*|ухвалил\p{L}*|ухвалив|ухвалено|схвалил\p{L}*|схвалив|схвалено|затвердил\p{L}*|затвердив|затверджено|підписа\p{L}*|погодил\p{L}*|погодив|розблокува\p{L}*|виділил\p{L}*|виділив|выделил\p{L}*|вирішив|вирішила|вирішили|вирішив\s+виділити|ухвалив\s+рішення|ухвалила\s+рішення|решил\p{L}*|приняло\s+решение|принял\p{L}*\s+решение|одобрил\p{L}*|одобрен\p{L}*|утвердил\p{L}*|утвержден\p{L}*|принял\p{L}*|подписал\p{L}*|разблокирова\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
  ],
  [
    "pledged",
    /\b(?:announc(?:e|es|ed)|pledg(?:e|es|ed)|promis(?:e|es|ed)|(?:will|would)\s+(?:provide|send|give|allocate|transfer|supply|deliver|donate|extend)|to\s+(?:provide|send|give|allocate)|commit(?:s|ted)?|unveil(?:s|ed)?|offer(?:s|ed)?|plans?\s+to\s+(?:provide|send|fund|allocate|give|supply|deliver)|(?:will|to)\s+(?:fund|finance)|will\s+be\s+(?:sent|provided|delivered|allocated|transferred|supplied|handed\s+over)|(?:will|to|set\s+to)\s+receive|confirm(?!\w*\s+(?:the\s+)?(?:delivery|arrival|receipt))\w*|prepar(?:es|ed|ing)\s+(?:a\s+)?(?:new\s+)?package|provides|is\s+providing)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:надає|надають|предоставляет|предоставляют|оголоси\p{L}*|анонсува\p{L}*|отримає|отримають|получит|получат|підтверди(?!\p{L}*\s+(?:доставк|отриман|надходжен|прибутт))\p{L}*|подтверди(?!\p{L}*\s+(?:доставк|получени|поступлени|прибыти))\p{L}*|план\p{L}*\s+(?:надати|передати|виділити|предоставить|передать|выделить)|пообіця\p{L}*|надасть|нададуть|виділить|виділять|передасть|передадуть|виділя\p{L}*|оголосив|объявил\p{L}*|пообещал\p{L}*|выделит|выделят|предоставит|предоставят|передаст|передадут|анонсировал\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
  ],
];

// "Україна отримає другий транш", "Ukraine to receive $2.2bn": the recipient's future, whose cause,
// a board's or a council's decision, is often in the lead ("Рада директорів МВФ ухвалила рішення").
const WILL_RECEIVE =
  /\b(?:will|to|set\s+to)\s+receive\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:отримає|отримають|получит|получат)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

function status(title: Sentence, lead: Sentence[]): AidStatus | null {
  const inTitle = statusOf(title);
  if (inTitle === "pledged" && WILL_RECEIVE.test(title.lower)) {
    const approved = STATUSES.find(([s]) => s === "approved")![1];
    if (approved.test(title.lower) || lead.some((s) => approved.test(s.lower))) return "approved";
  }
  return inTitle ?? firstOf(lead, statusOf);
}

function statusOf(sentence: Sentence): AidStatus | null {
  let best: { at: number; status: AidStatus } | null = null;
  for (const [status, re] of STATUSES) {
    const m = re.exec(sentence.lower);
    if (m && (!best || m.index < best.at)) best = { at: m.index, status };
  }
  return best?.status ?? null;
}
