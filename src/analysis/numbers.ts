/**
 * Numbers as news writes them: digits with thousands separators ("1,200", "1 200", "1.200"),
 * decimals ("2.5", "1,5 млрд"), and English, Ukrainian and Russian number words in their cases
 * and collective forms ("twenty-one", "п’ятеро", "двох", "трёх", "пятерых").
 *
 * Everything here works on text that went through `toLowerCase()` and `unifyApostrophes()`;
 * `parseNumberWords` does both itself, the pattern sources expect the caller to have done it.
 *
 * Choices:
 * - Qualifiers are dropped and the stated number kept: "at least 22" → 22, "more than 100" → 100,
 *   "nearly 1,500" → 1500, "понад 30" → 30. A lower bound is what outlets headline and what the
 *   next update usually confirms or raises; the reader sees "22", as the article says.
 * - Vague quantities are not numbers: "dozens", "several", "десятки", "кілька", "несколько" → null.
 * - Ranges are not numbers: "2-3", "двох-трьох" → null (nothing matches).
 */

const EN_UNITS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  dozen: 12,
};
const EN_TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Word → value for Ukrainian and Russian cardinals, collectives and their case forms. */
const CYR_WORDS: Record<string, number> = {};

function add(value: number, ...forms: string[]): void {
  for (const form of forms) CYR_WORDS[form] = value;
}

// Ukrainian 1–10
add(
  1,
  "один",
  "одна",
  "одне",
  "одно",
  "одного",
  "одному",
  "одній",
  "одну",
  "одним",
  "одном",
  "одною",
  "одної",
  "однієї",
  "одной",
);
add(
  2,
  "два",
  "дві",
  "двох",
  "двом",
  "двома",
  "двоє",
  "двоїх",
  "две",
  "двух",
  "двум",
  "двумя",
  "двое",
  "двоих",
  "двоим",
);
add(3, "три", "трьох", "трьом", "трьома", "троє", "трёх", "трех", "трём", "трем", "тремя", "трое", "троих", "троим");
add(4, "чотири", "чотирьох", "чотирьом", "чотирма", "четверо", "четыре", "четырёх", "четырех", "четырём", "четырем");
add(4, "четырьмя", "четверых", "четверым");
add(5, "п’ять", "п’яти", "п’ятьох", "п’ятьом", "п’ятьма", "п’ятеро", "пять", "пяти", "пятью", "пятеро", "пятерых");
add(6, "шість", "шести", "шістьох", "шістьом", "шістьма", "шістьома", "шестеро", "шесть", "шестью", "шестерых");
add(7, "сім", "семи", "сімох", "сімом", "сьома", "сімома", "семеро", "семь", "семью", "семерых");
add(8, "вісім", "восьми", "вісьмох", "вісьмом", "вісьма", "вісьмома", "восьмеро", "восемь", "восемью", "восьмью");
add(8, "восьмерых");
add(9, "дев’ять", "дев’яти", "дев’ятьох", "дев’ятьом", "дев’ятьма", "дев’ятеро", "девять", "девяти", "девятью");
add(9, "девятеро", "девятерых");
add(10, "десять", "десяти", "десятьох", "десятьом", "десятьма", "десятеро", "десятью", "десятерых");

// 11–19 and 20, 30: one stem each, regular endings.
const UK_TEEN_STEMS: [string, number][] = [
  ["одинадцят", 11],
  ["дванадцят", 12],
  ["тринадцят", 13],
  ["чотирнадцят", 14],
  ["п’ятнадцят", 15],
  ["шістнадцят", 16],
  ["сімнадцят", 17],
  ["вісімнадцят", 18],
  ["дев’ятнадцят", 19],
  ["двадцят", 20],
  ["тридцят", 30],
];
for (const [stem, value] of UK_TEEN_STEMS)
  add(value, ...["ь", "и", "ьох", "ьом", "ьма", "ьома", "еро"].map((e) => stem + e));
const RU_TEEN_STEMS: [string, number][] = [
  ["одиннадцат", 11],
  ["двенадцат", 12],
  ["тринадцат", 13],
  ["четырнадцат", 14],
  ["пятнадцат", 15],
  ["шестнадцат", 16],
  ["семнадцат", 17],
  ["восемнадцат", 18],
  ["девятнадцат", 19],
  ["двадцат", 20],
  ["тридцат", 30],
];
for (const [stem, value] of RU_TEEN_STEMS) add(value, ...["ь", "и", "ью"].map((e) => stem + e));

add(40, "сорок", "сорока");
add(50, "п’ятдесят", "п’ятдесяти", "п’ятдесятьох", "п’ятдесятьма", "пятьдесят", "пятидесяти", "пятьюдесятью");
add(60, "шістдесят", "шістдесяти", "шістдесятьох", "шестьдесят", "шестидесяти");
add(70, "сімдесят", "сімдесяти", "сімдесятьох", "семьдесят", "семидесяти");
add(80, "вісімдесят", "вісімдесяти", "вісімдесятьох", "восемьдесят", "восьмидесяти");
add(90, "дев’яносто", "дев’яноста", "девяносто", "девяноста");
add(100, "сто", "ста");
add(200, "двісті", "двохсот", "двести", "двухсот");
add(300, "триста", "трьохсот", "трехсот", "трёхсот");
add(400, "чотириста", "чотирьохсот", "четыреста", "четырехсот", "четырёхсот");
add(500, "п’ятсот", "п’ятисот", "пятьсот", "пятисот");
add(600, "шістсот", "шестисот", "шестьсот");
add(700, "сімсот", "семисот", "семьсот");
add(800, "вісімсот", "восьмисот", "восемьсот");
add(900, "дев’ятсот", "дев’ятисот", "девятьсот");

/** Scale words: they multiply what precedes them ("1,5 млрд", "two thousand", "три тисячі"). */
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  тис: 1e3,
  тыс: 1e3,
  млн: 1e6,
  млрд: 1e9,
  трлн: 1e12,
};
for (const form of [
  "тисяча",
  "тисячі",
  "тисяч",
  "тисячу",
  "тисячею",
  "тысяча",
  "тысячи",
  "тысяч",
  "тысячу",
  "тысячей",
  "тисячами",
  "тысячами",
]) {
  SCALES[form] = 1e3;
}
// Case forms too: "з 12,3 мільярдами доларів", "с 5 миллиардами", "мільйоном гривень".
for (const form of ["мільйон", "мільйона", "мільйони", "мільйонів", "миллион", "миллиона", "миллионов"])
  SCALES[form] = 1e6;
for (const form of ["мільйонами", "мільйоном", "миллионами", "миллионом"]) SCALES[form] = 1e6;
for (const form of ["мільярд", "мільярда", "мільярди", "мільярдів", "миллиард", "миллиарда", "миллиардов"])
  SCALES[form] = 1e9;
for (const form of ["мільярдами", "мільярдом", "миллиардами", "миллиардом"]) SCALES[form] = 1e9;

/** Quantities that are not a number: the figure stays unknown. */
/** Letters of the three languages, for word boundaries: cheaper than \\p{L} in lookbehinds. */
export const LETTERS = "a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’";

const VAGUE = new Set([
  "dozens",
  "several",
  "few",
  "many",
  "scores",
  "hundreds",
  "thousands",
  "numerous",
  "multiple",
  "кілька",
  "декілька",
  "кількох",
  "декількох",
  "кільком",
  "десятки",
  "десятків",
  "сотні",
  "сотень",
  "багато",
  "чимало",
  "несколько",
  "нескольких",
  "десятков",
  "сотни",
  "сотен",
  "тысячи",
  "много",
]);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

interface Trie {
  end: boolean;
  next: Map<string, Trie>;
}

/**
 * Words as a trie-shaped regex source: "дв(?:а|і|ох|…)" instead of "два|дві|двох|…". A flat
 * alternation of 300 number forms is tried form by form at every position; the trie reads each
 * character once. Longest forms win because every branch is tried before the optional end.
 */
export function trieSource(words: Iterable<string>): string {
  const root: Trie = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { end: false, next: new Map() };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  const emit = (node: Trie): string => {
    const branches = [...node.next].map(([ch, child]) => escapeRe(ch) + emit(child));
    if (branches.length === 0) return "";
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
    if (!node.end) return body;
    return branches.length === 1 && [...node.next.values()][0]!.next.size === 0 && body.length <= 2
      ? `${body}?`
      : `(?:${body})?`;
  };
  return emit(root);
}

const EN_UNIT_ALT = trieSource(Object.keys(EN_UNITS));
const EN_TENS_ALT = trieSource(Object.keys(EN_TENS));
const CYR_ALT = trieSource(Object.keys(CYR_WORDS));

/** Not inside a word, a model name ("Shahed-136", "Kh-101") or a decimal. */
const NUM_START = "(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’\\d'/\\-–.,])(?<!(?:^|[^a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])no\\s)";

// "1,200" "1 200" "1.200" (groups of three) | "22" "2.5" "1,5" — and never a range ("2-3"). A case
// ending after a hyphen stays a count ("112-ма ударними БпЛА", "3-х людей"); other hyphenated words
// do not ("5-річний", "9-поверховий").
const DIGITS =
  "(?:\\d{1,3}(?:[,. \\u00a0\\u202f]\\d{3})+|\\d+(?:[.,]\\d{1,2})?)(?![\\d])(?!\\s?[-–]\\s?\\d)(?:[-–](?:ма|ми|ти|х|ох|ьох|го)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|(?![-–][a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’]))";
// "twenty-one", "two hundred", "one hundred and twenty", "a dozen" is handled by the caller.
const EN_WORDS = `(?:(?:${EN_TENS_ALT})(?:-(?:${EN_UNIT_ALT}))?|${EN_UNIT_ALT})(?:\\s+hundred(?:\\s+(?:and\\s+)?(?:(?:${EN_TENS_ALT})(?:-(?:${EN_UNIT_ALT}))?|${EN_UNIT_ALT}))?)?`;
// "двадцять п’ять", "сто двадцять", "двох" — words joined by single spaces; a hyphen means a range.
const CYR_WORDS_SRC = `(?:${CYR_ALT})(?:\\s(?:${CYR_ALT}))*(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?![-–][a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`;

/**
 * A count, as a regex source (needs the `u` flag, lowercase input). Matches "1,200", "22", "2.5",
 * "twenty-one", "п’ятеро", "двадцять п’ять", "трёх". Use inside a capture group and read it with
 * `parseNumberWords`.
 */
export const NUMBER_SOURCE = `${NUM_START}(?:${DIGITS}|(?:${EN_WORDS})(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|${CYR_WORDS_SRC})`;

const QUALIFIERS = [
  "at least",
  "no fewer than",
  "no less than",
  "not less than",
  "more than",
  "over",
  "nearly",
  "almost",
  "about",
  "around",
  "approximately",
  "roughly",
  "some",
  "up to",
  "as many as",
  "a total of",
  "another",
  "a further",
  "an additional",
  "щонайменше",
  "щонайменш",
  "принаймні",
  "не менше ніж",
  "не менше як",
  "не менше",
  "не менш як",
  "понад",
  "більше ніж",
  "більше як",
  "більше",
  "близько",
  "майже",
  "приблизно",
  "орієнтовно",
  "загалом",
  "ще",
  "по меньшей мере",
  "как минимум",
  "не менее чем",
  "не менее",
  "более чем",
  "более",
  "свыше",
  "больше",
  "около",
  "почти",
  "примерно",
  "порядка",
  "всего",
  "ещё",
  "еще",
];

/** Qualifiers dropped before a count ("at least", "щонайменше", "как минимум" …), as a regex source. */
export const QUALIFIER_SOURCE = `(?<![${LETTERS}])(?:${trieSource(QUALIFIERS)})`;

/**
 * For scanning a whole sentence for counts: a consumed word boundary instead of lookbehinds, so
 * that the engine rejects mid-word positions at once; compile without the `u` flag. Group 1 is
 * the qualifier with its space (may be empty), group 2 the number. The match starts one character
 * before the count unless the count opens the text.
 */
export const COUNT_SCAN_SOURCE = `(?:^|[^${LETTERS}\\d'/\\-–.,])(?<!(?:^|[^${LETTERS}])no\\s)((?:(?:${trieSource(QUALIFIERS)})\\s+)?)(?<!(?:^|[^${LETTERS}])no\\s)(${DIGITS}|(?:${EN_WORDS})(?![${LETTERS}])|${CYR_WORDS_SRC})`;

/** An optionally qualified count: "at least five", "понад 20", "по меньшей мере 3". */
export const QUALIFIED_NUMBER_SOURCE = `(?:${QUALIFIER_SOURCE}\\s+)?(${NUMBER_SOURCE})`;

const QUALIFIER_PREFIX = new RegExp(`^(?:${trieSource(QUALIFIERS)})\\s+`, "u");
const TOKEN = /[\p{L}’]+|\d+(?:[.,]\d+)*/gu;

/**
 * "five" → 5, "twenty-one" → 21, "п’ятеро" → 5, "двох" → 2, "1,200" / "1 200" / "1.200" → 1200,
 * "2.5" → 2.5, "1,5 млрд" → 1500000000, "at least 22" → 22, "a dozen" → 12.
 * Vague quantities ("dozens", "кілька") and text that does not start with a number → null.
 * Trailing words after the number are ignored ("five people" → 5).
 */
export function parseNumberWords(text: string): number | null {
  // Plain digits ("21", "1200") are most counts: read them without the general path.
  if (text.length > 0 && text.length <= 9 && isDigits(text)) return Number(text);
  let s = text.toLowerCase().trim();
  if (/['ʼ`´‘]/.test(s)) s = s.replace(/(?<=\p{L})['ʼ`´‘](?=\p{L})/gu, "’");
  if (/[\u00a0\u202f]/.test(s)) s = s.replace(/[\u00a0\u202f]/g, " ");
  for (let i = 0; i < 3 && QUALIFIER_PREFIX.test(s); i++) s = s.replace(QUALIFIER_PREFIX, "");
  if (s.startsWith("a ") || s.startsWith("an ")) s = s.replace(/^an?\s+/, "");

  // Digits first: thousands groups vs. decimals.
  const digits = /^(\d{1,3}(?:([,. ])\d{3})(?:\2\d{3})*|\d+(?:[.,]\d+)?)(?![\d])/.exec(s);
  let total = 0;
  let current = 0;
  let seen = false;
  let rest = s;
  if (digits) {
    const raw = digits[1]!;
    const grouped = /^\d{1,3}(?:[,. ]\d{3})+$/.test(raw);
    current = grouped ? Number(raw.replace(/[,. ]/g, "")) : Number(raw.replace(",", "."));
    if (!Number.isFinite(current)) return null;
    seen = true;
    rest = s.slice(raw.length);
  }

  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  for (let m = TOKEN.exec(rest); m !== null; m = TOKEN.exec(rest)) {
    // Words must follow each other with only spaces, a hyphen ("twenty-one") or a full stop
    // ("тис.") between them; a hyphen between Cyrillic words is a range ("двох-трьох").
    const gap = rest.slice(prevEnd, m.index);
    prevEnd = m.index + m[0].length;
    if (seen && !/^[\s.\-–]*$/.test(gap)) break;
    const word = m[0];
    const scale = SCALES[word];
    if (scale !== undefined && (seen || word === "hundred" || word === "thousand")) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      seen = true;
      continue;
    }
    if (VAGUE.has(word)) return seen ? finish() : null;
    if (word === "and" && seen) continue;
    const value = EN_UNITS[word] ?? EN_TENS[word] ?? CYR_WORDS[word];
    if (value === undefined) break;
    if (seen && /[-–]/.test(gap) && /[\u0400-\u04ff]/.test(word)) return null;
    if (digits && total === 0) break; // "22 two" is not 24
    current += value;
    seen = true;
  }
  return seen ? finish() : null;

  function finish(): number {
    const value = total + current;
    return Math.round(value * 1e6) / 1e6;
  }
}

function isDigits(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
