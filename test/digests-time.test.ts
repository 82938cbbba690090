import { expect, test } from "vitest";
import { inWindow, lastOccurrence, parseHhMm } from "../src/digests/time.js";

test.each([
  ["08:00", { hour: 8, minute: 0 }],
  ["7:05", { hour: 7, minute: 5 }],
  ["23:59", { hour: 23, minute: 59 }],
  ["24:00", null],
  ["8.00", null],
  ["", null],
])("parseHhMm(%s)", (text, want) => expect(parseHhMm(text)).toEqual(want));

test("last 08:00 in Kyiv, winter (UTC+2) and summer (UTC+3)", () => {
  expect(lastOccurrence("08:00", "Europe/Kyiv", new Date("2026-11-21T07:30:00Z"))?.toISOString()).toBe(
    "2026-11-21T06:00:00.000Z",
  );
  expect(lastOccurrence("08:00", "Europe/Kyiv", new Date("2026-11-21T05:59:00Z"))?.toISOString()).toBe(
    "2026-11-20T06:00:00.000Z",
  );
  expect(lastOccurrence("08:00", "Europe/Kyiv", new Date("2026-07-01T12:00:00Z"))?.toISOString()).toBe(
    "2026-07-01T05:00:00.000Z",
  );
});

test("across the spring DST change", () => {
  // Kyiv moves to UTC+3 at 03:00 local on 29 March 2026.
  expect(lastOccurrence("08:00", "Europe/Kyiv", new Date("2026-03-29T06:00:00Z"))?.toISOString()).toBe(
    "2026-03-29T05:00:00.000Z",
  );
  expect(lastOccurrence("08:00", "Europe/Kyiv", new Date("2026-03-29T04:00:00Z"))?.toISOString()).toBe(
    "2026-03-28T06:00:00.000Z",
  );
});

test.each([
  ["2026-11-21T22:30:00Z", true], // 00:30 Kyiv
  ["2026-11-21T21:00:00Z", true], // 23:00 Kyiv
  ["2026-11-22T05:00:00Z", false], // 07:00 Kyiv
  ["2026-11-21T12:00:00Z", false],
])("quiet hours 23:00–07:00 at %s → %s", (iso, want) => {
  expect(inWindow("23:00", "07:00", "Europe/Kyiv", new Date(iso))).toBe(want);
});
