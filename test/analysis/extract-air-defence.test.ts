import { describe, expect, test } from "vitest";
import { type AirDefenceFigures, extractAirDefence } from "../../src/analysis/extract/index.js";
import { toArticleText } from "../../src/analysis/text.js";
import type { InterceptionFigures } from "../../src/analysis/types.js";

const article = (title: string, body: string) => toArticleText({ title, content: body });
const none: InterceptionFigures = { launched: null, downed: null };
const f = (launched: number | null, downed: number | null): InterceptionFigures => ({ launched, downed });

describe("extractAirDefence", () => {
  test.each<[string, string, string, Partial<AirDefenceFigures>]>([
    [
      "21 of the 49 attack drones",
      "Russian drones hit Kharkiv overnight",
      "At least 22 people were injured in Kharkiv. The Air Force said it destroyed 21 of the 49 attack drones Russia launched overnight.",
      { drones: f(49, 21), missiles: none, period: "attack" },
    ],
    [
      "two Kinzhal missiles intercepted",
      "Kyiv strike",
      "At least five people were killed. Air defence intercepted two hypersonic Kinzhal missiles over the capital.",
      { drones: none, missiles: f(null, 2) },
    ],
    [
      "launched in one sentence, downed in the next",
      "Night attack",
      "Russia launched 49 Shahed drones at Ukraine overnight. Air defence destroyed 40.",
      { drones: f(49, 40) },
    ],
    ["all 35", "Air defence", "All 35 attack drones were destroyed, the Air Force said.", { drones: f(35, 35) }],
    [
      "M drones, N of which",
      "Air defence",
      "Russia attacked Ukraine with 62 drones, 48 of which were shot down.",
      { drones: f(62, 48) },
    ],
    [
      "Of the M drones, N were shot down",
      "Air defence",
      "Of the 80 drones launched, 66 were shot down and another nine were lost to electronic warfare.",
      { drones: f(80, 75) },
    ],
    [
      "EW losses add to the downed",
      "Night attack",
      "Russia launched 112 drones. Air defence shot down 70 drones, while a further 30 were “locationally lost”.",
      { drones: f(112, 100) },
    ],
    [
      "two classes in one sentence",
      "Combined attack",
      "Russia attacked with 7 missiles and 46 drones; 5 missiles and 40 drones were downed.",
      { drones: f(46, 40), missiles: f(7, 5) },
    ],
    [
      "subtypes of one list add up",
      "Massive strike",
      "Russia fired 30 Kh-101 cruise missiles and 4 Kinzhal missiles. Air defence shot down 28 cruise missiles and 2 Kinzhals.",
      { missiles: f(34, 30) },
    ],
    [
      "all of them",
      "Ballistic attack on Kyiv",
      "Russia launched eight ballistic missiles at Kyiv early on Monday; air defence shot down all of them.",
      { missiles: f(8, 8) },
    ],
    [
      "air targets are not split into classes",
      "Air defence",
      "Air defence destroyed 29 of 31 air targets overnight.",
      { drones: none, missiles: none, period: null },
    ],
    [
      "weekly totals are not the attack's",
      "Zelensky: Russia launched nearly 1,500 drones this week",
      "Over the past week Russia launched nearly 1,500 attack drones, more than 1,100 guided bombs and 50 missiles at Ukraine, Zelensky said.",
      { drones: none, missiles: none, period: "week" },
    ],
    [
      "monthly totals",
      "Record month",
      "Since the start of the month, Russia has fired 4,200 drones at Ukrainian cities.",
      { drones: none, period: "month" },
    ],
    [
      "daily summary",
      "Air defence",
      "Over the past day, air defence shot down 37 of 45 drones.",
      { drones: f(45, 37), period: "day" },
    ],
    [
      "no figures",
      "Kyiv mayor meets Warsaw mayor",
      "They discussed reconstruction of Kyiv schools.",
      { drones: none, missiles: none, period: null },
    ],
    [
      "model numbers are not counts",
      "Night attack",
      "Russia launched Shahed-136/131 drones and an Iskander-M missile at Odesa.",
      { drones: none, missiles: none },
    ],
    [
      "a part named with 'including' is not added",
      "Drone attack on Russia",
      "Russian air defences destroyed 58 Ukrainian drones overnight, including 21 over the Bryansk region, the Defence Ministry said.",
      { drones: f(null, 58) },
    ],
    [
      "the other side's claim in an aside does not count",
      "Russian drones attack Sumy overnight",
      "Russia launched 70 drones at Ukraine; air defence shot down 52. Russia's Defence Ministry said separately that its air defences destroyed 31 Ukrainian drones over Russian regions.",
      { drones: f(70, 52) },
    ],
    [
      "a background paragraph is an earlier attack",
      "Drones hit Odesa port",
      "<p>Air defence shot down 19 of 25 drones overnight.</p><p>Background: the previous night Russia launched 140 drones, 120 of which were downed.</p>",
      { drones: f(25, 19) },
    ],
    [
      "missiles listed with where they were fired from add up",
      "Cruise missiles target Kremenchuk",
      "The Air Force said Russia launched three Kalibr cruise missiles from a ship in the Black Sea and two Iskander-K cruise missiles from the Kursk region. Four of them were shot down.",
      { missiles: f(5, 4) },
    ],
    [
      "N of them, then where",
      "Night attack",
      "Russia launched 150 drones. Air defence shot down or suppressed 121 of them over five oblasts.",
      { drones: f(150, 121) },
    ],
    // Ukrainian
    ["12 з 15 шахедів", "ППО", "Сили ППО збили 12 з 15 шахедів.", { drones: f(15, 12) }],
    [
      "збито/подавлено + локаційно втрачено",
      "Нічна атака",
      "У ніч на 3 березня росіяни атакували 90 ударними БпЛА типу Shahed та дронами-імітаторами. Станом на 09:00 збито/подавлено 61 ворожий БпЛА, ще 22 локаційно втрачено.",
      { drones: f(90, 83) },
    ],
    [
      "усі N",
      "ППО",
      "Уночі росіяни запустили 14 шахедів. Усі 14 безпілотників знищено над Миколаївщиною.",
      { drones: f(14, 14) },
    ],
    [
      "ракети і дрони",
      "Комбінований удар",
      "Ворог випустив 3 балістичні ракети Іскандер-М та 70 ударних БпЛА. Збито 2 ракети та 55 дронів.",
      { drones: f(70, 55), missiles: f(3, 2) },
    ],
    [
      "за тиждень",
      "Зеленський",
      "За тиждень росіяни випустили по Україні понад 1 200 ударних дронів і 40 ракет.",
      { drones: none, missiles: none, period: "week" },
    ],
    // Russian
    [
      "ПВО сбила",
      "Минобороны",
      "Дежурными средствами ПВО перехвачены и уничтожены 27 украинских беспилотных летательных аппаратов.",
      { drones: f(null, 27) },
    ],
    [
      "отразили атаку",
      "Собянин",
      "Силы ПВО отразили атаку 9 беспилотников, летевших на Москву.",
      { drones: f(null, 9) },
    ],
    [
      "N из них сбит или подавлен",
      "Удар по Одессе",
      "По данным Воздушных сил, всего противник запустил по Украине 95 дронов, 80 из них сбит или подавлен.",
      { drones: f(95, 80) },
    ],
    [
      "ellipsis: 9 баллистических и 14 крылатых ракет",
      "Удар по Киеву",
      "Всего россияне выпустили 300 дронов, 9 баллистических и 14 крылатых ракет. Нейтрализованы 280 дронов, 6 баллистических и 13 крылатых ракет.",
      { drones: f(300, 280), missiles: f(23, 19) },
    ],
  ])("%s", (_name, title, body, want) => {
    expect(extractAirDefence(article(title, body))).toMatchObject(want);
  });
});
