import { describe, expect, test } from "vitest";
import { possibleIn } from "../../src/analysis/extract/casualties.js";

describe("possibleIn: one pass for cue words, start words and whole words", () => {
  test("a whole word is a run of letters of one script", () => {
    const bits = possibleIn("у місті загинула").words;
    expect(bits).not.toBe(0);
    expect(possibleIn("загинула.").words).toBe(bits);
    expect(possibleIn("загинулася").words).toBe(0);
    expect(possibleIn("незагинула").words).toBe(0);
  });

  test("a Latin word ends where a Latin \\b does, before an apostrophe or a Cyrillic letter", () => {
    const bits = possibleIn("a man was killed").words;
    expect(bits).not.toBe(0);
    expect(possibleIn("a man was ‘killed’").words).toBe(bits);
    expect(possibleIn("a man was killedа").words).toBe(bits);
    expect(possibleIn("a man was killedx").words).not.toBe(bits);
  });

  test("start positions come in order, once each, wherever the words overlap", () => {
    const text = "загинули двоє, поранено п’ятеро; постраждали постраждалі. killed killing injuring wounded";
    const { starts } = possibleIn(text);
    expect(starts.some((list) => list !== undefined)).toBe(true);
    for (const list of starts) {
      if (!list) continue;
      for (let i = 1; i < list.length; i++) expect(list[i]!).toBeGreaterThan(list[i - 1]!);
    }
  });

  test("cue words are found inside words too", () => {
    expect(possibleIn("тяжкопоранених").cues).toBe(possibleIn("поранених").cues);
    expect(possibleIn("").cues).toBe(0);
  });
});

describe("possibleIn: words that need only begin a word", () => {
  test("an age counts as one person, a listed noun too", () => {
    const verbOnly = possibleIn("загинула").words;
    expect(possibleIn("загинула жінка").words).not.toBe(verbOnly);
    expect(possibleIn("загинула 45-річна").words).toBe(possibleIn("загинула жінка").words);
    expect(possibleIn("загинула жінками").words).toBe(verbOnly);
  });
});
