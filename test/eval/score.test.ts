import { describe, expect, test } from "vitest";
import type { Report } from "../../src/analysis/types.js";
import type { EvalArticle } from "./dataset.js";
import { compareSets, type Outcome, score, setScore } from "./score.js";

const strike: EvalArticle = {
  id: "en-900",
  lang: "en",
  title: "Drones hit Kharkiv and Sumy",
  body: "<p>Russian drones hit Kharkiv and Sumy overnight; three injured.</p>",
  published: "2026-11-20T05:12:00Z",
  notes: "fixture",
  expected: {
    kind: "strike",
    cities: ["Kharkiv", "Sumy"],
    regions: [],
    killed: null,
    injured: 3,
    drones: { launched: 40, downed: 35 },
    missiles: { launched: null, downed: null },
    aid: null,
  },
};

const aid: EvalArticle = {
  ...strike,
  id: "uk-900",
  lang: "uk",
  title: "ЄС затвердив 50 млрд євро",
  expected: {
    ...strike.expected,
    kind: "aid",
    cities: [],
    injured: null,
    drones: { launched: null, downed: null },
    aid: { donor: "EU", amount: 50_000_000_000, currency: "EUR", type: "financial", status: "approved" },
  },
};

function reportFor(a: EvalArticle, patch: Partial<Report> = {}): Report {
  return {
    id: a.id,
    title: a.title,
    link: null,
    published: a.published,
    ...a.expected,
    weapons: [],
    targets: [],
    summary: "",
    lang: a.lang,
    source: null,
    ...patch,
  };
}

describe("set comparison", () => {
  test("is order-, case- and whitespace-insensitive and reports differences as written", () => {
    expect(compareSets(["Kharkiv", "Sumy"], ["sumy ", "Kyiv"])).toEqual({
      tp: 1,
      missing: ["Kharkiv"],
      extra: ["Kyiv"],
    });
  });

  test("micro scores; nothing predicted counts as full precision", () => {
    expect(setScore(3, 1, 1)).toMatchObject({ precision: 0.75, recall: 0.75, f1: 0.75 });
    expect(setScore(0, 0, 2)).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });
});

describe("score", () => {
  test("a perfect analysis scores 100% everywhere", () => {
    const outcomes: Outcome[] = [strike, aid].map((a) => ({ article: a, report: reportFor(a), error: null }));
    const s = score(outcomes);
    expect(s.kind.accuracy).toBe(1);
    expect(s.cities.f1).toBe(1);
    expect(s.fields.every((f) => f.rate === 1)).toBe(true);
    expect(s.mismatches).toEqual([]);
  });

  test("counts null == null as a match and separates the non-null rate", () => {
    const wrong = reportFor(strike, {
      injured: null,
      drones: { launched: 40, downed: 30 },
      cities: ["Kharkiv", "Kyiv"],
    });
    const s = score([{ article: strike, report: wrong, error: null }]);
    const field = (name: string) => s.fields.find((f) => f.field === name)!;
    expect(field("killed")).toMatchObject({ rate: 1, totalNonNull: 0, rateNonNull: null });
    expect(field("injured")).toMatchObject({ rate: 0, totalNonNull: 1, rateNonNull: 0 });
    expect(field("drones.launched").rate).toBe(1);
    expect(field("drones.downed").rate).toBe(0);
    expect(s.cities).toMatchObject({ tp: 1, fp: 1, fn: 1 });
    expect(s.mismatches.map((m) => m.field).sort()).toEqual(["cities", "drones.downed", "injured"]);
  });

  test("aid fields: donor is case-insensitive, a missing aid object reads as nulls", () => {
    const lower = reportFor(aid, { aid: { ...aid.expected.aid!, donor: "eu" } });
    expect(score([{ article: aid, report: lower, error: null }]).mismatches).toEqual([]);
    const none = { ...reportFor(aid), aid: undefined } as unknown as Report;
    const s = score([{ article: aid, report: none, error: null }]);
    expect(s.mismatches.map((m) => m.field)).toEqual([
      "aid.amount",
      "aid.currency",
      "aid.status",
      "aid.donor",
      "aid.type",
    ]);
  });

  test("an analysis error counts against every field and shows in the confusion matrix", () => {
    const s = score([{ article: strike, report: null, error: "boom" }]);
    expect(s.errors).toBe(1);
    expect(s.kind.confusion.strike.error).toBe(1);
    expect(s.cities.fn).toBe(2);
    expect(s.fields.every((f) => f.matched === 0)).toBe(true);
    expect(s.mismatches).toEqual([expect.objectContaining({ field: "error", got: "boom" })]);
  });

  test("per-language breakdown", () => {
    const s = score([
      { article: strike, report: reportFor(strike), error: null },
      { article: aid, report: reportFor(aid, { kind: "other" }), error: null },
    ]);
    expect(s.perLang.en?.kindAccuracy).toBe(1);
    expect(s.perLang.uk?.kindAccuracy).toBe(0);
    expect(s.perLang.ru).toBeUndefined();
  });
});
