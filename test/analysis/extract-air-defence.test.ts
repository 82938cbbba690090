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
      { drones: none, missiles: f(1, null) },
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

// Issue 3's own example and the clauses that real reports hang after a figure: a participle phrase
// ("launched against Ukraine", "fired at Kyiv"), "of which", "including", "as well as", "out of a
// total of", "from the … direction(s)", "over N oblasts". The participle describes the weapons; it
// is not the figure's verb.
describe("extractAirDefence: clauses after the figure", () => {
  const night = (body: string) => extractAirDefence(article("Night attack on Ukraine", body));
  test.each<[string, InterceptionFigures, InterceptionFigures]>([
    ["The Air Force said it destroyed 21 of the 49 attack drones launched against Ukraine.", f(49, 21), none],
    ["The Air Force said it destroyed 21 of the 49 attack drones launched overnight.", f(49, 21), none],
    ["The Air Force said it destroyed 21 of the 49 attack drones that Russia launched.", f(49, 21), none],
    ["The Air Force said it destroyed 21 of the 49 attack drones fired at Kyiv.", f(49, 21), none],
    ["Air defence destroyed 21 of the 49 attack drones launched against Ukraine overnight", f(49, 21), none],
    ["Air defence destroyed 21 of the 49 drones launched by Russia overnight, the Air Force said.", f(49, 21), none],
    ["Air defence neutralised 72 of the 101 drones sent by Russia overnight.", f(101, 72), none],
    ["Air defence neutralised 72 of the 101 drones used in the attack.", f(101, 72), none],
    ["Air defence shot down 72 of the 101 drones launched from the Bryansk and Kursk directions.", f(101, 72), none],
    ["Air defence intercepted two of the four ballistic missiles launched from Crimea.", none, f(4, 2)],
    ["Air defence intercepted 2 of the 5 missiles fired at Kyiv, while three hit the city.", none, f(5, 2)],
    ["Air defence destroyed 40 drones launched against Ukraine overnight.", f(null, 40), none],
    ["Air defence shot down 40 drones fired at Kyiv.", f(null, 40), none],
    ["Air defence downed 21 drones and 6 missiles launched by Russia.", f(null, 21), f(null, 6)],
    ["The Air Force said 49 drones launched overnight, 40 of which were shot down.", f(49, 40), none],
    ["Air defence destroyed 40 out of a total of 49 drones launched from the Kursk direction.", f(49, 40), none],
    ["Air defence shot down 72 drones out of a total of 101.", f(101, 72), none],
    ["Air defence shot down 72 drones out of 101 launched by Russia.", f(101, 72), none],
    [
      "Russia launched 67 long-range drones in a mass overnight attack, 58 of which it was able to shoot down.",
      f(67, 58),
      none,
    ],
    ["Air defence managed to shoot down 58 of the 67 drones launched by Russia.", f(67, 58), none],
    [
      "Russia launched 23 drones and a cruise missile, and air defence destroyed the missile and 18 of the drones.",
      f(23, 18),
      f(1, 1),
    ],
    ["Russia launched 67 drones overnight, of which 58 were shot down over 12 oblasts.", f(67, 58), none],
    [
      "Russia launched 49 drones and 4 missiles overnight, of which 40 drones and 2 missiles were shot down.",
      f(49, 40),
      f(4, 2),
    ],
    [
      "Russia launched 101 drones, including about 60 Shaheds, from the Bryansk, Kursk and Oryol directions. Air defence downed 72 of them.",
      f(101, 72),
      none,
    ],
    [
      "Russia attacked with 4 ballistic missiles as well as 101 drones. Air defence downed 72 drones and 2 missiles.",
      f(101, 72),
      f(4, 2),
    ],
    [
      "Russia attacked Ukraine with 49 Shahed-type attack drones and decoys from the Bryansk and Kursk directions. Air defence downed 40 of them over nine oblasts.",
      f(49, 40),
      none,
    ],
    ["Air defence downed 40 drones over 12 oblasts, while 9 were lost to electronic warfare.", f(null, 49), none],
    // Ukrainian
    ["Сили ППО знищили 21 з 49 ударних БпЛА, запущених по Україні.", f(49, 21), none],
    ["Сили ППО знищили 21 з 49 ударних БпЛА, якими росіяни атакували Україну вночі.", f(49, 21), none],
    ["Сили ППО знешкодили 21 з 49 дронів, запущених з курського та брянського напрямків.", f(49, 21), none],
    ["Росіяни запустили 49 ударних дронів, з яких 21 вдалося збити.", f(49, 21), none],
    ["Всього противник атакував 49 дронами, з них збито 21 над 9 областями.", f(49, 21), none],
    ["Сили ППО збили 72 дрони з 101.", f(101, 72), none],
    [
      "Вночі ворог атакував Україну 49 ударними БпЛА, у тому числі 30 шахедами. Сили ППО знешкодили 40.",
      f(49, 40),
      none,
    ],
    // Russian
    ["ПВО сбила 21 из 49 беспилотников, запущенных по Украине.", f(49, 21), none],
    ["ПВО сбила 21 из 49 дронов, которыми Россия атаковала Украину ночью.", f(49, 21), none],
    ["Всего Россия выпустила 49 дронов, из которых 21 удалось сбить.", f(49, 21), none],
    ["Из 49 запущенных дронов 21 был сбит.", f(49, 21), none],
    ["Из 49 дронов 21 сбит над 9 областями.", f(49, 21), none],
  ])("%s", (body, drones, missiles) => {
    expect(night(body)).toMatchObject({ drones, missiles });
  });

  // "both": two, and all of them.
  test.each<[string, InterceptionFigures]>([
    ["Air defence intercepted both cruise missiles launched at Odesa.", f(2, 2)],
    ["Russia fired two Iskander-M missiles at Kharkiv; both missiles were shot down.", f(2, 2)],
    ["Сили ППО збили обидві ракети, випущені по Одесі.", f(2, 2)],
    ["ПВО сбила обе ракеты над Киевом.", f(2, 2)],
    ["Both missiles hit a residential building in Sumy.", none],
  ])("both: %s", (body, missiles) => {
    expect(night(body)).toMatchObject({ drones: none, missiles });
  });

  // The participle's own clause may carry the real verb: those figures are hits, not interceptions.
  test.each([
    "Three of the five missiles fired at Kyiv hit their targets.",
    "Three of the five missiles launched overnight hit their targets, the Air Force said.",
    "Two of the 12 drones launched from Kursk struck an apartment block.",
  ])("not downed: %s", (body) => {
    expect(night(body)).toMatchObject({ drones: none, missiles: none });
  });
});

// Wordings of real reports (sentences written for these tests).
describe("extractAirDefence: real-report wordings", () => {
  const night = (body: string) => extractAirDefence(article("Night attack on the region", body));

  // A count of attacks is not a count of drones.
  test.each<[string, InterceptionFigures]>([
    ["The enemy shelled the district more than 30 times using drones and artillery.", none],
    ["Russian troops attacked the community 25 times with drones and mortars.", none],
    ["Russia carried out 25 drone attacks on the region.", none],
    ["Окупанти 15 разів атакували громаду дронами та артилерією.", none],
    ["За день 12 раз беспилотники сбрасывали взрывчатку на посёлок.", none],
    ["Russian forces attacked the district with 25 drones.", f(25, null)],
  ])("attacks, not drones: %s", (body, drones) => {
    expect(night(body)).toMatchObject({ drones, missiles: none });
  });
});

// Air Force bulletins in Ukrainian: counts with a case ending ("94-ма"), and a dash for "were".
describe("extractAirDefence: Ukrainian bulletin forms", () => {
  const night = (body: string) => extractAirDefence(article("Нічна атака", body));

  test.each<[string, InterceptionFigures]>([
    ["Уночі ворог атакував Україну 94-ма ударними БпЛА типу Shahed.", f(94, null)],
    ["Уночі ворог атакував Україну 94-ма ударними БпЛА. Збито 70 ворожих БпЛА.", f(94, 70)],
    ["Збито 50 ворожих БпЛА. 14 ворожих безпілотників-імітаторів – локаційно втрачені.", f(null, 64)],
    ["Збито 50 ворожих БпЛА. 11 ворожий безпілотник-імітатор — локаційно втрачений.", f(null, 61)],
    // A dash that opens a comment is no verb: the launch stays a launch.
    ["Ворог атакував область 40 дронами – це більше, ніж минулої ночі.", f(40, null)],
    // A hyphenated word that is not a case ending is not a count.
    ["Уламки БпЛА впали біля 9-поверхового будинку.", none],
  ])("%s", (body, drones) => {
    expect(night(body).drones).toEqual(drones);
  });
});

// Launch verbs as gerunds, passives and nouns: "запустивши 80 дронів", "було застосовано 12
// безпілотників", "зафиксированы пуски 60 БПЛА".
describe("extractAirDefence: launch wordings", () => {
  const night = (body: string) => extractAirDefence(article("Нічна атака", body));
  test.each<[string, InterceptionFigures]>([
    ["Вночі ворог атакував область, запустивши 80 безпілотників. Сили ППО знешкодили 65 з них.", f(80, 65)],
    ["За даними ОВА, по місту було застосовано 12 безпілотників.", f(12, null)],
    ["Всего зафиксированы пуски 60 ударных БПЛА, уничтожено 52.", f(60, 52)],
    ["Зафіксовано пуски 33 ударних БпЛА типу Shahed.", f(33, null)],
    ["Зафіксовано пуски 40 БпЛА, збито 31.", f(40, 31)],
    ["Россия атаковала Одессу, выпустив 20 дронов.", f(20, null)],
    ["Всего было запущено 45 беспилотников.", f(45, null)],
    // Launchers are not launches.
    ["Дрони знищили 3 пускові установки поблизу міста.", none],
  ])("%s", (body, drones) => {
    expect(night(body)).toMatchObject({ drones, missiles: none });
  });
});

// "Був удар: N дронів і M ракет": no verb, the attack named right before the list. One count for
// "drones and missiles" together is neither class's figure.
describe("extractAirDefence: verb-less lists and mixed counts", () => {
  const night = (body: string) => extractAirDefence(article("Нічна атака", body));
  test.each<[string, InterceptionFigures, InterceptionFigures]>([
    [
      "«Сьогодні знову був удар: понад 310 дронів і сім балістичних ракет», – сказав президент.",
      f(310, null),
      f(7, null),
    ],
    ["Tonight's attack: more than 120 drones and four cruise missiles, the president said.", f(120, null), f(4, null)],
    ["Ночная атака на Харьков: 35 дронов и 2 ракеты.", f(35, null), f(2, null)],
    ["The overnight attack involved 65 drones.", f(65, null), none],
    // A weekly total in the same item never counts.
    [
      "За тиждень росіяни випустили понад 1 300 дронів і 60 ракет. А вночі був ще один удар: 150 дронів і три ракети.",
      f(150, null),
      f(3, null),
    ],
    // Drones that fell or crashed are part of the attack, not its count.
    ["During the attack, 3 drones fell in a field outside the town.", none, none],
    ["Під час атаки 2 дрони впали на околиці села.", none, none],
    // Mixed counts.
    [
      "Russia launched 75 drones and missiles overnight; air defence shot down 52 drones and 2 missiles.",
      f(null, 52),
      f(null, 2),
    ],
    ["Росія випустила 40 ракет і дронів. Збито 30 дронів і 6 ракет.", f(null, 30), f(null, 6)],
    ["Силы ПВО уничтожили 18 ракет и беспилотников над Киевом.", none, none],
    ["Russia launched 85 drones and decoys and 4 cruise missiles.", f(85, null), f(4, null)],
  ])("%s", (body, drones, missiles) => {
    expect(night(body)).toMatchObject({ drones, missiles });
  });
});

// One weapon in the singular: a missile fired or hitting is one launched; a drone or missile shot
// down is one downed. A single drone that struck is no figure, nor "a missile strike" with no count.
describe("extractAirDefence: one weapon in the singular", () => {
  const night = (body: string) => extractAirDefence(article("Attack on the city", body));
  test.each<[string, InterceptionFigures, InterceptionFigures]>([
    ["The enemy fired a missile at a warehouse in the port.", none, f(1, null)],
    ["A ballistic missile hit an industrial site on the outskirts, the governor said.", none, f(1, null)],
    ["Росіяни вдарили по місту балістичною ракетою.", none, f(1, null)],
    ["Ворог випустив ракету по промисловому об’єкту.", none, f(1, null)],
    ["Ракета влучила у складське приміщення.", none, f(1, null)],
    ["Россия нанесла удар по городу баллистической ракетой.", none, f(1, null)],
    ["Air defence shot down a drone over the district.", f(null, 1), none],
    ["Силы ПВО сбили беспилотник, который упал на крышу гаража.", f(null, 1), none],
    ["Над громадою сили ППО збили дрон.", f(null, 1), none],
    ["A drone was shot down on approach to the city.", f(null, 1), none],
    ["Беспилотник был сбит над промзоной.", f(null, 1), none],
    ["Ракету було збито над Київщиною.", none, f(null, 1)],
    // Not a count.
    ["Russia launched a missile strike on the city overnight.", none, none],
    ["A Russian drone hit a car near the village.", none, none],
    ["Ворожий безпілотник атакував автомобіль.", none, none],
    ["Жодна ракета не влучила в ціль.", none, none],
    ["The site was hit by debris of a downed drone.", none, none],
    ["Місце влучання ракети оточили рятувальники.", none, none],
    ["Одна з ракет влучила в житловий будинок.", none, none],
    // A counted figure wins over the singular.
    ["Russia fired 6 missiles at the region; a missile hit a school.", none, f(6, null)],
  ])("%s", (body, drones, missiles) => {
    expect(night(body)).toMatchObject({ drones, missiles });
  });
});

// The MoD's and the regions' own wordings, and counts in number words.
describe("extractAirDefence: Russian MoD and number words", () => {
  test.each<[string, string, InterceptionFigures]>([
    ["Ночная атака", "Дежурные средства ПВО уничтожили 27 дронов над территорией Курской области.", f(null, 27)],
    [
      "Ночная атака",
      "Силы ПВО перехватили и уничтожили 19 беспилотников над территорией Ростовской области.",
      f(null, 19),
    ],
    ["Атака на Сумщину", "Ворог застосував до 31 шахеда, знищено 24.", f(31, 24)],
    ["Attack on Poltava", "Air defence downed two of three drones over the region.", f(3, 2)],
    ["Атака на Полтаву", "Сили ППО збили два з трьох дронів.", f(3, 2)],
  ])("%s: %s", (title, body, drones) => {
    expect(extractAirDefence(article(title, body))).toMatchObject({ drones });
  });
});

// Shooting down named as a noun: "підтвердили збиття N", "сообщили о перехвате N".
describe("extractAirDefence: shoot-down nouns", () => {
  const night = (body: string) => extractAirDefence(article("Нічна атака", body));
  test.each<[string, InterceptionFigures]>([
    ["Повітряні сили підтвердили збиття 53 ударних БпЛА над шістьма областями.", f(null, 53)],
    ["Ворог застосував 70 дронів, підтверджено збиття 61.", f(70, 61)],
    ["В Минобороны сообщили о перехвате 16 беспилотников над Ростовской областью.", f(null, 16)],
    ["Сили ППО повідомили про знешкодження 22 дронів.", f(null, 22)],
    // A purpose, not a figure's verb.
    ["Росія запустила 50 дронів для знищення енергетики.", f(50, null)],
  ])("%s", (body, drones) => {
    expect(night(body)).toMatchObject({ drones, missiles: none });
  });
});

// "All" after a stated downed figure is about one place: the figure stays.
describe("extractAirDefence: a later 'all' does not override a stated figure", () => {
  const night = (body: string) => extractAirDefence(article("Нічна атака", body));
  test.each<[string, InterceptionFigures]>([
    [
      "Ворог запустив 40 ударних дронів. Силами ППО знищено 33 безпілотники. Над Черкасами сили ППО знищили всі ворожі дрони.",
      f(40, 33),
    ],
    [
      "Russia launched 18 drones overnight, and 12 were shot down. Over Poltava, air defence shot down all of them.",
      f(18, 12),
    ],
    // No figure before it: "all" is the count.
    ["Ворог запустив 12 шахедів. Сили ППО знищили всі безпілотники.", f(12, 12)],
  ])("%s", (body, drones) => {
    expect(night(body)).toMatchObject({ drones });
  });
});

// A recap of this night's attack ("Нагадаємо, сьогодні вночі…") holds its figures, in the whole paragraph.
describe("extractAirDefence: recap of tonight's attack", () => {
  const art = (body: string) => extractAirDefence(toArticleText({ title: "Удар по Львову", content: body }));
  test.each<[string, InterceptionFigures, InterceptionFigures]>([
    [
      "<p>У Львові пошкоджено склад.</p><p>Нагадаємо, сьогодні вночі Росія запустила по Україні 310 дронів і ракет. Сили ППО збили 280 цілей – 270 БпЛА і 10 ракет.</p>",
      f(null, 270),
      f(null, 10),
    ],
    ["<p>У Львові пошкоджено склад.</p><p>Напомним, этой ночью ПВО сбила 44 беспилотника.</p>", f(null, 44), none],
    // An earlier night stays a recap, and so does its paragraph.
    [
      "<p>У Львові пошкоджено склад.</p><p>Нагадаємо, минулого тижня Росія запустила по Україні 200 дронів. Сили ППО збили 180 БпЛА.</p>",
      none,
      none,
    ],
    // Only that paragraph.
    [
      "<p>Нагадаємо, сьогодні вночі у місті лунали вибухи.</p><p>Нагадаємо, у травні ППО збила 90 дронів над областю.</p>",
      none,
      none,
    ],
  ])("%s", (body, drones, missiles) => {
    expect(art(body)).toMatchObject({ drones, missiles });
  });
});

// The headline of a linked story between two paragraphs is not this item's figure.
describe("extractAirDefence: headline of a linked story", () => {
  const art = (body: string) => extractAirDefence(toArticleText({ title: "Night attack", content: body }));
  test.each<[string, InterceptionFigures]>([
    [
      "<p>Air defence shot down four of five drones over Chernihiv overnight, the regional governor said.</p><p>Ukraine downs 38 Russian drones in large overnight attack</p><p>Power was restored by morning.</p>",
      f(5, 4),
    ],
    // A list after a colon is the item's own summary.
    ["<p>Key points:</p><p>Air defence shot down 31 drones</p><p>Two people were injured.</p>", f(null, 31)],
    // A bullet, and a last line, are kept.
    ["<p>The Air Force reported on the night.</p><p>- 27 drones shot down</p><p>Repairs continue.</p>", f(null, 27)],
    ["<p>The Air Force reported on the night.</p><p>Air defence shot down 12 drones</p>", f(null, 12)],
  ])("%s", (body, drones) => {
    expect(art(body)).toMatchObject({ drones });
  });
});

// "N беспилотников самолетного типа были уничтожены": the type phrase stands between the figure and its verb.
describe("extractAirDefence: aircraft-type drones", () => {
  test.each<[string, InterceptionFigures]>([
    ["Сообщается, что три беспилотника самолетного типа были уничтожены средствами ПВО.", f(null, 3)],
    ["11 безпілотників літакового типу знищено над Сумщиною.", f(null, 11)],
    ["Семь беспилотников самолетного типа атаковали Брянскую область.", f(7, null)],
  ])("%s", (body, drones) => {
    expect(extractAirDefence(article("Атака", body))).toMatchObject({ drones });
  });
});

// "Earlier, the ministry reported…": an earlier report of this attack, with a named source.
describe("extractAirDefence: earlier report of the same attack", () => {
  test.each<[string, string, InterceptionFigures]>([
    [
      "Дрон атаковал автомобиль в Брянской области",
      "<p>Дрон атаковал автомобиль, водитель ранен.</p><p>Ранее губернатор Богомаз сообщил, что силы ПВО сбили 12 беспилотников над областью.</p>",
      f(null, 12),
    ],
    [
      "Drone hits truck in Belgorod region",
      "<p>A drone hit a truck near Shebekino.</p><p>Earlier, the Defence Ministry said air defence had destroyed 19 Ukrainian drones over the region overnight.</p>",
      f(null, 19),
    ],
    // No source ("Ранее сообщалось"): a recap, and a report about last week.
    [
      "Дрон атаковал автомобиль в Брянской области",
      "<p>Дрон атаковал автомобиль.</p><p>Ранее сообщалось, что ПВО сбила 12 беспилотников над областью.</p>",
      none,
    ],
    [
      "Дрон атаковал автомобиль в Брянской области",
      "<p>Дрон атаковал автомобиль.</p><p>Ранее губернатор сообщил, что на прошлой неделе ПВО сбила 60 беспилотников.</p>",
      none,
    ],
  ])("%s: %s", (title, body, drones) => {
    expect(extractAirDefence(toArticleText({ title, content: body }))).toMatchObject({ drones });
  });
});

describe("extractAirDefence: drones lost and recaps of this night", () => {
  test.each<[string, string, InterceptionFigures]>([
    // "локально втрачено" is a variant of "локаційно втрачено": added to the shot-down figure.
    [
      "Нічна атака",
      "Вночі ворог запустив 30 дронів. Сили оборони збили 20 БПЛА, ще вісім локально втрачено.",
      f(30, 28),
    ],
    // Decoys that "did not reach their targets" are lost to electronic warfare, not hits.
    [
      "Атака безпілотників",
      "Ворог випустив 90 дронів. Вдалося знищити 50 ударних дронів, а 30 безпілотників-імітаторів не досягли своїх цілей.",
      f(90, 80),
    ],
    [
      "Drone attack",
      "Russia launched 45 drones overnight. Air defence shot down 30 drones, while 12 decoys did not reach their targets.",
      f(45, 42),
    ],
    // Negative: drones that reached their targets are hits, not downed.
    [
      "Атака безпілотників",
      "Ворог випустив 40 дронів. Вдалося знищити 30 дронів, 10 дронів досягли своїх цілей.",
      f(40, 30),
    ],
    ["Drone attack", "Air defence shot down 20 drones, two more disappeared over the sea.", f(null, 22)],
    // "all but one" is not all.
    ["Ukraine downed all but one drone", "Air defence shot down 33 out of 34 drones overnight.", f(34, 33)],
    // "Раніше повідомлялося, що під час нічної атаки…": a recap of this night.
    [
      "Атака на Миколаївщину",
      "<p>Сили ППО знищили 9 шахедів над областю.</p><p>Раніше повідомлялося, що під час нічної атаки силами ППО було знищено 31 шахед. Загалом ворог випустив 40 дронів.</p>",
      f(40, 31),
    ],
    // Negative: a plain "раніше повідомлялося" with no word of this night stays a recap.
    [
      "Атака на Миколаївщину",
      "<p>Сили ППО знищили 9 шахедів над областю.</p><p>Раніше повідомлялося, що в жовтні силами ППО було знищено 310 шахедів.</p>",
      f(null, 9),
    ],
  ])("%s: %s", (title, body, drones) => {
    expect(extractAirDefence(article(title, body)).drones).toEqual(drones);
  });
});

describe("lost drones named only by 'disappeared' or 'локально втрачено' reach the rules", () => {
  test("a sentence whose only air-defence word is 'disappeared'", () => {
    const ad = extractAirDefence(
      article(
        "Russia attacks Ukraine with 18 drones overnight",
        "<p>Russia launched 18 drones overnight. Air defence shot down 12 of them. Three more disappeared from radars.</p>",
      ),
    );
    expect(ad.drones).toEqual({ launched: 18, downed: 15 });
  });
  test("'локально втрачені' in the same sentence as the downed figure", () => {
    const ad = extractAirDefence(
      article("Нічна атака дронів", "<p>Уночі росіяни запустили 25 дронів. Збито 17, ще 5 локально втрачено.</p>"),
    );
    expect(ad.drones).toEqual({ launched: 25, downed: 22 });
  });
});
