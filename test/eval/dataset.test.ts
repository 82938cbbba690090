/**
 * Guards the labelled set: a broken label file fails CI here, without running the analysis
 * (this file must never import src/analysis/analyze).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { contractProblems, type EvalArticle, formatProblem, loadDataset, validateFile } from "./dataset.js";
import { loadHoldout, validateHoldoutFile } from "./holdout/holdout.js";

const dataset = loadDataset();
const holdout = loadHoldout();

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

describe("held-out set (test/eval/holdout)", () => {
  test("loads without problems", () => {
    expect(holdout.problems.map(formatProblem)).toEqual([]);
  });

  test("is large enough and covers every kind and language", () => {
    const { articles } = holdout;
    expect(articles.length).toBeGreaterThanOrEqual(70);
    expect(articles.filter((a) => a.expected.kind === "strike").length).toBeGreaterThanOrEqual(35);
    expect(articles.filter((a) => a.expected.kind === "aid").length).toBeGreaterThanOrEqual(10);
    expect(articles.filter((a) => a.expected.kind === "other").length).toBeGreaterThanOrEqual(15);
    for (const lang of ["en", "uk", "ru"] as const) {
      expect(articles.filter((a) => a.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  test("ids are h-<lang>-NNN, and ids and titles are unique", () => {
    const ids = holdout.articles.map((a) => a.id);
    for (const a of holdout.articles) expect(a.id, a.id).toMatch(new RegExp(`^h-${a.lang}-\\d{3}$`));
    expect(new Set(ids).size).toBe(ids.length);
    const titles = holdout.articles.map((a) => a.title);
    expect(new Set(titles).size).toBe(titles.length);
  });

  test("shares no id or title with the main set", () => {
    const mainIds = new Set(dataset.articles.map((a) => a.id));
    const mainTitles = new Set(dataset.articles.map((a) => a.title.trim().toLowerCase()));
    expect(holdout.articles.filter((a) => mainIds.has(a.id)).map((a) => a.id)).toEqual([]);
    expect(holdout.articles.filter((a) => mainTitles.has(a.title.trim().toLowerCase())).map((a) => a.id)).toEqual([]);
  });

  test("the loader rejects ids without the h- prefix and reports problems with the prefixed id", () => {
    const good = { ...article(), id: "h-en-001" };
    expect(validateHoldoutFile("en-x.json", [good]).problems).toEqual([]);
    expect(validateHoldoutFile("en-x.json", [good]).articles.map((a) => a.id)).toEqual(["h-en-001"]);
    expect(validateHoldoutFile("en-x.json", [article()]).problems.map((p) => p.message)).toEqual([
      'holdout id must start with "h-"',
    ]);
    const bad = { ...article({}, { injured: -1 }), id: "h-en-002" };
    const problems = validateHoldoutFile("en-x.json", [article(), bad]).problems;
    expect(problems.map((p) => [p.index, p.id])).toEqual([
      [0, "en-999"],
      [1, "h-en-002"],
    ]);
    expect(
      validateHoldoutFile("en-x.json", [{ ...article({ id: "uk-999", lang: "uk" }), id: "h-uk-999" }]).problems,
    ).toHaveLength(1);
  });

  test("the loader reports duplicate ids across files", () => {
    const dir = mkdtempSync(join(tmpdir(), "sitrep-holdout-"));
    try {
      const a = { ...article(), id: "h-en-001" };
      writeFileSync(join(dir, "en-a.json"), JSON.stringify([a]));
      writeFileSync(join(dir, "en-b.json"), JSON.stringify([{ ...a, title: "Another title for the fixture" }]));
      expect(loadHoldout(dir).problems.map((p) => p.message)).toEqual(["duplicate id h-en-001"]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
