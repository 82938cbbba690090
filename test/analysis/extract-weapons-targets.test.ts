import { describe, expect, test } from "vitest";
import { extractTargets, extractWeapons } from "../../src/analysis/extract/index.js";
import { toArticleText } from "../../src/analysis/text.js";
import type { Target, Weapon } from "../../src/analysis/types.js";

const article = (title: string, body: string) => toArticleText({ title, content: body });

describe("extractWeapons", () => {
  test.each<[string, string, Weapon[]]>([
    [
      "Russia fired two Kinzhal hypersonic missiles and 30 Shahed drones.",
      "",
      ["drone", "shahed", "missile", "kinzhal"],
    ],
    [
      "Kh-101 cruise missiles hit Lviv",
      "Russia also used Kalibr missiles.",
      ["missile", "cruise missile", "kh-101", "kalibr"],
    ],
    [
      "Ballistic strike on Kyiv",
      "Russia fired Iskander-M/KN-23 ballistic missiles.",
      ["missile", "ballistic missile", "iskander-m", "kn-23"],
    ],
    ["Удар КАБами по Харкову", "Росіяни скинули на місто керовані авіабомби.", ["guided bomb"]],
    ["Обстріл Нікополя", "Окупанти били з артилерії та РСЗВ «Град».", ["artillery", "mlrs"]],
    ["FPV drone hits car in Kherson", "", ["drone", "fpv drone"]],
    [
      "Удар по Одесі",
      "Росія атакувала крилатими ракетами Х-59 та Х-22, а також ракетами С-300.",
      ["missile", "cruise missile", "kh-22", "kh-59", "s-300"],
    ],
    ["Атака на Белгород", "ВСУ атаковали город беспилотниками, сбиты 12 БПЛА.", ["drone"]],
    // Not weapons of the attack: air-defence units, "калібр" as calibre, "кабінет"
    ["Air defence", "Anti-aircraft missile units repelled the attack.", []],
    ["Кабінет міністрів", "Уряд ухвалив рішення щодо кабелю великого калібру.", []],
  ])("%s", (title, body, want) => {
    expect(extractWeapons(article(title, body))).toEqual(want);
  });
});

describe("extractTargets", () => {
  test.each<[string, string, Target[]]>([
    [
      "Strike on Kyiv",
      "Debris damaged a high-rise apartment building, a school and several cars.",
      ["residential building", "school", "vehicles"],
    ],
    [
      "Удар по Харкову",
      "Пошкоджено приватні будинки, підприємство та автомобілі. Поранених доставили до лікарні.",
      ["private house", "industrial", "vehicles"],
    ],
    [
      "Атака на Одесу",
      "Удар по порту: зруйновано зерновий термінал, пошкоджено залізничну колію.",
      ["railway", "port"],
    ],
    [
      "Energy attack",
      "Russia struck a thermal power plant and two substations in Kharkiv Oblast.",
      ["energy infrastructure"],
    ],
    ["Удар по Сумах", "Влучання в дитячий садок та лікарню.", ["kindergarten", "hospital"]],
    ["Удар по Белгороду", "Повреждены многоэтажный дом и ТЭЦ.", ["residential building", "energy infrastructure"]],
    // A maternity hospital is a hospital, and "вдарили по" says it was hit.
    ["Удар по Черкасах", "Окупанти вдарили по пологовому будинку.", ["hospital"]],
    ["Shelling of Nikopol", "A shell damaged the town's maternity ward.", ["hospital"]],
    ["Атака на Херсон", "Пошкоджено перинатальний центр.", ["hospital"]],
    ["Атака на Курск", "Повреждено здание родильного дома.", ["hospital"]],
    // Mentioned without damage: not a target
    ["Пологи в укритті", "Породіллю доставили до пологового будинку, де вона народила сина.", []],
    ["Zelensky visits a school", "The president met pupils at a Kyiv school.", []],
    ["Injured taken to hospital", "Five people were injured and taken to hospital.", []],
  ])("%s", (title, body, want) => {
    expect(extractTargets(article(title, body))).toEqual(want);
  });
});
