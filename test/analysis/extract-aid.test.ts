import { describe, expect, test } from "vitest";
import { extractAid } from "../../src/analysis/extract/index.js";
import { toArticleText } from "../../src/analysis/text.js";
import type { AidInfo } from "../../src/analysis/types.js";

const article = (title: string, body: string) => toArticleText({ title, content: body });
const aid = (
  donor: string | null,
  amount: number | null,
  currency: string | null,
  type: AidInfo["type"],
  status: AidInfo["status"],
): AidInfo => ({ donor, amount, currency, type, status });

describe("extractAid", () => {
  test.each<[string, string, string, AidInfo | null]>([
    [
      "EU package blocked by Hungary",
      "EU aid package of 50 billion euros for Ukraine blocked by Hungary",
      "Hungarian Prime Minister Viktor Orbán vetoed the four-year financial support package at the summit in Brussels on Thursday night.",
      aid("EU", 50_000_000_000, "EUR", "financial", "blocked"),
    ],
    [
      "blocker named first",
      "Hungary blocks €50bn in EU aid for Ukraine",
      "Budapest refused to back the budget support facility, diplomats said.",
      aid("EU", 50_000_000_000, "EUR", "financial", "blocked"),
    ],
    [
      "US Congress approves",
      "US Congress approves $61 billion in aid for Ukraine",
      "The package, which includes weapons and ammunition, now goes to the president. Together with aid for other allies the bill totals $95bn (£76bn).",
      aid("United States", 61_000_000_000, "USD", "military", "approved"),
    ],
    [
      "vote pending",
      "House to vote on $61bn Ukraine aid package on Saturday",
      "Lawmakers are expected to vote on the military aid bill after months of delay.",
      aid("United States", 61_000_000_000, "USD", "military", "vote pending"),
    ],
    [
      "delivered, Ukrainian, decimal comma",
      "Україна отримала від ЄС 1,5 млрд євро макрофінансової допомоги",
      "Кошти надійшли до державного бюджету й підуть на соціальні виплати.",
      aid("EU", 1_500_000_000, "EUR", "financial", "delivered"),
    ],
    [
      "Угорщина заблокувала",
      "Угорщина заблокувала пакет допомоги ЄС на 50 млрд євро",
      "Прем’єр Угорщини наклав вето на рішення про фінансову підтримку України.",
      aid("EU", 50_000_000_000, "EUR", "financial", "blocked"),
    ],
    [
      "pledged military aid with a Patriot",
      "Germany pledges another Patriot system to Ukraine",
      "Berlin will provide a further Patriot air defence system and ammunition worth €500 million, the defence minister said.",
      aid("Germany", 500_000_000, "EUR", "military", "pledged"),
    ],
    [
      "pound sterling",
      "UK announces £2.5bn military package for Ukraine",
      "The United Kingdom will provide drones and artillery shells.",
      aid("United Kingdom", 2_500_000_000, "GBP", "military", "pledged"),
    ],
    [
      "currency code first, kroner",
      "Norway transfers NOK 3 billion to help Ukraine buy gas",
      "Norway has transferred NOK 3 billion (about $280 million) to Naftogaz for gas purchases, the government said.",
      aid("Norway", 3_000_000_000, "NOK", "energy", "delivered"),
    ],
    [
      "thousands, humanitarian",
      "Канада передала Україні 300 тис. доларів гуманітарної допомоги",
      "Гуманітарний вантаж прибув до Львова.",
      aid("Canada", 300_000, "USD", "humanitarian", "delivered"),
    ],
    [
      "IMF loan",
      "МВФ схвалив кредит для України на 8,1 млрд доларів",
      "Рада директорів фонду ухвалила нову програму.",
      aid("IMF", 8_100_000_000, "USD", "financial", "approved"),
    ],
    [
      "Russian wording",
      "Япония выделит Украине 32 млн долларов гуманитарной помощи",
      "Средства пойдут на закупку лекарств и продовольствия.",
      aid("Japan", 32_000_000, "USD", "humanitarian", "pledged"),
    ],
    [
      "energy equipment",
      "EU-funded transformers arrive in Kharkiv",
      "Energy equipment worth €12 million, bought with EU money, has arrived in Kharkiv.",
      aid("EU", 12_000_000, "EUR", "energy", "delivered"),
    ],
    [
      "cumulative totals are not the package",
      "Світовий банк надав Україні 600 млн доларів",
      "Кошти надійшли в межах програми підтримки бюджету. Загалом з початку року Україна отримала понад 30 млрд доларів.",
      aid("World Bank", 600_000_000, "USD", "financial", "delivered"),
    ],
    [
      "a government decision to allocate is approved",
      "Norway decides to allocate NOK 1.5 billion for Ukraine's energy sector",
      "The Norwegian government has decided to allocate the money to repair power grids.",
      aid("Norway", 1_500_000_000, "NOK", "energy", "approved"),
    ],
    [
      "the paying country, not the bank it pays through",
      "World Bank channels $200 million from Japan to Ukraine",
      "The grant from Japan, provided through a World Bank project, will support budget payments.",
      aid("Japan", 200_000_000, "USD", "financial", null),
    ],
    [
      "a present-tense allocation is a decision",
      "Sweden allocates SEK 2 billion for Ukraine's air defence",
      "The Swedish government allocates the money to buy air defence systems.",
      aid("Sweden", 2_000_000_000, "SEK", "military", "approved"),
    ],
    ["no aid", "Kyiv mayor meets Warsaw mayor", "They discussed cooperation between the two capitals.", null],
  ])("%s", (_name, title, body, want) => {
    expect(extractAid(article(title, body))).toEqual(want);
  });
});

describe("extractAid: yen, IMF reviews, convoys", () => {
  test.each<[string, string, string, Partial<AidInfo>]>([
    [
      "&yen; left encoded",
      "Japan aid",
      "<p>Japan's government said it would extend a grant of &amp;yen;3.5 billion to Ukraine.</p>",
      { donor: "Japan", amount: 3_500_000_000, currency: "JPY", status: "pledged" },
    ],
    [
      "¥ with digits",
      "Japan grants aid to Ukraine",
      "Japan will provide ¥4,700,000,000 for demining equipment.",
      { donor: "Japan", amount: 4_700_000_000, currency: "JPY" },
    ],
    [
      "IMF review completed",
      "IMF completes review of Ukraine program",
      "The IMF Executive Board completed the fourth review of Ukraine's Extended Fund Facility arrangement, allowing Ukraine to draw about $2.2 billion.",
      { donor: "IMF", amount: 2_200_000_000, currency: "USD", status: "approved", type: "financial" },
    ],
    [
      "МВФ завершив перегляд",
      "МВФ завершив перегляд програми для України",
      "Рада директорів МВФ завершила перегляд програми, що дозволяє Україні отримати близько 2,2 млрд доларів.",
      { donor: "IMF", amount: 2_200_000_000, status: "approved" },
    ],
    [
      "конвой доставив допомогу",
      "Гуманітарний конвой ООН доставив допомогу до Куп'янська",
      "Міжагентський конвой ООН доставив допомогу до Куп'янська: продукти, ліки, гігієнічні набори.",
      { donor: "UN", status: "delivered", type: "humanitarian" },
    ],
    [
      "convoy delivered aid",
      "Convoy delivers aid to Kupiansk",
      "A UN inter-agency convoy delivered aid to Kupiansk on Monday.",
      { donor: "UN", status: "delivered" },
    ],
  ])("%s", (_name, title, body, want) => {
    expect(extractAid(article(title, body))).toMatchObject(want);
  });
});
