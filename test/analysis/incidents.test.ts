import { describe, expect, test } from "vitest";
import { type IncidentChange, isMaterialUpdate, mergeReports } from "../../src/analysis/incidents.js";
import { report } from "../builders.js";

const now = new Date("2026-11-21T12:00:00Z");

function only(changes: IncidentChange[]) {
  expect(changes).toHaveLength(1);
  return changes[0]!;
}

describe("mergeReports", () => {
  test("reports of one strike from several outlets become one incident with the highest figures", () => {
    const a = report({
      cities: ["Kharkiv"],
      killed: 3,
      injured: 10,
      published: "2026-11-21T02:10:00Z",
      link: "https://a.example/1",
    });
    const b = report({
      cities: ["Kharkiv"],
      killed: 7,
      injured: 9,
      published: "2026-11-21T06:00:00Z",
      link: "https://b.example/2",
    });
    const change = only(mergeReports([a, b], [], now));
    expect(change.type).toBe("created");
    expect(change.incident).toMatchObject({ killed: 7, injured: 10, cities: ["Kharkiv"] });
    expect(change.incident.sources.map((s) => s.link)).toEqual(["https://a.example/1", "https://b.example/2"]);
    expect(change.incident.occurredAt).toBe("2026-11-21T02:10:00.000Z");
  });

  test("a later report with a higher toll is a material update of the stored incident", () => {
    const [first] = mergeReports([report({ cities: ["Kyiv"], killed: 3 })], [], now);
    const stored = first!.incident;
    const change = only(
      mergeReports([report({ cities: ["Kyiv"], killed: 5, published: "2026-11-21T09:00:00Z" })], [stored], now),
    );
    expect(change).toMatchObject({ type: "updated", material: true });
    expect(change.incident.killed).toBe(5);
    expect(change.incident.revision).toBe(2);
  });

  test("a repeat with the same figures is an update, but not a material one", () => {
    const [first] = mergeReports([report({ cities: ["Kyiv"], killed: 3 })], [], now);
    const change = only(mergeReports([report({ cities: ["Kyiv"], killed: 3 })], [first!.incident], now));
    expect(change).toMatchObject({ type: "updated", material: false });
    expect(change.incident.revision).toBe(1);
  });

  test("strikes on different cities, or a day apart, stay separate", () => {
    const changes = mergeReports(
      [
        report({ cities: ["Kharkiv"], published: "2026-11-21T02:00:00Z" }),
        report({ cities: ["Odesa"], published: "2026-11-21T02:00:00Z" }),
        report({ cities: ["Kharkiv"], published: "2026-11-19T02:00:00Z" }),
      ],
      [],
      now,
    );
    expect(changes.map((c) => c.incident.cities[0])).toEqual(["Kharkiv", "Odesa", "Kharkiv"]);
  });

  test("the same article behind a tracking link or an AMP page is recognised", () => {
    const a = report({ cities: ["Sumy"], link: "https://www.outlet.example/news/strike-on-sumy" });
    const b = report({
      cities: ["Dnipro"],
      title: "Different title",
      link: "https://outlet.example/news/strike-on-sumy/amp?utm_source=tg",
    });
    const change = only(mergeReports([a, b], [], now));
    expect(change.incident.sources).toHaveLength(1);
  });

  test("a syndicated copy with the same headline and no city joins the incident", () => {
    const a = report({ cities: ["Zaporizhzhia"], title: "Russian guided bombs hit Zaporizhzhia, injuring 12" });
    const b = report({
      cities: [],
      title: "Russian guided bombs hit Zaporizhzhia, injuring 12",
      link: "https://syndicate.example/x",
    });
    expect(only(mergeReports([a, b], [], now)).incident.sources).toHaveLength(2);
  });

  test("other items make no incidents; aid joins by donor and amount", () => {
    const aid = { donor: "EU", amount: 50e9, currency: "EUR", type: "financial" as const, status: "blocked" as const };
    const changes = mergeReports(
      [
        report({ kind: "other", cities: ["Kyiv"] }),
        report({ kind: "aid", aid, title: "Hungary blocks EU package" }),
        report({ kind: "aid", aid: { ...aid, status: "approved" }, title: "EU leaders approve the €50bn facility" }),
      ],
      [],
      now,
    );
    const change = only(changes);
    expect(change.incident.kind).toBe("aid");
    expect(change.incident.aid?.status).toBe("approved");
  });

  test("nationwide air-defence reports of one night merge; figures never shrink", () => {
    const a = report({ drones: { launched: 49, downed: 21 }, published: "2026-11-21T05:00:00Z" });
    const b = report({
      drones: { launched: 49, downed: null },
      missiles: { launched: 2, downed: 2 },
      published: "2026-11-21T07:00:00Z",
    });
    const change = only(mergeReports([a, b], [], now));
    expect(change.incident.drones).toEqual({ launched: 49, downed: 21 });
    expect(change.incident.missiles).toEqual({ launched: 2, downed: 2 });
  });

  test("a future-dated report is placed at now", () => {
    const change = only(mergeReports([report({ cities: ["Lviv"], published: "2030-01-01T00:00:00Z" })], [], now));
    expect(change.incident.occurredAt).toBe(now.toISOString());
  });
});

test.each([
  [{ killed: null, injured: null }, { killed: 1, injured: null }, true],
  [{ killed: 2, injured: 5 }, { killed: 2, injured: 5 }, false],
  [{ killed: 2, injured: 5 }, { killed: 2, injured: 6 }, true],
  [{ killed: 2, injured: 5 }, { killed: null, injured: null }, false],
])("isMaterialUpdate(%o → %o) = %s", (before, after, want) => {
  expect(isMaterialUpdate(before, after)).toBe(want);
});

test("templated headlines about different cities stay apart", () => {
  const changes = mergeReports(
    [
      report({ cities: ["Odesa"], title: "Russian drones hit Odesa overnight, injuring four people" }),
      report({ cities: ["Dnipro"], title: "Russian drones hit Dnipro overnight, injuring four people" }),
    ],
    [],
    now,
  );
  expect(changes.map((c) => c.incident.cities)).toEqual([["Odesa"], ["Dnipro"]]);
});
