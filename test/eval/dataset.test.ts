/**
 * Guards the labelled set: a broken label file fails CI here, without running the analysis
 * (this file must never import src/analysis/analyze).
 */
import { describe, expect, test } from "vitest";
import { contractProblems, type EvalArticle, formatProblem, loadDataset, validateFile } from "./dataset.js";

const dataset = loadDataset();

function article(overrides: Partial<EvalArticle> = {}, expected: Partial<EvalArticle["expected"]> = {}): EvalArticle {
  return {
    id: "en-999",
    lang: "en",
    title: "Drone attack on Kyiv injures two",
    body: "<p>Russian drones attacked Kyiv overnight, injuring two people, officials said.</p>",
    published: "2026-11-20T05:12:00Z",
    notes: "fixture",
    ...overrides,
    expected: {
      kind: "strike",
      cities: ["Kyiv"],
      regions: [],
      killed: null,
      injured: 2,
      drones: { launched: null, downed: null },
      missiles: { launched: null, downed: null },
      aid: null,
      ...expected,
    },
  };
}

describe("evaluation dataset", () => {
  test("loads without problems", () => {
    expect(dataset.problems.map(formatProblem)).toEqual([]);
  });

  test("is large enough and covers every kind and language", () => {
    const { articles } = dataset;
    expect(articles.length).toBeGreaterThanOrEqual(80);
    expect(articles.filter((a) => a.expected.kind === "other").length).toBeGreaterThanOrEqual(20);
    expect(articles.filter((a) => a.expected.kind === "strike").length).toBeGreaterThanOrEqual(30);
    expect(articles.filter((a) => a.expected.kind === "aid").length).toBeGreaterThanOrEqual(10);
    for (const lang of ["en", "uk", "ru"] as const) {
      expect(articles.filter((a) => a.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  test("ids and titles are unique", () => {
    const ids = dataset.articles.map((a) => a.id);
    const titles = dataset.articles.map((a) => a.title);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test("every article has a body, a date and notes", () => {
    for (const a of dataset.articles) {
      expect(a.body.trim().length, a.id).toBeGreaterThan(40);
      expect(Number.isNaN(Date.parse(a.published)), a.id).toBe(false);
      expect(a.notes.trim().length, a.id).toBeGreaterThan(4);
    }
  });
});

describe("validation rejects malformed entries", () => {
  test("a well-formed fixture passes", () => {
    expect(contractProblems(article())).toEqual([]);
    expect(validateFile("en-fixture.json", [article()]).problems).toEqual([]);
  });

  test.each([
    ["missing field", { ...article(), notes: undefined }],
    ["unknown kind", article({}, { kind: "attack" as never })],
    ["negative count", article({}, { killed: -1 })],
    ["fractional count", article({}, { injured: 2.5 })],
    ["bad id", article({ id: "en-1" })],
    ["bad date", article({ published: "yesterday" })],
    ["extra key", { ...article(), expectedKind: "strike" }],
    ["oblast in cities", article({}, { cities: ["Kharkiv Oblast"] })],
    ["city in regions", article({}, { regions: ["Kharkiv"] })],
    [
      "bad currency",
      article({}, { kind: "aid", aid: { donor: "EU", amount: 5, currency: "euro", type: null, status: null } }),
    ],
  ])("%s", (_, entry) => {
    expect(validateFile("en-fixture.json", [entry]).problems.length).toBeGreaterThan(0);
  });

  test.each([
    ["aid kind without aid", article({}, { kind: "aid" })],
    [
      "aid object on a strike",
      article({}, { aid: { donor: "EU", amount: null, currency: null, type: null, status: null } }),
    ],
    ["figures on an other item", article({}, { kind: "other", cities: [], injured: 2 })],
    ["places on an other item", article({}, { kind: "other", injured: null })],
    ["downed above launched", article({}, { drones: { launched: 10, downed: 12 } })],
    [
      "amount without currency",
      article(
        {},
        { kind: "aid", injured: null, aid: { donor: "EU", amount: 5, currency: null, type: null, status: null } },
      ),
    ],
    ["duplicate city", article({}, { cities: ["Kyiv", "Kyiv"] })],
    ["id of another language", article({ id: "uk-999" })],
  ])("contract: %s", (_, entry) => {
    expect(contractProblems(entry).length).toBeGreaterThan(0);
  });

  test("a file that is not an array, and an article in the wrong language file", () => {
    expect(validateFile("en-x.json", { id: "en-001" }).problems).toHaveLength(1);
    const ukInEn = article({ id: "uk-999", lang: "uk" });
    expect(validateFile("en-x.json", [ukInEn]).problems.map((p) => p.message)).toEqual(['lang "uk" in a "en" file']);
  });
});
