import { describe, expect, test } from "vitest";
import { NUMBER_SOURCE, parseNumberWords, QUALIFIED_NUMBER_SOURCE } from "../../src/analysis/numbers.js";

describe("parseNumberWords", () => {
  test.each([
    // English words
    ["five", 5],
    ["Five", 5],
    ["twelve", 12],
    ["twenty-one", 21],
    ["forty two", 42],
    ["one hundred and twenty", 120],
    ["two hundred", 200],
    ["a dozen", 12],
    ["two thousand", 2000],
    // Ukrainian: cardinals, collectives, cases, feminine
    ["п’ятеро", 5],
    ["п'ятеро", 5],
    ["пʼятеро", 5],
    ["двоє", 2],
    ["троє", 3],
    ["четверо", 4],
    ["шестеро", 6],
    ["дві", 2],
    ["одна", 1],
    ["двох", 2],
    ["трьох", 3],
    ["чотирьох", 4],
    ["п’ятьох", 5],
    ["семи", 7],
    ["дванадцять", 12],
    ["дванадцяти", 12],
    ["двадцять п’ять", 25],
    ["сто двадцять", 120],
    ["три тисячі", 3000],
    // Russian
    ["пятеро", 5],
    ["двое", 2],
    ["трое", 3],
    ["двух", 2],
    ["трёх", 3],
    ["трех", 3],
    ["пяти", 5],
    ["две", 2],
    ["восемнадцать", 18],
    ["тридцати", 30],
    // digits and separators
    ["22", 22],
    ["1,200", 1200],
    ["1 200", 1200],
    ["1\u00a0200", 1200],
    ["1\u202f200", 1200],
    ["1.200", 1200],
    ["12,500,000", 12500000],
    ["2.5", 2.5],
    ["1,5", 1.5],
    ["1,5 млрд", 1_500_000_000],
    ["61bn", 61_000_000_000],
    ["300 тис.", 300_000],
    ["2.5 million", 2_500_000],
    // qualifiers: the stated number is kept
    ["at least 22", 22],
    ["at least five", 5],
    ["more than 100", 100],
    ["nearly 1,500", 1500],
    ["щонайменше 22", 22],
    ["не менше п’яти", 5],
    ["понад 30", 30],
    ["по меньшей мере 3", 3],
    ["как минимум двое", 2],
    ["более 40", 40],
    // trailing words are ignored
    ["five people", 5],
    ["22 поранених", 22],
    // Russian prepositional "одном"; scale words in the instrumental and the like
    ["одном", 1],
    ["12,3 мільярдами", 12_300_000_000],
    ["5 миллиардами", 5_000_000_000],
    ["40 мільйонами", 40_000_000],
    ["двома тисячами", 2000],
  ])("%s → %s", (text, want) => {
    expect(parseNumberWords(text)).toBe(want);
  });

  test.each([
    ["dozens"],
    ["several"],
    ["a few"],
    ["десятки"],
    ["кілька"],
    ["декілька"],
    ["несколько"],
    ["people"],
    [""],
    ["двох-трьох"],
  ])("%s → null", (text) => {
    expect(parseNumberWords(text)).toBeNull();
  });
});

describe("NUMBER_SOURCE", () => {
  const numbers = (text: string) => text.toLowerCase().match(new RegExp(NUMBER_SOURCE, "gu")) ?? [];

  test("finds counts, keeps model names and ranges out", () => {
    expect(numbers("49 shahed-136/131 drones, 1,200 troops, twenty-one men, 2-3 people, s-300, 45-річна")).toEqual([
      "49",
      "1,200",
      "twenty-one",
    ]);
  });

  test("reads Cyrillic compounds and collectives as one number", () => {
    expect(numbers("загинули двадцять п’ять людей, ще п’ятеро поранені")).toEqual(["двадцять п’ять", "п’ятеро"]);
  });

  test("a case ending after a hyphen keeps the count; other hyphenated words do not", () => {
    expect(numbers("атакували 112-ма дронами, поранено 3-х людей, 5-річна дівчинка, 9-поверховий будинок")).toEqual([
      "112-ма",
      "3-х",
    ]);
  });

  test("'no one' is not a count", () => {
    expect(numbers("no one was hurt")).toEqual([]);
  });

  test("the qualified source captures the number only", () => {
    const m = new RegExp(QUALIFIED_NUMBER_SOURCE, "u").exec("at least 22 people");
    expect(m?.[1]).toBe("22");
  });
});
