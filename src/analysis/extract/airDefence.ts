import { LETTERS, parseNumberWords, QUALIFIED_NUMBER_SOURCE } from "../numbers.js";
import type { ArticleText, InterceptionFigures } from "../types.js";
import { earlierReport } from "./casualties.js";
import { type Count, countsIn, memo, type Prepared, prepare, type Sentence, wordCue } from "./prepare.js";

/**
 * What was launched and what air defence brought down, per weapon class.
 *
 * Contract:
 * - `drones` and `missiles` are the figures of the reported attack (or of the reported day, for
 *   "over the past day" summaries). Nationwide Air Force totals win over one city's share: the
 *   highest figure stated is taken.
 * - `downed` = shot down + suppressed/lost to electronic warfare. The Air Force lists "збито/подавлено"
 *   together and "локаційно втрачено" (locationally lost, i.e. taken off course by EW) separately; both
 *   are threats that did not reach a target, and outlets sum them ("intercepted or jammed 566"), so
 *   they are added. Drones that hit targets or flew back are not downed.
 * - Weekly or monthly totals ("nearly 1,500 drones this week", "за тиждень", "since the start of the
 *   month") are never the attack's figures: they are ignored, and when they are all the item states,
 *   `period` is "week"/"month" and both classes stay null. So item-level figures are null whenever
 *   period is "week" or "month".
 * - `period` is "attack" for figures of one attack or night, "day" for "over the past day" summaries,
 *   null when the item states no air-defence figures at all.
 * - "Air targets"/"повітряних цілей" totals are not split into classes: they are not counted.
 */
export interface AirDefenceFigures {
  drones: InterceptionFigures;
  missiles: InterceptionFigures;
  period: "attack" | "day" | "week" | "month" | null;
}

type WeaponClass = "drone" | "missile" | "target";
type Role = "launch" | "down" | "lost" | "hit";

interface Mention {
  cls: WeaponClass;
  value: number;
  start: number;
  end: number;
  role: Role | null;
  /** "all 35 drones": launched = downed = 35 once the role is "down". */
  all: boolean;
  /** "21 of the 49": stands alone, never part of a list. */
  composite?: boolean;
}

interface Tally {
  launched: number[];
  down: number[];
  lost: number[];
  allDown: boolean;
}

const Q = QUALIFIED_NUMBER_SOURCE;

const DRONE_NOUN =
  "(?:drones?|uavs?|shaheds?|shahed-\\d+(?:/\\d+)?s?|gerans?|geran-\\d+s?|gerberas?|decoys?|unmanned\\s+aerial\\s+vehicles?|бпла|дрон[\\p{L}’-]*|безпілотн[\\p{L}’-]*|беспилотн[\\p{L}’-]*|шахед\\p{L}*|гербер\\p{L}*|герань|гераней|герані|імітатор\\p{L}*|имитатор\\p{L}*)";
const MISSILE_NOUN =
  "(?:missiles?|kinzhals?|iskanders?|kalibrs?|ракет(?:а|и|у|ою|ами|ам|ах|ы|ой|е|і)?|кинджал(?:и|ів|ами)?|кинжал(?:ы|ов|ами)?|іскандер(?:и|ів|ами)?|искандер(?:ы|ов|ами)?)";
const TARGET_NOUN =
  "(?:air\\s+targets|aerial\\s+targets|targets|objects|повітрян\\p{L}*\\s+ціл\\p{L}*|ціл(?:ей|і|ями)|об’єкт\\p{L}*|засоб\\p{L}*\\s+повітряного\\s+нападу|воздушн\\p{L}*\\s+цел\\p{L}*|цел(?:ей|и|ями)|средств\\p{L}*\\s+воздушного\\s+нападения)";
const MONTHS =
  "january|february|march|april|may|june|july|august|september|october|november|december|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
// Up to three words between the count and the noun ("49 Shahed-136/131 attack drones",
// "60 ударними БпЛА"), but never a conjunction, a number or a month, so that "7 missiles and 46
// drones" stays two mentions and "5 травня шахеди" none. Nor "times" or "attacks": "attacked more
// than 40 times using drones", "11 раз беспилотники сбрасывали" count attacks, not drones.
const MOD = `(?:[«"“„]?(?!(?:and|or|of|with|from|by|over|in|on|at|і|й|та|з|із|зі|и|или|або|а|times|attacks|strikes|раз|раза|рази|разів|атак|ударів|ударов|обстрілів|обстрелов|${MONTHS})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’]))\\p{L}[\\p{L}\\d’'/-]*[»"”]?\\s+)`;
// "85 drones and missiles", "90 ракет і дронів": one count for both classes is neither's figure.
const MIXED = `(?!\\s+(?:and|or|і|й|та|и|або|или|&)\\s+(?:(?:other|various|attack|ballistic|cruise|інш\\p{L}*|ударн\\p{L}*|баліст\\p{L}*|крилат\\p{L}*|друг\\p{L}*|баллист\\p{L}*|крылат\\p{L}*)\\s+)?`;
const NOUN = `[«"“„]?(?:(${DRONE_NOUN})${MIXED}${MISSILE_NOUN})|(${MISSILE_NOUN})${MIXED}${DRONE_NOUN})|(${TARGET_NOUN}))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’\\d-])[»"”]?`;
const ALL = "(?:(all|усі|всі|все|всех|усіх|всіх)\\s+(?:(?:the|of\\s+the)\\s+)?)?";

// "21 of the 49 attack drones", "12 з 15 шахедів", "shot down 21 of 49".
const COMPOSITE = new RegExp(
  `${Q}\\s+(?:out\\s+of|of|з|із|зі|из)\\s+(?:the\\s+|a\\s+total\\s+of\\s+|загалом\\s+)?${Q}(?:\\s+${MOD}{0,3}${NOUN})?`,
  "uy",
);
// "72 drones out of a total of 101", "збили 72 дрони з 101": what was downed first, then the whole.
// Not when a noun follows the second count: "40 drones of 12 types" is no composite.
const COMPOSITE_AFTER = new RegExp(
  `${Q}\\s+${MOD}{0,3}${NOUN}\\s+(?:out\\s+of|of|з|із|зі|из)\\s+(?:a\\s+total\\s+of\\s+|the\\s+|загалом\\s+|всего\\s+)?${Q}(?![\\d%])(?!\\s+${MOD}{0,3}${NOUN})`,
  "uy",
);
// "9 баллистических и 14 крылатых ракет": the first count borrows the noun of the second.
const ELLIPSIS = new RegExp(
  `${Q}\\s+(?:ballistic|cruise|guided|hypersonic|aeroballistic|баліст\\p{L}*|крилат\\p{L}*|аеробаліст\\p{L}*|керован\\p{L}*|гіперзвук\\p{L}*|баллист\\p{L}*|крылат\\p{L}*|аэробаллист\\p{L}*|управляем\\p{L}*|гиперзвук\\p{L}*)(?=\\s*(?:,|and|і|та|й|и)\\s+\\d+\\s+${MOD}{0,3}[«"“„]?${MISSILE_NOUN}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’]))`,
  "uy",
);
// "49 Shahed attack drones", "all 35 drones", "60 ударними БпЛА".
// "18 of the drones": a part of the drones named before. "12 drone attacks" counts attacks.
const NP = new RegExp(
  `${ALL}${Q}\\s+(?:of\\s+(?:the|these|those)\\s+)?${MOD}{0,3}${NOUN}(?!\\s+(?:attacks|strikes|raids)(?![a-z]))`,
  "uy",
);
// "both cruise missiles", "обидві ракети", "обе ракеты": two, and all of them.
const BOTH = new RegExp(
  `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:both|обидва|обидві|обох|оба|обе|обеих|обоих)\\s+(?:(?:the|of\\s+the)\\s+)?${MOD}{0,3}${NOUN}`,
  "gu",
);
const ALL_BEFORE = /(?:all|усі|всі|все|всех|усіх|всіх)\s+(?:(?:the|of\s+the)\s+)?$/u;

// Each pattern after its leading count, tried right after the counts of a sentence (`matchAfterCounts`).
const rest = (re: RegExp) => new RegExp(re.source.slice(re.source.indexOf(Q) + Q.length), "uy");
const COMPOSITE_REST = rest(COMPOSITE);

// What must follow a count for each rule to match there, as cheap sticky tests without the `u` flag:
// most counts of an article ("22 people", "at 3 am") fail them at once, and the full rule is not tried.
// All three are tried in one call per count (AHEAD), each as a lookahead that marks its own group.
const NOUN_STEMS =
  "drone|uav|shahed|geran|gerber|decoy|unmanned|бпла|дрон|безпілотн|беспилотн|шахед|гербер|геран|імітатор|имитатор|missile|kinzhal|iskander|kalibr|ракет|кинджал|кинжал|іскандер|искандер|air|aerial|targets|objects|повітрян|ціл|об’єкт|засоб|воздушн|цел|средств";
// NP and COMPOSITE_AFTER: the noun within "of the" and three modifiers.
const NOUN_AHEAD = new RegExp(`\\s+(?:\\S+\\s+){0,5}[«"“„]?(?:${NOUN_STEMS})`, "y");
const OF_AHEAD = /\s+(?:out|of|з|із|зі|из)\s/y;
const ELLIPSIS_AHEAD =
  /\s+(?:ballistic|cruise|guided|hypersonic|aeroballistic|баліст|крилат|аеробаліст|керован|гіперзвук|баллист|крылат|аэробаллист|управляем|гиперзвук)/y;
// Where a verb of ONE_VERB may start: the stems of all its words, at a word start (the boundary
// consumed, as in `wordCue`, but digits allowed before it as in BARE_BEFORE's lookbehind).
const VERB_STEM = new RegExp(
  `(?:^|[^${LETTERS}])(?:shot|shoot|downed|destroy|intercept|neutrali|eliminated|suppressed|jammed|lost|locationally|disappeared|збит|збил|знищ|знешкод|перехоп|подав|локаційно|локально|втрачено|сби|уничтож|перехва|нейтрализ|локационно|потеряны)`,
  "g",
);
const AHEAD = new RegExp([OF_AHEAD, NOUN_AHEAD, ELLIPSIS_AHEAD].map((re) => `(?:(?=${re.source}())|)`).join(""), "y");
const OF_NEXT = 1;
const NOUN_NEXT = 2;
const ELLIPSIS_NEXT = 4;

/** For each count, the bits of the AHEAD tests that pass after it. */
function aheadOf(text: string, counts: Count[]): number[] {
  const out: number[] = [];
  for (const c of counts) {
    AHEAD.lastIndex = c.end;
    const m = AHEAD.exec(text)!;
    out.push(
      (m[1] === undefined ? 0 : OF_NEXT) |
        (m[2] === undefined ? 0 : NOUN_NEXT) |
        (m[3] === undefined ? 0 : ELLIPSIS_NEXT),
    );
  }
  return out;
}

/** A match of a rule's rest (`rest`) after a count; `m` holds the rest's groups. */
interface AfterCount {
  start: number;
  number: string;
  end: number;
  m: RegExpExecArray;
}
const NO_MATCHES: AfterCount[] = [];

/**
 * As `matchAfterCounts`, but tried only after the counts whose `ahead` bits include `bit` (all when null), and
 * without rebuilding a whole-rule match for each: the count and the rest's groups side by side.
 */
function matchesAfter(rest: RegExp, text: string, counts: Count[], ahead: number[] | null, bit: number): AfterCount[] {
  let out = NO_MATCHES;
  let end = -1;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if ((ahead !== null && (ahead[i]! & bit) === 0) || c.start < end) continue;
    rest.lastIndex = c.end;
    const m = rest.exec(text);
    if (m === null) continue;
    if (out === NO_MATCHES) out = [];
    out.push({ start: c.start, number: c.number, end: c.end + m[0].length, m });
    end = c.end + Math.max(1, m[0].length);
  }
  return out;
}

/** Where a word of ONE_VERB may start after `from` (or at 0), or -1. */
function verbFrom(text: string, from: number): number {
  VERB_STEM.lastIndex = from;
  const m = VERB_STEM.exec(text);
  if (m === null) return -1;
  return m.index === 0 && LETTER_AT_START.test(m[0]) ? 0 : m.index + 1;
}
const LETTER_AT_START = new RegExp(`^[${LETTERS}]`);

/**
 * Where the boundary before the last verb stem is (`verbFrom(text, from) >= 0` exactly for `from`
 * up to it), or -1; `firstVerb` is where the first verb starts. Stems are letters only, so the
 * matches of one scan are all the places a verb may start.
 */
function lastVerbBoundary(text: string, firstVerb: number): number {
  let last = -1;
  VERB_STEM.lastIndex = Math.max(0, firstVerb - 1);
  for (let m = VERB_STEM.exec(text); m !== null; m = VERB_STEM.exec(text))
    if (!(m.index === 0 && LETTER_AT_START.test(m[0]))) last = m.index;
  return last;
}
const COMPOSITE_AFTER_REST = rest(COMPOSITE_AFTER);
const NP_REST = rest(NP);
const ELLIPSIS_REST = rest(ELLIPSIS);

const SHOOT =
  /\b(?:repell?(?:ed|s)?\s+(?:an?\s+|the\s+)?attack(?:\s+(?:of|by))?|(?:able|managed)\s+to\s+(?:destroy|intercept|neutrali[sz]e)|shot\s+down|shoot\s+down|shoots\s+down|shooting\s+down|downed|downing|downs|destroyed|destroying|destroys|intercepted|intercepting|intercepts|neutrali[sz]ed|eliminated|taken\s+out|took\s+out|brought\s+down)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:збил\p{L}*|збито|збиті|збитих|збитий|збита|збити|знищити|знешкодити|перехопити|знищений|знищена|знешкоджений|знешкоджена|перехоплений|сбит|сбита|сбить|уничтожить|перехватить|збиває|збивали|знищено|знищили|знищила|знищив|знищені|знищених|знешкоджено|знешкодили|знешкодила|знешкоджені|перехоплено|перехопили|перехопила|перехоплені|приземлили|приземлено|нейтралізовано|нейтралізували|ліквідовано|сбил\p{L}*|сбито|сбиты|сбитых|уничтожен\p{L}*|уничтожил\p{L}*|перехвачен\p{L}*|перехватил\p{L}*|нейтрализован\p{L}*|нейтрализовал\p{L}*|відбил\p{L}*\s+атак\p{L}*|відбили\s+атак\p{L}*|отразил\p{L}*\s+атак\p{L}*|збиття|знешкодження|перехоплення|уничтожение|перехват(?:а|е|у|ом)?)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu;
const EW =
  /\b(?:suppressed|jammed|lost|locationally|disappeared|electronic\s+warfare|ew|(?:did\s+not|didn['’]t|failed\s+to)\s+reach)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:не\s+досягл\p{L}*|не\s+достигл\p{L}*|подавлено|подавили|подавлені|подавлен\p{L}*|локаційно|локально|втрачено|втрачені|радіоелектронн\p{L}*|реб|рэб|локационно|потерян\p{L}*|подавил\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu;
const LAUNCH =
  /\b(?:launched|launching|launches|launch|fired|firing|fires|attacked|attacking|attacks|sent|used|using|deployed|unleashed|struck|(?:hit|targeted|pounded)\s+(?:[\p{L}’-]+\s+){0,3}with)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:атакува\p{L}*|атакує|випустил\p{L}*|випустив|випуска\p{L}*|запустил\p{L}*|запустив|запуска\p{L}*|застосува\p{L}*|застосову\p{L}*|використа\p{L}*|атакова\p{L}*|атакует|выпустил\p{L}*|выпуска\p{L}*|запустил\p{L}*|применил\p{L}*|применя\p{L}*|использова\p{L}*|спрямува\p{L}*|направил\p{L}*|вдарил\p{L}*|вдарив|ударил\p{L}*|завдал\p{L}*|завдав|нанесл\p{L}*|нанес|обстріля\p{L}*|обстреля\p{L}*|запустивши|випустивши|выпустив|применив|запущено|випущено|выпущено|застосовано|применено|запущены|выпущены|применены|пуск(?:и|ів|ов|ах)?|запуск(?:и|ів|ов|ах)?)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu;
const HIT =
  /\b(?:hit|reached|impacts?|landed|returned|flew|fell|crashed)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:впал\p{L}*|упал\p{L}*|влучан\p{L}*|влучил\p{L}*|влучили|досягли|досягл\p{L}*|повернул\p{L}*|полетіл\p{L}*|попадани\p{L}*|попал\p{L}*|достигл\p{L}*|вернул\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/gu;

// All verbs in one regex, one group per role. At one position the first group wins: "shot down"
// over "lost", "hit … with" (a launch) over "hit".
const ROLES: Role[] = ["down", "lost", "launch", "hit"];
const ROLE_VERBS = new RegExp(
  [SHOOT, EW, LAUNCH, HIT].map((re) => `(${re.source.replace(/(?<!\\)\((?!\?)/g, "(?:")})`).join("|"),
  "gu",
);

/** Role of the last verb in a stretch of text, or null. */
function lastRole(text: string): Role | null {
  let at = -1;
  let role: Role | null = null;
  ROLE_VERBS.lastIndex = 0;
  for (let m = ROLE_VERBS.exec(text); m !== null; m = ROLE_VERBS.exec(text)) {
    at = m.index;
    role = roleOf(m);
  }
  // "збито/подавлено", "intercepted or jammed": a shoot-down verb just before the EW word makes it one figure.
  if (role === "lost") {
    SHOOT.lastIndex = 0;
    const before = text.slice(Math.max(0, at - 30), at);
    if (SHOOT.test(before)) return "down";
    SHOOT.lastIndex = 0;
  }
  return role;
}

/** The role whose group matched in a ROLE_VERBS match. */
function roleOf(m: RegExpExecArray): Role | null {
  for (let g = 1; g < m.length; g++) if (m[g] !== undefined) return ROLES[g - 1]!;
  return null;
}

const CLAUSE_MARKS = ",;:.";

/** Where the first of `marks` is in `text`, or its length (plain searches, no regex split). */
function firstOf(text: string, marks: string): number {
  let first = text.length;
  for (const mark of marks) {
    const at = text.indexOf(mark);
    if (at >= 0 && at < first) first = at;
  }
  return first;
}

/** Where the text after the last of `marks` starts, or 0. */
function afterLastOf(text: string, marks: string): number {
  let last = -1;
  for (const mark of marks) last = Math.max(last, text.lastIndexOf(mark));
  return last + 1;
}

// Words allowed between a figure and a verb that follows it: "40 drones were shot down",
// "45 БпЛА збито", "35 drones have all been destroyed by air defence".
// A dash may stand for the verb "were" in Air Force bulletins: "31 БпЛА-імітатор – локаційно втрачений".
const AUX =
  /^[\s,"“”«»„'–—]*(?:(?:were|was|have|has|been|had|are|all|also|successfully|reportedly|then|later|by|air|defen[cs]e|forces|systems|units|було|були|був|була|был|была|было|были|вже|уже|успішно|успешно|также|також|силами|ппо|пво|засобами|средствами|дежурными|the|ukrainian|українськ\p{L}*|противовоздушн\p{L}*|протиповітрян\p{L}*|обороны|оборони|самол[её]тного|літакового|гелікоптерного|вертол[её]тного|типа|типу)\s+)*/u;

// A participle right after the weapon says how it was launched, it is not the figure's verb: "21 of
// the 49 attack drones launched against Ukraine", "missiles fired at Kyiv hit the city", "drones
// sent by Russia overnight were shot down". The clause's own verb, if any, follows the phrase.
const PARTICIPLE = /^(?:launched|fired|sent|used|deployed|unleashed|aimed|directed|flying|heading)(?![a-z])/;
const FINITE_AUX = /(?:^|[\s,])(?:were|was|have|has|been|had|are)\s/;
// Where the participle's phrase ends at the latest: the clause.
const CLAUSE_END = /[,;:.]|\s(?:while|whereas|but|and\s+(?:air|the|ukraine|ukrainian))\s/;

interface Forward {
  /** The verb of the figure after it, or null. */
  role: Role | null;
  /** The figure is followed by a launch participle and no verb of its own ("49 drones launched overnight"). */
  participle: boolean;
}

function forwardRole(text: string): Forward {
  const aux = AUX.exec(text)?.[0] ?? "";
  const rest = text.slice(aux.length).replace(/^["“”«»„']+/u, "");
  if (!FINITE_AUX.test(aux)) {
    const p = PARTICIPLE.exec(rest);
    if (p) {
      const phrase = rest.slice(p[0].length, p[0].length + 80);
      const end = CLAUSE_END.exec(phrase);
      return { role: firstRole(end ? phrase.slice(0, end.index) : phrase), participle: true };
    }
  }
  const head = rest.slice(0, 40);
  const role = lastRole(head.slice(0, firstOf(head, CLAUSE_MARKS)));
  if (role === null) return { role: null, participle: false };
  // The verb must come first: "drones were shot down", not "drones, the mayor said, shot down".
  const firstWord = /^(?:(?:не|did\s+not|failed\s+to)\s+)?[\p{L}’-]+/u.exec(rest)?.[0] ?? "";
  const first = lastRole(firstWord) !== null || /^(?:shot|brought|taken)\s/.test(rest);
  // "пуски 60 БПЛА, уничтожено 52": after a comma, a verb with a count of its own is that count's.
  if (first && aux.includes(",") && /^[\p{L}’-]+\s+\d/u.test(rest)) return { role: null, participle: false };
  return { role: first ? role : null, participle: false };
}

/** Role of the first verb in a stretch of text, or null. */
function firstRole(text: string): Role | null {
  ROLE_VERBS.lastIndex = 0;
  const m = ROLE_VERBS.exec(text);
  return m === null ? null : roleOf(m);
}

// What may stand between two figures of one list: "7 missiles and 46 drones", "595 drones and
// decoys alongside 48 missiles", "60 ударними БпЛА типу Shahed та 2 ракетами".
const CONJ = new RegExp(
  `^[\\s,:–—-]*(?:(?:and|as\\s+well\\s+as|alongside|along\\s+with|together\\s+with|plus|also|including|разом\\s+(?:з|із)|вместе\\s+с|та|і|й|а\\s+також|також|зокрема|и|а\\s+также|также|в\\s+том\\s+числе|у\\s+тому\\s+числі|of\\s+various\\s+types|різних\\s+типів|различных\\s+типов|типу\\s+[\\p{L}\\d/-]+|типа\\s+[\\p{L}\\d/-]+|${DRONE_NOUN}|${MISSILE_NOUN}|\\p{L}+-[\\p{L}\\d]+(?:/[\\p{L}\\d-]+)?|[«"“„][^»"”]{1,24}[»"”]|\\([^)]{1,30}\\))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])[\\s,:–—-]*)*$`,
  "u",
);
const OF_BEFORE = /(?:\bof|\bout\s+of|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:з|із|зі|из))\s+(?:the\s+)?$/u;
const OF_WHICH_AFTER =
  /^\s*,?\s*(?:\S+\s+)?(?:of\s+which|of\s+them|з\s+яких|із\s+яких|з\s+них|із\s+них|из\s+которых|из\s+них)/u;

function classOf(m: RegExpExecArray, first: number): WeaponClass {
  if (m[first] !== undefined) return "drone";
  if (m[first + 1] !== undefined) return "missile";
  return "target";
}

function count(text: string | undefined): number | null {
  if (text === undefined) return null;
  const value = parseNumberWords(text);
  return value !== null && Number.isInteger(value) && value > 0 && value < 100_000 ? value : null;
}

// Bare figures tied to a verb: "air defence destroyed 40", "з них 45 збито", "ще 10 локаційно
// втрачено", "40 of which were shot down", "another 10 were lost to electronic warfare".
const ONE_VERB =
  "(?:shot\\s+down|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|suppressed|jammed|lost|locationally\\s+lost|disappeared|збито|збиті|збили|знищено|знищені|знищили|знешкоджено|знешкоджені|знешкодили|перехоплено|перехопили|подавлено|подавлені|подавили|локаційно\\s+втрачено|локаційно\\s+втрачені|локально\\s+втрачено|локально\\s+втрачені|втрачено|сбиты|сбито|сбили|уничтожены|уничтожено|уничтожили|перехвачены|перехвачено|подавлены|нейтрализованы|нейтрализовано|локационно\\s+потеряны|потеряны|сбит|збитий|збита|подавлен|подавлений|знищений|уничтожен|перехвачен|знешкоджений|нейтрализован|shoot\\s+down|destroy|intercept|neutrali[sz]e|збиття|знешкодження|перехоплення|збити|знищити|знешкодити|перехопити|сбить|уничтожить|перехватить|нейтрализовать)";
// "shot down or suppressed", "збито/подавлено", "перехвачены и уничтожены": one figure.
const VERB_WORD = `(?:${ONE_VERB}(?:\\s*(?:/|or|and|або|чи|та|і|и|или)\\s*${ONE_VERB})?)`;
const BARE_AFTER = new RegExp(
  `(?:(?:of which|of them|з яких|із яких|з них|із них|из которых|из них|ще|ещё|еще|another|a further),?\\s+)?${Q}\\s+(?:more\\s+|others?\\s+)?(?:(?:of which|of them|з яких|з них|из которых|из них)\\s+)?(?:(?:were|was|have been|had been|було|були|было|были|был|была|also|також|также|(?:it|they|we)\\s+(?:was|were)\\s+able\\s+to|(?:was|were)\\s+able\\s+to|managed\\s+to|вдалося|вдалось|удалось)\\s+)*[«"“„]?(${VERB_WORD})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
  "uy",
);
const BARE_AFTER_REST = rest(BARE_AFTER);
const BARE_BEFORE = new RegExp(
  `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(${VERB_WORD})\\s+(?:(?:ще|ещё|еще|another|a further|загалом|всего)\\s+)?${Q}(?:\\s+(?:of\\s+them|з\\s+них|из\\s+них)|(?!\\s*[\\p{L}\\d])|(?=\\s+(?:over|in|across|above|near|над|у|в|на|по|під|под)\\s))`,
  "gu",
);
// Drones and missiles of Ukraine, as Russian officials and outlets name them.
const UKRAINIAN_WEAPONS =
  /\bukrainian\s+(?:\S+\s+){0,2}(?:drones|uavs|missiles|unmanned)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:українськ\p{L}*\s+(?:\S+\s+)?(?:безпілотн|дрон|ракет|бпла)|украинск\p{L}*\s+(?:\S+\s+)?(?:беспилотн|дрон|ракет|бпла)|(?:бпла|беспилотник\p{L}*|дрон\p{L}*)\s+всу)/u;
// Headlines about an attack on Russia: Ukraine's weapons, or Russian regions and cities as targets.
const ATTACK_ON_RUSSIA =
  /\bukrain\w*\s+(?:drones?|uavs?|missiles?|attack|strikes?|hits?)|\b(?:moscow|belgorod|kursk|bryansk|voronezh|rostov|krasnodar|oryol|orel|lipetsk|tula|kaluga|smolensk|tambov|saratov|volgograd|astrakhan|tatarstan|novorossiysk|tuapse|sochi|ryazan|yaroslavl|leningrad|st\s+petersburg|russian\s+(?:region|oblast|city|territory|refinery|airfield|oil))|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:всу|українськ\p{L}*\s+(?:дрон|безпілот|ракет)|украинск\p{L}*\s+(?:дрон|беспилот|ракет)|москв|подмосков|белгород|бєлгород|курськ|курск|брянськ|брянск|воронеж|ростов|краснодар|орл|орёл|липецк|ліпецьк|тул|калуг|смоленськ|смоленск|тамбов|саратов|волгоград|астрахан|татарстан|новоросійськ|новороссийск|туапсе|рязан|ярослав|ленінград|ленинград|петербург|росії|россии|рф)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

// The cues of "all" (ALL_PRONOUN) and of "both" (BOTH) in one scan of a sentence: bit ALL_WORD, bit BOTH_WORD.
const ALL_WORD = 1;
const BOTH_WORD = 2;
const ALL_OR_BOTH_CUE = new RegExp(
  `(?:^|[^${LETTERS}\\d])(?:(all|усі|всі|все|их все)|both|обидв|обох|оба|обе|обеих|обоих)`,
  "g",
);

function quantifierCues(text: string): number {
  let cues = 0;
  ALL_OR_BOTH_CUE.lastIndex = 0;
  for (
    let m = ALL_OR_BOTH_CUE.exec(text);
    m !== null && cues !== (ALL_WORD | BOTH_WORD);
    m = ALL_OR_BOTH_CUE.exec(text)
  )
    cues |= m[1] !== undefined ? ALL_WORD : BOTH_WORD;
  return cues;
}
const ALL_PRONOUN =
  /\ball\s+(?:of\s+them|were|have\s+been)\s+(?:were\s+|been\s+)?(?:shot\s+down|destroyed|intercepted|downed|neutrali[sz]ed)|\b(?:shot\s+down|destroyed|intercepted|downed)\s+(?:them\s+)?all(?:\s+of\s+them)?\b(?!\s+but\b|\s+except\b)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:усі|всі|все|их\s+все)\s+(?:вони\s+|они\s+|були\s+|были\s+)?(?:збиті|збито|знищені|знищено|знешкоджені|сбиты|уничтожены|перехвачены)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:збили|знищили|знешкодили|сбили|уничтожили|перехватили)\s+(?:усі|всі|все|их\s+все)(?![\p{L}\s]*\d)/u;

export function extractAirDefence(article: ArticleText): AirDefenceFigures {
  return copyAirDefence(memo("airDefence", article, computeExtractAirDefence));
}

const NO_FIGURES: AirDefenceFigures = {
  drones: { launched: null, downed: null },
  missiles: { launched: null, downed: null },
  period: null,
};

function computeExtractAirDefence(article: ArticleText): AirDefenceFigures {
  const prepared = prepare(article);
  // Every figure is in a sentence with an air-defence cue word (a weapon or a shoot-down verb).
  if (prepared.cued.airDefence.size === 0) return NO_FIGURES;
  // Counts of the cued sentences only, found when first needed (by sentence index).
  const counts: (Count[] | undefined)[] = [];
  // The other side's claim in an aside ("Russia's Defence Ministry said its air defences destroyed
  // 27 Ukrainian drones over Russian regions") is not the figure of an item about a strike on
  // Ukraine. It is the figure when the item is about an attack on Russia, or when it is all there is.
  if (ATTACK_ON_RUSSIA.test(prepared.sentences[0]!.lower)) return collect(prepared, counts, null, article);
  const skipped = { otherSide: false };
  const own = collect(prepared, counts, skipped, article);
  if (own.period !== null) return own;
  // Nothing of our own: the other side's figures are all there is, if any were skipped (when none
  // was, a second pass that keeps them would find what this one found).
  return skipped.otherSide ? collect(prepared, counts, null, article) : own;
}

// A recap paragraph's opener followed soon by this night or this day ("Нагадаємо, цієї ночі…",
// "Раніше повідомлялося, що під час нічної атаки…").
const RECAP_TODAY =
  /^(?:нагадаємо|нагадуємо|напомним|recall\s+that|as\s+a\s+reminder|раніше\s+повідомлял\p{L}*|ранее\s+сообщал\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])[^.;!?]{0,40}?(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:сьогодні|цієї\s+ночі|цієї\s+доби|минулої\s+ночі|нічн\p{L}*\s+(?:ворож\p{L}*\s+|масован\p{L}*\s+)?атак\p{L}*|сегодня|этой\s+ночью|прошлой\s+ночью|ночн\p{L}*\s+(?:массирован\p{L}*\s+)?атак\p{L}*|today|tonight|overnight|last\s+night|this\s+(?:morning|night))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

/** No paragraph break between the starts of two body sentences. */
function sameParagraph(body: string, bodyStart: number, a: Sentence, b: Sentence): boolean {
  const at = body.indexOf("\n", a.start - bodyStart);
  return at < 0 || at >= b.start - bodyStart;
}

const END_PUNCT = '.!?…:;"”»)';
// What `\s` matches, by char code: trailing space is skipped from the end, not matched by a regex
// that is tried at every position of the sentence.
const SPACE_CODES = new Set([
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007,
  0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
]);

/** The text ends with closing punctuation, trailing space aside. */
function endsWithPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && SPACE_CODES.has(text.charCodeAt(i))) i--;
  return i >= 0 && END_PUNCT.includes(text[i]!);
}

/**
 * The headline of another story, left in the body by a "Read also" link: a paragraph of one line
 * with no closing punctuation between two paragraphs of prose ("Ukraine destroys 26 drones in
 * latest overnight strike"). Not a list item ("- 40 drones shot down"), not a line after a colon
 * ("Key developments:"), not the last paragraph (a caption or a source line).
 */
function headlineLink(body: string, bodyStart: number, sentence: Sentence): boolean {
  const at = sentence.start - bodyStart;
  if (at <= 0 || body[at - 1] !== "\n") return false;
  const end = body.indexOf("\n", at);
  if (end < 0 || body.slice(at, end).trim() !== sentence.text.trim()) return false;
  if (/^[-–—•*·]/.test(sentence.text)) return false;
  const before = body.slice(0, at - 1).trimEnd();
  return /[.!?…"”»]$/u.test(before) && body.slice(end).trim().length > 0;
}

/** Ukraine's own weapons named (see UKRAINIAN_WEAPONS). */
function otherSide(text: string): boolean {
  // Words that every match contains: plain searches reject most sentences.
  return (
    (text.includes("ukrainian") || text.includes("українськ") || text.includes("украинск") || text.includes("всу")) &&
    UKRAINIAN_WEAPONS.test(text)
  );
}

function collect(
  prepared: Prepared,
  countCache: (Count[] | undefined)[],
  /** Set when the other side's figures are left out: whether any sentence was. Null: kept. */
  skipped: { otherSide: boolean } | null,
  article: ArticleText,
): AirDefenceFigures {
  const { sentences } = prepared;
  const { body } = article;
  // Where the body starts in `${title}\n${body}` (see `Sentence.start`).
  const bodyStart = article.title.length + 1;
  let todayRecap: Sentence | null = null;
  const cued = prepared.cued.airDefence;
  const tally: Record<"drone" | "missile", Tally> = {
    drone: { launched: [], down: [], lost: [], allDown: false },
    missile: { launched: [], down: [], lost: [], allDown: false },
  };
  let periodTotals: "week" | "month" | null = null;
  let usedDay = false;
  let usedAny = false;
  let lastClass: "drone" | "missile" | null = null;

  // One weapon named in the singular ("fired a missile at", "ПВО сбила беспилотник"): used only when
  // the item states no figure of its own for that class and role.
  // Sentences to look at for them, looked at only when a class has no figure.
  const singleAt: { sentence: Sentence; consumed: (readonly [number, number])[] }[] = [];

  for (const sentence of sentences) {
    let past = sentence.past;
    // "Нагадаємо, сьогодні вночі ворог запустив…", "As a reminder, overnight Russia launched…": a recap
    // of this night's attack is its figures, the rest of that paragraph too.
    if (past && sentence.index > 0) {
      if (todayRecap !== null && sameParagraph(body, bodyStart, todayRecap, sentence)) past = false;
      else if (RECAP_TODAY.test(sentence.lower)) past = false;
      todayRecap = past ? null : sentence;
      // "Ранее Минобороны сообщило, что…": an earlier report of this attack (that sentence only).
      if (past && earlierReport(sentence.lower)) past = false;
    }
    if (!cued.has(sentence.index)) continue;
    // Weekly and monthly tallies are noted even in a sentence that is also "past" ("since the start
    // of the month"); other past sentences hold no figure of this attack.
    const periodTotal = sentence.period === "week" || sentence.period === "month";
    if (past && !periodTotal) continue;
    const text = sentence.lower;
    const counts = countCache[sentence.index] ?? countsIn(text);
    countCache[sentence.index] = counts;
    // Every figure needs a count, except "shot down all of them" after a count in an earlier sentence,
    // and a weapon in the singular (looked for at the end, when a class has no figure).
    const cues = quantifierCues(text);
    if (counts.length === 0 && !(lastClass !== null && cues & ALL_WORD) && !(cues & BOTH_WORD)) {
      singleAt.push({ sentence, consumed: [] });
      continue;
    }
    if (skipped !== null && sentence.index > 0 && otherSide(text)) {
      skipped.otherSide = true;
      continue;
    }
    if (sentence.index > 0 && !endsWithPunctuation(text) && headlineLink(body, bodyStart, sentence)) continue;
    if (periodTotal) {
      if (/\d/.test(text)) periodTotals ??= sentence.period as "week" | "month";
      continue;
    }
    const downBefore = { drone: tally.drone.down.length, missile: tally.missile.down.length };
    const mentions = findMentions(text, counts, (cues & BOTH_WORD) !== 0);
    const consumed = mentions.map((m) => [m.start, m.end] as const);
    singleAt.push({ sentence, consumed });
    const bare = findBare(text, counts, consumed);

    let contributed = false;
    // Figures of one list add up: "35 крилатих ракет Х-101 та 3 «Кинджали»" → 38 missiles.
    for (const list of lists(text, mentions)) {
      const sums = new Map<string, { cls: "drone" | "missile"; role: Role; value: number; all: boolean }>();
      for (const m of list) {
        if (m.cls === "target" || m.role === null || m.role === "hit") continue;
        const key = `${m.cls}:${m.role}`;
        const entry = sums.get(key) ?? { cls: m.cls, role: m.role, value: 0, all: true };
        entry.value += m.value;
        entry.all &&= m.all;
        sums.set(key, entry);
      }
      for (const { cls, role, value, all } of sums.values()) {
        const t = tally[cls];
        if (role === "launch") t.launched.push(value);
        else if (role === "down") {
          t.down.push(value);
          if (all) t.launched.push(value);
        } else t.lost.push(value);
        contributed = true;
      }
    }
    for (const b of bare) {
      const before = mentions.filter((m) => m.cls !== "target" && m.start < b.at).at(-1);
      const cls = (before?.cls as "drone" | "missile" | undefined) ?? lastClass ?? soleClass(text);
      if (!cls) continue;
      (b.role === "down" ? tally[cls].down : tally[cls].lost).push(b.value);
      contributed = true;
    }
    if (cues & ALL_WORD && ALL_PRONOUN.test(text)) {
      const classes = new Set(mentions.filter((m) => m.cls !== "target").map((m) => m.cls));
      if (classes.size === 0 && lastClass) classes.add(lastClass);
      // "…, знищено 21. … Сили ППО знищили всі безпілотники над столицею": a figure stated in an
      // earlier sentence is the count; a later "all" is about one place.
      for (const c of classes)
        if (downBefore[c as "drone" | "missile"] === 0) tally[c as "drone" | "missile"].allDown = true;
      contributed ||= classes.size > 0;
    }
    const classed = mentions.filter((m) => m.cls !== "target");
    if (classed.length > 0) lastClass = classed.at(-1)!.cls as "drone" | "missile";
    if (contributed) {
      usedAny = true;
      if (sentence.period === "day") usedDay = true;
    }
  }

  const singles: Single[] = [];
  const want = { drone: empty(tally.drone), missile: empty(tally.missile) };
  if (singleAt.length > 0 && (want.drone || want.missile))
    for (const { sentence: s, consumed } of singleAt) {
      if (s.past || s.period === "week" || s.period === "month") continue;
      const skipOtherSide = skipped !== null && s.index > 0;
      if (findSingles(s.lower, consumed, s.period === "day", skipOtherSide, want, singles)) skipped!.otherSide = true;
    }
  for (const cls of ["drone", "missile"] as const) {
    const t = tally[cls];
    const own = singles.filter((x) => x.cls === cls);
    if (own.length === 0 || t.launched.length > 0 || t.down.length > 0 || t.lost.length > 0) continue;
    if (own.some((x) => x.role === "launch")) t.launched.push(1);
    if (own.some((x) => x.role === "down")) t.down.push(1);
    usedAny = true;
    if (own.some((x) => x.day)) usedDay = true;
  }
  const drones = figures(tally.drone);
  const missiles = figures(tally.missile);
  const any = [drones.launched, drones.downed, missiles.launched, missiles.downed].some((v) => v !== null);
  let period: AirDefenceFigures["period"] = null;
  if (any && usedAny) period = usedDay ? "day" : "attack";
  else if (periodTotals) period = periodTotals;
  return { drones, missiles, period };
}

function empty(t: Tally): boolean {
  return t.launched.length === 0 && t.down.length === 0 && t.lost.length === 0;
}

/** Mentions joined by "and", commas and the like form one list; composites stand alone. */
function lists(text: string, mentions: Mention[]): Mention[][] {
  const out: Mention[][] = [];
  for (const m of mentions) {
    const current = out.at(-1);
    const prev = current?.at(-1);
    const gap = prev ? text.slice(prev.end, m.start) : "";
    // "62 drones, including 23 over the Belgorod region": a part of the figure, not an addition.
    if (current && prev && !m.composite && !prev.composite && joined(gap) && !SUBSET.test(gap)) current.push(m);
    else out.push([m]);
  }
  return out;
}

/**
 * Two figures of one list: only conjunctions and names between them ("7 missiles and 46 drones"),
 * or a verb-less phrase that ends in a conjunction ("four Kalibr missiles from a ship in the Black
 * Sea and two Iskander-K missiles from the Kursk region").
 */
function joined(gap: string): boolean {
  if (CONJ.test(gap)) return true;
  return gap.length <= 80 && CONJ_END.test(gap) && !/[.;:]/.test(gap) && lastRole(gap) === null;
}

const CONJ_END = /(?:\band|\bplus|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:та|і|й|и|а\s+також|а\s+также))\s*$/u;

const SUBSET =
  /\bincluding\b|\bof\s+(?:them|which)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:зокрема|у\s+тому\s+числі|в\s+тому\s+числі|з\s+них|в\s+том\s+числе|из\s+них)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

function copyAirDefence(f: AirDefenceFigures): AirDefenceFigures {
  return { drones: { ...f.drones }, missiles: { ...f.missiles }, period: f.period };
}

function soleClass(text: string): "drone" | "missile" | null {
  const drone = new RegExp(DRONE_NOUN, "u").test(text);
  const missile = new RegExp(`(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])${MISSILE_NOUN}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`, "u").test(
    text,
  );
  if (drone && !missile) return "drone";
  if (missile && !drone) return "missile";
  return null;
}

function figures(t: Tally): InterceptionFigures {
  const launched = t.launched.length > 0 ? Math.max(...t.launched) : null;
  const shot = t.down.length > 0 ? Math.max(...t.down) : null;
  const lost = t.lost.length > 0 ? Math.max(...t.lost) : null;
  let downed: number | null;
  if (shot !== null && lost !== null) {
    downed = shot + lost;
    // A sum above what was launched means the figures overlap (one is already a total).
    if (launched !== null && downed > launched) downed = Math.max(shot, lost);
  } else downed = shot ?? lost;
  if (t.allDown && launched !== null) downed = Math.max(downed ?? 0, launched);
  return { launched, downed };
}

function findMentions(text: string, counts: Count[], both: boolean): Mention[] {
  const mentions: Mention[] = [];
  const taken: [number, number][] = [];
  const ahead = aheadOf(text, counts);
  // The rules' groups after their leading count: `m[k]` here is group k + 1 of the whole rule.
  for (const { start, number, end, m } of matchesAfter(COMPOSITE_REST, text, counts, ahead, OF_NEXT)) {
    const downed = count(number);
    const launched = count(m[1]);
    if (downed === null || launched === null || downed > launched) continue;
    const cls: WeaponClass | null =
      m[2] !== undefined || m[3] !== undefined || m[4] !== undefined ? classOf(m, 2) : contextClass(text, start);
    taken.push([start, end]);
    if (cls === null) continue;
    // Composite is its own statement: downed of launched, unless a hit verb follows ("3 of 5 hit").
    const after = forwardRole(text.slice(end)).role;
    if (after === "hit" || after === "launch") continue;
    mentions.push({ cls, value: launched, start, end, role: "launch", all: false, composite: true });
    mentions.push({ cls, value: downed, start, end, role: "down", all: false, composite: true });
  }

  for (const { start, number, end, m } of matchesAfter(COMPOSITE_AFTER_REST, text, counts, ahead, NOUN_NEXT)) {
    if (overlaps(taken, start, end)) continue;
    const downed = count(number);
    const launched = count(m[4]);
    if (downed === null || launched === null || downed > launched) continue;
    taken.push([start, end]);
    const cls = classOf(m, 1);
    const after = forwardRole(text.slice(end)).role;
    if (after === "hit" || after === "launch") continue;
    mentions.push({ cls, value: launched, start, end, role: "launch", all: false, composite: true });
    mentions.push({ cls, value: downed, start, end, role: "down", all: false, composite: true });
  }

  for (const { start: at, number, end, m } of matchesAfter(NP_REST, text, counts, ahead, NOUN_NEXT)) {
    // "all 35 drones": the word before the count.
    const all = ALL_BEFORE.exec(text.slice(Math.max(0, at - 16), at));
    const start = all ? at - all[0].length : at;
    if (overlaps(taken, start, end)) continue;
    const value = count(number);
    if (value === null) continue;
    mentions.push({ cls: classOf(m, 1), value, start, end, role: null, all: all !== null });
  }
  for (const { start, number, end } of matchesAfter(ELLIPSIS_REST, text, counts, ahead, ELLIPSIS_NEXT)) {
    const value = count(number);
    if (value === null || overlaps(taken, start, end)) continue;
    mentions.push({ cls: "missile", value, start, end, role: null, all: false });
  }
  if (both) {
    BOTH.lastIndex = 0;
    for (let m = BOTH.exec(text); m !== null; m = BOTH.exec(text)) {
      const end = m.index + m[0].length;
      if (!overlaps(taken, m.index, end))
        mentions.push({ cls: classOf(m, 1), value: 2, start: m.index, end, role: null, all: true });
    }
  }
  if (mentions.length === 0) return mentions;
  mentions.sort((a, b) => a.start - b.start);
  assignRoles(text, mentions);
  return mentions;
}

function overlaps(taken: [number, number][], start: number, end: number): boolean {
  for (const [a, b] of taken) if (start < b && end > a) return true;
  return false;
}

function inside(spans: (readonly [number, number])[], at: number): boolean {
  for (const [a, b] of spans) if (at >= a && at < b) return true;
  return false;
}

function contextClass(text: string, at: number): WeaponClass | null {
  const before = text.slice(0, at);
  const d = before.search(new RegExp(`${DRONE_NOUN}(?![\\s\\S]*${DRONE_NOUN})`, "u"));
  const mi = before.search(new RegExp(`${MISSILE_NOUN}(?![\\s\\S]*${MISSILE_NOUN})`, "u"));
  if (d < 0 && mi < 0) return soleClass(text);
  return d > mi ? "drone" : "missile";
}

function assignRoles(text: string, mentions: Mention[]): void {
  // Composite mentions come with their roles; the rest get theirs from the nearest verb.
  const open = mentions.filter((m) => m.role === null);
  // "49 drones launched overnight" with no other verb: launched, once lists have had their say
  // ("shot down 21 drones and 6 missiles launched by Russia": the missiles were shot down too).
  const launchedByParticiple = new Set<Mention>();
  for (const m of open) {
    const i = mentions.indexOf(m);
    const prevEnd = i > 0 ? mentions[i - 1]!.end : 0;
    const nextStart = i + 1 < mentions.length ? mentions[i + 1]!.start : text.length;
    const gapBefore = text.slice(prevEnd, m.start);
    const after = text.slice(m.end, nextStart);
    if (OF_BEFORE.test(gapBefore) || OF_WHICH_AFTER.test(after)) {
      m.role = "launch";
      continue;
    }
    const forward = forwardRole(after);
    m.role = forward.role ?? lastRole(gapBefore);
    if (m.role === null && forward.participle) launchedByParticiple.add(m);
  }
  // Lists: "launched 7 missiles and 46 drones" (forwards), "5 missiles and 40 drones were downed" (backwards).
  for (let i = 1; i < mentions.length; i++) {
    const m = mentions[i]!;
    const prev = mentions[i - 1]!;
    if (m.role === null && prev.role !== null && joined(text.slice(prev.end, m.start))) m.role = prev.role;
  }
  for (let i = mentions.length - 2; i >= 0; i--) {
    const m = mentions[i]!;
    const next = mentions[i + 1]!;
    if (m.role === null && next.role !== null && CONJ.test(text.slice(m.end, next.start))) m.role = next.role;
  }
  for (const m of launchedByParticiple) m.role ??= "launch";
  // No verb at all, but the attack named right before: "Був удар і сьогодні: понад 240 дронів і
  // п’ять ракет", "tonight's attack: 50 drones and 2 missiles", "an attack involving 40 drones".
  if (!ATTACK_NOUN_CUE.test(text)) return;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    if (m.role !== null) continue;
    const prev = mentions[i - 1];
    const gap = text.slice(prev?.end ?? 0, m.start);
    if (prev?.role === "launch" && joined(gap)) m.role = "launch";
    else if (ATTACK_BEFORE.test(gap.slice(-60)) && lastRole(ATTACK_BEFORE.exec(gap.slice(-60))![1]!) === null)
      m.role = "launch";
  }
}

const ATTACK_NOUN_CUE = wordCue("attack|strike|barrage|raid|удар|атак");
// The attack noun, then up to 40 characters with no sentence end before the figure (the verb test is separate).
const ATTACK_BEFORE =
  /(?:\b(?:attacks?|strikes?|barrage|raid)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:удар|удару|ударом|удари|атака|атаки|атаку|атакою|атаці|атаке|атакой))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])([^.;!?]{0,40})$/u;

interface Single {
  cls: "drone" | "missile";
  role: "launch" | "down";
  day: boolean;
}

const L = "a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’";
// "fired a missile at", "a ballistic missile hit", "shot down a drone", "destroyed the missile";
// "ракета влучила", "випустили ракету", "балістичною ракетою", "ПВО сбила беспилотник". Not "a
// missile strike", "a drone attack", "a missile and drone attack": those name no count.
// The noun is found first (the rarer part); the English article and up to two modifiers before it
// are then checked in the text just before.
const SINGLE = new RegExp(
  `(?:^|[^${L}\\d])(missile|drone|uav|shahed|ракета|ракету|ракетою|ракетой|беспилотник|безпілотник|дрон|шахед)(?![${L}\\d’'-])(?!\\s*(?:strikes?|attacks?|threats?|danger|alerts?|defen[cs]e|systems?|fragments?|debris|wreckage|parts?|launchers?|carriers?|warnings?|units?|operators?|production|factor(?:y|ies)|plants?|programs?|programmes?|tests?|bases?|sites?|crews?|makers?|components?|engines?|warheads?|(?:and|or|&)\\s+(?:drones?|missiles?|uavs?)\\s+(?:strikes?|attacks?))(?![a-z]))`,
  "g",
);
const SINGLE_ARTICLE = new RegExp(`(?<![${L}])(an?|the)\\s+(${MOD}{0,2})$`, "u");
// "жодна ракета", "ни один беспилотник", "кожен дрон": no count.
const SINGLE_NOT_AFTER =
  /(?:^|[^a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:жоден|жодна|жодного|жодної|ні|ни|кожен|кожна|кожну|каждый|каждая|каждую|один|одна|одну|одного|ще|еще|ещё|другий|друга|другую|второй|вторая|вторую|очередной|очередную|черговий|чергову|наступна|наступний)\s+$/u;

const DOWN_CUE = wordCue(
  "shot|shoot|downed|destroy|intercept|neutrali|eliminat|taken out|took out|brought down|repel|збил|збит|знищ|знешкод|перехоп|приземл|нейтраліз|ліквід|відбил|сбил|сбит|уничтож|перехват|нейтрализ|отразил",
);

/** Weapons named in the singular in one sentence, with the role of their verb. True when skipped as the other side's. */
function findSingles(
  text: string,
  consumed: (readonly [number, number])[],
  day: boolean,
  skipOtherSide: boolean,
  want: { drone: boolean; missile: boolean },
  out: Single[],
): boolean {
  // A single drone counts only when shot down: no shoot-down word, no drone to look at.
  let downCue: boolean | null = null;
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(text); m !== null; m = SINGLE.exec(text)) {
    const at = m.index + m[0].length - m[1]!.length;
    const noun = m[1]!;
    const cls = noun.startsWith("missile") || noun.startsWith("ракет") ? "missile" : "drone";
    if (!want[cls]) continue;
    if (cls === "drone") {
      downCue ??= DOWN_CUE.test(text);
      if (!downCue) continue;
    }
    if (inside(consumed, at)) continue;
    // The other side's weapons, as in `collect`: tested once, at the first match.
    if (skipOtherSide) {
      if (otherSide(text)) return true;
      skipOtherSide = false;
    }
    let before = text.slice(Math.max(0, at - 80), at);
    let article: string | undefined;
    if (noun.charCodeAt(0) < 128) {
      // English needs "a"/"an"/"the", and no verb among the modifiers ("a downed drone").
      const a = SINGLE_ARTICLE.exec(before.slice(-60));
      if (a === null || (a[2] && lastRole(a[2]) !== null)) continue;
      article = a[1];
      before = before.slice(0, before.length - a[0].length);
    } else if (SINGLE_NOT_AFTER.test(before)) continue;
    const end = at + m[1]!.length;
    let role = forwardRole(text.slice(end, end + 80)).role ?? lastRole(before.slice(afterLastOf(before, ";:")));
    if (noun === "ракетою" || noun === "ракетой") role = "launch"; // "вдарили балістичною ракетою"
    if (role === "down") out.push({ cls, role, day });
    // A launched or hitting missile is one launched; a single drone that struck is not a figure.
    else if ((role === "launch" || role === "hit") && cls === "missile" && article !== "the")
      out.push({ cls, role: "launch", day });
  }
  return false;
}

function findBare(
  text: string,
  counts: Count[],
  consumed: (readonly [number, number])[],
): { value: number; role: Role; at: number }[] {
  const out: { value: number; role: Role; at: number }[] = [];
  if (counts.length === 0) return out;
  // Both rules need a verb (BARE_BEFORE starts with it), and BARE_AFTER one after the count.
  const firstVerb = verbFrom(text, 0);
  if (firstVerb < 0) return out;
  // A verb may start after a count when the boundary before the last verb is at or after its end.
  const lastBoundary = lastVerbBoundary(text, firstVerb);
  const beforeVerb = counts.filter((c) => c.end <= firstVerb || c.end <= lastBoundary);
  for (const { start, number, m } of matchesAfter(BARE_AFTER_REST, text, beforeVerb, null, 0)) {
    const numberAt = text.indexOf(number, start);
    if (inside(consumed, numberAt)) continue;
    const value = count(number);
    const role = lastRole(m[1] ?? "");
    if (value === null || (role !== "down" && role !== "lost")) continue;
    out.push({ value, role, at: numberAt });
  }
  BARE_BEFORE.lastIndex = firstVerb;
  for (let m = BARE_BEFORE.exec(text); m !== null; m = BARE_BEFORE.exec(text)) {
    const numberAt = m.index + m[0].lastIndexOf(m[2]!);
    if (inside(consumed, numberAt) || out.some((o) => o.at === numberAt)) continue;
    const value = count(m[2]);
    const role = lastRole(m[1] ?? "");
    if (value === null || (role !== "down" && role !== "lost")) continue;
    out.push({ value, role, at: numberAt });
  }
  return out;
}
