import { I18n } from "@grammyjs/i18n";
import { describe, expect, test } from "vitest";
import { TELEGRAM_TEXT_LIMIT } from "../../src/bot/format/html.js";
import type { View } from "../../src/bot/format/incident.js";
import { parsePeriod, periodText, splitPeriod } from "../../src/bot/format/period.js";
import { cityPages, INCIDENTS_PER_PAGE, incidentPages, latestPages } from "../../src/bot/format/reports.js";
import { LOCALES_DIR } from "../../src/bot/i18n.js";
import { decodePage, encodePage, type PageTarget, pageKeyboard } from "../../src/bot/keyboards/paging.js";
import { incident } from "../builders.js";
import { parseTelegramHtml } from "../support/fakeTelegram.js";

const i18n = new I18n({ defaultLocale: "en", fluentBundleOptions: { useIsolating: false } });
i18n.loadLocalesDirSync(LOCALES_DIR);
const view = (locale: string): View => ({ t: (k, v) => i18n.t(locale, k, v), locale, timezone: "Europe/Kyiv" });

/** What Telegram would show; throws like Telegram on invalid HTML. */
function shown(html: string): string {
  const text = parseTelegramHtml(html).text;
  expect(text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
  return text;
}

describe("periods", () => {
  test.each([
    ["3d", 72],
    ["12h", 12],
    ["48h", 48],
    ["1h", 1],
    ["30d", 720],
    ["720h", 720],
    ["3 days", 72],
    ["1 day", 24],
    ["2w", 336],
    ["3д", 72],
    ["3Д", 72],
    ["12год", 12],
    ["12 годин", 12],
    ["2 тижні", 336],
    ["5дн", 120],
    ["6ч", 6],
    ["3d.", 72],
  ])("%s → %i hours", (text, hours) => expect(parsePeriod(text)).toEqual({ ok: true, hours }));

  test.each([
    ["31d", "range"],
    ["721h", "range"],
    ["0h", "range"],
    ["5w", "range"],
    ["3", "format"],
    ["3x", "format"],
    ["d3", "format"],
    ["-3d", "format"],
    ["3.5d", "format"],
    ["1constructor", "format"],
    ["toString", "format"],
    ["", "format"],
  ])("%s → %s error", (text, reason) => expect(parsePeriod(text)).toEqual({ ok: false, reason }));

  test.each([
    ["Odesa 3d", "Odesa", 72],
    ["  Kryvyi Rih   12h ", "Kryvyi Rih", 12],
    ["Біла Церква 3 дні", "Біла Церква", 72],
    ["3d", "", 72],
  ])("%s → place %s, %i hours", (args, query, hours) =>
    expect(splitPeriod(args)).toEqual({ query, period: { ok: true, hours } }));

  test("no trailing number: all of it is the place; a bad trailing period is reported, not searched", () => {
    expect(splitPeriod("Kryvyi Rih")).toEqual({ query: "Kryvyi Rih", period: undefined });
    expect(splitPeriod("")).toEqual({ query: "", period: undefined });
    expect(splitPeriod("Odesa 45d")).toEqual({ query: "Odesa", period: { ok: false, reason: "range" } });
    expect(splitPeriod("Odesa 3x")).toEqual({ query: "Odesa", period: { ok: false, reason: "format" } });
    expect(splitPeriod("Odesa 3")).toEqual({ query: "Odesa", period: { ok: false, reason: "format" } });
  });

  test.each([
    ["en", 1, "hour"],
    ["en", 12, "12 hours"],
    ["en", 24, "24 hours"],
    ["en", 48, "48 hours"],
    ["en", 72, "3 days"],
    ["en", 720, "30 days"],
    ["uk", 1, "годину"],
    ["uk", 21, "21 годину"],
    ["uk", 24, "24 години"],
    ["uk", 12, "12 годин"],
    ["uk", 72, "3 дні"],
    ["uk", 120, "5 днів"],
  ])("%s: %i hours reads %s", (locale, hours, text) => expect(periodText(hours, view(locale).t)).toBe(text));
});

describe("page buttons", () => {
  const targets: PageTarget[] = [
    { kind: "city", city: "Kharkiv", hours: 168, page: 0 },
    { kind: "city", city: "Bilhorod-Dnistrovskyi", hours: 720, page: 999 },
    { kind: "city", city: "Kryvyi Rih", hours: 1, page: 3 },
    { kind: "latest", hours: 24, page: 2 },
  ];

  test.each(targets)("round trip %j, under 64 bytes", (target) => {
    const data = encodePage(target)!;
    expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(64);
    expect(decodePage(data)).toEqual(target);
  });

  test("the city's canonical name is restored from any letter case", () => {
    expect(decodePage("pg:c:24:0:kharkiv")).toEqual({ kind: "city", city: "Kharkiv", hours: 24, page: 0 });
  });

  test.each([
    "pg:",
    "pg:c:24:0",
    "pg:c:24:0:",
    "pg:c:24:0:Atlantis",
    "pg:c:0:0:Kharkiv",
    "pg:c:721:0:Kharkiv",
    "pg:c:24:1000:Kharkiv",
    "pg:c:24:-1:Kharkiv",
    "pg:c:x:0:Kharkiv",
    "pg:l:24:0:Kharkiv",
    "pg:l:24",
    "pg:z:24:0",
    "pg:l:99999:0",
  ])("malformed %s → nothing", (data) => expect(decodePage(data)).toBeUndefined());

  test("Prev only after the first page, Next only before the last", () => {
    const labels = { prev: "‹ Prev", next: "Next ›" };
    const at = (page: number): PageTarget => ({ kind: "city", city: "Odesa", hours: 72, page });
    const rows = (page: number, count: number) =>
      pageKeyboard(at(page), count, labels)?.inline_keyboard.map((row) =>
        row.map((b) => ("callback_data" in b ? b.callback_data : "")),
      );
    expect(rows(0, 1)).toBeUndefined();
    expect(rows(0, 3)).toEqual([["pg:c:72:1:Odesa"]]);
    expect(rows(1, 3)).toEqual([["pg:c:72:0:Odesa", "pg:c:72:2:Odesa"]]);
    expect(rows(2, 3)).toEqual([["pg:c:72:1:Odesa"]]);
  });
});

describe("pages", () => {
  const twelve = Array.from({ length: 12 }, (_, i) =>
    incident({ cities: ["Odesa"], injured: i + 1, occurredAt: new Date(Date.UTC(2026, 10, 20, 12 - i)).toISOString() }),
  );

  test("/city: five incidents a page, newest first, the range in the header", () => {
    const pages = cityPages("Odesa", twelve, 72, view("en"));
    expect(pages).toHaveLength(3);
    expect(shown(pages[0]!)).toMatch(/^Odesa: incidents in the last 3 days \(1–5 of 12\)/);
    expect(shown(pages[2]!)).toMatch(/^Odesa: incidents in the last 3 days \(11–12 of 12\)/);
    expect(shown(pages[2]!)).toMatch(/12 injured/);
    expect(shown(cityPages("Odesa", twelve.slice(0, 2), 72, view("uk"))[0]!)).toMatch(/^Одеса: події за 3 дні\n/);
    expect(cityPages("Odesa", [], 1, view("en"))).toEqual(["No incidents reported in <b>Odesa</b> in the last hour."]);
  });

  test("huge incidents: fewer a page, every page one valid message under the limit", () => {
    const huge = Array.from({ length: 7 }, (_, i) =>
      incident({ cities: ["Kyiv"], summary: `${"Страшна ніч & <b> ".repeat(200)}${i}.`, killed: i }),
    );
    const pages = cityPages("Kyiv", huge, 24, view("uk"));
    expect(pages.length).toBeGreaterThan(Math.ceil(huge.length / INCIDENTS_PER_PAGE));
    for (const page of pages) shown(page);
    const giant = incidentPages([`<i>${"word ".repeat(3000)}</i>`], () => "<b>Head</b>");
    expect(giant).toHaveLength(1);
    shown(giant[0]!);
  });

  test("/latest: the summary first, then the incidents themselves", () => {
    const mixed = [
      ...twelve.slice(0, 3),
      incident({
        kind: "aid",
        cities: [],
        aid: { donor: "EU", amount: 5e9, currency: "EUR", type: "military", status: "approved" },
      }),
    ];
    const pages = latestPages(mixed, 48, view("en"));
    expect(pages).toHaveLength(2);
    expect(shown(pages[0]!)).toMatch(/^Last 48 hours across Ukraine\n\nStrikes by city\n• Odesa · 6 injured/);
    expect(shown(pages[0]!)).toMatch(/Aid\n• EU · aid \(military\)/);
    expect(shown(pages[1]!)).toMatch(/^Last 48 hours across Ukraine: incidents 1–4 of 4/);
    expect(latestPages([], 24, view("uk"))).toEqual(["За 24 години повідомлень про удари чи допомогу ще немає."]);
  });
});
