/** Transliteration and normalisation of place names for matching and for fuzzy /city queries. */

// Ukrainian national transliteration (Cabinet of Ministers resolution 55 of 2010), the system behind
// "Kyiv", "Zaporizhzhia", "Kharkivska": є ї й ю я are written ye yi y yu ya at the start of a word.
const UK_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "h",
  ґ: "g",
  д: "d",
  е: "e",
  є: "ie",
  ж: "zh",
  з: "z",
  и: "y",
  і: "i",
  ї: "i",
  й: "i",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ь: "",
  ю: "iu",
  я: "ia",
  "'": "",
  "’": "",
  ʼ: "",
};
const UK_INITIAL: Record<string, string> = { є: "ye", ї: "yi", й: "y", ю: "yu", я: "ya" };

/** "Харківська" → "Kharkivska"; "Київський" → "Kyivskyi". */
export function ukToLatin(text: string): string {
  let out = "";
  let prev = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const atStart = !/\p{L}/u.test(prev);
    let latin: string | undefined = atStart ? (UK_INITIAL[lower] ?? UK_LATIN[lower]) : UK_LATIN[lower];
    // "зг" is written "zgh" so that it is not read as "zh".
    if (lower === "г" && prev.toLowerCase() === "з") latin = "gh";
    if (latin === undefined) latin = ch;
    else if (ch !== lower && latin) latin = latin[0]!.toUpperCase() + latin.slice(1);
    out += latin;
    prev = ch;
  }
  return out;
}

// Plain BGN-like Russian romanisation, for the "Kharkovskaya oblast" spellings that wire copy still uses.
const RU_LATIN: Record<string, string> = {
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  е: "e",
  ё: "yo",
  ж: "zh",
  з: "z",
  и: "i",
  й: "y",
  к: "k",
  л: "l",
  м: "m",
  н: "n",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  у: "u",
  ф: "f",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ъ: "",
  ы: "y",
  ь: "",
  э: "e",
  ю: "yu",
  я: "ya",
};

/** "Харьковская" → "Kharkovskaya". */
export function ruToLatin(text: string): string {
  let out = "";
  for (const ch of text) {
    const lower = ch.toLowerCase();
    const latin = RU_LATIN[lower];
    if (latin === undefined) out += ch;
    else out += ch !== lower && latin ? latin[0]!.toUpperCase() + latin.slice(1) : latin;
  }
  return out;
}

// One Latin spelling for both Cyrillic alphabets, used only for the fuzzy skeleton below.
const ANY_CYRILLIC: Record<string, string> = { ...UK_LATIN, ...RU_LATIN, г: "h", и: "y", е: "e", й: "i", ё: "o" };

/**
 * A lossy key for fuzzy comparison: Cyrillic → Latin, then the letters that spellings of one name
 * disagree on are folded (kh/h/g, y/i/j, zh/z, ts/c, doubled letters), so that "Kharkov", "Харків"
 * and "Kharkif" land one or two edits apart.
 */
export function skeleton(text: string): string {
  let latin = "";
  for (const ch of text.toLowerCase()) latin += ANY_CYRILLIC[ch] ?? ch;
  return latin
    .normalize("NFD")
    .replace(/[^a-z]/g, "")
    .replace(/shch|sch/g, "s")
    .replace(/zh/g, "z")
    .replace(/kh/g, "h")
    .replace(/ch/g, "c")
    .replace(/sh/g, "s")
    .replace(/t[sz]/g, "c")
    .replace(/g/g, "h")
    .replace(/w/g, "v")
    .replace(/ph/g, "f")
    .replace(/[yj]/g, "i")
    .replace(/q/g, "k")
    .replace(/(.)\1+/g, "$1");
}

/** Levenshtein distance, giving up (returning limit + 1) as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}
