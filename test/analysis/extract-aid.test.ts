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

describe("extractAid: wordings from real outlets", () => {
  test.each<[string, string, string, Partial<AidInfo> | null]>([
    // blocked: "continue to block", "refused to support"; the blocker is not the donor.
    [
      "ru продолжит блокировать",
      "Будапешт продолжит блокировать транш помощи ЕС Украине",
      "Венгрия намерена и дальше блокировать выделение 700 млн евро из фонда ЕС.",
      { donor: "EU", amount: 700_000_000, currency: "EUR", status: "blocked" },
    ],
    [
      "will keep blocking EU funds",
      "Hungary will keep blocking EU funds for Ukraine",
      "Budapest will not lift its veto on the reimbursements, its foreign minister said.",
      { donor: "EU", status: "blocked" },
    ],
    [
      "ru отказалась поддержать",
      "Словакия отказалась поддержать новый пакет помощи Украине от ЕС",
      "Речь идёт о 5 млрд евро.",
      { donor: "EU", amount: 5_000_000_000, status: "blocked" },
    ],
    [
      "uk відмовилася схвалити",
      "Угорщина відмовилася схвалити транш ЄС для України",
      "Ідеться про 900 млн євро макрофінансової допомоги.",
      { donor: "EU", amount: 900_000_000, type: "financial", status: "blocked" },
    ],
    // vote pending: a decision that is due.
    [
      "ru примет решение",
      "Совет директоров МВФ примет решение о транше Украине в 900 млн долларов",
      "Заседание назначено на следующую неделю.",
      { donor: "IMF", amount: 900_000_000, status: "vote pending" },
    ],
    [
      "will decide",
      "IMF board will decide on $900 million tranche for Ukraine next week",
      "The board meets on Friday.",
      { donor: "IMF", amount: 900_000_000, status: "vote pending" },
    ],
    // delivered: переказав, sent.
    [
      "uk переказав",
      "Уряд Канади переказав Україні 500 млн доларів",
      "Кошти підуть на соціальні виплати.",
      { donor: "Canada", amount: 500_000_000, status: "delivered" },
    ],
    [
      "sent",
      "Generators for Ukraine from Sweden",
      "Sweden sent 40 generators to hospitals in Sumy Oblast.",
      { donor: "Sweden", type: "energy", status: "delivered" },
    ],
    // energy: gas purchases, electricity and heating, in Ukrainian and Russian.
    [
      "uk газ",
      "Данія виділить Україні 80 млн євро на закупівлю газу",
      "Кошти допоможуть забезпечити опалення взимку.",
      { donor: "Denmark", amount: 80_000_000, type: "energy", status: "pledged" },
    ],
    [
      "ru электроэнергия",
      "Дания выделит Украине 80 млн евро на импорт электроэнергии",
      "Финансирование поступит до конца года.",
      { donor: "Denmark", amount: 80_000_000, type: "energy" },
    ],
    // delivered: past "sent/provided" in Ukrainian and Russian; the future forms stay pledged.
    [
      "uk спрямував",
      "Японія спрямувала Україні 250 млн доларів",
      "Кошти підуть на виплати пенсій.",
      { donor: "Japan", amount: 250_000_000, status: "delivered" },
    ],
    [
      "uk надала",
      "Канада надала Україні 120 млн доларів на відновлення",
      "Гроші вже на рахунку уряду.",
      { donor: "Canada", amount: 120_000_000, status: "delivered" },
    ],
    [
      "ru предоставил",
      "Евросоюз предоставил Украине еще 2 млрд евро",
      "Средства пойдут на зарплаты учителям.",
      { donor: "EU", amount: 2_000_000_000, status: "delivered" },
    ],
    [
      "ru предоставит stays pledged",
      "Евросоюз предоставит Украине еще 2 млрд евро",
      "Средства пойдут на зарплаты учителям.",
      { donor: "EU", amount: 2_000_000_000, status: "pledged" },
    ],
    [
      "uk надасть stays pledged",
      "Канада надасть Україні 120 млн доларів на відновлення",
      "Рішення оголосили в Оттаві.",
      { donor: "Canada", amount: 120_000_000, status: "pledged" },
    ],
    // pledged: future receipt, confirmed allocations, plans, "will be sent".
    [
      "uk отримає",
      "Україна отримає від Японії 300 млн доларів",
      "Гроші підуть на відновлення житла.",
      { donor: "Japan", amount: 300_000_000, status: "pledged" },
    ],
    [
      "will receive",
      "Ukraine will receive $300 million from Japan",
      "The money is for housing repairs.",
      { donor: "Japan", amount: 300_000_000, status: "pledged" },
    ],
    [
      "ru получит",
      "Украина получит от Японии 300 млн долларов",
      "Средства пойдут на восстановление жилья.",
      { donor: "Japan", amount: 300_000_000, status: "pledged" },
    ],
    [
      "uk отримала stays delivered",
      "Україна отримала від Японії 300 млн доларів",
      "Гроші надійшли до бюджету.",
      { donor: "Japan", amount: 300_000_000, status: "delivered" },
    ],
    [
      "uk підтвердило виділення",
      "Міноборони Франції підтвердило виділення Україні пакета допомоги на 400 млн євро",
      "До пакета увійдуть снаряди та бронетехніка.",
      { donor: "France", amount: 400_000_000, type: "military", status: "pledged" },
    ],
    [
      "confirms a package",
      "Pentagon confirms new $300 million package for Ukraine",
      "The package includes artillery shells.",
      { donor: "United States", amount: 300_000_000, status: "pledged" },
    ],
    [
      "confirms a delivery",
      "Pentagon confirms delivery of HIMARS to Ukraine",
      "The launchers arrived last week.",
      { donor: "United States", type: "military", status: "delivered" },
    ],
    [
      "ru планирует предоставить",
      "Швеция планирует предоставить Украине 1 млрд крон",
      "Деньги пойдут на закупку генераторов.",
      { donor: "Sweden", amount: 1_000_000_000, currency: "SEK", status: "pledged" },
    ],
    [
      "will be sent",
      "Danish transformers for Ukraine",
      "Transformers worth €5 million will be sent to Ukraine by Denmark next month.",
      { donor: "Denmark", amount: 5_000_000, type: "energy", status: "pledged" },
    ],
    [
      "a leader arriving is not a delivery",
      "Dutch prime minister arrives in Kyiv",
      "The Netherlands will provide €100 million in military aid, the prime minister said.",
      { donor: "Netherlands", amount: 100_000_000, status: "pledged" },
    ],
    [
      "equipment arriving is a delivery",
      "Danish generators arrive in Odesa",
      "Denmark-funded generators worth €3 million arrived in Odesa.",
      { donor: "Denmark", amount: 3_000_000, status: "delivered" },
    ],
    // amount: the original, not the title's conversion; not a running total; not a cumulative title.
    [
      "title gives the conversion",
      "Denmark allocates $540 million for Ukraine's grid",
      "Denmark has allocated €500 million ($540 million) to repair Ukraine's power grid.",
      { donor: "Denmark", amount: 500_000_000, currency: "EUR", type: "energy" },
    ],
    [
      "bringing the total to",
      "EU hands Ukraine new loans",
      "EU finance ministers approved €2 billion in loans to Ukraine. The amount brings to €5 billion the bloc's lending this year.",
      { donor: "EU", amount: 2_000_000_000, currency: "EUR", type: "financial", status: "approved" },
    ],
    [
      "a cumulative title is no package",
      "Канада надала Україні 20 млрд доларів",
      "З початку вторгнення Канада надала Україні допомогу на загальну суму 20 млрд доларів.",
      { donor: "Canada", amount: null, currency: null },
    ],
    [
      "a package with a total since then",
      "Belgium to provide €2bn in military aid in 2027",
      "Belgium will provide €2bn in military aid next year, bringing its total commitments since 2022 to €8bn.",
      { donor: "Belgium", amount: 2_000_000_000, currency: "EUR", status: "pledged" },
    ],
    // type from what the money buys.
    [
      "refugees are humanitarian",
      "ЄС виділить 300 млн євро на підтримку України",
      "Кошти підуть на житло для біженців та переселенців.",
      { donor: "EU", amount: 300_000_000, type: "humanitarian", status: "pledged" },
    ],
    [
      "фінансування is financial",
      "Лідери ЄС погодили 20 млрд євро для України",
      "Це стабільне фінансування на чотири роки.",
      { donor: "EU", amount: 20_000_000_000, type: "financial", status: "approved" },
    ],
    [
      "power generation equipment is energy",
      "Sweden to fund 50 MW of power generation equipment for Ukraine",
      "The units will add capacity to the grid.",
      { donor: "Sweden", amount: null, type: "energy", status: "pledged" },
    ],
    [
      "a development bank, housing compensation",
      "Ukraine receives €30m from Council of Europe Development Bank for housing compensation",
      "The funds will pay compensation to owners of destroyed homes.",
      { donor: "Council of Europe Development Bank", amount: 30_000_000, type: "financial", status: "delivered" },
    ],
  ])("%s", (_name, title, body, want) => {
    expect(extractAid(article(title, body))).toMatchObject(want as object);
  });
});

// Present-tense giving is an announcement; a recipient's future after a board decision is approved.
describe("extractAid: present-tense giving, future receipt after a decision", () => {
  test.each<[string, string, string, Partial<AidInfo> | null]>([
    [
      "uk надає",
      "Нідерланди надають Україні 25 мільйонів євро на відновлення енергетики",
      "Кошти спрямують на ремонт підстанцій.",
      { donor: "Netherlands", amount: 25_000_000, status: "pledged" },
    ],
    [
      "en provides",
      "Denmark provides DKK 300 million for Ukraine's winter heating",
      "The money goes to boilers and pipes.",
      { donor: "Denmark", amount: 300_000_000, status: "pledged" },
    ],
    [
      "отримає after a board decision",
      "Україна отримає транш Світового банку на 600 мільйонів доларів",
      "Рішення ухвалила Рада виконавчих директорів банку в четвер.",
      { donor: "World Bank", status: "approved" },
    ],
    [
      "to receive, nothing decided yet",
      "Ukraine to receive €1bn from the EU in March",
      "The money comes from the Ukraine Facility.",
      { donor: "EU", status: "pledged" },
    ],
  ])("%s", (_name, title, body, want) => {
    expect(extractAid(article(title, body))).toMatchObject(want as object);
  });
});

// A title about a tranche: the tranche's amount, not the programme's.
describe("extractAid: tranche titles", () => {
  test.each<[string, string, string, Partial<AidInfo> | null]>([
    [
      "uk транш",
      "Україна отримає третій транш від МВФ",
      "Обсяг траншу становить 1,1 мільярда доларів. Уся програма МВФ для України становить 15,6 мільярда доларів.",
      { donor: "IMF", amount: 1_100_000_000, currency: "USD" },
    ],
    [
      "en tranche",
      "IMF board clears next tranche for Ukraine",
      "The tranche amounts to $880 million. Ukraine's programme with the Fund totals $15.6 billion.",
      { donor: "IMF", amount: 880_000_000 },
    ],
    // No tranche in the title: the largest amount of the lead.
    [
      "no tranche in the title",
      "Україна отримає кредит МВФ",
      "Перший транш становить 2,7 мільярда доларів, а вся програма — 15,6 мільярда доларів.",
      { donor: "IMF", amount: 15_600_000_000 },
    ],
  ])("%s", (_name, title, body, want) => {
    expect(extractAid(article(title, body))).toMatchObject(want as object);
  });
});

// A title amount with a scale word and no currency: the currency comes from the body.
describe("extractAid: title amount without a currency", () => {
  test.each<[string, string, string, Partial<AidInfo> | null]>([
    [
      "uk мільйонів",
      "Австрія надає Україні ще 15 мільйонів гуманітарної допомоги",
      "<p>Кошти підуть на ремонт шкіл.</p><p>Загалом Австрія вже виділила понад €200 мільйонів.</p>",
      { donor: "Austria", amount: 15_000_000, currency: "EUR" },
    ],
    // A count of things is no amount.
    [
      "a count of shells",
      "Чехія передасть Україні 1,5 мільйона снарядів",
      "<p>Ініціатива фінансується з бюджетів союзників.</p><p>Її вартість сягає €3 мільярдів.</p>",
      { donor: "Czech Republic", amount: 3_000_000_000 },
    ],
    // No currency anywhere: no amount.
    [
      "no currency at all",
      "Австрія надає Україні ще 15 мільйонів гуманітарної допомоги",
      "<p>Кошти підуть на ремонт шкіл.</p>",
      { donor: "Austria", amount: null, currency: null },
    ],
    // "€6.5B": a capital B for billion after the symbol.
    [
      "'€3.2B' after the symbol",
      "Slovakia blocks €3.2B EU military aid for Ukraine",
      "<p>Bratislava objects to the new fund.</p>",
      { amount: 3_200_000_000, currency: "EUR" },
    ],
    // The scale word in the instrumental case: "з 4,7 мільярдами доларів".
    [
      "'мільярдами' in the instrumental",
      "Сенат схвалив законопроєкт з 4,7 мільярдами доларів на допомогу Україні",
      "<p>Документ тепер має підписати президент.</p>",
      { amount: 4_700_000_000, currency: "USD" },
    ],
    [
      "'миллионами' in the instrumental",
      "Парламент одобрил пакет с 300 миллионами евро для Украины",
      "<p>Решение вступит в силу через неделю.</p>",
      { amount: 300_000_000, currency: "EUR" },
    ],
    // Negative: "B" as a letter, not a scale ("Plan B").
    [
      "'Plan B' is no amount",
      "Slovakia blocks EU military aid for Ukraine, Plan B in works",
      "<p>Bratislava objects to the new fund.</p>",
      { amount: null },
    ],
  ])("%s", (_name, title, body, want) => {
    expect(extractAid(article(title, body))).toMatchObject(want as object);
  });
});
