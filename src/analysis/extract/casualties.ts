import { LETTERS, parseNumberWords, QUALIFIED_NUMBER_SOURCE } from "../numbers.js";
import type { ArticleText, CasualtyFigures } from "../types.js";
import { type FigurePlace, locationsOf, placeOfFigure, soleSentencePlace, usableLocations } from "./places.js";
import {
  type Count,
  countsIn,
  matchAfterCounts,
  memo,
  prepare,
  type Sentence,
  sentenceAt,
  wordCue,
  wordStart,
} from "./prepare.js";

/**
 * Killed and injured among civilians in the reported attack.
 *
 * How figures are chosen:
 * - Only sentences of this report count: not those with a past-time marker ("Earlier this week…",
 *   "Раніше повідомлялося…", "In 2023…", "since an April strike"), not recap paragraphs
 *   ("Background:", "Нагадаємо, …", "Read also"), not sentences dated before the lead's date
 *   ("On Dec. 10, a drone attack…" in a report on Dec. 15), not cumulative war totals.
 * - Tolls rise during the day: for one place the highest figure wins ("death toll rose to 7" beats
 *   "five were killed"; "had initially reported three dead" does not lower it).
 * - Places (from the gazetteer) decide what adds up. An oblast's own figure and the sum of its towns',
 *   raions' and communities' figures are one total: the higher counts ("Donetsk Oblast: 7 injured.
 *   4 in Kostiantynivka, 3 in Druzhkivka." → 7). Different oblasts, and towns of oblasts without a
 *   figure of their own, add up ("5 in Ternopil, 11 in Dnipro, 3 in Vinnytsia Oblast" → 19). A
 *   figure whose place the text does not tell is an overall total when it is higher. "Separately…",
 *   "Також…", "one more", "ще одна" add on top. The title's figure is a floor. When the gazetteer finds
 *   no place at all, clause-opening places ("In Kharkiv, …", "У Запоріжжі …") are summed instead.
 * - "постраждали"/"постраждалих" (uk) and "пострадали"/"пострадавших" (ru) count as injured: that is
 *   how the State Emergency Service, regional heads and outlets use them next to a separate
 *   "загиблих"/"погибших" figure ("п’ятеро загиблих та 20 постраждалих").
 * - People treated only for shock or an acute stress reaction, and people rescued from rubble, are
 *   not injured. Military losses (soldiers, "окупантів", General Staff totals) are not counted.
 * - "No casualties"/"без постраждалих"/"обошлось без жертв" → 0 unless a figure is stated elsewhere;
 *   "information on casualties is being clarified" → null. Vague counts ("dozens") → null.
 * - Children: "including three children", "серед них двоє дітей", "среди погибших двое детей".
 * - People named without a count are counted: "є загиблий", "есть пострадавший", "поранень зазнав
 *   цивільний", "a 40-year-old man" (1); "мужчина и женщина погибли", "a man and his wife" (2);
 *   "Поранені 33-річний та 56-річний чоловіки" (2). "Є постраждалі" stays unknown.
 * - "One of the injured later died" moves that person from injured to killed, unless an injured
 *   figure is stated after it.
 */
export function extractCasualties(article: ArticleText): CasualtyFigures {
  return { ...memo("casualties", article, computeExtractCasualties) };
}

// "Earlier, the governor said…", "Раніше Федоров повідомляв про…", "Ранее Минобороны сообщило…": an
// earlier report of this same attack, whose figures stand until a later one replaces them. Not
// "Раніше повідомлялося" (no source: a recap), nor a report about another week, month or year, nor
// "Earlier, officials had reported…" (the pluperfect: a figure since replaced).
const EARLIER_REPORT =
  /^(?:earlier|раніше|ранее)(?:\s+(?:today|this\s+morning|сьогодні|сегодня|вранці|утром))?,?\s+(?:[\p{L}’'.()-]+,?\s+){1,7}?(?<!\bhad\s)(?:said|says|reported|told|wrote|announced|stated|confirmed|повідом\p{L}*|інформува\p{L}*|заяви\p{L}*|написа\p{L}*|уточни\p{L}*|сообщ\p{L}*|информирова\p{L}*|уточнил\p{L}*)(?![\p{L}])/u;
const EARLIER_OTHER_TIME =
  /недел|тижн|тиждень|week|month|місяц|месяц|\byears?\b|(?:19|20)\d\d|вчора|вчера|yesterday|позавчора|позавчера/u;
const EARLIER_CUE = /^(?:earlier|раніше|ранее)/;

/** A past-marked sentence that is an earlier report of the same attack (see EARLIER_REPORT). */
export function earlierReport(lower: string): boolean {
  return EARLIER_CUE.test(lower) && EARLIER_REPORT.test(lower) && !EARLIER_OTHER_TIME.test(lower);
}

// "Раніше … атакував автомобіль із працівниками. Троє з них загинули.": a sentence that opens with a
// part "of them" continues the sentence before it; after a recalled earlier event, it is recalled too.
const OF_THEM_START = /^(?:[\p{L}\d’-]+\s+)?(?:of\s+them|of\s+whom|з\s+них|із\s+них|из\s+них)(?![\p{L}])/u;

function recalled(s: Sentence): boolean {
  return s.past && !earlierReport(s.lower);
}

const NO_FIGURES: CasualtyFigures = { killed: null, injured: null, childrenKilled: null, childrenInjured: null };

function computeExtractCasualties(article: ArticleText): CasualtyFigures {
  const prepared = prepare(article);
  const { sentences, cued } = prepared;
  // Sentence indexes come in text order: the cue scan adds them as it goes.
  const selected: Sentence[] = [];
  for (const i of cued.casualty) {
    const s = sentences[i]!;
    if (s.past ? !earlierReport(s.lower) : i > 0 && OF_THEM_START.test(s.lower) && recalled(sentences[i - 1]!))
      continue;
    if (!(cued.military.has(i) && MILITARY.test(s.lower))) selected.push(s);
  }
  // Without a casualty word there is neither a figure nor a "no casualties".
  if (selected.length === 0) return NO_FIGURES;
  // Every rule runs once over the selected sentences joined, not once per sentence: on sentences of
  // a few dozen characters the cost of a regex call, not of the characters, is what adds up.
  const joined = join(selected);
  const perSentence = selected.map(() => [] as { rule: Rule; m: RegExpExecArray }[]);
  let counts: Count[] | undefined;
  const sentenceCounts: (Count[] | undefined)[] = [];
  const possible = possibleIn(joined.text);
  const tested: (boolean | undefined)[] = [];
  const gates = RULE_GATES;
  for (let r = 0; r < gates.length; r++) {
    const { rule, hasStarts, needs, words, cue, sticky, anchor } = gates[r]!;
    if (hasStarts && possible.starts[r] === undefined) continue;
    if ((possible.needs & needs) !== needs || (possible.words & words) !== words) continue;
    if (!cueHolds(cue, possible, joined.text, tested)) continue;
    // Rules that open with a count are tried only where a count starts.
    if (anchor >= 0) {
      // Only in the sentences that hold one of the rule's words (a match never crosses sentences):
      // their own counts, not those of the whole text.
      const positions = sticky ? possible.needAt[anchor]! : possible.wordAt[anchor]!;
      for (const i of sentencesAt(joined.offsets, positions)) {
        const text = selected[i]!.lower;
        let found: RegExpExecArray[];
        if (sticky) {
          let own = sentenceCounts[i];
          if (own === undefined) {
            own = countsIn(text);
            sentenceCounts[i] = own;
          }
          found = matchAfterCounts(sticky, text, own);
        } else found = matchEverywhere(r, text);
        for (const m of found) perSentence[i]!.push({ rule, m });
      }
      continue;
    }
    let found: RegExpExecArray[];
    if (sticky) {
      counts ??= countsIn(joined.text);
      found = matchAfterCounts(sticky, joined.text, counts);
    } else if (hasStarts) {
      found = matchAtStarts(r, joined.text, possible.starts[r]!);
    } else found = matchEverywhere(r, joined.text);
    for (const m of found) {
      const i = sentenceAt(joined.offsets, m.index);
      m.index -= joined.offsets[i]!;
      perSentence[i]!.push({ rule, m });
    }
  }

  // Zero from "no casualties" (both fields) counts for a field only if the other has no figure:
  // "injuring two…; no one was hurt there" is about one place, not the whole attack.
  const zero = { killed: false, injured: false, both: false };
  if ((possible.cues & (1 << ZERO_CUE_BIT)) !== 0 && (possible.words & ZERO_ANY) !== 0 && ZERO_CUE.test(joined.text)) {
    for (let k = 0; k < ZERO.length; k++) {
      const z = ZERO[k]!;
      if ((possible.words & ZERO_NEEDS[k]!) === 0 || !z.re.test(joined.text)) continue;
      if (z.killed && z.injured) zero.both = true;
      else if (z.killed) zero.killed = true;
      else zero.injured = true;
    }
  }

  const mentions: Mention[] = [];
  let previous: Mention | null = null;
  for (let i = 0; i < selected.length; i++) {
    const sentence = selected[i]!;
    const matches = perSentence[i]!;
    if (matches.length === 0) {
      previous = null;
      continue;
    }
    // "…, серед них двоє дітей" may refer to the figure of the sentence right before.
    const before = i > 0 && selected[i - 1]!.index === sentence.index - 1 ? previous : null;
    const found = sentenceMentions(sentence, matches, before, possible.needs);
    previous = null;
    for (const m of found) {
      mentions.push(m);
      if (!m.among) previous = m;
    }
  }
  if (mentions.length === 0) {
    // What `total` gives without figures: zero where "no casualties" was said, else unknown.
    return {
      killed: zero.killed || zero.both ? 0 : null,
      injured: zero.injured || zero.both ? 0 : null,
      childrenKilled: null,
      childrenInjured: null,
    };
  }
  const located = needsPlaces(mentions) ? locate(article, mentions, sentences) : null;
  let injured = total(
    mentions,
    "injured",
    zero.injured || (zero.both && !hasField(mentions, "killed")),
    sentences,
    located,
  );
  // "Two men were wounded; one of them later died": the dead are no longer among the injured. Not when
  // an injured figure follows the death: that figure is already the current one.
  let moved = 0;
  for (const m of mentions) {
    if (!m.transfer || m.sentence === 0) continue;
    const later = mentions.some(
      (o) => o.field === "injured" && (o.sentence > m.sentence || (o.sentence === m.sentence && o.at > m.at)),
    );
    if (!later) moved += m.value;
  }
  if (moved > 0 && injured !== null && injured >= moved) injured -= moved;
  const killed = total(
    mentions,
    "killed",
    zero.killed || (zero.both && !hasField(mentions, "injured")),
    sentences,
    located,
  );
  return {
    killed: atLeastPeopleAged(mentions, "killed", killed),
    injured: atLeastPeopleAged(mentions, "injured", injured),
    childrenKilled: children(mentions, "killed"),
    childrenInjured: children(mentions, "injured"),
  };
}

const AGE_OF = /(\d{1,3})-(?:річн|летн|year-old)/;

function ageOf(text: string): number | null {
  const m = AGE_OF.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * "Постраждав 62-річний чоловік. … Поранень зазнав також 56-річний чоловік": people told apart by
 * their ages, in separate sentences, are that many people, even where the figures of one place
 * would otherwise be read as one story told twice.
 */
function atLeastPeopleAged(mentions: Mention[], field: Field, value: number | null): number | null {
  // Most articles have no single person with an age: no set for them.
  let ages: Set<number> | undefined;
  for (const m of mentions) {
    if (m.field !== field || !m.single || m.value !== 1 || m.age == null) continue;
    if (!ages) ages = new Set();
    ages.add(m.age);
  }
  if (!ages || ages.size < 2) return value;
  return Math.max(value ?? 0, ages.size);
}

/** Sentences joined by a separator no pattern crosses (whitespace classes stop at the full stop). */
function join(sentences: Sentence[]): { text: string; offsets: number[] } {
  const offsets: number[] = [];
  let text = "";
  for (const s of sentences) {
    if (text) text += "\n.\n";
    offsets.push(text.length);
    text += s.lower;
  }
  return { text, offsets };
}

function hasField(mentions: Mention[], field: Field): boolean {
  for (const m of mentions) if (m.field === field) return true;
  return false;
}

type Field = "killed" | "injured";

interface Mention {
  field: Field;
  value: number;
  sentence: number;
  /** Position in the sentence, for tying "including three children" to its figure. */
  at: number;
  /** "rose to", "in total": a later figure that replaces earlier ones. */
  update: boolean;
  /** Children only: "two children were injured", "серед них двоє дітей". */
  child: boolean;
  /** Children counted inside a stated total ("серед них"): does not raise the total. */
  among: boolean;
  /**
   * Place the figure's clause opens with ("In Kharkiv, …", "…, в Запорожье погибла"), for summing
   * places; undefined until `clausePlace` looks it up (only several figures of a field need it).
   */
  place?: Place | null;
  /** Length of the matched phrase. */
  length: number;
  /** "one more civilian was wounded", "another two were injured": an addition to earlier figures. */
  more: boolean;
  /** One person named by a noun ("a woman was killed"): several in one sentence are several people. */
  single?: boolean;
  /** "One of the injured died": moves one person from injured to killed. */
  transfer?: boolean;
  /** The age of a single person ("52-річний чоловік"): two ages are two people, wherever they are told. */
  age?: number | null;
}

const Q = QUALIFIED_NUMBER_SOURCE;

// Military losses are not civilian casualties of a strike: "ліквідовано 1 200 окупантів", "Russia lost
// 1,200 soldiers", "двоє військовослужбовців поранені", General Staff tallies. Attackers named as
// the subject ("Russian troops shelled Kherson, killing a man") do not make a sentence military.
export const MILITARY = new RegExp(
  `${Q}\\s+(?:[\\p{L}’-]+\\s+)?(?:soldiers|troops|servicem[ae]n|service\\s+members|personnel|occupiers|invaders|militants|окупант\\p{L}*|загарбник\\p{L}*|військовослужбов\\p{L}*|військових|бійц\\p{L}*|солдат\\p{L}*|военнослужащ\\p{L}*|военных|оккупант\\p{L}*|боевик\\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|\\b(?:russian|enemy|russia’s|ukrainian)\\s+(?:military\\s+)?losses\\b|\\blost\\s+(?:about\\s+|around\\s+|over\\s+|more\\s+than\\s+)?[\\d,.\\s]+(?:soldiers|troops|personnel)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:ліквідова\\p{L}*|особового\\s+складу|личного\\s+состава|генштаб\\p{L}*|бойові\\s+втрати|втрати\\s+(?:ворога|противника|росії|рф)|потери\\s+(?:противника|врага|всу|россии)|уничтожено\\s+до)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|\\bgeneral\\s+staff\\b|\\bin\\s+action\\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:убитыми|вбитими|ранеными|пораненими)\\s+(?:и|і|та|й)\\s+(?:ранеными|пораненими|убитыми|вбитими)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
  "u",
);

// Person nouns that may sit between a number and the verb: "five people were killed",
// "троє цивільних загинули", "двое мирных жителей погибли".
const ADJ =
  "(?:more|other|further|additional|civilian|local|elderly|young|innocent|ще|цивільних|мирних|місцевих|людей|мирных|местных|людей|жителей|мешканців)";
const PERSON =
  "(?:people|persons|person|civilians|civilian|residents|others|locals|pensioners|passengers|employees|workers|rescuers|medics|firefighters|volunteers|journalists|men|women|adults|individuals|of them|людей|людини|людина|осіб|особи|особа|мешканців|мешканці|цивільних|цивільні|жителів|чоловік|чоловіки|жінок|жінки|громадян|працівників|рятувальників|медиків|поліцейських|пасажирів|пенсіонерів|человек|человека|жителей|граждан|мирных жителей|мирных|женщин|мужчин|сотрудников|спасателей|пассажиров|пенсионеров)";
const CHILD =
  "(?:children|child|kids|minors|teenagers|teenager|boys|girls|infants|дітей|діти|дитини|дитина|дітьми|підлітків|підлітки|неповнолітніх|детей|дети|ребенка|ребёнка|ребенок|ребёнок|подростков|несовершеннолетних)";
const SINGLE =
  "(?:man|woman|person|civilian|resident|citizen|pensioner|driver|passenger|police officer|policeman|rescuer|firefighter|volunteer|journalist|worker|employee|medic|doctor|nurse|security guard|guard|cyclist|pedestrian|farmer|local resident|child|girl|boy|teenager|baby|infant)";
const EN_ONE = `(?:(?:\\d+-year-old|elderly|young|pregnant|local)\\s+){0,2}(?:${SINGLE}|son|daughter|wife|husband|mother|father)`;
// What may stand between one person and the verb: "a woman, 57, was injured", "another man from
// Kherson was wounded".
const EN_SINGLE_ASIDE = "(?:\\s*,\\s*(?:aged\\s+)?\\d{1,3}\\s*,|\\s+from\\s+(?:the\\s+)?[\\p{L}’-]+)?";
const SINGLE_CHILD = /^(?:child|girl|boy|teenager|baby|infant)$/;
const SUBJECT = `(?:\\s+${ADJ}){0,2}(?:\\s+(${PERSON}|${CHILD}))?`;
// "22 people, including three children, were injured", "three women, aged 40, 52 and 70, were taken to hospital"
const ASIDE =
  "(?:\\s*,\\s*(?:including|among them|серед них|зокрема|у тому числі|в тому числі|в том числе|среди них)[^,.;]{1,50},|\\s*,\\s*aged\\s+\\d{1,3}(?:\\s*(?:,|and|,\\s*and)\\s*\\d{1,3})*\\s*,)?";
const NOT_BOTH = "(?!\\s*(?:or|and|і|та|й|и|или|або)\\s+(?:injur|wound|hurt|поранен|постражд|травм|ранен|пострада))";
const NOT_THING =
  "(?!\\s+(?:[\\p{L}’]+\\s+)?(?:будин|будів|будівл|квартир|автомобіл|авто|об’єкт|підприєм|заклад|машин|споруд|школ|домів|домов|дом\\b|здани|автомобил|объект|предприят|сооружен|гараж|магазин|склад|вікон|окон|транспорт|houses|buildings|homes|cars|vehicles|apartments|facilities|объектов|одиниц|ліній|линий|тонн|га\\b|гектар|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|року|році|года|году|years?|january|february|march|april|may|june|july|august|september|october|november|december|відсот|процент|percent|%|км|km|метр|hours|годин|часов|хвилин|минут|minutes))";
const AGE = "(?:\\d+-(?:year-old|річн\\p{L}*|летн\\p{L}*)\\s+)";
// "Ще одна жінка дістала поранення", "ещё один мужчина погиб".
const ONE_MORE = "(?:(?:ще|ещё|еще)\\s+(?:одна|один|одного|одну)\\s+)?";

interface Rule {
  /** Cheap test on the sentence before the rule's regex runs at all. */
  cue: RegExp;
  re: RegExp;
  field: Field | "group";
  update?: boolean;
  /** Count is 1 (singular noun), the capture holds the noun. */
  single?: boolean;
  /** Children phrase: figure applies to the nearest figure's field. */
  children?: boolean;
  /** Weak verb ("постраждали", "hurt", "treated"): dropped when the sentence is about shock. */
  weak?: boolean;
  /** The capture lists ages: the count is how many. */
  ages?: boolean;
  /** A fixed count: "є загиблий" (1), "мужчина и женщина погибли" (2). A "group" rule's field is the verb's. */
  count?: number;
  /** "One of the injured died": killed, and one fewer injured. */
  transfer?: boolean;
  /** Word lists every match contains a word of (one from each list): without them the rule is skipped. */
  need?: string[][];
  /**
   * Like `need`, but whole words (no letter on either side): far rarer than the letters alone
   * ("ранен" is in every "поранені", the word "ранен" is not). For rules that no start word gates.
   * A word ending in "*" need only begin a word ("річн*": "річний", "річна").
   */
  words?: string[][];
  /** The literal beginnings of every match, where the regex cannot tell them (see `startWords`). */
  starts?: string[];
}

// Per-rule cues: most sentences need only a few of the rules.
const EN_KILL = /kill|dead|died|perish|lost their|death/;
const EN_INJ = /injur|wound|hurt|hospitali|contus|concuss|to hospital/;
const EN_ANY = /kill|died|dead|injur|wound|hurt|hospitali|contus|concuss/;
const CYR_KILL = /загин|загиб|гибел|вбит|убит|вбил|убил|помер|жертв|погиб|скончал/u;
const CYR_INJ =
  /поранен|поранил|поранив|ранил|травм|постражд|госпіт|шпитал|ранен|пострада|госпит|контуз|контуж|опік|ожог/u;
// Plural verbs, for the rules about two or more people named without a count.
const CYR_PLURAL =
  /загинули|погибли|померли|скончались|поранені|поранено|травмовані|травмовано|ранены|ранено|постраждали|пострадали|госпіталізовані|госпитализированы|дістали|отримали|получили/u;
const CYR_TOTAL = /загалом|всього|усього|всего|в общей/u;
const CHILD_CUE = wordCue(
  "child|kid|minor|teen|girl|boy|infant|baby|діт|дит|підліт|неповнол|дівчин|хлопч|немовл|дет|реб|подрост|несовершен|девоч|мальчик|младен",
);

function rx(source: string): RegExp {
  return new RegExp(source, "gu");
}

const EN_KILLED_VERB = "(?:killed|dead|died|perished|lost their lives|were killed|confirmed dead)";
const EN_INJURED_VERB =
  "(?:injured|wounded|contused|concussed|hurt|hospitali[sz]ed|injuries|sustained injuries|suffered injuries|treated for injuries|received injuries|(?:taken|rushed|admitted) to hospital)";
const BE =
  "(?:(?:were|was|have been|has been|had been|are|is|got|were reported|are reported|have|had|reportedly|confirmed|also|now|later|initially|seriously|severely|critically|lightly|slightly|fatally)\\s+){0,3}";

const UK_KILLED_AFTER =
  "(?:загиблого|загиблу|погибшего|погибшую|загиблому|погибшем|погибшей|загинули|загинуло|загинула|загинув|загинуть|загиблих|загиблі|загиблими|вбито|убито|вбиті|убиті|вбитих|убитих|померли|помер|померла|стали жертвами|жертв|жертви|погибли|погибло|погибла|погиб|погибших|погибшие|погибшими|убиты|убито|убитых|скончались|скончался|скончалась|стали жертвами)";
const UK_KILLED_BEFORE =
  "(?:до загибелі|загибель|к гибели|гибель|загинули|загинуло|загинула|загинув|вбито|убито|вбили|убили|загиблих|загиблі|жертвами стали|жертвами стало|забрала життя|забрали життя|обірвала життя|померли|погибли|погибло|погибших|погибшие|убиты|жертвами стали|унесла жизни|скончались)";
const UK_INJURED_AFTER =
  "(?:пораненого|поранену|постраждалого|постраждалу|травмованого|травмовану|раненого|раненую|пострадавшего|пострадавшую|пораненому|постраждалому|раненом|пострадавшем|раненой|пострадавшей|дістала поранення|дістав поранення|отримала поранення|отримав поранення|зазнала поранень|зазнав поранень|поранена|поранений|травмована|травмований|получила ранения|получил ранения|получила ранение|получил ранение|ранена|ранен|поранені|поранено|поранених|пораненими|травмовано|травмовані|травмованих|постраждали|постраждало|постраждалих|постраждалі|постраждала|постраждав|дістали поранень|дістали поранення|отримали поранення|отримали травми|зазнали поранень|зазнали травм|госпіталізовано|госпіталізовані|шпиталізовано|шпиталізовані|ранены|ранено|раненых|ранеными|пострадали|пострадало|пострадавших|пострадавшие|получили ранения|получили травмы|госпитализированы|госпитализировано|травмированы|травмировано|контужені|контужено|дістали контузії|отримали контузії|контужены|получили контузии|травмувалися|травмувались|травмировались)";
const UK_INJURED_BEFORE =
  "(?:постраждала|пострадал|до поранень|до поранення|до травмування|к ранению|к ранениям|поранили|поранив|поранила|ранили|ранил|ранила|поранено|поранені|поранених|травмовано|травмовані|постраждали|постраждало|постраждалих|постраждалі|дістали поранення|дістали поранень|отримали поранення|зазнали поранень|госпіталізовано|шпиталізовано|поранення отримали|травми отримали|ранены|ранено|раненых|пострадали|пострадало|пострадавших|получили ранения|госпитализированы|травмированы|ранения получили|травмувалися|травмувались|травмировались)";
const UK_SINGLE_NOUN =
  "(охорон(?:ець|ця)|власни(?:к|ця)|владел(?:ец|ица)|охранни(?:к|ца)|син|сын|жінк[аиу]|чоловік[аи]?|людин[аиу]|дитин[аиу]|дівчинк[аиу]|хлопчик[аи]?|пенсіонерк[аиу]|пенсіонер[аи]?|підліт(?:ок|ка)|мешканк[аиу]|мешкан(?:ець|ця)|жительк[аиу]|воді[йя]|женщин[аыу]|мужчин[аыу]|человек|ребен(?:ок|ка)|ребён(?:ок|ка)|девочк[аиу]|мальчик[а]?|пенсионерк[аиу]|пенсионер[а]?|подрост(?:ок|ка)|жительниц[аыу]|жител[ья]|водител[ья]|працівни(?:к|ка|ця|цю|ці)|працівниц[яюі]|сотрудни(?:к|ка|ца|цу)|рятувальник[а]?|спасател[ья]|цивільн(?:ий|ого|а|у)|супруг[аи]?|муж|жена|дружин[аиу])";
// Where a clause about one person starts: "…, погибла женщина", "Через ворожий удар 52-річний чоловік…",
// "…, що ще одна жінка також…", "Ее супруг получил ожоги".
const UK_CLAUSE =
  "(?:^|[,;:—–]\\s|(?:унаслідок|внаслідок|через|у\\s+результаті|в\\s+результаті|в\\s+результате|вследствие|из-за)\\s+(?:[\\p{L}’]+\\s+){1,2}?)(?:(?:що|что|але|но|а|та|і|й|и)\\s+)?(?:(?:її|його|ее|её|его)\\s+)?";
const UK_SINGLE_CHILD = /^(?:дитин|дівчинк|хлопчик|підліт|ребен|ребён|девочк|мальчик|подрост)/;
// One person before the verb or after it: "пожилая женщина", "місцевий мешканець", or any noun after an
// age ("40-річний херсонець"). An adjective slot never takes a count ("два мужчины" is not one).
const UK_ADJ = "(?!(?:два|две|дві|одна|одну|обидва|обе|оба)\\s)[\\p{L}’-]{3,}(?<=[ийоаяуюе])";
const UK_ONE = `(?:${AGE}[\\p{L}’]+|${AGE}?(?:${UK_ADJ}\\s+)?${UK_SINGLE_NOUN})`;
// "дістав вибухову травму", "получил обширные ожоги", "отримала поранення".
const UK_GOT = "(?:дістала|дістав|отримала|отримав|зазнала|зазнав|получила|получил)";
const UK_INJURY =
  "(?:поранення|поранень|травму|травми|травм|ранения|ранение|ранений|травмы|опіки|опіків|ожоги|контузію|контузию)";

/** The words of a plain "(?:a|b|…)" alternation. */
function alternatives(source: string): string[] {
  const words = source.startsWith("(?:") && source.endsWith(")") ? plainWords(source.slice(3, -1)) : null;
  if (!words) throw new Error(`not a plain alternation: ${source}`);
  return words;
}
// Verbs and nouns as `need` lists (see Rule): "were killed" holds "killed", "hospitalized" "hospitali".
const EN_KILLED_WORDS = ["killed", "dead", "died", "perished", "lost their lives"];
const EN_INJURED_WORDS = [
  "injured",
  "wounded",
  "contused",
  "concussed",
  "hurt",
  "hospitali",
  "injuries",
  "to hospital",
];
const UK_KILLED_AFTER_WORDS = alternatives(UK_KILLED_AFTER);
const UK_INJURED_AFTER_WORDS = alternatives(UK_INJURED_AFTER);
const PERSON_WORDS = alternatives(PERSON);
// Whole words (see Rule.words): the verb that ends a match, or the noun or verb it opens with. A
// phrase counts by its first word ("дістала поранення" by "дістала"), a noun of two words by its last
// ("police officer" by "officer": the one a verb follows).
const EN_SINGLE_VERBS = [
  "killed",
  "died",
  "injured",
  "wounded",
  "contused",
  "concussed",
  "hurt",
  "hospitalised",
  "hospitalized",
];
const SINGLE_WORDS = alternatives(SINGLE).map((w) => w.split(" ").at(-1)!);
const UK_GOT_WORDS = alternatives(UK_GOT);
const UK_SINGLE_KILLED_WORDS = [
  "загинула",
  "загинув",
  "померла",
  "помер",
  "погибла",
  "погиб",
  "скончалась",
  "скончался",
];
// "травмувався 25-річний чоловік", "женщина травмировалась": hurt, in a reflexive verb.
const UK_REFLEXIVE_INJURED = ["травмувався", "травмувалася", "травмувалась", "травмировался", "травмировалась"];
const UK_SINGLE_INJURED_WORDS = [
  ...["поранена", "поранений", "травмована", "травмований", "ранена", "ранен", "госпитализирована"],
  ...["госпитализирован", "контужена", "контужений", "контужен", ...UK_GOT_WORDS, ...UK_REFLEXIVE_INJURED],
];
const UK_INJURED_FIRST_WORDS = [
  ...["поранено", "поранена", "поранений", "травмовано", "травмована", "травмований", "постраждала"],
  ...["постраждав", "госпіталізовано", "госпіталізували", "дістала", "отримала", "дістав", "отримав"],
  ...["зазнав", "зазнала", "ранена", "ранен", "ранено", "пострадала", "пострадал", "травмирована"],
  ...["травмирован", "госпитализирована", "госпитализирован", "получила", "получил", "контужено"],
  ...["контужена", "контужений", "контужен", ...alternatives(UK_INJURY), ...UK_REFLEXIVE_INJURED],
];
/**
 * Every word a simple pattern spells: letters, "[аиу]" classes, "(?:ок|ка)" groups and "?" after
 * any of them ("чоловік[аи]?" → чоловік, чоловіка, чоловіки).
 */
function spelled(source: string): string[] {
  let at = 0;
  const alternation = (): string[] => {
    const out: string[] = [];
    for (;;) {
      out.push(...sequence());
      if (source[at] !== "|") return out;
      at++;
    }
  };
  const sequence = (): string[] => {
    let words = [""];
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      let atom: string[];
      if (source[at] === "(") {
        at += source.startsWith("(?:", at) ? 3 : 1;
        atom = alternation();
        at++;
      } else if (source[at] === "[") {
        const end = source.indexOf("]", at);
        atom = [...source.slice(at + 1, end)];
        at = end + 1;
      } else if (/[\\.*+{}^$]/.test(source[at]!)) throw new Error(`not a simple pattern: ${source}`);
      else atom = [source[at++]!];
      if (source[at] === "?") {
        atom = ["", ...atom];
        at++;
      }
      words = words.flatMap((w) => atom.map((a) => w + a));
    }
    return words;
  };
  const words = alternation();
  const whole = new RegExp(`^(?:${source})$`);
  if (at !== source.length || !words.every((w) => whole.test(w))) throw new Error(`misread pattern: ${source}`);
  return words;
}
// One person (UK_ONE) is a noun of the list or an age: "40-річний херсонець", "45-летняя".
const UK_ONE_WORDS = [...spelled(UK_SINGLE_NOUN), "річн*", "летн*", "year"];
const UK_PLURAL_VERB_WORDS = [
  ...["загинули", "погибли", "померли", "скончались", "поранені", "травмовані", "ранены", "постраждали"],
  ...["пострадали", "госпіталізовані", "госпитализированы", "дістали", "отримали", "получили"],
];

export const RULES: Rule[] = [
  // English, figure first: "At least five people were killed", "two died", "X dead, Y wounded".
  {
    cue: EN_KILL,
    re: rx(`${Q}${SUBJECT}${ASIDE}\\s+${BE}${EN_KILLED_VERB}\\b${NOT_BOTH}`),
    field: "killed",
    need: [EN_KILLED_WORDS],
  },
  {
    cue: EN_INJ,
    re: rx(`${Q}${SUBJECT}${ASIDE}\\s+${BE}${EN_INJURED_VERB}\\b`),
    field: "injured",
    weak: false,
    need: [EN_INJURED_WORDS],
  },
  // Verb first: "killing three and injuring 22 others", "the strike killed at least five people".
  {
    cue: EN_KILL,
    re: rx(
      `\\b(?:killed|killing|kills|kill|claimed the lives of|claiming the lives of|took the lives of)\\s+${Q}${NOT_THING}${SUBJECT}`,
    ),
    field: "killed",
  },
  {
    cue: EN_INJ,
    re: rx(
      `\\b(?:injuring|injured|injures|injure|wounding|wounded|wounds|wound|hurting|hospitali[sz]ing)\\s+${Q}${NOT_THING}${SUBJECT}`,
    ),
    field: "injured",
  },
  // "left 3 dead and 12 injured"
  { cue: /\bleft\b/, re: rx(`\\bleft\\s+${Q}${SUBJECT}\\s+(dead|injured|wounded)`), field: "group" },
  // Updates: "the death toll rose to 7", "number of injured has risen to at least 31".
  {
    cue: /toll|number of/,
    re: rx(
      `\\b(?:death toll|toll|number of (?:dead|deaths|fatalities|people killed|those killed|victims))(?:\\s+[\\p{L}’'-]+){0,14}?\\s+(?:has\\s+|had\\s+)?(?:risen|rose|climbed|increased|grown|grew|jumped|reached|stands at|stood at|now stands at|is|was|hit)(?:\\s+to)?\\s+${Q}`,
    ),
    field: "killed",
    update: true,
  },
  {
    cue: /number of|injury toll/,
    re: rx(
      `\\b(?:number of (?:injured|wounded|people injured|those injured|people hurt)|injury toll)(?:\\s+[\\p{L}’'-]+){0,14}?\\s+(?:has\\s+|had\\s+)?(?:risen|rose|climbed|increased|grown|grew|jumped|reached|stands at|stood at|is|was|hit)(?:\\s+to)?\\s+${Q}`,
    ),
    field: "injured",
    update: true,
  },
  {
    cue: /in total/,
    re: rx(`\\bin total,?\\s+${Q}${SUBJECT}\\s+${BE}${EN_KILLED_VERB}\\b`),
    field: "killed",
    update: true,
  },
  {
    cue: /in total/,
    re: rx(`\\bin total,?\\s+${Q}${SUBJECT}\\s+${BE}${EN_INJURED_VERB}\\b`),
    field: "injured",
    update: true,
  },
  { cue: /deaths|fatalit|bodies/, re: rx(`${Q}\\s+(?:deaths|fatalities|bodies)\\b`), field: "killed" },
  { cue: /bodies of/, re: rx(`\\bbodies of\\s+${Q}${SUBJECT}`), field: "killed" },
  // "…resulted in fatal injuries to two elderly women": the dead, not the injured.
  {
    cue: /fatal/,
    re: rx(`\\bfatal(?:ly)?\\s+(?:injuries|injured|wounds|wounded)\\s+(?:to\\s+)?${Q}${NOT_THING}${SUBJECT}`),
    field: "killed",
  },
  // "Rescuers recovered the body of a man from under the rubble".
  {
    cue: /body of/,
    re: rx(
      `\\b(?:recovered|retrieved|found|pulled out|removed)\\s+the\\s+body\\s+of\\s+(?:an?|the|one)\\s+(?:(?:deceased|dead)\\s+)?${EN_ONE}\\b`,
    ),
    field: "killed",
    count: 1,
  },
  // "a woman was killed", "an elderly man was injured", "killing a 45-year-old man".
  {
    cue: EN_ANY,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:an?|one|another)\\s+(?:(?:\\d+-year-old|elderly|young|pregnant|local)\\s+){0,2}(${SINGLE})${EN_SINGLE_ASIDE}\\s+${BE}(killed|died|injured|wounded|contused|concussed|hurt|hospitali[sz]ed)\\b${NOT_BOTH}`,
    ),
    field: "group",
    single: true,
    words: [SINGLE_WORDS, EN_SINGLE_VERBS],
  },
  // "A 62-year-old woman sustained shrapnel wounds", "a man suffered a concussion".
  {
    cue: /sustain|suffer|receiv/,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:an?|one|another)\\s+(?:(?:\\d+-year-old|elderly|young|pregnant|local)\\s+){0,2}(${SINGLE})${EN_SINGLE_ASIDE}\\s+(?:also\\s+)?(?:sustained|suffered|received)\\s+(?:a\\s+|an\\s+)?(?:\\p{L}+\\s+)?(wounds|injuries|injury|concussion|burns|fractures|cuts|trauma)\\b`,
    ),
    field: "injured",
    single: true,
  },
  {
    cue: EN_ANY,
    re: rx(
      `\\b(killed|killing|kills|injured|injuring|injures|wounded|wounding|wounds)\\s+(?:an?|the)\\s+(?:(?:\\d+-year-old|elderly|young|pregnant|local)\\s+){0,2}(${SINGLE})\\b`,
    ),
    field: "group",
    single: true,
  },

  // Two people by two nouns: "a man and a woman were killed", "killing a man and his son".
  {
    cue: / and a | and an | and the | and his | and her /,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:an?|one)\\s+${EN_ONE}\\s+and\\s+(?:an?|one|his|her)\\s+${EN_ONE}\\s+${BE}(killed|died|injured|wounded|hurt|hospitali[sz]ed)\\b${NOT_BOTH}`,
    ),
    field: "group",
    count: 2,
  },
  {
    cue: / and a | and an | and the | and his | and her /,
    re: rx(
      `\\b(killed|killing|injured|injuring|wounded|wounding)\\s+(?:an?|the|one)\\s+${EN_ONE}\\s+and\\s+(?:an?|the|one|his|her)\\s+${EN_ONE}\\b`,
    ),
    field: "group",
    count: 2,
  },
  // "a drone dropped explosives on a man riding a bicycle, killing him".
  {
    cue: /\b(?:him|her)\b/,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:an?|one)\\s+(?:(?:\\d+-year-old|elderly|young|pregnant|local)\\s+){0,2}(${SINGLE})\\b[^.;\\n]{0,100}?\\b(killing|injuring|wounding)\\s+(?:him|her)\\b`,
    ),
    field: "group",
    single: true,
  },

  // Ukrainian and Russian, figure first: "п’ятеро загиблих", "троє людей загинули", "20 постраждалих".
  {
    cue: CYR_KILL,
    re: rx(
      `${Q}${SUBJECT}${ASIDE}\\s+(?:(?:було|були|было|были|ще|ещё|еще)\\s+)?${UK_KILLED_AFTER}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])${NOT_BOTH}`,
    ),
    field: "killed",
    need: [UK_KILLED_AFTER_WORDS],
  },
  {
    cue: CYR_INJ,
    re: rx(
      `${Q}${SUBJECT}${ASIDE}\\s+(?:(?:було|були|было|были|ще|ещё|еще)\\s+)?${UK_INJURED_AFTER}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "injured",
    weak: true,
    need: [UK_INJURED_AFTER_WORDS],
  },
  // A person subject and its verb apart: "ще 9 людей в області за добу дістали поранення".
  {
    cue: CYR_KILL,
    re: rx(`${Q}\\s+(${PERSON})(?:\\s+[\\p{L}’]+){1,4}?\\s+${UK_KILLED_AFTER}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])${NOT_BOTH}`),
    field: "killed",
    need: [PERSON_WORDS, UK_KILLED_AFTER_WORDS],
  },
  {
    cue: CYR_INJ,
    re: rx(`${Q}\\s+(${PERSON})(?:\\s+[\\p{L}’]+){1,4}?\\s+${UK_INJURED_AFTER}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`),
    field: "injured",
    weak: true,
    need: [PERSON_WORDS, UK_INJURED_AFTER_WORDS],
  },
  // Verb first: "загинули щонайменше п’ятеро людей", "постраждали 20 осіб", "погибли двое".
  {
    cue: CYR_KILL,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?<!серед\\s|среди\\s)${UK_KILLED_BEFORE}\\s*(?:[—–:-]\\s*)?${Q}${NOT_THING}${SUBJECT}`,
    ),
    field: "killed",
  },
  {
    cue: CYR_INJ,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?<!серед\\s|среди\\s)${UK_INJURED_BEFORE}\\s*(?:[—–:-]\\s*)?${Q}${NOT_THING}${SUBJECT}`,
    ),
    field: "injured",
    weak: true,
  },
  // Updates: "кількість загиблих зросла до 7", "число пострадавших возросло до 31".
  {
    cue: /кількість|число|количество/u,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:кількість|число|количество)\\s+(?:загиблих|жертв|вбитих|загиблих людей|погибших|убитых)(?:\\s+[\\p{L}’-]+){0,8}?\\s+(?:зросла|зросло|збільшилася|збільшилась|збільшилося|сягнула|досягла|становить|складає|вже|возросло|выросло|увеличилось|достигло|составляет|составило|уже)\\s+(?:до\\s+)?${Q}`,
    ),
    field: "killed",
    update: true,
  },
  {
    cue: /кількість|число|количество/u,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:кількість|число|количество)\\s+(?:поранених|постраждалих|травмованих|раненых|пострадавших)(?:\\s+[\\p{L}’-]+){0,8}?\\s+(?:зросла|зросло|збільшилася|збільшилась|збільшилося|сягнула|досягла|становить|складає|вже|возросло|выросло|увеличилось|достигло|составляет|составило|уже)\\s+(?:до\\s+)?${Q}`,
    ),
    field: "injured",
    update: true,
  },
  {
    cue: CYR_TOTAL,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:загалом|всього|усього|всего|в общей сложности)\\s+${UK_KILLED_BEFORE}\\s+${Q}`,
    ),
    field: "killed",
    update: true,
  },
  {
    cue: CYR_TOTAL,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:загалом|всього|усього|всего|в общей сложности)\\s+${UK_INJURED_BEFORE}\\s+${Q}`,
    ),
    field: "injured",
    update: true,
  },
  // Singular: "загинула 45-річна жінка", "поранено чоловіка", "погиб мужчина".
  {
    cue: CYR_KILL,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:загинула|загинув|загинуло|вбито|убито|вбили|убили|померла|помер|погибла|погиб|убита|убит|скончалась|скончался)\\s+${UK_ONE}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "killed",
    single: true,
    words: [UK_ONE_WORDS],
  },
  {
    cue: CYR_INJ,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:поранено|поранена|поранений|травмовано|травмована|травмований|постраждала|постраждав|госпіталізовано|госпіталізували|дістала поранення|отримала поранення|дістав поранення|отримав поранення|зазнав поранення|зазнала поранення|зазнав поранень|зазнала поранень|дістав поранень|дістала поранень|ранена|ранен|ранено|пострадала|пострадал|травмирована|травмирован|госпитализирована|госпитализирован|получила ранения|получил ранения|контужено|контужена|контужений|контужен|травмувався|травмувалася|травмувалась|травмировался|травмировалась|${UK_INJURY}\\s+${UK_GOT})\\s+(?:(?:її|його|свого|свою|их|его|ее|её|також|также)\\s+)?${UK_ONE}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "injured",
    single: true,
    weak: true,
    words: [UK_INJURED_FIRST_WORDS, UK_ONE_WORDS],
    starts: UK_INJURED_FIRST_WORDS,
  },
  {
    cue: CYR_KILL,
    re: rx(
      `${UK_CLAUSE}${ONE_MORE}${UK_ONE}\\s+(?:[\\p{L}’]+\\s+)?(?:загинула|загинув|померла|помер|погибла|погиб|скончалась|скончался)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "killed",
    single: true,
    words: [UK_SINGLE_KILLED_WORDS, UK_ONE_WORDS],
  },
  {
    cue: CYR_INJ,
    re: rx(
      `${UK_CLAUSE}${ONE_MORE}${UK_ONE}\\s+(?:[\\p{L}’]+\\s+)?(?:(?:була|був)\\s+)?(?:поранена|поранений|травмована|травмований|дістала поранення|отримала поранення|дістав поранення|отримав поранення|ранена|ранен|получила ранения|получил ранения|госпитализирована|госпитализирован|контужена|контужений|контужен|травмувався|травмувалася|травмувалась|травмировался|травмировалась|${UK_GOT}\\s+(?:[\\p{L}’-]+\\s+){0,3}?${UK_INJURY})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "injured",
    single: true,
    words: [UK_SINGLE_INJURED_WORDS, UK_ONE_WORDS],
  },

  // "Є загиблий", "есть пострадавший": one person, no count.
  {
    cue: wordCue("є |есть |имеется "),
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:є|есть|имеется)\\s+(?:(?:також|также|ще|ещё|еще|один|одна)\\s+){0,2}(?:загибл(?:ий|а)|поранен(?:ий|а)|постраждал(?:ий|а)|травмован(?:ий|а)|погибш(?:ий|ая)|ранен(?:ый|ая)|пострадавш(?:ий|ая))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "group",
    count: 1,
    weak: true,
  },
  // Two people by two nouns: "мужчина и женщина погибли", "загинули чоловік і жінка".
  {
    cue: CYR_PLURAL,
    re: rx(
      `${UK_CLAUSE}${UK_ONE}\\s+(?:і|та|й|и)\\s+${UK_ONE}\\s+(?:[\\p{L}’]+\\s+)?(?:загинули|погибли|померли|скончались|поранені|травмовані|ранены|постраждали|пострадали|госпіталізовані|госпитализированы|(?:дістали|отримали|получили)\\s+(?:поранення|поранень|травми|ранения|травмы))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "group",
    count: 2,
    words: [UK_PLURAL_VERB_WORDS, UK_ONE_WORDS],
  },
  {
    cue: CYR_PLURAL,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:загинули|погибли|померли|поранені|поранено|травмовані|травмовано|ранены|ранено|постраждали|пострадали)\\s+${UK_ONE}\\s+(?:і|та|й|и)\\s+${UK_ONE}(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "group",
    count: 2,
    words: [UK_ONE_WORDS],
  },
  // "Поранені 33-річний та 56-річний чоловіки", "погибли 40-летняя и 65-летняя женщины".
  {
    cue: CYR_PLURAL,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:загинули|погибли|поранені|поранено|травмовані|травмовано|ранены|ранено|постраждали|пострадали)\\s+(\\d{1,3}-(?:річн|летн)[\\p{L}’]*(?:\\s*(?:,|і|та|й|и)\\s*\\d{1,3}-(?:річн|летн)[\\p{L}’]*)+)\\s+[\\p{L}’]+`,
    ),
    field: "group",
    ages: true,
  },
  // "Пострадали девять человек, двое из них погибли", "п’ятеро постраждалих, двоє з них загинули":
  // the dead were among the injured, so they move from one figure to the other.
  {
    cue: / з них | із них | из них | з яких | из которых | of them | of whom /u,
    re: rx(
      // "One of them later died" is the rule below.
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?!(?:one|один|одна|одного)\\s)${Q}\\s+(?:із|з|зі|из|of)\\s+(?:них|яких|которых|them|whom)\\s+(?:[\\p{L}’]+\\s+){0,2}?(?:загинули|загинуло|померли|погибли|погибло|скончались|умерли|died|were\\s+killed|have\\s+died)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "killed",
    transfer: true,
    words: [["загинули", "загинуло", "померли", "погибли", "погибло", "скончались", "умерли", "died", "killed"]],
  },
  // "Один із чоловіків помер від отриманих травм", "one of the injured later died": killed, not injured.
  {
    cue: /один|одна|one of/u,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:один|одна|one)\\s+(?:із|з|зі|из|of)\\s+(?:the\\s+|двох\\s+|двух\\s+|two\\s+)?(?:них|поранених|постраждалих|травмованих|госпіталізованих|чоловіків|жінок|раненых|пострадавших|госпитализированных|мужчин|женщин|injured|wounded|them|men|women)\\s+(?:[\\p{L}’,]+\\s+){0,3}?(?:помер|померла|скончался|скончалась|умер|умерла|died|has died|succumbed)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "killed",
    count: 1,
    transfer: true,
  },
  // People counted by their ages: "Поранені жінки 39 і 66 років", "поранено чоловіків віком 38 і 52 роки".
  {
    cue: CYR_INJ,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:поранені|поранено|травмовані|травмовано|постраждали|ранены|ранено|пострадали)\\s+(?:жінки|жінок|чоловіки|чоловіків|люди|людей|пенсіонерки|пенсіонери|женщины|женщин|мужчины|мужчин|пенсионерки|пенсионеры)\\s+(?:віком\\s+|в\\s+возрасте\\s+)?(\\d{1,3}(?:\\s*(?:,|і|та|й|и)\\s*\\d{1,3})+)\\s+(?:років|роки|рік|лет|года|год)`,
    ),
    field: "injured",
    ages: true,
  },
  // Children within a figure: "including three children", "серед них двоє дітей",
  // "среди погибших двое детей", "among the injured is a 14-year-old girl".
  {
    cue: CHILD_CUE,
    re: rx(
      `(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:including|among them|among (?:the )?(dead|killed|victims|injured|wounded)|of whom|of them|серед них|серед яких|серед (загиблих|поранених|постраждалих|жертв|травмованих)|зокрема|у тому числі|в тому числі|з них|із них|среди них|среди которых|среди (погибших|раненых|пострадавших|жертв)|в том числе|из них)\\s*(?:[—–:-]\\s*)?(?:(?:є|были|are|were|is|was|також|также|also)\\s+)?(?:(${Q})\\s+(?:${ADJ}\\s+)?${CHILD}|(?:an?\\s+)?${AGE}?(child|girl|boy|teenager|baby|infant|дитина|дівчинка|хлопчик|підліток|немовля|ребенок|ребёнок|девочка|мальчик|подросток|младенец))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
    ),
    field: "group",
    children: true,
  },
  {
    cue: /of them|of whom/,
    re: rx(`${Q}\\s+(?:of them|of whom)(?:\\s+(?:were|are))?\\s+(?:children|minors|kids)\\b`),
    field: "group",
    children: true,
  },
];

const CUES = [...new Set(RULES.map((r) => r.cue))];
const CUE_INDEX = RULES.map((r) => CUES.indexOf(r.cue));

// Each rule as a global, multiline regex over the joined sentences ("^" after each separator).
// Other rules in a form V8 scans fast: the word-start lookbehind and "not after серед/среди" are
// checked in code (see `GUARDED`), and `\p{L}` is spelled out so that no `u` flag is needed.
const GUARD = `(?<![${LETTERS}])`;
const AMONG_GUARD = "(?<!серед\\s|среди\\s)";
const GUARDED = RULES.map((r) => r.re.source.startsWith(GUARD));
const NOT_AMONG = RULES.map((r) => r.re.source.startsWith(GUARD + AMONG_GUARD));
const GLOBAL = RULES.map((r, i) => {
  let source = r.re.source;
  if (NOT_AMONG[i]) source = source.slice(GUARD.length + AMONG_GUARD.length);
  else if (GUARDED[i]) source = source.slice(GUARD.length);
  return new RegExp(source.replace(/\[\\p\{L\}/g, `[${LETTERS}`).replace(/\\p\{L\}/g, `[${LETTERS}]`), "gm");
});
const AMONG_BEFORE = /(?:серед|среди)\s$/;
// Rules that open with a count: the rest of the rule, tried right after each count.
const STICKY = RULES.map((r) => (r.re.source.startsWith(Q) ? new RegExp(r.re.source.slice(Q.length), "ymu") : null));

// Which rules can match, from one scan of the text for the words they need, instead of one regex
// call per cue and per rule. Two kinds of words:
// - cue words: a cue that is a plain alternation of words ("kill|dead|…") holds exactly when one of
//   them occurs; a cue with boundaries (`\bleft\b`, word-start cues) is tested in full, and only when
//   one of its words occurs.
// - start words: a rule that opens with a list of words ("\b(?:killed|killing|…)",
//   "(?:поранили|поранив|…)") can only match where one of them (its literal beginning) occurs.
// The scan reads the words as a trie and steps one character after each hit, so it sees every
// position where a word starts; at a position it returns the longest word, and every shorter word
// found there is a prefix of it: the bits of a hit are those of all its prefixes.

/** Plain words of an alternation source ("a|b c|d"), or null when it has any regex syntax. */
function plainWords(source: string): string[] | null {
  const words = source.split("|");
  return words.every((w) => w.length > 0 && !/[\\()[\]{}.*+?^$]/.test(w)) ? words : null;
}

/** A cue's words, and whether their presence alone decides the cue. */
function cueWords(cue: RegExp): { words: string[]; exact: boolean } {
  const plain = plainWords(cue.source);
  if (plain) return { words: plain, exact: true };
  const bounded = /^\\b(?:\(\?:)?(.*?)\)?\\b$/.exec(cue.source);
  const words = bounded ? plainWords(bounded[1]!) : null;
  if (words) return { words, exact: false };
  // `wordCue` stems: "(?:^|[^…])(?:child|kid|…)".
  const start = `(?:^|[^${LETTERS}\\d])(?:`;
  const stems = cue.source.startsWith(start) ? plainWords(cue.source.slice(start.length, -1)) : null;
  if (stems) return { words: stems, exact: false };
  throw new Error(`cue without words: ${cue.source}`);
}

/**
 * The literal beginnings of a rule's opening alternation ("killed", "поранен" from "поранен(?:а|о)"),
 * or null when the rule does not open with one, or one of them is too short to be worth a cue.
 */
function startWords(source: string): string[] | null {
  const body = source.startsWith("\\b") ? source.slice(2) : source;
  if (!body.startsWith("(")) return null;
  const open = body.startsWith("(?:") ? 3 : body.startsWith("(?") ? -1 : 1;
  if (open < 0) return null;
  let depth = 0;
  let end = -1;
  for (let i = 0; i < body.length && end < 0; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "(") depth++;
    else if (body[i] === ")" && --depth === 0) end = i;
  }
  // An optional opening group is not in every match.
  if (end < 0 || /[?*{]/.test(body[end + 1] ?? "")) return null;
  const parts: string[] = [];
  depth = 0;
  let from = open;
  for (let i = open; i < end; i++) {
    if (body[i] === "\\") i++;
    else if (body[i] === "(") depth++;
    else if (body[i] === ")") depth--;
    else if (body[i] === "|" && depth === 0) {
      parts.push(body.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(body.slice(from, end));
  const words: string[] = [];
  for (const part of parts) {
    let n = 0;
    while (n < part.length && !/[\\()[\]{}.*+?^$|]/.test(part[n]!)) n++;
    // A character made optional by a quantifier after it is not part of every match.
    if (n < part.length && /[?*{]/.test(part[n]!)) n--;
    if (n < 3) return null;
    words.push(part.slice(0, n));
  }
  return words;
}

const CUE_WORDS = CUES.map(cueWords);
const RULE_STARTS = GLOBAL.map((re, i) => (STICKY[i] ? null : (RULES[i]!.starts ?? startWords(re.source))));
// Cues are bits of one number (rules, more than 32, are listed by index).
if (CUES.length > 31) throw new Error("too many casualty cues for a bit set");
// Zero phrases are tried only when their cue holds; its words gate that test too.
const ZERO_CUE_WORDS =
  "no |nobody|without|avoided|без|ніхто|никто|немає|нема|нет|не було|не было|не выявлено|не зафікс|не зафикс|не постражд|не пострада|неушкодж|не травмов|не травмир|невредим";
const ZERO_CUE_BIT = CUES.length;

interface WordBits {
  cues: number;
  /** The rules this word is a start word of. */
  rules: number[];
  /** Bit g: the word is in NEED_GROUPS[g]. */
  needs: number;
}
const WORD_BITS = new Map<string, WordBits>();
function wordBits(word: string): WordBits {
  let bits = WORD_BITS.get(word);
  if (!bits) {
    bits = { cues: 0, rules: [], needs: 0 };
    WORD_BITS.set(word, bits);
  }
  return bits;
}
CUE_WORDS.forEach(({ words }, c) => {
  for (const w of words) wordBits(w).cues |= 2 ** c;
});
RULE_STARTS.forEach((words, r) => {
  for (const w of words ?? []) if (!wordBits(w).rules.includes(r)) wordBits(w).rules.push(r);
});
for (const w of ZERO_CUE_WORDS.split("|")) wordBits(w).cues |= 2 ** ZERO_CUE_BIT;
// Words the tests after the rules need, one of each list, found by the same scan: the shock and
// "one more" cues per sentence.
const SHOCK_WORDS = ["shock", "stress", "стрес", "шок", "панічн"];
const MORE_WORDS = ["more", "another", "further", "ще", "ещё", "еще"];
const NEED_GROUPS = [...RULES.flatMap((rule) => rule.need ?? []), SHOCK_WORDS, MORE_WORDS];
if (NEED_GROUPS.length > 31) throw new Error("too many casualty word lists for a bit set");
/** Per rule, the bits of its need lists: all must be present. */
const RULE_NEEDS = RULES.map((rule) => {
  let mask = 0;
  for (const group of rule.need ?? []) mask |= 2 ** NEED_GROUPS.indexOf(group);
  return mask;
});
const SHOCK_NEED = 1 << NEED_GROUPS.indexOf(SHOCK_WORDS);
const MORE_NEED = 1 << NEED_GROUPS.indexOf(MORE_WORDS);
NEED_GROUPS.forEach((words, g) => {
  for (const w of words) wordBits(w).needs |= 2 ** g;
});
// Whole words (Rule.words) are looked up word by word: bit g is WORD_GROUPS[g].
// Each ZERO pattern holds one of these whole words ("не було", "немає", "ніхто не…"; "nobody").
const ZERO_WORDS = [
  ["no", "nobody", "without", "avoided"],
  ["no", "nobody"],
  ["без", "не", "немає", "нема", "нет", "неушкоджені", "невредимы"],
  ["не", "немає", "нема", "нет"],
];
const WORD_GROUPS = [...new Set([...RULES.flatMap((rule) => rule.words ?? []), ...ZERO_WORDS])];
if (WORD_GROUPS.length > 31) throw new Error("too many casualty whole-word lists for a bit set");
const ZERO_NEEDS = ZERO_WORDS.map((words) => 1 << WORD_GROUPS.indexOf(words));
/** Without a word of any ZERO pattern, none can hold: the cue test is not needed either. */
const ZERO_ANY = ZERO_NEEDS.reduce((all, bits) => all | bits, 0);
const RULE_WORDS = RULES.map((rule) => {
  let mask = 0;
  for (const group of rule.words ?? []) mask |= 2 ** WORD_GROUPS.indexOf(group);
  return mask;
});

// A rule that opens with a count is tried in the sentences of its last need list (the verb), a
// rule with whole words and no start words in those of its first list: -1 for the others.
const RULE_ANCHOR = RULES.map((rule, r) => {
  if (STICKY[r]) return rule.need ? NEED_GROUPS.indexOf(rule.need.at(-1)!) : -1;
  if (rule.words && !RULE_STARTS[r]) return WORD_GROUPS.indexOf(rule.words[0]!);
  return -1;
});
/** Need groups whose positions the scan keeps (see RULE_ANCHOR). */
const ANCHOR_NEEDS = new Set(RULE_ANCHOR.filter((g, r) => STICKY[r] && g >= 0));

/** What the rule loop reads per rule, in one record (module bindings cost a check at every read). */
const RULE_GATES = RULES.map((rule, r) => ({
  rule,
  hasStarts: RULE_STARTS[r] !== null,
  needs: RULE_NEEDS[r]!,
  words: RULE_WORDS[r]!,
  cue: CUE_INDEX[r]!,
  sticky: STICKY[r] ?? null,
  anchor: RULE_ANCHOR[r]!,
}));

// All the words are found in one pass of an Aho–Corasick automaton: one table step per character
// finds every word wherever it occurs. (A regex alternation, even trie-shaped, is restarted at every
// position and tests its first letters one by one.) At a position, the words that occur are the
// prefixes of the longest one there, so their bits together are what a scan for the longest word
// at each position would give. States are rows of `AC_NEXT`, by letter of `AC_LETTER` (0: any
// character that no word has); state 0 is the start.
const AC_LETTER = new Uint8Array(0x2020);
const AC_WORDS = [...new Set([...WORD_BITS.keys(), ...WORD_GROUPS.flat().map((w) => w.replace(/\*$/, ""))])];
let acLetters = 0;
for (const word of AC_WORDS)
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= AC_LETTER.length) throw new Error(`casualty word letter out of range: ${word}`);
    if (AC_LETTER[code] === 0) AC_LETTER[code] = ++acLetters;
  }
const AC_WIDTH = acLetters + 1;

/** What a state reports: the words that end there (its own and those of its suffix states). */
interface AcOutput {
  cues: number;
  needs: number;
  /** The ANCHOR_NEEDS groups of the words that end here. */
  anchors: number[];
  /** Rule and word length, per start word that ends here. */
  starts: number[];
  /** WORD_GROUPS bits, word length and 1 if it need only begin a word, per whole word that ends here. */
  whole: number[];
}

function buildAutomaton(): { next: Uint16Array; out: (AcOutput | null)[] } {
  const children: Map<number, number>[] = [new Map()];
  const own: AcOutput[] = [{ cues: 0, needs: 0, anchors: [], starts: [], whole: [] }];
  const depth = [0];
  const stateOf = (word: string): number => {
    let state = 0;
    for (let i = 0; i < word.length; i++) {
      const letter = AC_LETTER[word.charCodeAt(i)]!;
      let child = children[state]!.get(letter);
      if (child === undefined) {
        child = children.length;
        children.push(new Map());
        own.push({ cues: 0, needs: 0, anchors: [], starts: [], whole: [] });
        depth.push(depth[state]! + 1);
        children[state]!.set(letter, child);
      }
      state = child;
    }
    return state;
  };
  for (const [word, bits] of WORD_BITS) {
    const o = own[stateOf(word)]!;
    o.cues |= bits.cues;
    o.needs |= bits.needs;
    for (const g of ANCHOR_NEEDS) if ((bits.needs & (1 << g)) !== 0) o.anchors.push(g);
    for (const r of bits.rules) o.starts.push(r, word.length);
  }
  WORD_GROUPS.forEach((words, g) => {
    for (const w of words) {
      const prefix = w.endsWith("*");
      const word = prefix ? w.slice(0, -1) : w;
      own[stateOf(word)]!.whole.push(2 ** g, word.length, prefix ? 1 : 0);
    }
  });
  if (children.length >= 0xffff) throw new Error("too many casualty word states");
  const next = new Uint16Array(children.length * AC_WIDTH);
  const fail = new Array<number>(children.length).fill(0);
  const out: (AcOutput | null)[] = new Array(children.length).fill(null);
  // Breadth first: a state's suffix state is shallower, so its transitions and output are ready.
  const queue: number[] = [];
  for (const [letter, child] of children[0]!) {
    next[letter] = child;
    queue.push(child);
  }
  for (let q = 0; q < queue.length; q++) {
    const state = queue[q]!;
    const suffix = fail[state]!;
    const mine = own[state]!;
    const inherited = out[suffix];
    const merged: AcOutput = {
      cues: mine.cues | (inherited?.cues ?? 0),
      needs: mine.needs | (inherited?.needs ?? 0),
      anchors: [...new Set([...mine.anchors, ...(inherited?.anchors ?? [])])],
      starts: [...mine.starts, ...(inherited?.starts ?? [])],
      whole: [...mine.whole, ...(inherited?.whole ?? [])],
    };
    const empty = merged.cues === 0 && merged.needs === 0 && merged.starts.length === 0 && merged.whole.length === 0;
    out[state] = empty ? null : merged;
    for (let letter = 1; letter < AC_WIDTH; letter++) {
      const child = children[state]!.get(letter);
      if (child === undefined) next[state * AC_WIDTH + letter] = next[suffix * AC_WIDTH + letter]!;
      else {
        fail[child] = next[suffix * AC_WIDTH + letter]!;
        next[state * AC_WIDTH + letter] = child;
        queue.push(child);
      }
    }
  }
  return { next, out };
}
const { next: AC_NEXT, out: AC_OUT } = buildAutomaton();

/** 1 for a Latin letter, 2 for a Cyrillic one or the apostrophe of Ukrainian words, else 0: as LETTERS. */
function scriptOf(code: number): number {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90)) return 1;
  if (code < 0x401) return 0;
  if (code >= 0x410 && code <= 0x44f) return 2;
  return code === 0x456 ||
    code === 0x457 ||
    code === 0x454 ||
    code === 0x491 ||
    code === 0x2019 ||
    code === 0x451 ||
    code === 0x406 ||
    code === 0x407 ||
    code === 0x404 ||
    code === 0x490 ||
    code === 0x401
    ? 2
    : 0;
}

/**
 * Cues and rules that can hold in a text: bit c of `cues` is cue c (and ZERO_CUE_BIT), bit g of
 * `needs` NEED_GROUPS[g], bit g of `words` WORD_GROUPS[g]; `starts[r]` lists, in order, where rule
 * r's start words occur (undefined: none does).
 */
interface Possible {
  cues: number;
  needs: number;
  words: number;
  starts: number[][];
  /** Per ANCHOR_NEEDS group, where its words end. */
  needAt: number[][];
  /** Per WORD_GROUPS group, where its whole words start. */
  wordAt: number[][];
}

/**
 * Every occurrence of the words, in one pass. A whole word is a run of letters of one script: what a
 * Latin `\b` and a Cyrillic "no letter after" both end at, so a rule's whole word is always one.
 */
export function possibleIn(text: string): Possible {
  const possible: Possible = { cues: 0, needs: 0, words: 0, starts: [], needAt: [], wordAt: [] };
  const length = text.length;
  // The tables as locals: module bindings are re-read (and checked) at every use in the loop.
  const next = AC_NEXT;
  const letters = AC_LETTER;
  const outputs = AC_OUT;
  const width = AC_WIDTH;
  let state = 0;
  let unordered = false;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    state = next[state * width + (code < 0x2020 ? letters[code]! : 0)]!;
    const out = outputs[state];
    if (out === null || out === undefined) continue;
    possible.cues |= out.cues;
    possible.needs |= out.needs;
    const { anchors, starts, whole } = out;
    for (let k = 0; k < anchors.length; k++) {
      const list = possible.needAt[anchors[k]!];
      if (list === undefined) possible.needAt[anchors[k]!] = [i];
      else list.push(i);
    }
    for (let k = 0; k < starts.length; k += 2) {
      const r = starts[k]!;
      const at = i + 1 - starts[k + 1]!;
      const list = possible.starts[r];
      if (list === undefined) possible.starts[r] = [at];
      // Once a list is out of order, a later position may already be in it.
      else if (!unordered && list[list.length - 1]! < at) list.push(at);
      else if (!list.includes(at)) {
        list.push(at);
        unordered = true;
      }
    }
    for (let k = 0; k < whole.length; k += 3) {
      const from = i + 1 - whole[k + 1]!;
      const script = scriptOf(code);
      if (from > 0 && scriptOf(text.charCodeAt(from - 1)) === script) continue;
      if (whole[k + 2] === 0 && i + 1 < length && scriptOf(text.charCodeAt(i + 1)) === script) continue;
      possible.words |= whole[k]!;
      const g = 31 - Math.clz32(whole[k]!);
      const list = possible.wordAt[g];
      if (list === undefined) possible.wordAt[g] = [from];
      else list.push(from);
    }
  }
  // A longer word ends after a shorter one that starts later.
  if (unordered) for (const list of possible.starts) list?.sort((a, b) => a - b);
  return possible;
}

// Rules with start words, tried only where one occurs: the same matches as a global scan, since a
// match can begin nowhere else.
const AT_START = GLOBAL.map((re, r) => (RULE_STARTS[r] ? new RegExp(re.source, "ym") : null));

function matchAtStarts(r: number, text: string, starts: number[]): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = AT_START[r]!;
  const guarded = GUARDED[r]!;
  const notAmong = NOT_AMONG[r]!;
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    if (guarded && !beginsWord(text, at)) continue;
    re.lastIndex = at;
    const m = re.exec(text);
    if (m === null) continue;
    if (notAmong && afterAmong(text, at)) continue;
    found.push(m);
    end = at + m[0].length;
  }
  return found;
}

/**
 * `wordStart` (no letter or digit before `at`) without a regex call for the characters our texts
 * are made of: ASCII and the basic Cyrillic letters. Others go to `wordStart` itself.
 */
function beginsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  if (code >= 0x410 && code <= 0x45f) return false;
  return wordStart(text, at);
}

/** "серед "/"среди " right before `at` (AMONG_BEFORE), without a slice per position. */
function afterAmong(text: string, at: number): boolean {
  return (
    at >= 6 &&
    (text.startsWith("серед", at - 6) || text.startsWith("среди", at - 6)) &&
    AMONG_BEFORE.test(text.slice(at - 6, at))
  );
}

/** Matches of rule r anywhere in the text, as its global scan finds them. */
function matchEverywhere(r: number, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const re = GLOBAL[r]!;
  const guarded = GUARDED[r]!;
  const notAmong = NOT_AMONG[r]!;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const bad = (guarded && !beginsWord(text, at)) || (notAmong && afterAmong(text, at));
    if (bad) re.lastIndex = at + 1;
    else found.push(m);
  }
  return found;
}

/** The sentences (by joined offsets) that hold the positions, each once. */
function sentencesAt(offsets: number[], positions: number[]): number[] {
  const out: number[] = [];
  for (const at of positions) {
    const i = sentenceAt(offsets, at);
    if (!out.includes(i)) out.push(i);
  }
  return out;
}

/** Whether cue c holds in the text: decided by the scan, or tested in full where the scan allows it. */
function cueHolds(c: number, possible: Possible, text: string, tested: (boolean | undefined)[]): boolean {
  if ((possible.cues & (1 << c)) === 0) return false;
  if (CUE_WORDS[c]!.exact) return true;
  tested[c] ??= CUES[c]!.test(text);
  return tested[c]!;
}

// Shock and acute stress are not injuries: "two people were treated for shock",
// "у трьох людей гостра реакція на стрес", "в состоянии острой реакции на стресс".
const SHOCK =
  /shock|acute stress|stress reaction|реакці\p{L}*\s+на\s+стрес|реакци\p{L}*\s+на\s+стресс|гостр\p{L}*\s+стрес|остр\p{L}*\s+стресс|шоков|в\s+стані\s+шоку|в\s+состоянии\s+шока|панічн\p{L}*\s+атак/u;
// Words every SHOCK match contains: most sentences have none, and this test is far cheaper.
const SHOCK_CUE = new RegExp(SHOCK_WORDS.join("|"));
const SHOCK_NEAR =
  /^[^,;.]{0,40}?(?:shock|acute stress|stress reaction|реакці\p{L}*\s+на\s+стрес|реакци\p{L}*\s+на\s+стресс|гостр\p{L}*\s+стрес|остр\p{L}*\s+стресс|шоков|шоку|шока)/u;

interface ZeroRule {
  re: RegExp;
  killed: boolean;
  injured: boolean;
}

// "No casualties were reported", "ніхто не постраждав", "обошлось без жертв". Not: "no information on
// casualties", "інформація про постраждалих уточнюється", "не обійшлося без жертв".
const ZERO_CUE = wordCue(ZERO_CUE_WORDS);

export const ZERO: ZeroRule[] = [
  {
    re: /\bno\s+(?:civilian\s+|human\s+)?(?:casualties|victims)\b|\bno\s+(?:immediate\s+)?reports?\s+of\s+(?:any\s+)?(?:casualties|victims|injuries)\b|\bwithout\s+(?:any\s+)?casualties\b|\b(?:no\s+one|nobody)\s+(?:was|were|has\s+been)\s+(?:hurt|harmed|injured|wounded)\b|\bno\s+(?:one|body)\s+was\s+(?:killed|hurt)\s+or\s+(?:injured|wounded|hurt)\b|\bno\s+injuries\b|\bno\s+one\s+(?:was\s+)?(?:injured|hurt)\b|\bcasualties\s+were\s+avoided\b/u,
    killed: true,
    injured: true,
  },
  {
    re: /\b(?:no\s+one|nobody)\s+(?:was\s+killed|died|has\s+died)\b|\bno\s+(?:deaths|fatalities)\b/u,
    killed: true,
    injured: false,
  },
  {
    re: /(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?<!не\s+обійшлося\s|не\s+обійшлось\s|не\s+обошлось\s|не\s+обошлось\s+)без\s+(?:людських\s+|человеческих\s+)?(?:постраждалих|жертв|потерпілих|пострадавших|раненых|поранених|загиблих|погибших)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|(?:ніхто|никто)\s+(?:з\s+людей\s+|из\s+людей\s+)?не\s+(?:постраждав|травмувався|був\s+поранений|пострадал|ранен|получил\s+ранени)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:(?:загиблих|жертв|погибших)\s+(?:і|та|й|и)\s+)?(?:постраждалих|поранених|пострадавших|раненых|потерпілих)(?:[\s,]+[\p{L}’]+){0,3}?[\s,]+(?:немає|нема|не\s+було|нет|не\s+было|не\s+выявлено|не\s+зафіксовано|не\s+зафиксировано)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])жертв\s+(?:немає|нема|не\s+було|нет|не\s+было)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:люди|мешканці|жителі|жители|местные\s+жители|місцеві\s+жителі|мирн[іые]\s+(?:жителі|жители|мешканці)|мирне\s+населення|мирное\s+население|цивільне\s+населення|цивільні|гражданское\s+население)\s+(?:не\s+(?:постраждали|пострадали|постраждало|пострадало)|неушкоджені|не\s+травмовані|не\s+травмированы|невредимы|не\s+пострадали)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
    killed: true,
    injured: true,
  },
  {
    re: /(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:ніхто\s+не\s+загинув|никто\s+не\s+погиб|(?:загиблих|погибших)\s+(?:немає|нема|не\s+було|нет))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
    killed: true,
    injured: false,
  },
];

// "one more civilian", "another two people", "ще одна людина": an addition, not a restatement.
const MORE =
  /\b(?:one\s+more|another|a\s+further)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:ще\s+(?:один|одна|одного|одну|одне)|ещё\s+(?:один|одна|одного|одну)|еще\s+(?:один|одна|одного|одну))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

// Words every MORE match contains.
// English only: in Ukrainian and Russian "загинув, ще один постраждав" is an addition.
const DEAD_BEFORE = /\b(?:killed|died|dead)\s+and\s+another\s/;
const MORE_CUE = new RegExp(MORE_WORDS.join("|"));

interface Place {
  /** Grouping key: a normalised stem ("харк"), or "#<sentence>" for an additive sentence. */
  key: string;
  /** Stem to look for in the lead: is this place already inside the lead's figure? */
  stem: string;
  /** "Separately, …", "Крім того, …": a figure that adds to the rest, never part of it. */
  additive: boolean;
  /** "In Kyiv Oblast, …": a region, never the same place as the lead's city. */
  region: boolean;
}

// Clauses that open with a place: "In Kharkiv, two people were killed." / "У Запоріжжі загинула
// жінка" / "…, в Запорожье погибла женщина и ранены четверо" / "In the village of Ivanopillia, …".
const CLAUSE_PLACE =
  /(?:^|[,;]\s+|\s(?:and|а|і|и|та|й)\s+)(?:In|in|Near|near|At|at|У|у|В|в|На|на|Під|під|Біля|біля|Поблизу|поблизу|Под|под|Возле|возле)\s+(?:the\s+)?(?:(?:village|town|city|settlement|community|селі|селищі|місті|громаді|селе|посёлке|поселке|городе)\s+(?:of\s+)?)?(\p{Lu}[\p{L}’'-]+)(\s+(?:[Oo]blast|[Rr]egion|[Dd]istrict|області|області|области|району|районі|районе|округе|окрузі|громаді|обл\.))?/gu;
// "Separately, a drone hit a lorry…", "Крім того, …", "Кроме того, …", "Того ж дня у Слов’янську…".
const ADDITIVE =
  /^(?:separately|elsewhere|in\s+a\s+separate|in\s+another|in\s+addition|additionally|also|that\s+same\s+day|the\s+same\s+day|later\s+that\s+day|крім\s+того|окрім\s+того|окрім\s+цього|окремо|також|того\s+ж\s+дня|кроме\s+того|помимо\s+этого|также|в\s+тот\s+же\s+день)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
const NOT_PLACE =
  /^(?:total|addition|general|turn|response|result|particular|telegram|the|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|ukraine|russia|результат|наслідок|ніч|ночь|повітрян|воздушн|генштаб|генерал|дснс|гсчс|мвс|мвд|телеграм|цілому|целом|свою|своєму|своем|загалом|понеділок|вівторок|середу|четвер|п’ятницю|суботу|неділю|понедельник|вторник|среду|пятницу|субботу|воскресенье|окрем|зв’яз|связ|ході|ходе|том|тому|цей|этот|даний|україн|украин|росі|росси|рф)/iu;

/** Lowercase, and the vowels that alternate in case forms made one: "Києві"/"Київ", "Харкові"/"Харкову". */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[іїєеиыэё]/g, "е");
}

/** Places that open clauses of the sentence, found once per sentence; an additive sentence is one place. */
function placesOf(sentence: Sentence): { at: number; place: Place }[] | Place {
  const hit = sentence.places as { at: number; place: Place }[] | Place | undefined;
  if (hit) return hit;
  let out: { at: number; place: Place }[] | Place;
  if (ADDITIVE.test(sentence.lower)) out = { key: `#${sentence.index}`, stem: "", additive: true, region: false };
  else {
    out = [];
    CLAUSE_PLACE.lastIndex = 0;
    for (let m = CLAUSE_PLACE.exec(sentence.text); m !== null; m = CLAUSE_PLACE.exec(sentence.text)) {
      const word = m[1]!;
      if (NOT_PLACE.test(word)) continue;
      // Four letters are enough to tell the places of one item apart and survive case endings:
      // "Кривому Розі"/"Кривий Ріг" → "крев", "Харкові"/"Харкову" → "харк".
      const stem = normalise(word.slice(0, 4));
      const region = m[2] !== undefined || /щин\p{L}?$/u.test(word);
      out.push({ at: m.index, place: { key: stem, stem, additive: false, region } });
    }
  }
  sentence.places = out;
  return out;
}

function clausePlace(m: Mention, sentences: Sentence[]): Place | null {
  if (m.place === undefined) m.place = placeAt(sentences[m.sentence]!, m.at);
  return m.place;
}

/** "Separately, …": the sentence is one additive place (see `placesOf`). */
function additiveSentence(sentence: Sentence): boolean {
  const places = sentence.places as { at: number; place: Place }[] | Place | undefined;
  if (places) return !Array.isArray(places);
  return ADDITIVE.test(sentence.lower);
}

function placeAt(sentence: Sentence, at: number): Place | null {
  const places = placesOf(sentence);
  if (!Array.isArray(places)) return places;
  let found: Place | null = null;
  for (const p of places) if (p.at <= at) found = p.place;
  return found;
}

// A lead figure tied to a place ("…in Druzhkivka", "атака по Києву") is local: places named later
// add to it. Without one ("Russian strikes killed 3 across Ukraine") it is a total: places split it.
const LOCAL =
  /(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:in|on|at|near|of|у|в|по|на|під|біля|под|возле)\s+(?:the\s+)?(?!Ukraine|Russia|Україн|Украин|Росі|Росси|Telegram)\p{Lu}\p{L}/u;
// Who said it is not where it happened: "…, said the head of the Kyiv City Military Administration".
const ATTRIBUTION =
  /,?\s+(?:said|says|told|wrote|reported|according\s+to|повідомил\p{L}*|повідомив|сказав|сказала|заявив|заявила|написав|написала|за\s+словами|за\s+даними|сообщил\p{L}*|заявил\p{L}*|написал\p{L}*|по\s+словам|по\s+данным)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])[\s\S]*$/u;

function sentenceMentions(
  sentence: Sentence,
  matches: { rule: Rule; m: RegExpExecArray }[],
  previous: Mention | null,
  /** The scan's `needs` over the selected sentences: a cue word absent there is absent here. */
  needs: number,
): Mention[] {
  const lower = sentence.lower;
  let shock: boolean | undefined;
  let moreCue: boolean | undefined;
  const found: Mention[] = [];
  const pendingChildren: { value: number; at: number; field: Field | null }[] = [];

  for (const { rule, m } of matches) {
    if (rule.children) {
      const parsed = childrenMatch(m);
      if (parsed) pendingChildren.push({ ...parsed, at: m.index });
      continue;
    }
    const parsed = ruleMatch(rule, m);
    if (!parsed) continue;
    if (parsed.field === "injured") shock ??= (needs & SHOCK_NEED) !== 0 && SHOCK_CUE.test(lower) && SHOCK.test(lower);
    if (parsed.field === "injured" && shock) {
      const tail = lower.slice(m.index + m[0].length);
      const weak = rule.weak === true && /постражд|пострада|hurt/u.test(m[0]);
      if (weak || SHOCK_NEAR.test(tail) || /treated|affected|звернул|обратил/.test(m[0])) continue;
    }
    // "One person was killed and another three were injured": "another" sets the injured apart from
    // the dead, it adds nothing to an earlier injured figure.
    moreCue ??= (needs & MORE_NEED) !== 0 && MORE_CUE.test(lower);
    const more =
      moreCue &&
      MORE.test(lower.slice(Math.max(0, m.index - 12), m.index + m[0].length)) &&
      !(parsed.field === "injured" && DEAD_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index + 12)));
    found.push({
      field: parsed.field,
      value: parsed.value,
      sentence: sentence.index,
      at: m.index,
      update: rule.update === true,
      child: parsed.child,
      among: false,
      // "…, що ще одна жінка також отримала поранення": one more on top, wherever it was.
      place: more
        ? (placeAt(sentence, m.index) ?? { key: `#${sentence.index}`, stem: "", additive: true, region: false })
        : undefined,
      length: m[0].length,
      more,
      single: rule.single === true,
      transfer: rule.transfer === true,
      age: rule.single ? ageOf(m[0]) : null,
    });
  }

  mergeSingles(found);

  for (const c of pendingChildren) {
    let field = c.field;
    if (!field) {
      // The nearest figure before the phrase, else the last figure of the previous sentence.
      const before = found.filter((f) => !f.among && f.at <= c.at).sort((a, b) => b.at - a.at)[0];
      field = before?.field ?? (found.length === 0 ? (previous?.field ?? null) : (found[0]?.field ?? null));
    }
    if (!field) continue;
    found.push({
      field,
      value: c.value,
      sentence: sentence.index,
      at: c.at,
      update: false,
      child: true,
      among: true,
      place: undefined,
      length: 0,
      more: false,
      single: false,
      transfer: false,
      age: null,
    });
  }
  return found;
}

/**
 * "A 62-year-old woman sustained shrapnel wounds, and a 40-year-old man suffered a concussion": two
 * people, one figure of 2. Singles of one field at separate places in a sentence are counted.
 */
function mergeSingles(found: Mention[]): void {
  let singleCount = 0;
  for (const m of found) if (m.single) singleCount++;
  if (singleCount < 2) return;
  for (const field of ["killed", "injured"] as const) {
    const singles = found
      .filter((m) => m.single && m.field === field)
      .sort((a, b) => a.at - b.at)
      .filter((m, i, all) => i === 0 || m.at >= all[i - 1]!.at + all[i - 1]!.length);
    if (singles.length < 2) continue;
    const first = singles[0]!;
    for (const m of found) if (m.single && m.field === field && m !== first) m.value = 0;
    first.value = singles.length;
  }
  for (let i = found.length - 1; i >= 0; i--) if (found[i]!.value === 0) found.splice(i, 1);
}

// Counts repeat across items ("two", "п’ятеро", "at least 22"): each is read once. Bounded, since
// a long-running bot reads any number of them.
const NUMBERS_READ = new Map<string, number | null>();
function readNumber(text: string): number | null {
  let value = NUMBERS_READ.get(text);
  if (value === undefined) {
    value = parseNumberWords(text);
    if (NUMBERS_READ.size >= 5000) NUMBERS_READ.clear();
    NUMBERS_READ.set(text, value);
  }
  return value;
}

function ruleMatch(rule: Rule, m: RegExpExecArray): { field: Field; value: number; child: boolean } | null {
  if (rule.ages) {
    const ages = m[1]?.match(/\d+/g) ?? [];
    return ages.length >= 2 ? { field: fieldOf(rule, m[0]), value: ages.length, child: false } : null;
  }
  if (rule.count !== undefined) return { field: fieldOf(rule, m[0]), value: rule.count, child: false };
  if (rule.single) {
    // Groups: [verb?, noun, verb?] depending on the rule; find the noun and, for "group", the verb.
    const groups = m.slice(1).filter((g): g is string => g !== undefined);
    // A noun after an age ("40-річний херсонець") is a person the lists need not name.
    const noun =
      groups.find((g) => SINGLE_CHILD.test(g) || UK_SINGLE_CHILD.test(g) || isSingleNoun(g)) ??
      (rule.field !== "group" && AGED.test(m[0]) ? "" : undefined);
    if (noun === undefined) return null;
    let field: Field;
    if (rule.field === "group") {
      const verb = groups.find((g) => g !== noun) ?? "";
      field = /kill|died|dead/.test(verb) ? "killed" : "injured";
    } else field = rule.field;
    return { field, value: 1, child: SINGLE_CHILD.test(noun) || UK_SINGLE_CHILD.test(noun) };
  }
  const numberText = m[1];
  if (numberText === undefined) return null;
  const value = readNumber(numberText);
  if (value === null || !Number.isInteger(value) || value > 100_000) return null;
  const noun = m[2] ?? "";
  const child = CHILD_NOUNS.has(noun);
  let field: Field;
  if (rule.field === "group") {
    const word = m[3] ?? "";
    field = word === "dead" ? "killed" : "injured";
  } else field = rule.field;
  return { field, value, child };
}

const KILL_WORD = /kill|dead|died|загин|загибл|погиб|помер|вбит|убит|скончал/u;
function fieldOf(rule: Rule, text: string): Field {
  if (rule.field !== "group") return rule.field;
  return KILL_WORD.test(text) ? "killed" : "injured";
}
const AGED = /\d-(?:річн|летн)/u;
// Whole-noun tests as set lookups: the patterns spell finite lists.
const CHILD_NOUNS = new Set(alternatives(CHILD));
const SINGLE_NOUNS = new Set([...alternatives(SINGLE), ...spelled(UK_SINGLE_NOUN)]);
function isSingleNoun(word: string): boolean {
  return SINGLE_NOUNS.has(word);
}

const FIELD_WORDS: [RegExp, Field][] = [
  [/dead|killed|victims|загиблих|жертв|погибших/u, "killed"],
  [/injured|wounded|поранених|постраждалих|травмованих|раненых|пострадавших/u, "injured"],
];

function childrenMatch(m: RegExpExecArray): { value: number; field: Field | null } | null {
  // Groups: 1 en field word, 2 uk field word, 3 ru field word, 4 number (children), 5 single child noun
  // — or, for the "N of them children" rule, 1 = number.
  const groups = m.slice(1);
  let fieldWord: string | undefined;
  let numberText: string | undefined;
  let singleNoun: string | undefined;
  if (groups.length <= 2) numberText = groups[0];
  else {
    fieldWord = groups[0] ?? groups[1] ?? groups[2];
    numberText = groups[3];
    singleNoun = groups.at(-1);
  }
  let value: number | null = null;
  if (numberText !== undefined) value = readNumber(numberText);
  else if (singleNoun !== undefined) value = 1;
  if (value === null || !Number.isInteger(value)) return null;
  let field: Field | null = null;
  if (fieldWord) for (const [re, f] of FIELD_WORDS) if (re.test(fieldWord)) field = f;
  return { value, field };
}

const LEAD = 4;

/** More than one figure for a field outside the title: whether they add up depends on where they are. */
function needsPlaces(mentions: Mention[]): boolean {
  for (const field of ["killed", "injured"] as const) {
    let first: Mention | undefined;
    for (const m of mentions) {
      if (m.field !== field || m.among || m.sentence === 0) continue;
      if (!first) first = m;
      else if (m.sentence !== first.sentence || m.at !== first.at) return true;
    }
  }
  return false;
}

/**
 * The gazetteer place of each figure (null: the text does not tell), or null when the gazetteer
 * finds no location at all, in which case the clause-opening heuristics decide.
 */
function locate(
  article: ArticleText,
  mentions: Mention[],
  sentences: Sentence[],
): Map<Mention, FigurePlace | null> | null {
  // The gazetteer is the costly part: first the title and the sentences with figures, then the
  // sentence before each one that names no place (its place may carry over).
  // One call reads both; a sentence before is dropped again when the figure's own sentence names a
  // place (it has no windows: those are only for sentences with figures).
  const wanted = new Set<number>([0]);
  for (const m of mentions) wanted.add(m.sentence);
  const before = new Set<number>();
  for (const i of wanted) if (i > 1 && !wanted.has(i - 1)) before.add(i - 1);
  const all = new Set<number>(wanted);
  for (const i of before) all.add(i);
  const located = locationsOf(article, byIndex(sentences, all), figureWindows(mentions, sentences));
  for (const i of before) if (located.has(i + 1)) located.delete(i);
  if (located.size === 0) return null;
  const titlePlace = soleSentencePlace(located.get(0));
  const out = new Map<Mention, FigurePlace | null>();
  for (const m of mentions) {
    // Children counted inside a figure ("серед них") never reach a sum: no place needed.
    if (m.sentence === 0 || m.among) continue;
    const sentence = sentences[m.sentence]!;
    const list = located.get(m.sentence);
    const own = list ? usableLocations(sentence, m.at, m.length, list) : NO_LOCATIONS;
    let place = placeOfFigure(sentence, m.at, m.length, own);
    if (own.length === 0) {
      // A sentence that names no place continues the one before it ("Drones struck the port in the
      // Izmail district. Two truck drivers were injured."; "У Нікополі загинув чоловік. Поранені
      // жінки 39 і 66 років."), or, in the lead, the title's place.
      const previous = m.sentence > 1 ? located.get(m.sentence - 1) : undefined;
      place = soleSentencePlace(previous) ?? (m.sentence <= LEAD ? titlePlace : null);
    }
    out.set(m, place);
  }
  return out;
}

const NO_LOCATIONS: ReturnType<typeof usableLocations> = [];

function byIndex(sentences: Sentence[], set: Set<number>): Sentence[] {
  return [...set].sort((a, b) => a - b).map((i) => sentences[i]!);
}

function sum(list: { value: number }[]): number {
  let total = 0;
  for (const g of list) total += g.value;
  return total;
}

/** Around each figure, the stretch of its sentence where its place can be: merged per sentence. */
function figureWindows(mentions: Mention[], sentences: Sentence[]): Map<number, [number, number][]> {
  const out = new Map<number, [number, number][]>();
  for (const m of [...mentions].sort((a, b) => a.sentence - b.sentence || a.at - b.at)) {
    if (m.sentence === 0) continue;
    const length = sentences[m.sentence]!.text.length;
    const from = Math.max(0, m.at - 90);
    const to = Math.min(length, m.at + m.length + 70);
    const list = out.get(m.sentence) ?? [];
    const last = list.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else list.push([from, to]);
    out.set(m.sentence, list);
  }
  return out;
}

function total(
  mentions: Mention[],
  field: Field,
  zero: boolean,
  sentences: Sentence[],
  located: Map<Mention, FigurePlace | null> | null,
): number | null {
  if (located) return placedTotal(mentions, field, zero, sentences, located);
  // "Two children were injured" is a figure; "серед них двоє дітей" is a part of one.
  const all = mentions.filter((m) => m.field === field && !m.among);
  if (all.length === 0) return zero ? 0 : null;
  // The title sums up the item: its figure is a floor, never one more place to add.
  const titled = all.filter((m) => m.sentence === 0);
  const floor = titled.length > 0 ? Math.max(...titled.map((m) => m.value)) : 0;
  const figures = all.filter((m) => m.sentence !== 0);
  if (figures.length === 0) return floor;
  // One figure is the total wherever it is.
  if (figures.length === 1) return Math.max(floor, figures[0]!.value);

  // Figures without a place of their own: the highest, preferring the lead and later updates.
  const unplaced = figures.filter((m) => clausePlace(m, sentences) === null);
  const inLead = unplaced.filter((m) => m.sentence <= LEAD);
  const candidates = inLead.length > 0 ? unplaced.filter((m) => m.sentence <= LEAD || m.update) : unplaced;
  const lead = candidates.length > 0 ? Math.max(...candidates.map((m) => m.value)) : null;

  // Figures per place: the highest per place.
  const groups = new Map<string, { value: number; place: Place }>();
  for (const m of figures) {
    const place = clausePlace(m, sentences);
    if (place === null) continue;
    const g = groups.get(place.key);
    if (!g || m.value > g.value) groups.set(place.key, { value: m.value, place });
  }
  const placed = [...groups.values()];
  if (lead === null) {
    // Places only. A region ("На Харківщині загинула жінка") holds the towns named next to it.
    const towns = placed.filter((g) => !g.place.region || g.place.additive);
    const regions = placed.filter((g) => g.place.region && !g.place.additive);
    return Math.max(floor, sum(towns), sum(regions));
  }
  // Nothing to add to or split the lead figure.
  if (placed.length === 0) return Math.max(floor, lead);

  const title = (sentences[0]?.text ?? "").replace(ATTRIBUTION, "");
  const leadTexts = candidates
    .filter((m) => m.value === lead)
    .map((m) => (sentences[m.sentence]?.text ?? "").replace(ATTRIBUTION, ""));
  const additive = placed.filter((g) => g.place.additive);
  const others = placed.filter((g) => !g.place.additive);
  if (![title, ...leadTexts].some((t) => LOCAL.test(t))) {
    // The lead figure is a total over the places that follow.
    return Math.max(floor, Math.max(lead, sum(others)) + sum(additive));
  }
  const leadNorm = [title, ...leadTexts].map(normalise).join(" ");
  const covered = others.filter((g) => !g.place.region && leadNorm.includes(g.place.stem));
  const fresh = others.filter((g) => !covered.includes(g));
  return Math.max(floor, Math.max(lead, sum(covered)) + sum(fresh) + sum(additive));
}

/**
 * Figures summed by place. Per oblast: its own figure ("In Donetsk Oblast, seven were injured") or
 * the sum of its towns' figures, whichever is higher: a total and its breakdown are not added. The
 * oblasts then add up. A figure whose place the text does not tell is a total over the others when
 * it is higher; "Separately, …" adds to whatever place it names. The title's figure is a floor.
 */
function placedTotal(
  mentions: Mention[],
  field: Field,
  zero: boolean,
  sentences: Sentence[],
  located: Map<Mention, FigurePlace | null>,
): number | null {
  const all = mentions.filter((m) => m.field === field && !m.among);
  if (all.length === 0) return zero ? 0 : null;
  const titled = all.filter((m) => m.sentence === 0);
  const floor = titled.length > 0 ? Math.max(...titled.map((m) => m.value)) : 0;
  const figures = all.filter((m) => m.sentence !== 0);
  if (figures.length === 0) return floor;

  const buckets = new Map<string, { own: number; parts: Map<string, number>; added: number }>();
  const loose = new Map<number, number>();
  let unplaced = 0;
  for (const m of figures) {
    const place = located.get(m) ?? null;
    const additive = m.more || additiveSentence(sentences[m.sentence]!);
    if (!place) {
      if (additive) loose.set(m.sentence, Math.max(loose.get(m.sentence) ?? 0, m.value));
      else unplaced = Math.max(unplaced, m.value);
      continue;
    }
    const bucket = buckets.get(place.region) ?? { own: 0, parts: new Map<string, number>(), added: 0 };
    buckets.set(place.region, bucket);
    if (additive) {
      // One figure per additive sentence, on top of the oblast's own figure.
      const key = `#${m.sentence}`;
      const before = bucket.parts.get(key) ?? 0;
      if (m.value > before) {
        bucket.added += m.value - before;
        bucket.parts.set(key, m.value);
      }
    } else if (place.kind === "region") bucket.own = Math.max(bucket.own, m.value);
    else bucket.parts.set(place.name, Math.max(bucket.parts.get(place.name) ?? 0, m.value));
  }
  let placed = 0;
  let added = 0;
  for (const b of buckets.values()) {
    let towns = 0;
    for (const [key, value] of b.parts) if (!key.startsWith("#")) towns += value;
    placed += Math.max(b.own, towns);
    added += b.added;
  }
  for (const v of loose.values()) added += v;
  // The title's figure sums up the item, additions included.
  return Math.max(floor, Math.max(unplaced, placed) + added);
}

function children(mentions: Mention[], field: Field): number | null {
  const own = mentions.filter((m) => m.field === field && m.child);
  if (own.length === 0) return null;
  return Math.max(...own.map((m) => m.value));
}
