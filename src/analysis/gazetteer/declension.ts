/**
 * Case forms of Ukrainian and Russian place names, generated from a compact spec so that the data
 * files hold one string per name instead of ten.
 *
 * Spec syntax (one name):
 * - `"Харків"`: the generator infers the pattern from the ending (see `inferUk`/`inferRu`).
 * - `"Ірпінь|Ірпен"`: `|` gives the stem used in the oblique cases when the vowel changes
 *   (Ірпінь → Ірпеня) or a vowel drops (Марганець → Марганця); for plurals it gives the genitive
 *   (Бровари → Броварів).
 * - `"fc:Умань"`: a pattern code forces the pattern (codes in `UK`/`RU` below).
 * - `"=Дону"`: the word is not declined.
 * - Several words (`"Нова Каховка"`, `"Кам'янець|Кам'янц-Подільський"`) are declined word by word,
 *   in agreement; a part before a hyphen that ends in -о (Івано-, Приморсько-) and everything after
 *   "на" (Ростов-на-Дону) stay as written.
 * - `"Кривий Ріг; Кривого Рогу; …"`: a `;`-separated list is taken as written, first item the
 *   nominative, for the irregular names the patterns do not cover.
 *
 * The generated forms are for matching text, not for display: where usage varies (Бахмута/Бахмуту,
 * у Стрию/у Стриї) both forms are produced, and a harmless non-word (Кримі) now and then is the price
 * of not hand-writing every name.
 */

export type Case = "nom" | "gen" | "dat" | "acc" | "ins" | "loc";
export type DeclLang = "uk" | "ru";
type Forms = Record<Case, string[]>;
type Pattern = (word: string, stem: string | undefined) => Omit<Forms, "nom" | "acc"> & { acc?: string[] };

const CASES: readonly Case[] = ["nom", "gen", "dat", "acc", "ins", "loc"];

/** Ukrainian: dative/locative of hard feminine nouns and velar masculine stems alternate г→з, к→ц, х→с (Охтирка → Охтирці, Ріг → Розі). */
function ukSoftenVelar(stem: string): string {
  const last = stem.at(-1);
  if (last === "г") return `${stem.slice(0, -1)}з`;
  if (last === "к") return `${stem.slice(0, -1)}ц`;
  if (last === "х") return `${stem.slice(0, -1)}с`;
  return stem;
}

/** Ukrainian closed-syllable і in -ів/-їв opens to о/е/є in the oblique cases: Харків → Харкова, Київ → Києва, Бердичів → Бердичева. */
function ukMasculineStem(word: string): string {
  if (word.endsWith("їв")) return `${word.slice(0, -2)}єв`;
  if (word.endsWith("ів")) {
    const before = word.at(-3) ?? "";
    return `${word.slice(0, -2)}${"чжшщцлй".includes(before) ? "е" : "о"}в`;
  }
  return word;
}

const UK: Record<string, Pattern> = {
  // Masculine, hard consonant: Харків, Луцьк, Бахмут, Таганрог.
  mh: (w, s) => {
    const b = s ?? ukMasculineStem(w);
    const last = b.at(-1) ?? "";
    const hush = "жчшщ".includes(last);
    const loc = last === "г" ? [`${ukSoftenVelar(b)}і`, `${b}у`] : "кх".includes(last) ? [`${b}у`] : [`${b}і`];
    return { gen: [`${b}а`, `${b}у`], dat: [`${b}у`], ins: [`${b}${hush ? "ем" : "ом"}`], loc };
  },
  // Masculine, soft: Мелітополь, Ковель, Бориспіль|Бориспол, Стрий, Бахчисарай.
  ms: (w, s) => {
    if (w.endsWith("й")) {
      const b = s ?? w.slice(0, -1);
      return { gen: [`${b}я`], dat: [`${b}ю`], ins: [`${b}єм`], loc: [`${b}ї`, `${b}ю`] };
    }
    const b = s ?? w.replace(/ь$/, "");
    return { gen: [`${b}я`], dat: [`${b}ю`], ins: [`${b}ем`], loc: [`${b}і`] };
  },
  // Feminine ending in a soft consonant: Умань, Волинь, Казань, Пристань.
  fc: (w, s) => {
    const b = s ?? w.replace(/ь$/, "");
    return { gen: [`${b}і`], dat: [`${b}і`], ins: [`${b}${b.at(-1) ?? ""}ю`], loc: [`${b}і`] };
  },
  // Feminine in -а: Одеса, Полтава, Охтирка, Суджа (mixed after hushing consonants).
  fh: (w, s) => {
    const b = s ?? w.slice(0, -1);
    const mixed = /(?:[жчшщ]|дж)$/.test(b);
    const dl = `${ukSoftenVelar(b)}і`;
    return {
      gen: [`${b}${mixed ? "і" : "и"}`],
      dat: [dl],
      acc: [`${b}у`],
      ins: [`${b}${mixed ? "ею" : "ою"}`],
      loc: [dl],
    };
  },
  // Feminine in -я: Вінниця, Балаклія, Феодосія.
  fs: (w) => {
    const b = w.slice(0, -1);
    const afterVowel = /[аеиіоуюяєї]$/.test(b);
    const gdl = afterVowel ? `${b}ї` : `${b}і`;
    return { gen: [gdl], dat: [gdl], acc: [`${b}ю`], ins: [`${b}${afterVowel ? "єю" : "ею"}`], loc: [gdl] };
  },
  // Neuter in -о: Дніпро, Мукачево.
  nh: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}а`], dat: [`${b}у`], ins: [`${b}ом`], loc: [`${b}і`] };
  },
  // Neuter in a doubled consonant + я: Запоріжжя, Добропілля, Закарпаття.
  nj: (w) => {
    const b = w.slice(0, -1);
    return { gen: [w], dat: [`${b}ю`], ins: [`${b}ям`], loc: [`${b}і`] };
  },
  // Neuter noun in -е: Гуляйполе.
  ne: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}я`], dat: [`${b}ю`], ins: [`${b}ем`], loc: [`${b}і`] };
  },
  // Adjective, masculine: Хмельницький, Кривий (Ріг), Нижній (Новгород).
  am: (w) => {
    const b = w.slice(0, -2);
    if (w.endsWith("ній"))
      return { gen: [`${b}ього`], dat: [`${b}ьому`], ins: [`${b}ім`], loc: [`${b}ьому`, `${b}ім`] };
    return { gen: [`${b}ого`], dat: [`${b}ому`], ins: [`${b}им`], loc: [`${b}ому`, `${b}ім`] };
  },
  // Adjective, neuter: Рівне, Курахове, Кам'янське.
  an: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}ого`], dat: [`${b}ому`], ins: [`${b}им`], loc: [`${b}ому`, `${b}ім`] };
  },
  // Adjective, feminine: Нова (Каховка), Біла (Церква), Кремінна, (Кам'янка-)Дніпровська.
  af: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}ої`], dat: [`${b}ій`], acc: [`${b}у`], ins: [`${b}ою`], loc: [`${b}ій`] };
  },
  // Plural: Суми, Черкаси, Бровари|Броварів, Чернівці|Чернівців.
  pl: (w, s) => {
    const b = w.slice(0, -1);
    // Чернівці → Чернівцям, but Дергачі → Дергачам: hushing consonants take the hard endings.
    const soft = w.endsWith("і") && !/[жчшщ]і$/.test(w);
    return {
      gen: [s ?? b],
      dat: [`${b}${soft ? "ям" : "ам"}`],
      ins: [`${b}${soft ? "ями" : "ами"}`],
      loc: [`${b}${soft ? "ях" : "ах"}`],
    };
  },
};

const RU: Record<string, Pattern> = {
  // Masculine, hard consonant: Харьков, Курск, Воронеж, Орёл|Орл.
  mh: (w, s) => {
    const b = s ?? w;
    const hush = /[жшчщц]$/.test(b);
    return { gen: [`${b}а`], dat: [`${b}у`], ins: [`${b}${hush ? "ем" : "ом"}`], loc: [`${b}е`] };
  },
  // Masculine, soft: Севастополь, Бахчисарай.
  ms: (w, s) => {
    const b = s ?? w.replace(/[ьй]$/, "");
    return { gen: [`${b}я`], dat: [`${b}ю`], ins: [`${b}ем`], loc: [`${b}е`] };
  },
  // Feminine, soft consonant: Казань, Рязань, Умань.
  fc: (w, s) => {
    const b = s ?? w.replace(/ь$/, "");
    return { gen: [`${b}и`], dat: [`${b}и`], ins: [`${b}ью`], loc: [`${b}и`] };
  },
  // Feminine in -а: Одесса, Москва, Горловка, Суджа.
  fh: (w, s) => {
    const b = s ?? w.slice(0, -1);
    const ins = [`${b}ой`];
    if (/[жшчщц]$/.test(b)) ins.push(`${b}ей`);
    return { gen: [`${b}${/[гкхжшчщ]$/.test(b) ? "и" : "ы"}`], dat: [`${b}е`], acc: [`${b}у`], ins, loc: [`${b}е`] };
  },
  // Feminine in -я: Балаклея.
  fs: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}и`], dat: [`${b}е`], acc: [`${b}ю`], ins: [`${b}ей`], loc: [`${b}е`] };
  },
  // Feminine in -ия: Феодосия, Евпатория, Александрия.
  fi: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}и`], dat: [`${b}и`], acc: [`${b}ю`], ins: [`${b}ей`], loc: [`${b}и`] };
  },
  // Neuter in -о: Мукачево, Миллерово, Шебекино (journalistic Russian declines them; the undeclined use is the nominative).
  nh: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}а`], dat: [`${b}у`], ins: [`${b}ом`], loc: [`${b}е`] };
  },
  // Neuter in -ье: Запорожье, Подмосковье, Закарпатье.
  nj: (w) => {
    const b = w.slice(0, -1);
    return { gen: [`${b}я`], dat: [`${b}ю`], ins: [`${b}ем`], loc: [w] };
  },
  // Adjective, masculine: Хмельницкий, Кривой (Рог), Хрустальный.
  am: (w) => {
    const b = w.slice(0, -2);
    return {
      gen: [`${b}ого`],
      dat: [`${b}ому`],
      ins: [`${b}${/[гкхжшчщ]$/.test(b) ? "им" : "ым"}`],
      loc: [`${b}ом`],
    };
  },
  // Adjective, neuter: Рубежное, Раменское.
  an: (w) => {
    const b = w.slice(0, -2);
    return {
      gen: [`${b}ого`],
      dat: [`${b}ому`],
      ins: [`${b}${/[гкхжшчщ]$/.test(b) ? "им" : "ым"}`],
      loc: [`${b}ом`],
    };
  },
  // Adjective, feminine: Новая (Каховка), Кременная.
  af: (w) => {
    const b = w.slice(0, -2);
    return { gen: [`${b}ой`], dat: [`${b}ой`], acc: [`${b}ую`], ins: [`${b}ой`, `${b}ою`], loc: [`${b}ой`] };
  },
  // Plural: Сумы, Черкассы, Черновцы|Черновцов.
  pl: (w, s) => {
    const b = w.slice(0, -1);
    return { gen: [s ?? b], dat: [`${b}ам`], ins: [`${b}ами`], loc: [`${b}ах`] };
  },
};

/** Pattern of a Ukrainian word from its ending; `last` = the last declined word of the name. */
export function inferUk(word: string, last: boolean, nextSep = ""): string {
  if (/(?:ий|ій)$/.test(word)) return "am";
  // "Нова Каховка", "Біла Церква": a word in -а before a space is the adjective; before a hyphen it is the noun (Кам'янка-Дніпровська).
  if (/(?:[сцз]ька)$/.test(word) || (!last && nextSep === " " && word.endsWith("а"))) return "af";
  if (word.endsWith("е")) return "an";
  if (/(жж|лл|тт|чч|сс|нн|цц|дд|зз|шш)я$/.test(word)) return "nj";
  if (word.endsWith("я")) return "fs";
  if (word.endsWith("а")) return "fh";
  if (word.endsWith("о")) return "nh";
  if (/[ьй]$/.test(word)) return "ms";
  if (/[иі]$/.test(word)) return "pl";
  return "mh";
}

/** Pattern of a Russian word from its ending. */
export function inferRu(word: string, _last: boolean, _nextSep = ""): string {
  if (/(?:ий|ый|ой)$/.test(word)) return "am";
  if (/(?:ая|яя)$/.test(word)) return "af";
  if (/(?:ое|ее)$/.test(word)) return "an";
  if (word.endsWith("ье")) return "nj";
  if (/[еу]$/.test(word)) return "=";
  if (word.endsWith("ия")) return "fi";
  if (word.endsWith("я")) return "fs";
  if (word.endsWith("а")) return "fh";
  if (word.endsWith("о")) return "nh";
  if (/[ьй]$/.test(word)) return "ms";
  if (/[ыи]$/.test(word)) return "pl";
  return "mh";
}

// Words that never decline inside a compound name: Ростов-на-Дону, Усть-Луга, Санкт-Петербург.
const FIXED_WORDS = new Set(["на", "Дону", "Усть", "Санкт", "Кубані", "Кубани"]);

interface Part {
  word: string;
  code: string | undefined;
  stem: string | undefined;
  fixed: boolean;
}

function parseParts(spec: string): { parts: Part[]; seps: string[] } {
  const pieces = spec.trim().split(/([ -])/);
  const parts: Part[] = [];
  const seps: string[] = [];
  for (let i = 0; i < pieces.length; i += 2) {
    let raw = pieces[i] ?? "";
    let code: string | undefined;
    let fixed = false;
    if (raw.startsWith("=")) {
      fixed = true;
      raw = raw.slice(1);
    }
    const colon = raw.indexOf(":");
    if (colon > 0) {
      code = raw.slice(0, colon);
      raw = raw.slice(colon + 1);
    }
    const [word, stem] = raw.split("|") as [string, string | undefined];
    parts.push({ word, code, stem, fixed });
    if (i + 1 < pieces.length) seps.push(pieces[i + 1] ?? " ");
  }
  // Compound prefixes (Івано-, Приморсько-) and the tail after "на" stay as written.
  let afterNa = false;
  parts.forEach((p, i) => {
    if (afterNa || FIXED_WORDS.has(p.word) || (seps[i] === "-" && p.word.endsWith("о"))) p.fixed = true;
    if (p.word === "на") afterNa = true;
  });
  return { parts, seps };
}

/** Nominative as displayed: the spec without codes, stems and markers. */
export function nominativeOf(spec: string): string {
  if (spec.includes(";")) return (spec.split(";")[0] ?? "").trim();
  const { parts, seps } = parseParts(spec);
  return parts.map((p, i) => p.word + (seps[i] ?? "")).join("");
}

/** Every case form of a name, keyed by case. */
export function declineByCase(spec: string, lang: DeclLang): Forms {
  if (spec.includes(";")) {
    const list = spec
      .split(";")
      .map((s) => s.trim())
      .filter(Boolean);
    const nom = list[0] ?? "";
    return { nom: [nom], gen: list.slice(1), dat: [], acc: [], ins: [], loc: [] };
  }
  const { parts, seps } = parseParts(spec);
  const table = lang === "uk" ? UK : RU;
  const infer = lang === "uk" ? inferUk : inferRu;
  let lastDeclined = -1;
  parts.forEach((p, i) => {
    if (!p.fixed) lastDeclined = i;
  });
  const perPart: Forms[] = parts.map((p, i) => {
    const code = p.fixed ? "=" : (p.code ?? infer(p.word, i === lastDeclined, seps[i] ?? ""));
    const pattern = table[code];
    if (code === "=" || !pattern) {
      if (code !== "=" && !pattern) throw new Error(`unknown declension code ${code} in ${spec}`);
      return { nom: [p.word], gen: [p.word], dat: [p.word], acc: [p.word], ins: [p.word], loc: [p.word] };
    }
    const f = pattern(p.word, p.stem);
    return { nom: [p.word], gen: f.gen, dat: f.dat, acc: f.acc ?? [p.word], ins: f.ins, loc: f.loc };
  });
  const out = {} as Forms;
  for (const c of CASES) {
    let acc = [""];
    perPart.forEach((pf, i) => {
      const sep = seps[i] ?? "";
      const next: string[] = [];
      for (const prefix of acc) for (const form of pf[c]) next.push(prefix + form + sep);
      acc = next;
    });
    out[c] = [...new Set(acc)];
  }
  return out;
}

/** All forms of a name, nominative first, without repeats. */
export function declineName(spec: string, lang: DeclLang): string[] {
  return allForms(declineByCase(spec, lang));
}

/** The forms of `declineByCase`, nominative first, without repeats. */
export function allForms(byCase: Forms): string[] {
  return [...new Set(CASES.flatMap((c) => byCase[c]))];
}

/**
 * Forms of a regional adjective from its stem ("Харківськ", "Харьковск"): feminine for
 * "область", masculine for "край"/"район", neuter, plural ("Харківська та Сумська області").
 */
export function adjectiveForms(stem: string, lang: DeclLang): string[] {
  const endings =
    lang === "uk"
      ? ["а", "ої", "ій", "у", "ою", "і", "их", "им", "ими", "ий", "ого", "ому", "ім", "е"]
      : ["ая", "ой", "ую", "ою", "ие", "их", "им", "ими", "ий", "ого", "ому", "ом", "ое"];
  return endings.map((e) => stem + e);
}
