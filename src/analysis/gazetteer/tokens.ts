/** Word tokens and their lookup keys, shared by the index build and the text scan. */

/** Upper-case Latin or Cyrillic letter (by UTF-16 code unit), the start of a proper name. */
export function isUpperCode(c: number): boolean {
  return (
    (c >= 65 && c <= 90) ||
    (c >= 0x400 && c <= 0x42f) ||
    (c >= 0xc0 && c <= 0xde && c !== 0xd7) ||
    (c >= 0x460 && c <= 0x52f && c % 2 === 0)
  );
}

/** Lookup key of one word: lower case, apostrophes dropped, ё read as е. */
export function wordKey(raw: string): string {
  const lower = raw.toLowerCase();
  for (let c = 0; c < lower.length; c++) {
    const code = lower.charCodeAt(c);
    // ' ` ’ ʼ ё
    if (code === 39 || code === 96 || code === 0x2019 || code === 0x2bc || code === 0x451) {
      return lower.replace(/['’ʼ`]/g, "").replace(/ё/g, "е");
    }
  }
  return lower;
}

/** Keys of the words of a name: "Rostov-on-Don" → ["rostov", "on", "don"]. */
export function nameKeys(name: string): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  wordSpans(name, starts, ends);
  return starts.map((start, k) => wordKey(name.slice(start, ends[k])));
}

// Character classes by UTF-16 code unit below U+0530: 1 = word character, 2 = Cyrillic letter.
const CLASS = new Uint8Array(0x530);
for (let c = 0; c < 0x530; c++) {
  const word =
    (c >= 97 && c <= 122) ||
    (c >= 65 && c <= 90) ||
    (c >= 48 && c <= 57) ||
    (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) ||
    (c >= 0x300 && c <= 0x36f) ||
    c >= 0x400;
  CLASS[c] = c >= 0x400 && c <= 0x4ff ? 2 : word ? 1 : 0;
}

/**
 * Word boundaries of a text. A word is a run of Latin or Cyrillic letters, combining marks and
 * digits; an apostrophe joins two Cyrillic parts of one word ("Слов'янськ", "Кам’янське") but
 * splits a Latin possessive ("Kyiv's" → "Kyiv" + "s"). A hand-written scan over a class table:
 * a Unicode-property regex made tokenising cost more than everything else in `findPlaces`.
 */
export function wordSpans(text: string, starts: number[], ends: number[]): void {
  const len = text.length;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (c >= 0x530 || CLASS[c] === 0) {
      i++;
      continue;
    }
    const start = i;
    i++;
    for (;;) {
      for (; i < len; i++) {
        c = text.charCodeAt(i);
        if (c >= 0x530 || CLASS[c] === 0) break;
      }
      // "Слов'янськ": an apostrophe (' ’ ʼ `) between two Cyrillic letters stays inside the word.
      if (i + 1 < len && (c === 39 || c === 0x2019 || c === 0x2bc || c === 96)) {
        const before = text.charCodeAt(i - 1);
        const after = text.charCodeAt(i + 1);
        if (before < 0x530 && CLASS[before] === 2 && after < 0x530 && CLASS[after] === 2) {
          i++;
          continue;
        }
      }
      break;
    }
    starts.push(start);
    ends.push(i);
  }
}
