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

/** "Слов'янськ": an apostrophe (' ’ ʼ `) at `i` between two Cyrillic letters stays inside the word. */
function apostropheJoins(text: string, i: number, c: number): boolean {
  if (c !== 39 && c !== 0x2019 && c !== 0x2bc && c !== 96) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return before < 0x530 && CLASS[before] === 2 && after < 0x530 && CLASS[after] === 2;
}

/**
 * Word boundaries of a text. A word is a run of Latin or Cyrillic letters, combining marks and
 * digits; an apostrophe joins two Cyrillic parts of one word ("Слов'янськ", "Кам’янське") but
 * splits a Latin possessive ("Kyiv's" → "Kyiv" + "s"). A hand-written scan over a class table:
 * a Unicode-property regex made tokenising cost more than everything else in `findPlaces`.
 */
export function wordSpans(text: string, starts: number[], ends: number[]): void {
  // The same scan as `scanWords`, kept apart on purpose: run on the index build's many short names,
  // one shared function was compiled for those strings and scanned article texts three times slower.
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
      if (i + 1 < len && apostropheJoins(text, i, c)) {
        i++;
        continue;
      }
      break;
    }
    starts.push(start);
    ends.push(i);
  }
}

/** Word spans of a text: `starts[k]`/`ends[k]` for k < n. */
export interface Words {
  starts: Int32Array;
  ends: Int32Array;
  /** Hash of each word's key (`keyHash`), or 0 for a word with a letter outside the fold table. */
  hashes: Int32Array;
  n: number;
  /**
   * Indices of the words that can open a name, `openers[0]`…`openers[openerCount - 1]`: those that
   * begin with a capital (`isUpperCode`), and those that begin with a lower-case Cyrillic letter (а…ґ)
   * and hold the core of a regional adjective (`adjectiveCoreAt`: "харківська область"). The scan
   * for names visits these, a fifth of the words, not all of them.
   */
  openers: Int32Array;
  openerCount: number;
  /**
   * Offsets of the punctuation between words that ends sentences or quotes (. ! ? line breaks, " « »
   * “ ” „), ascending: `marks[0]`…`marks[markCount - 1]`. The passage layout reads these, not every
   * character between the words again.
   */
  marks: Int32Array;
  markCount: number;
}

// One buffer for every scan: `findPlaces` is not re-entrant, and its words never outlive the call.
const shared: Words = {
  starts: new Int32Array(256),
  ends: new Int32Array(256),
  hashes: new Int32Array(256),
  n: 0,
  openers: new Int32Array(256),
  openerCount: 0,
  marks: new Int32Array(256),
  markCount: 0,
};

// The marks below U+0530 (see `Words.marks`); above, “ ” „ (U+201C…U+201E).
const MARK = new Uint8Array(0x530);
for (const ch of '.!?\n"«»') MARK[ch.charCodeAt(0)] = 1;

/**
 * What `wordKey` makes of each code unit of a word, below U+0530: its lower case (ё read as е),
 * SKIP for an apostrophe (dropped), or 0 where lower-casing it alone could differ from lower-casing
 * the word (İ → "i̇"): such a word takes the slow way.
 */
const SKIP = -1;
const FOLD = new Int32Array(0x530);
for (let c = 0; c < 0x530; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  FOLD[c] = lower.length === 1 ? lower.charCodeAt(0) : 0;
}
FOLD[0x451] = 0x435; // ё → е
FOLD[0x401] = 0x435; // Ё → е
FOLD[39] = SKIP;
FOLD[96] = SKIP;
FOLD[0x2bc] = SKIP;

// `FOLD` of a word character, NOT_WORD for any other (below U+0530; all above end a word too): one
// table read per character in `scanWords`, not two.
const NOT_WORD = -2;
const WORD_FOLD = new Int32Array(0x530);
for (let c = 0; c < 0x530; c++) WORD_FOLD[c] = CLASS[c] === 0 ? NOT_WORD : FOLD[c]!;

// FNV-1a over the folded code units; 0 is kept for "no hash".
const HASH_SEED = 0x811c9dc5 | 0;
const HASH_PRIME = 0x01000193;

/**
 * The words of a text (see `wordSpans`) and the hashes of their keys, in buffers shared by every
 * call: valid until the next call. One pass, no allocation per word or per text.
 */
export function scanWords(text: string): Words {
  const len = text.length;
  // A text of `len` characters has at most len / 2 + 1 words.
  if (shared.starts.length < (len >> 1) + 1) {
    shared.starts = new Int32Array(len);
    shared.ends = new Int32Array(len);
    shared.hashes = new Int32Array(len);
    shared.openers = new Int32Array(len);
  }
  if (shared.marks.length < len) shared.marks = new Int32Array(len);
  const { starts, ends, hashes, openers, marks } = shared;
  let n = 0;
  let openerCount = 0;
  let markCount = 0;
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (c >= 0x530 || WORD_FOLD[c] === NOT_WORD) {
      if (c < 0x530 ? MARK[c] === 1 : c >= 0x201c && c <= 0x201e) marks[markCount++] = i;
      i++;
      continue;
    }
    const start = i;
    const capital = isUpperCode(c);
    // A lower-case Cyrillic word opens a name only as a regional adjective, with its "ськ" (see below).
    const cyrillic = !capital && c >= 0x430 && c <= 0x491;
    let adjective = false;
    let h = HASH_SEED;
    let modelled = true;
    for (;;) {
      for (; i < len; i++) {
        c = text.charCodeAt(i);
        const f = c < 0x530 ? WORD_FOLD[c]! : NOT_WORD;
        if (f === NOT_WORD) break;
        if (f === 0) modelled = false;
        h = Math.imul(h ^ f, HASH_PRIME);
        if (c === 0x43a && cyrillic && !adjective && i > start) adjective = adjectiveCoreAt(text, start, i);
      }
      if (i + 1 < len && apostropheJoins(text, i, c)) {
        i++;
        continue;
      }
      break;
    }
    if (capital || adjective) openers[openerCount++] = n;
    starts[n] = start;
    ends[n] = i;
    hashes[n] = modelled ? h || 1 : 0;
    n++;
  }
  shared.n = n;
  shared.openerCount = openerCount;
  shared.markCount = markCount;
  return shared;
}

/**
 * Keywords looked for inside the words of a stretch of text, at the cost of one table step per
 * character: whether a word holds one of them, anywhere in it, by its folded letters (lower case, ё
 * as е, apostrophes skipped as in keys). A keyword automaton (Aho–Corasick) over the letters the
 * keywords use; any other character sends it back to the start. One pass, where a regex of the same
 * words tries each of them at every position.
 */
export class Keywords {
  /**
   * The automaton's steps: from the row of a state (state × width) by a letter's column, the row of
   * the next state. Rows of states that end a keyword come last, from `acceptFrom` on.
   */
  readonly steps: Int32Array;
  readonly acceptFrom: number;
  /** Column of each code unit below U+0530 by its folded letter (0 for one no keyword uses, SKIP_COLUMN for an apostrophe). */
  readonly column: Uint8Array;

  constructor(keywords: readonly string[]) {
    const byLetter = new Uint8Array(0x530);
    let width = 1;
    for (const word of keywords) {
      if (word.length === 0) throw new Error("empty keyword");
      for (const ch of word) {
        const code = ch.charCodeAt(0);
        if (ch.length !== 1 || code >= 0x530 || FOLD[code] !== code) throw new Error(`keyword not folded: ${word}`);
        if (byLetter[code] === 0) byLetter[code] = width++;
      }
    }
    if (width >= SKIP_COLUMN) throw new Error("too many letters in keywords");
    this.column = new Uint8Array(0x530);
    for (let c = 0; c < 0x530; c++) {
      const f = FOLD[c]!;
      this.column[c] = f === SKIP ? SKIP_COLUMN : f > 0 && f < 0x530 ? byLetter[f]! : 0;
    }
    // The trie: goto[state][column], -1 where absent.
    const goto: number[][] = [new Array(width).fill(-1)];
    const accepting: boolean[] = [false];
    for (const word of keywords) {
      let state = 0;
      for (const ch of word) {
        const col = byLetter[ch.charCodeAt(0)]!;
        if (goto[state]![col]! < 0) {
          goto[state]![col] = goto.length;
          goto.push(new Array(width).fill(-1));
          accepting.push(false);
        }
        state = goto[state]![col]!;
      }
      accepting[state] = true;
    }
    // Failure links, breadth first, folded into a full transition table; a state accepts if its
    // failure state does (a keyword that ends inside another).
    const states = goto.length;
    const next = new Int32Array(states * width);
    const fail = new Array<number>(states).fill(0);
    const queue: number[] = [];
    for (let col = 0; col < width; col++) {
      const to = goto[0]![col]!;
      if (to > 0) {
        next[col] = to;
        queue.push(to);
      }
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q]!;
      if (accepting[fail[state]!]) accepting[state] = true;
      for (let col = 0; col < width; col++) {
        const to = goto[state]![col]!;
        const via = next[fail[state]! * width + col]!;
        if (to > 0) {
          fail[to] = via;
          next[state * width + col] = to;
          queue.push(to);
        } else next[state * width + col] = via;
      }
    }
    // Renumbered with the accepting states last, as rows.
    const order = [...Array(states).keys()].sort((a, b) => Number(accepting[a]) - Number(accepting[b]));
    const index = new Array<number>(states);
    order.forEach((state, k) => {
      index[state] = k;
    });
    this.steps = new Int32Array(states * width);
    for (let state = 0; state < states; state++) {
      for (let col = 0; col < width; col++) {
        this.steps[index[state]! * width + col] = index[next[state * width + col]!]! * width;
      }
    }
    this.acceptFrom = accepting.filter((a) => !a).length * width;
  }

  /** Whether a keyword occurs within a word of text[start, end). */
  foundIn(text: string, start: number, end: number): boolean {
    const { steps, acceptFrom, column } = this;
    let row = 0;
    for (let c = start; c < end; c++) {
      const code = text.charCodeAt(c);
      const col = code < 0x530 ? column[code]! : code === 0x2019 ? SKIP_COLUMN : 0;
      if (col === SKIP_COLUMN) continue;
      row = steps[row + col]!;
      if (row >= acceptFrom) return true;
    }
    return false;
  }
}

/** The column of an apostrophe, which the automaton skips. */
const SKIP_COLUMN = 255;

/**
 * Whether the "к" at `at` (after `start`, in a word from `start`) closes "ск", "цк", "ськ", "цьк" or
 * "зьк": the core of a regional adjective ("харківська", "белгородской").
 */
export function adjectiveCoreAt(text: string, start: number, at: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before === 0x441 || before === 0x446) return true; // с ц
  if (before === 0x44c && at - 2 >= start) {
    const first = text.charCodeAt(at - 2);
    if (first === 0x441 || first === 0x446 || first === 0x437) return true; // сь ць зь
  }
  return false;
}

/** The hash `scanWords` gives a word whose key is `key` (0 if a letter of it is not in the table). */
export function keyHash(key: string): number {
  let h = HASH_SEED;
  for (let c = 0; c < key.length; c++) {
    const code = key.charCodeAt(c);
    const f = code < 0x530 ? FOLD[code]! : 0;
    if (f === SKIP) continue;
    if (f === 0) return 0;
    h = Math.imul(h ^ f, HASH_PRIME);
  }
  return h || 1;
}

// 2^17 bits, indexed by the top 17 bits of a hash (the table slot takes the low bits).
const BLOOM_SHIFT = 32 - 17;
const BLOOM_WORDS = (1 << 17) >>> 5;

/**
 * A set of key hashes (open addressing in a typed array): a word whose hash is not in it cannot
 * have one of its keys, and is rejected without making its key.
 */
export class HashSet {
  private readonly table: Int32Array;
  private readonly mask: number;
  /**
   * One bit per hash (by its high bits): 16 KB, which stay in cache, where a probe of the table (a
   * quarter of a megabyte for the gazetteer) is a likely miss. Most absent hashes stop here.
   */
  private readonly bits = new Int32Array(BLOOM_WORDS);

  constructor(keys: Iterable<string>, size: number) {
    let capacity = 1024;
    while (capacity < size * 4) capacity *= 2;
    this.table = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (const key of keys) {
      const h = keyHash(key);
      if (h !== 0 && !this.has(h)) {
        let slot = h & this.mask;
        while (this.table[slot] !== 0) slot = (slot + 1) & this.mask;
        this.table[slot] = h;
        const bit = h >>> BLOOM_SHIFT;
        this.bits[bit >>> 5]! |= 1 << (bit & 31);
      }
    }
  }

  has(h: number): boolean {
    return this.slotOf(h) >= 0;
  }

  /** Where the hash sits in the table (below `capacity`; a fixed place, for tables alongside), or -1. */
  slotOf(h: number): number {
    const bit = h >>> BLOOM_SHIFT;
    if ((this.bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return -1;
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const v = this.table[slot]!;
      if (v === h) return slot;
      if (v === 0) return -1;
    }
  }

  get capacity(): number {
    return this.table.length;
  }
}

function fold(code: number): number {
  if (code < 0x530) return FOLD[code]!;
  return code === 0x2019 ? SKIP : 0;
}

// Keys already made, by the hash of their letters: the same few thousand words recur in every text,
// so a key is made (sliced, lower-cased) once, not once per occurrence. Open addressing; cleared
// when half full, which bounds its memory in a long-running process.
const INTERN_SIZE = 1 << 14;
const internHashes = new Int32Array(INTERN_SIZE);
const internKeys: (string | undefined)[] = new Array(INTERN_SIZE).fill(undefined);
let interned = 0;

/** `wordKey` of text[start, end), the same string object for every occurrence of the word. */
export function keyAt(text: string, start: number, end: number): string {
  let h = HASH_SEED;
  for (let c = start; c < end; c++) {
    const f = fold(text.charCodeAt(c));
    if (f === SKIP) continue;
    if (f === 0) return wordKey(text.slice(start, end));
    h = Math.imul(h ^ f, HASH_PRIME);
  }
  return internedKey(text, start, end, h || 1);
}

/** `keyAt` for a word whose hash `scanWords` gave. */
export function keyOfWord(text: string, start: number, end: number, hash: number): string {
  return hash === 0 ? wordKey(text.slice(start, end)) : internedKey(text, start, end, hash);
}

function internedKey(text: string, start: number, end: number, h: number): string {
  const mask = INTERN_SIZE - 1;
  let slot = h & mask;
  for (let k = internKeys[slot]; k !== undefined; k = internKeys[slot]) {
    if (internHashes[slot] === h && sameKey(k, text, start, end)) return k;
    slot = (slot + 1) & mask;
  }
  const key = wordKey(text.slice(start, end));
  if (interned >= INTERN_SIZE >> 1) {
    internKeys.fill(undefined);
    interned = 0;
    slot = h & mask;
  }
  internHashes[slot] = h;
  internKeys[slot] = key;
  interned++;
  return key;
}

/** Whether `key` is what `wordKey` makes of text[start, end) (every code unit of it folds). */
export function sameKey(key: string, text: string, start: number, end: number): boolean {
  let p = 0;
  for (let c = start; c < end; c++) {
    const f = fold(text.charCodeAt(c));
    if (f === SKIP) continue;
    if (p >= key.length || key.charCodeAt(p) !== f) return false;
    p++;
  }
  return p === key.length;
}
