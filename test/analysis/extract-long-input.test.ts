import { describe, expect, test } from "vitest";
import { classify } from "../../src/analysis/classify.js";
import {
  extractAid,
  extractAirDefence,
  extractCasualties,
  extractTargets,
  extractWeapons,
} from "../../src/analysis/extract/index.js";
import { toArticleText } from "../../src/analysis/text.js";
import type { ArticleText } from "../../src/analysis/types.js";

// Our own paragraphs, in the three languages, in the shape of real reports.
const PARAGRAPHS = {
  en: [
    "Russia attacked Ukraine overnight with 7 missiles and 146 drones, the Air Force said on Tuesday. Air defence shot down 5 missiles and 120 drones, while a further 18 drones were locationally lost.",
    "In Kharkiv, at least 22 people were injured, including three children, when drones hit two apartment blocks in the Saltivskyi district, mayor Ihor Terekhov said. A 64-year-old woman was killed.",
    "In Zaporizhzhia, a guided bomb struck an industrial enterprise, injuring four workers. Fires broke out and several cars were damaged. Earlier, on October 3, a similar strike killed 12 people.",
    "Separately, a drone hit a private house in the Chuhuiv district, wounding the driver of a parked car. Information on other casualties is being clarified. No one was hurt in Poltava, where debris fell on a field.",
  ],
  uk: [
    "У ніч на 14 листопада росіяни атакували Україну 90 ударними БпЛА типу Shahed та дронами-імітаторами, а також двома балістичними ракетами Іскандер-М. Станом на 09:00 збито/подавлено 61 ворожий БпЛА, ще 22 локаційно втрачено.",
    "Унаслідок удару по житловому будинку в Харкові загинули п’ятеро людей, серед них двоє дітей. Ще 19 людей дістали поранення, зокрема четверо дітей. У трьох людей гостра реакція на стрес.",
    "Крім того, у Чугуєві уламки пошкодили приватні будинки, автомобілі та лінію електропередачі. Раніше повідомлялося про 14 постраждалих. Кількість загиблих зросла до 6.",
    "У Запоріжжі росіяни завдали удару керованими авіабомбами по підприємству. Постраждали щонайменше 14 осіб, загинули троє. На Дніпропетровщині обійшлося без постраждалих.",
  ],
  ru: [
    "В ночь на 20 ноября Россия нанесла комбинированный удар по Киеву: всего россияне выпустили 300 дронов, 9 баллистических и 14 крылатых ракет. Нейтрализованы 280 дронов, 6 баллистических и 13 крылатых ракет.",
    "В Одессе погиб мужчина, в Николаеве погибла женщина и ранены трое. В Херсоне ранен подросток, повреждены многоэтажный дом и ТЭЦ.",
    "По меньшей мере четыре человека погибли, пострадали 11 человек, сообщил глава городской военной администрации. Напомним, в прошлом месяце удар по городу унес жизни 20 человек.",
    "Обломки беспилотника упали во двор частного дома в Белгородской области. Пострадавших и серьёзных разрушений нет, сообщил губернатор.",
  ],
};

// Background, quotes and reactions: the other half of a real report.
const PROSE = {
  en: [
    "“This is yet another act of terror against civilians,” President Volodymyr Zelensky wrote on Telegram, calling on partners to speed up deliveries of air defence systems.",
    "Rescuers worked through the night to clear the rubble, and volunteers brought water and blankets to residents who had to leave their homes. Schools in the district switched to remote learning.",
    "The city has been a frequent target since the start of the full-scale invasion. Local authorities have opened heating points and urged residents to stay in shelters during air raid alerts.",
  ],
  uk: [
    "«Це черговий терор проти мирного населення», — написав у Telegram президент Володимир Зеленський і закликав партнерів пришвидшити постачання систем протиповітряної оборони.",
    "Рятувальники працювали всю ніч, волонтери привезли воду та ковдри мешканцям, які були змушені залишити свої домівки. Школи району перейшли на дистанційне навчання.",
    "Місто регулярно потерпає від обстрілів з початку повномасштабного вторгнення. Місцева влада відкрила пункти незламності та закликала мешканців залишатися в укриттях під час тривог.",
  ],
  ru: [
    "«Это очередной акт террора против мирных жителей», — написал в Telegram президент Владимир Зеленский, призвав партнеров ускорить поставки систем противовоздушной обороны.",
    "Спасатели работали всю ночь, волонтеры привезли воду и одеяла жителям, которым пришлось покинуть свои дома. Школы района перешли на дистанционное обучение.",
    "Город регулярно подвергается обстрелам с начала полномасштабного вторжения. Местные власти открыли пункты обогрева и призвали жителей оставаться в укрытиях во время тревог.",
  ],
};

function article(
  lang: keyof typeof PARAGRAPHS,
  size: number,
  seed: number,
  dense = false,
): { title: string; content: string } {
  const parts = PARAGRAPHS[lang];
  const prose = PROSE[lang];
  let content = "";
  for (let i = seed; content.length < size; i++) {
    content += `<p>${parts[i % parts.length]}</p>`;
    if (!dense) content += `<p>${prose[i % prose.length]}</p>`;
  }
  return { title: `Report ${seed}: ${parts[seed % parts.length]!.slice(0, 60)}`, content: content.slice(0, size) };
}

function analyse(a: ArticleText) {
  return {
    kind: classify(a),
    casualties: extractCasualties(a),
    airDefence: extractAirDefence(a),
    aid: extractAid(a),
    weapons: extractWeapons(a),
    targets: extractTargets(a),
  };
}

/** Each paragraph of a language once, with its prose, as `article` lays them out. */
function onePass(lang: keyof typeof PARAGRAPHS, seed: number): { title: string; content: string } {
  const parts = PARAGRAPHS[lang];
  let content = "";
  for (let i = seed; i < seed + parts.length; i++)
    content += `<p>${parts[i % parts.length]}</p><p>${PROSE[lang][i % PROSE[lang].length]}</p>`;
  return { title: article(lang, 0, seed).title, content };
}

// Behaviour only: how fast this runs is measured by `npm run bench`, never asserted here (a test
// that fails because the machine is busy is a defect).
describe("long and pathological input", () => {
  test.each([
    ["English", "en"],
    ["Ukrainian", "uk"],
    ["Russian", "ru"],
  ] as const)("a 100 KB %s article of repeated paragraphs keeps the figures of one pass", (_name, lang) => {
    const once = analyse(toArticleText(onePass(lang, 1)));
    const long = analyse(toArticleText(article(lang, 100_000, 1)));
    expect(once.kind).toBe("strike");
    expect(long.kind).toBe("strike");
    // Air-defence figures are the highest stated: repeating them changes nothing.
    expect(long.airDefence).toEqual(once.airDefence);
    expect(long.weapons).toEqual(once.weapons);
    expect(long.targets).toEqual(once.targets);
    // Casualties never fall below one pass ("Separately, …" paragraphs may add up) and stay counts.
    for (const field of ["killed", "injured"] as const) {
      const value = long.casualties[field];
      expect(Number.isInteger(value)).toBe(true);
      expect(value!).toBeGreaterThanOrEqual(once.casualties[field]!);
      expect(value!).toBeLessThan(10_000);
    }
    expect(long.aid).toBeNull();
  });

  test.each([
    "en",
    "uk",
    "ru",
  ] as const)("2 KB of nothing but figures (%s) gives the figures of its paragraphs", (lang) => {
    const dense = analyse(toArticleText(article(lang, 2048, 0, true)));
    expect(dense.kind).toBe("strike");
    expect(dense.airDefence.period).toBe("attack");
    expect(dense.casualties.killed).not.toBeNull();
    expect(dense.casualties.injured).not.toBeNull();
  });

  test.each<[string, string, string[]]>([
    ["digits", "1 ".repeat(50_000), []],
    ["number words", "двадцять п’ять ".repeat(7_000), []],
    ["qualifiers", "at least at least at least ".repeat(4_000), []],
    ["one long word", "а".repeat(100_000), []],
    ["no sentence ends", "killed injured drones missiles shot down of the ".repeat(2_000), ["drone", "missile"]],
    ["separators", "1,200,".repeat(16_000), []],
  ])("pathological input gives no figures: %s", (_name, body, weapons) => {
    const got = analyse(toArticleText({ title: "Stress", content: body }));
    expect(got).toEqual({
      kind: "other",
      casualties: { killed: null, injured: null, childrenKilled: null, childrenInjured: null },
      airDefence: {
        drones: { launched: null, downed: null },
        missiles: { launched: null, downed: null },
        period: null,
      },
      aid: null,
      weapons,
      targets: [],
    });
  });
});

describe("results per article", () => {
  test("a second call and a fresh copy of the article give the same results", () => {
    const text = toArticleText(article("uk", 2048, 2));
    const first = analyse(text);
    expect(analyse(text)).toEqual(first);
    expect(analyse({ ...text })).toEqual(first);
  });

  test("changing a returned result does not change the next one", () => {
    const text = toArticleText(article("en", 2048, 0));
    const first = analyse(text);
    const expected = structuredClone(first);
    first.casualties.killed = 999;
    first.airDefence.drones.launched = 999;
    expect(analyse(text)).toEqual(expected);
  });
});
