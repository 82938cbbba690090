import { I18n } from "@grammyjs/i18n";
import type { InlineKeyboard } from "grammy";
import { describe, expect, test } from "vitest";
import { allPlaces, MAIN_CITIES } from "../../src/analysis/gazetteer/index.js";
import {
  anonymousKeyboard,
  cityStepKeyboard,
  type DialogueButton,
  decodeDialogue,
  encodeDialogue,
  kindsStepKeyboard,
  modeStepKeyboard,
  oblastStepKeyboard,
} from "../../src/bot/conversations/steps.js";
import {
  applySubscription,
  MAX_SUBSCRIPTIONS,
  oblastOf,
  parseClockTime,
  toggleSubscription,
} from "../../src/bot/features/subscriptionRules.js";
import { TELEGRAM_TEXT_LIMIT } from "../../src/bot/format/html.js";
import type { Translate } from "../../src/bot/format/incident.js";
import { formatSubscription, formatSubscriptionList } from "../../src/bot/format/subscriptions.js";
import { LOCALES_DIR } from "../../src/bot/i18n.js";
import {
  decodeManage,
  encodeManage,
  type ManageAction,
  subscriptionKeyboard,
  subscriptionListKeyboard,
} from "../../src/bot/keyboards/subscriptions.js";
import { type ChatSettings, emptyChatSettings, newSubscription, type Subscription } from "../../src/store/index.js";
import { parseTelegramHtml } from "../support/fakeTelegram.js";

const i18n = new I18n({ defaultLocale: "en", fluentBundleOptions: { useIsolating: false } });
i18n.loadLocalesDirSync(LOCALES_DIR);
const words = (locale: string): { t: Translate; locale: string } => ({
  t: (key, vars) => i18n.t(locale, key, vars),
  locale,
});
const NOW = new Date("2026-11-21T10:00:00.000Z");
const chat = (overrides: Partial<ChatSettings> = {}): ChatSettings => ({ ...emptyChatSettings(1, NOW), ...overrides });

function data(keyboard: InlineKeyboard | undefined): string[][] {
  return (keyboard?.inline_keyboard ?? []).map((row) =>
    row.map((b) => ("callback_data" in b ? (b.callback_data ?? "") : "")),
  );
}
function labels(keyboard: InlineKeyboard): string[] {
  return keyboard.inline_keyboard.flat().map((b) => b.text);
}

describe("digest times", () => {
  test.each([
    ["8:30", "08:30"],
    ["08:30", "08:30"],
    ["8.30", "08:30"],
    ["0830", "08:30"],
    [" 20:00 ", "20:00"],
    ["0:05", "00:05"],
    ["23:59", "23:59"],
    ["24:00", undefined],
    ["7:60", undefined],
    ["7", undefined],
    ["noon", undefined],
    ["8:30pm", undefined],
  ])("%s → %s", (text, want) => expect(parseClockTime(text)).toBe(want));
});

describe("saving a subscription", () => {
  const kharkiv = newSubscription("Kharkiv", { kinds: ["strike", "aid"], mode: "both", includeOblast: true });

  test("adds a new city; a digest subscription gives a chat without a digest one at the chosen time", () => {
    const { settings, outcome } = applySubscription(chat({ paused: true }), kharkiv, "07:30");
    expect(outcome).toBe("added");
    expect(settings.subscriptions).toEqual([kharkiv]);
    expect(settings.digest).toEqual({ time: "07:30", cities: null, onQuiet: "line", lastSentAt: null });
    expect(settings.paused).toBe(false);
  });

  test("replaces the city's subscription in place; an existing digest keeps its time and cities", () => {
    const digest = {
      time: "20:00",
      cities: ["Lviv"],
      onQuiet: "skip" as const,
      lastSentAt: "2026-11-20T18:00:00.000Z",
    };
    const before = chat({ subscriptions: [newSubscription("Odesa"), newSubscription("Kharkiv")], digest });
    const { settings, outcome } = applySubscription(before, kharkiv, "07:30");
    expect(outcome).toBe("updated");
    expect(settings.subscriptions.map((s) => s.city)).toEqual(["Odesa", "Kharkiv"]);
    expect(settings.subscriptions[1]).toEqual(kharkiv);
    expect(settings.digest).toBe(digest);
  });

  test("instant alerts alone set up no digest", () => {
    expect(applySubscription(chat(), newSubscription("Kyiv"), "08:00").settings.digest).toBeUndefined();
  });

  test("a full chat refuses a new city but still lets one be changed", () => {
    const cities = allPlaces()
      .slice(0, MAX_SUBSCRIPTIONS)
      .map((p) => newSubscription(p.name));
    const full = chat({ subscriptions: cities });
    expect(applySubscription(full, newSubscription("Zhytomyr-not-there"), "08:00").outcome).toBe("limit");
    expect(applySubscription(full, { ...cities[0]!, mode: "digest" }, "08:00").outcome).toBe("updated");
  });
});

describe("switches under /subscriptions", () => {
  const both = newSubscription("Kharkiv", { kinds: ["strike", "aid"], mode: "both" });

  test.each([
    ["strike", both, { kinds: ["aid"] }],
    ["aid", both, { kinds: ["strike"] }],
    ["aid", newSubscription("Kharkiv"), { kinds: ["strike", "aid"] }],
    ["strike", newSubscription("Kharkiv", { kinds: ["aid"] }), { kinds: ["strike", "aid"] }],
    ["instant", both, { mode: "digest" }],
    ["digest", both, { mode: "instant" }],
    ["digest", newSubscription("Kharkiv"), { mode: "both" }],
    ["instant", newSubscription("Kharkiv", { mode: "digest" }), { mode: "both" }],
    ["oblast", newSubscription("Kharkiv"), { includeOblast: true }],
  ] as const)("%s on %j", (toggle, sub, change) => {
    expect(toggleSubscription(sub, toggle)).toEqual({ ok: true, sub: { ...sub, ...change } });
  });

  test("a subscription keeps one kind and one way of delivery; Kyiv has no oblast to add", () => {
    expect(toggleSubscription(newSubscription("Kharkiv"), "strike")).toEqual({ ok: false, reason: "last-kind" });
    expect(toggleSubscription(newSubscription("Kharkiv"), "instant")).toEqual({ ok: false, reason: "last-mode" });
    expect(toggleSubscription(newSubscription("Kyiv"), "oblast")).toEqual({ ok: false, reason: "no-oblast" });
  });

  test("the city's oblast, where there is one around it", () => {
    expect(oblastOf("Kharkiv")).toBe("Kharkiv Oblast");
    expect(oblastOf("Kryvyi Rih")).toBe("Dnipropetrovsk Oblast");
    expect(oblastOf("Kyiv")).toBeUndefined();
    expect(oblastOf("Atlantis")).toBeUndefined();
  });
});

describe("dialogue buttons", () => {
  const all: DialogueButton[] = [
    { step: "city", city: "Kryvyi Rih" },
    { step: "kinds", kinds: ["strike"] },
    { step: "kinds", kinds: ["aid"] },
    { step: "kinds", kinds: ["strike", "aid"] },
    { step: "mode", mode: "instant" },
    { step: "mode", mode: "digest" },
    { step: "mode", mode: "both" },
    { step: "time", time: "07:00" },
    { step: "time", time: "23:45" },
    { step: "oblast", includeOblast: true },
    { step: "oblast", includeOblast: false },
    { step: "save" },
    { step: "cancel" },
  ];

  test.each(all)("round trip %j", (button) => {
    const encoded = encodeDialogue(button)!;
    expect(encoded).toMatch(/^sw:/);
    expect(decodeDialogue(encoded)).toEqual(button);
  });

  test("every place in the gazetteer fits a city button (64 bytes), with any prefix used", () => {
    for (const place of allPlaces()) {
      expect(encodeDialogue({ step: "city", city: place.name }), place.name).toBeDefined();
      expect(encodeManage({ op: "toggle", toggle: "oblast", city: place.name }), place.name).toBeDefined();
    }
  });

  test("an anonymous administrator's dialogue: the same buttons, marked sw:@", () => {
    const t = words("en").t;
    const marked = data(anonymousKeyboard(kindsStepKeyboard(t)));
    expect(marked).toEqual([["sw:@k:s", "sw:@k:a", "sw:@k:b"], ["sw:@x"]]);
    expect(decodeDialogue("sw:@k:b")).toEqual({ step: "kinds", kinds: ["strike", "aid"] });
    expect(decodeDialogue("sw:@ok")).toEqual({ step: "save" });
    expect(decodeDialogue("sw:@@ok")).toBeUndefined();
  });

  test.each([
    "sw:",
    "sw:c:",
    "sw:c:Atlantis",
    "sw:k:x",
    "sw:k:constructor",
    "sw:m:toString",
    "sw:t:25:00",
    "sw:t:7:00",
    "sw:o:2",
    "sw:ok:1",
    "sw:q:1",
    `sw:c:${"x".repeat(70)}`,
  ])("malformed %s → nothing", (payload) => expect(decodeDialogue(payload)).toBeUndefined());

  test("step keyboards: the main cities then Cancel; current choices marked when editing", () => {
    const t = words("en").t;
    const cities = data(cityStepKeyboard("en", t));
    expect(cities.flat()).toEqual([...MAIN_CITIES.map((c) => `sw:c:${c}`), "sw:x"]);
    expect(cities.at(-1)).toEqual(["sw:x"]);
    expect(labels(kindsStepKeyboard(t))).toEqual(["Strikes", "Aid news", "Both", "✖ Cancel"]);
    expect(labels(kindsStepKeyboard(t, ["strike", "aid"]))).toEqual(["Strikes", "Aid news", "✓ Both", "✖ Cancel"]);
    expect(labels(modeStepKeyboard(t, "digest"))).toContain("✓ Daily digest");
    expect(labels(oblastStepKeyboard(words("uk").t, false))).toEqual(["Так", "✓ Ні", "✖ Скасувати"]);
  });
});

describe("/subscriptions buttons", () => {
  const actions: ManageAction[] = [
    { op: "list" },
    { op: "view", city: "Kharkiv" },
    { op: "edit", city: "Bila Tserkva" },
    { op: "remove", city: "Odesa" },
    { op: "toggle", toggle: "strike", city: "Kharkiv" },
    { op: "toggle", toggle: "aid", city: "Kharkiv" },
    { op: "toggle", toggle: "instant", city: "Kharkiv" },
    { op: "toggle", toggle: "digest", city: "Kharkiv" },
    { op: "toggle", toggle: "oblast", city: "Kharkiv" },
  ];

  test.each(actions)("round trip %j", (action) => expect(decodeManage(encodeManage(action)!)).toEqual(action));

  test.each([
    "sm:",
    "sm:l:x",
    "sm:v:",
    "sm:v:Atlantis",
    "sm:tx:Kharkiv",
    "sm:t:Kharkiv",
    "sm:x:Kharkiv",
  ])("malformed %s → nothing", (payload) => expect(decodeManage(payload)).toBeUndefined());

  test("the list: one button per city, two to a row", () => {
    const subs = ["Kyiv", "Kharkiv", "Odesa"].map((c) => newSubscription(c));
    expect(data(subscriptionListKeyboard(subs, "en"))).toEqual([["sm:v:Kyiv", "sm:v:Kharkiv"], ["sm:v:Odesa"]]);
    expect(subscriptionListKeyboard([], "en")).toBeUndefined();
  });

  test("a subscription's switches show its state; the oblast switch only where an oblast matters", () => {
    const kharkiv = newSubscription("Kharkiv", { kinds: ["strike"], mode: "both", includeOblast: true });
    const keyboard = subscriptionKeyboard(kharkiv, words("en"));
    expect(labels(keyboard)).toEqual([
      "✅ Strikes",
      "▫️ Aid news",
      "✅ Instant alerts",
      "✅ Daily digest",
      "✅ Kharkiv Oblast",
      "✏️ Step by step",
      "🗑 Remove",
      "« All subscriptions",
    ]);
    expect(data(keyboard).flat()).toContain("sm:to:Kharkiv");
    expect(data(subscriptionKeyboard(newSubscription("Kyiv"), words("en"))).flat()).not.toContain("sm:to:Kyiv");
    expect(data(subscriptionKeyboard({ ...kharkiv, kinds: ["aid"] }, words("en"))).flat()).not.toContain(
      "sm:to:Kharkiv",
    );
  });
});

describe("describing subscriptions", () => {
  test("what, how and where, in both languages", () => {
    const sub: Subscription = { city: "Kharkiv", kinds: ["strike", "aid"], mode: "both", includeOblast: true };
    expect(parseTelegramHtml(formatSubscription(sub, "08:30", words("en"))).text).toBe(
      "Kharkiv\nWhat: strikes and aid news\nHow: instant alerts and a daily digest at 08:30\nWhere: the city and the rest of Kharkiv Oblast",
    );
    expect(parseTelegramHtml(formatSubscription({ ...sub, kinds: ["aid"] }, null, words("uk"))).text).toBe(
      "Харків\nЩо: новини про допомогу\nЯк: миттєві сповіщення й щоденний дайджест",
    );
  });

  test("a full list of the longest names is one valid message under Telegram's limit", () => {
    const longest = [...allPlaces()]
      .sort((a, b) => b.uk.length - a.uk.length)
      .slice(0, MAX_SUBSCRIPTIONS)
      .map((p): Subscription => ({ city: p.name, kinds: ["strike", "aid"], mode: "both", includeOblast: true }));
    for (const locale of ["en", "uk"]) {
      const text = formatSubscriptionList(
        chat({
          subscriptions: longest,
          paused: true,
          digest: { time: "08:00", cities: null, onQuiet: "line", lastSentAt: null },
        }),
        words(locale),
      );
      const shown = parseTelegramHtml(text).text;
      expect(shown.length).toBeLessThanOrEqual(TELEGRAM_TEXT_LIMIT);
      expect(shown.split("\n").filter((l) => l.startsWith("• "))).toHaveLength(MAX_SUBSCRIPTIONS);
    }
  });
});
