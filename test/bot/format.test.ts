import { I18n } from "@grammyjs/i18n";
import { describe, expect, test } from "vitest";
import { formatAlert, formatUpdate } from "../../src/bot/format/alerts.js";
import { escapeHtml, packBlocks, TELEGRAM_TEXT_LIMIT } from "../../src/bot/format/html.js";
import { incidentHeadline, type View } from "../../src/bot/format/incident.js";
import { formatCityReport, formatLatest } from "../../src/bot/format/reports.js";
import { LOCALES_DIR } from "../../src/bot/i18n.js";
import { incident } from "../builders.js";
import { parseTelegramHtml } from "../support/fakeTelegram.js";

const i18n = new I18n({ defaultLocale: "en", fluentBundleOptions: { useIsolating: false } });
i18n.loadLocalesDirSync(LOCALES_DIR);
const view = (locale: string): View => ({ t: (k, v) => i18n.t(locale, k, v), locale, timezone: "Europe/Kyiv" });

/** What Telegram would show, or a thrown "can't parse entities" for invalid HTML. */
function shown(html: string): string {
  const parsed = parseTelegramHtml(html);
  expect(parsed.text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
  return parsed.text;
}

const hostile = incident({
  cities: ["Kharkiv"],
  killed: 2,
  injured: 5,
  weapons: ["shahed", "drone"],
  targets: ["residential building"],
  occurredAt: "2026-11-21T01:30:00.000Z",
  summary: 'Tom & Jerry <script>alert("x")</script> &nbsp; <b>bold</b> </i> 5 < 7 > 3',
  sources: [
    {
      reportId: "r1",
      title: "<i>Headline & more",
      link: 'https://news.example/a?x=1&y="2"',
      source: "news.example",
      published: null,
      killed: 2,
      injured: 5,
    },
    {
      reportId: "r2",
      title: "No link",
      link: "javascript:alert(1)",
      source: "evil<b>",
      published: null,
      killed: null,
      injured: null,
    },
  ],
});

describe("incident formatting", () => {
  test("the headline is built from the figures, in the reader's language", () => {
    expect(shown(incidentHeadline(hostile, view("en")))).toBe(
      "Kharkiv · Shahed drones · 2 killed, 5 injured · residential building hit",
    );
    expect(shown(incidentHeadline(hostile, view("uk")))).toBe(
      "Харків · шахеди · 2 загиблі, 5 поранених · влучання: житловий будинок",
    );
  });

  test("feed text is escaped: hostile summaries and titles stay valid Telegram HTML", () => {
    const text = shown(formatAlert(hostile, view("en")));
    expect(text).toContain('Tom & Jerry <script>alert("x")</script> &nbsp; <b>bold</b> </i> 5 < 7 > 3');
    expect(text).toContain("03:30"); // Kyiv time (UTC+2 in November)
    expect(formatAlert(hostile, view("en"))).toContain('href="https://news.example/a?x=1&amp;y=&quot;2&quot;"');
    expect(formatAlert(hostile, view("en"))).not.toContain("javascript:");
    shown(formatUpdate(hostile, view("uk")));
  });

  test("unknown figures are not shown; zero casualties are said so", () => {
    expect(shown(incidentHeadline(incident({ cities: ["Odesa"] }), view("en")))).toBe("Odesa · attack");
    expect(shown(incidentHeadline(incident({ cities: ["Odesa"], killed: 0, injured: 0 }), view("en")))).toBe(
      "Odesa · attack · no casualties reported",
    );
  });

  test("aid headlines show donor, amount and status", () => {
    const aid = incident({
      kind: "aid",
      cities: [],
      aid: { donor: "EU", amount: 50e9, currency: "EUR", type: "financial", status: "blocked" },
    });
    expect(shown(incidentHeadline(aid, view("en")))).toBe("EU · aid (financial) · €50bn · blocked");
  });
});

describe("long answers", () => {
  test("a city report with huge summaries is split into valid messages under the limit", () => {
    const many = Array.from({ length: 5 }, (_, i) =>
      incident({ cities: ["Kyiv"], summary: `${"Страшна ніч & ".repeat(300)}${i}`, killed: i }),
    );
    const messages = formatCityReport("Kyiv", many, view("uk"));
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) shown(message);
  });

  test("/latest with hundreds of incidents stays valid and bounded", () => {
    const cities = [
      "Kyiv",
      "Kharkiv",
      "Odesa",
      "Dnipro",
      "Zaporizhzhia",
      "Sumy",
      "Kherson",
      "Lviv",
      "Poltava",
      "Mykolaiv",
      "Chernihiv",
      "Kryvyi Rih",
      "Izium",
      "Kupiansk",
      "Pokrovsk",
      "Nikopol",
      "Sloviansk",
    ];
    const list = Array.from({ length: 300 }, (_, i) =>
      incident({ cities: [cities[i % cities.length]!], injured: i, drones: { launched: 40, downed: i % 40 } }),
    );
    const messages = formatLatest(list, view("en"));
    for (const message of messages) expect(shown(message)).toMatch(/./);
    expect(messages.join("\n")).toMatch(/and 2 more/);
  });

  test("packBlocks never cuts a block and never exceeds the limit", () => {
    const blocks = Array.from({ length: 50 }, (_, i) => `<b>${i}</b> ${escapeHtml("x & y ".repeat(40))}`);
    const messages = packBlocks(blocks, 1000);
    expect(messages.join("\n\n")).toBe(blocks.join("\n\n"));
    for (const m of messages) expect(parseTelegramHtml(m).text.length).toBeLessThanOrEqual(1000);
    const [giant] = packBlocks([`<i>${"word ".repeat(2000)}</i>`]);
    expect(parseTelegramHtml(giant!).text.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
  });
});
