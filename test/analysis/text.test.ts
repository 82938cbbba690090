import { expect, test } from "vitest";
import { canonicalLink } from "../../src/analysis/hash.js";
import { pickKeySentences, shorten } from "../../src/analysis/summarize.js";
import {
  decodeEntities,
  detectLang,
  htmlToText,
  normaliseWhitespace,
  splitSentences,
  toArticleText,
} from "../../src/analysis/text.js";

test.each([
  ["Tom &amp; Jerry &#8217;s &#x2014; &nbsp;x", "Tom & Jerry ’s — \u00a0x"],
  ["&unknown; stays", "&unknown; stays"],
  ["&#0; &#xD800; dropped", "  dropped"],
])("decodeEntities(%s)", (input, want) => expect(decodeEntities(input)).toBe(want));

test("htmlToText drops scripts, keeps paragraphs apart, decodes entities", () => {
  const html = "<p>Three people were injured</p><script>alert(1)</script><p>Fire &amp; smoke<br/>at 2&nbsp;am</p>";
  expect(htmlToText(html)).toBe("Three people were injured\nFire & smoke\nat 2 am");
});

test.each([
  ["Russian drones hit Kharkiv overnight", "en"],
  ["Унаслідок атаки на Харків поранено 22 людини", "uk"],
  ["В результате атаки на Харьков ранены 22 человека", "ru"],
])("detectLang(%s) = %s", (text, want) => expect(detectLang(text)).toBe(want));

test("splitSentences keeps abbreviations and decimals", () => {
  expect(
    splitSentences(
      "Gen. Syrskyi said 2.5 km. The attack began at 2 a.m. Kyiv time. Рятувальники працюють у м. Київ. Все.",
    ),
  ).toEqual([
    "Gen. Syrskyi said 2.5 km.",
    "The attack began at 2 a.m. Kyiv time.",
    "Рятувальники працюють у м. Київ.",
    "Все.",
  ]);
});

test("toArticleText does not repeat the title in the body", () => {
  const article = toArticleText({
    title: "Drone attack on Odesa",
    content: "<p>Drone attack on Odesa</p><p>Two people were injured.</p>",
  });
  expect(article).toEqual({ title: "Drone attack on Odesa", body: "Two people were injured.", lang: "en" });
});

test("canonicalLink strips tracking, AMP and www", () => {
  expect(canonicalLink("http://www.site.example/news/a/amp/?utm_source=x&id=3#top")).toBe(
    "https://site.example/news/a?id=3",
  );
  expect(canonicalLink("not a url")).toBe("not a url");
  expect(canonicalLink(null)).toBeNull();
});

test("pickKeySentences prefers the lead and sentences with figures, in article order", () => {
  const body =
    "Russian drones attacked Kharkiv overnight, injuring at least 22 people. The city has a long history. " +
    "The Air Force said it destroyed 21 of the 49 drones launched. Read also: our live blog.";
  const summary = pickKeySentences({ title: "Kharkiv attacked", body, lang: "en" });
  expect(summary).toBe(
    "Russian drones attacked Kharkiv overnight, injuring at least 22 people. The Air Force said it destroyed 21 of the 49 drones launched.",
  );
});

test("shorten never cuts a word", () => {
  const out = shorten("Air defence destroyed twenty one drones over the capital overnight", 30);
  expect(out.length).toBeLessThanOrEqual(30);
  expect(out).toBe("Air defence destroyed twenty…");
});

test("a sentence naming the place of the events outranks a generic one", () => {
  const body =
    "The attack began shortly after midnight. Officials urged residents to stay in shelters. " +
    "Debris damaged a market in Shevchenkivskyi district of Kharkiv, the mayor said. Power was later restored.";
  const place = body.indexOf("Kharkiv");
  const article = { title: "Night attack", body, lang: "en" as const };
  expect(pickKeySentences(article, [place], 2)).toBe(
    "The attack began shortly after midnight. Debris damaged a market in Shevchenkivskyi district of Kharkiv, the mayor said.",
  );
  expect(pickKeySentences(article, [], 2)).toBe("The attack began shortly after midnight.");
});

test.each([
  ["a  b", "a b"],
  [" a \n\n b ", "a\nb"],
  ["a\r\nb\rc", "a\nb\nc"],
  ["a\u00a0\u2009b\tc", "a b c"],
  ["a\u200bb\u0001 \u0001c", "ab c"],
  ["a \u0007\n \u3000b", "a\nb"],
  ["tidy text\nas is", "tidy text\nas is"],
])("normaliseWhitespace(%j)", (input, want) => expect(normaliseWhitespace(input)).toBe(want));

test("htmlToText: adjacent tags, a stray '<', tags without a name", () => {
  expect(htmlToText("<p>One</p><p><b>Two</b></p><1>z, x < y")).toBe("One\nTwo\nz, x < y");
});
