import { describe, expect, test } from "vitest";
import { classify } from "../../src/analysis/classify.js";
import { extractAirDefence, extractCasualties } from "../../src/analysis/extract/index.js";
import { toArticleText } from "../../src/analysis/text.js";
import type { ReportKind } from "../../src/analysis/types.js";

const article = (title: string, body: string) => toArticleText({ title, content: body });

describe("classify", () => {
  test.each<[string, string, ReportKind]>([
    // strike
    [
      "Russian drones hit Kharkiv overnight, injuring at least 22",
      "At least 22 people were injured. The Air Force said it destroyed 21 of the 49 attack drones.",
      "strike",
    ],
    ["Russian missile strike on Kyiv kills at least five", "Air defence intercepted two Kinzhal missiles.", "strike"],
    ["Air defence downs 40 of 49 drones overnight", "Russia launched 49 Shahed drones.", "strike"],
    ["Ukrainian drones attack Belgorod, governor says", "Three people were injured and a car caught fire.", "strike"],
    ["Удар КАБами по Харкову: восьмеро поранених", "Пошкоджено багатоповерхівку.", "strike"],
    ["Атака дронів на Одесу", "Уламки пошкодили склад. Обійшлося без постраждалих.", "strike"],
    ["Массированная атака по Киеву: трое погибших", "Погибли трое человек, ещё 15 ранены.", "strike"],
    ["Night in Dnipro", "Russian drones hit an apartment block in Dnipro overnight, injuring four people.", "strike"],
    // aid
    [
      "EU aid package of 50 billion euros blocked by Hungary",
      "Hungary's prime minister vetoed the package at the summit.",
      "aid",
    ],
    ["Germany to provide more Patriot systems to Ukraine", "Berlin will deliver two more systems.", "aid"],
    ["Лідери ЄС погодили 50 млрд євро для України", "Кошти підуть на підтримку бюджету.", "aid"],
    ["США ухвалили пакет допомоги Україні на $61 млрд", "Документ підписав президент.", "aid"],
    ["Japan pledges $4.5bn to Ukraine", "The money will support the budget.", "aid"],
    // In-kind deliveries without an amount, from donors beyond the usual few.
    ["Sweden has already sent 90 tonnes of grid equipment to Ukraine", "Most of it went to Kharkiv's utility.", "aid"],
    ["UAE delivers 800 generators for Ukraine", "The generators went to hospitals and schools.", "aid"],
    ["Туреччина передала Україні 300 генераторів", "Обладнання отримали лікарні.", "aid"],
    ["Turkey hosts new round of grain talks", "Delegations met in Istanbul on Monday.", "other"],
    // other
    [
      "Kyiv hosts international conference on reconstruction",
      "Delegations from 40 countries gathered in Kyiv to discuss rebuilding schools and hospitals.",
      "other",
    ],
    [
      "Kyiv mayor Klitschko meets Warsaw counterpart",
      "The mayors discussed cooperation between Kyiv and Warsaw.",
      "other",
    ],
    ["Kyiv Marathon draws record 12,000 runners", "The race started near the Kyiv city council.", "other"],
    ["Peace talks in Istanbul end without agreement", "Kyiv said it would continue consultations.", "other"],
    ["Putin says strikes on Ukraine will continue", "The Kremlin leader spoke at a press conference.", "other"],
    [
      "EU adopts new sanctions package against Russia",
      "The package targets the shadow fleet and sets a $45 price cap.",
      "other",
    ],
    [
      "Court sentences Russian officer over 2022 Kharkiv shelling",
      "The shelling in March 2022 killed eight civilians.",
      "other",
    ],
    [
      "Ternopil marks one year since missile strike that killed 37",
      "Residents laid flowers at the site of the destroyed apartment block.",
      "other",
    ],
    ["Харків вшановує пам’ять жертв удару по Салтівці", "Рік тому загинули 19 людей.", "other"],
    [
      "Ukrainian forces repel 40 assaults near Pokrovsk, General Staff says",
      "The General Staff reported 150 combat clashes over the past day.",
      "other",
    ],
    [
      "Зеленський: за тиждень Росія випустила понад 1 200 дронів",
      "Президент закликав партнерів посилити ППО.",
      "other",
    ],
    ["Київ приймає міжнародний форум з енергетики", "У Києві зібралися представники 30 країн.", "other"],
    // Alerts without launches or impact, outage schedules, memorials: other.
    [
      "Air raid alert declared in Kyiv and 12 oblasts",
      "An air-raid alert was declared in Kyiv and 12 oblasts for two hours due to the threat of ballistic missiles. The all-clear sounded at 9:40.",
      "other",
    ],
    [
      "Повітряна тривога в Києві та 12 областях",
      "У Києві оголошено повітряну тривогу через загрозу балістики. О 9:40 відбій.",
      "other",
    ],
    [
      "Outage schedules in 8 oblasts tomorrow after Russian strikes on energy",
      "Ukrenergo said hourly outage schedules will apply in eight oblasts on Wednesday due to damage from Russian attacks on energy facilities.",
      "other",
    ],
    [
      "Графіки відключень світла у 8 областях через удари по енергетиці",
      "Завтра у восьми областях застосовуватимуть графіки погодинних відключень через наслідки атак на енергетичні об'єкти.",
      "other",
    ],
    [
      "Two years since the Okhmatdyt strike: Kyiv remembers the victims",
      "On July 8, 2024, a Kh-101 missile hit the Okhmatdyt children's hospital; 33 people were killed in Kyiv that day.",
      "other",
    ],
    [
      "Вшанування пам'яті жертв ракетного удару по Дніпру",
      "Два роки тому, 14 січня 2023 року, ракета Х-22 влучила в багатоповерхівку, загинули 46 людей.",
      "other",
    ],
    // Russian MoD bulletins on attacks on Russia: strike.
    [
      "ПВО уничтожила 41 беспилотник над регионами",
      "Дежурными средствами ПВО перехвачены и уничтожены 41 БПЛА самолётного типа: 20 над Брянской областью, 12 над Курской областью, 9 над Белгородской областью.",
      "strike",
    ],
    [
      "Air raid alert in Kharkiv: explosions, two injured",
      "Two people were injured when a drone hit a house.",
      "strike",
    ],
  ])("%s → %s", (title, body, want) => {
    expect(classify(article(title, body))).toBe(want);
  });

  test.each([
    ["Kyiv hosts international conference on reconstruction", "Delegations from 40 countries gathered in Kyiv."],
    ["Kyiv mayor Klitschko meets Warsaw counterpart", "The mayors discussed public transport in Kyiv."],
    ["Київ приймає міжнародний форум з енергетики", "У Києві зібралися представники 30 країн."],
  ])("an item that only mentions Kyiv has no figures: %s", (title, body) => {
    const a = article(title, body);
    expect(extractCasualties(a)).toEqual({ killed: null, injured: null, childrenKilled: null, childrenInjured: null });
    const ad = extractAirDefence(a);
    expect([ad.drones, ad.missiles, ad.period]).toEqual([
      { launched: null, downed: null },
      { launched: null, downed: null },
      null,
    ]);
  });
});

describe("classify: IMF reviews", () => {
  test("a completed IMF review that lets Ukraine draw money is aid", () => {
    const a = article(
      "IMF completes review of Ukraine program",
      "The IMF Executive Board completed the fourth review of Ukraine's Extended Fund Facility arrangement, allowing Ukraine to draw about $2.2 billion.",
    );
    expect(classify(a)).toBe("aid");
  });
});

describe("classify: Russian air-defence claims", () => {
  test.each<[string, string]>([
    [
      "Russia says it destroyed 29 Ukrainian drones overnight",
      "Debris from a downed drone caused a fire at an oil refinery in Saratov, the governor said. No one was hurt.",
    ],
    [
      "Ukrainian drones target Russian refinery",
      "Debris from a downed drone caused a fire at the refinery in Volgograd, the governor said. There were no immediate reports of casualties. Russia's defence ministry said it destroyed 29 Ukrainian drones overnight.",
    ],
  ])("%s → strike", (title, body) => {
    const a = article(title, body);
    expect(classify(a)).toBe("strike");
    expect(extractAirDefence(a).drones.downed).toBe(29);
    expect(extractCasualties(a)).toMatchObject({ killed: 0, injured: 0 });
  });
});

describe("classify: wordings from real outlets", () => {
  test.each<[string, string, string, ReportKind]>([
    // Ukrainian and Russian strike verbs.
    [
      "uk вдарили",
      "Окупанти вдарили по лікарні в Херсоні",
      "Пошкоджено приймальне відділення, повідомив голова ОВА.",
      "strike",
    ],
    ["ru ранили", "В белгородском селе дроны ранили трёх мирных жителей", "Об этом сообщил губернатор.", "strike"],
    ["ru убит", "В Шебекино убит мирный житель", "Губернатор сообщил о последствиях атаки.", "strike"],
    [
      "ru уничтожили N дронов",
      "Над Брянской областью уничтожили 12 беспилотников",
      "Об этом сообщило Минобороны.",
      "strike",
    ],
    ["uk знищено N дронів", "Над Полтавщиною знищено 9 шахедів", "Про це повідомили Повітряні сили.", "strike"],
    [
      "ru мирных жителей are civilians",
      "Дрон атаковал автобус, ранены пятеро мирных жителей",
      "Водитель госпитализирован.",
      "strike",
    ],
    [
      "uk мирні переговори",
      "Мирні переговори: Київ чекає на відповідь Москви",
      "Делегації зустрінуться знову.",
      "other",
    ],
    [
      "ru уничтожили without a weapon",
      "Таможенники уничтожили партию контрафакта",
      "Товар сожгли на полигоне.",
      "other",
    ],
    // Casualties stated without a count.
    [
      "there are casualties",
      "Russians again shelled Kherson market, there are casualties",
      "Russian troops shelled the central market of Kherson. People were hurt, the regional administration said.",
      "strike",
    ],
    ["є постраждалі", "Росіяни обстріляли Нікополь, є постраждалі", "Інформація уточнюється.", "strike"],
    ["есть погибший", "Обстрел Шебекино: есть погибший", "Подробности уточняются.", "strike"],
    // A trailing source does not turn a strike headline into a statement.
    [
      "trailing says",
      "Drone attacks cut power at the Chornobyl site, agency says",
      "The strikes damaged a substation that feeds the site.",
      "strike",
    ],
    [
      "trailing says – video",
      "Ukraine hit an oil depot in Russia's Saratov Oblast, Syrskyi says – video",
      "The depot caught fire after the drone strike.",
      "strike",
    ],
    ["leading says", "Kremlin says strikes caused casualties", "Peskov spoke to reporters in Moscow.", "other"],
    // Hypothetical attacks.
    [
      "could",
      "Strikes on the grid could leave Kharkiv without heat this winter, experts warn",
      "Russian attacks could knock out the last thermal plant, analysts say.",
      "other",
    ],
    [
      "in case of",
      "What to do in case of a missile attack on Dnipro",
      "Officials published a checklist for residents of Dnipro.",
      "other",
    ],
    ["у разі", "Що робити у разі ракетного удару по Києву", "Поради від ДСНС.", "other"],
    [
      "hypothetical with a casualty figure",
      "Strike on Sumy kills two; more attacks could follow",
      "Two people were killed.",
      "strike",
    ],
    // Retractions.
    [
      "retract",
      "Kharkiv officials retract report of missile hit on school",
      "The city council initially said a missile hit a school, but later withdrew the statement.",
      "other",
    ],
    [
      "спростувала",
      "ОВА спростувала інформацію про влучання ракети в школу",
      "Жодного влучання не було, наголосили в адміністрації.",
      "other",
    ],
    // "amid" attacks is the backdrop.
    [
      "amid: other",
      "Romania detects drone in its airspace amid Russian attack on Ukraine",
      "Romania's defence ministry said radars tracked the object for five minutes.",
      "other",
    ],
    [
      "amid: aid",
      "Denmark allocates €200 million for Ukraine's grid amid Russian strikes",
      "Denmark will provide €200 million to repair energy infrastructure.",
      "aid",
    ],
    [
      "amid: strike before amid",
      "Three killed in Kharkiv amid massive Russian attack",
      "Three people were killed when a missile hit a house.",
      "strike",
    ],
    // Aid headlines without an aid noun.
    [
      "to fund",
      "Sweden to fund 50 MW of generators for Ukraine",
      "Ukraine will receive gas turbines paid for by the Swedish government.",
      "aid",
    ],
    [
      "for Ukraine from",
      "300 Tonnes of Medical Supplies for Ukraine From Japan",
      "The cargo was sent to hospitals in frontline regions.",
      "aid",
    ],
    [
      "blocked EU funds",
      "Hungary will keep blocking EU funds for Ukraine",
      "Budapest will not lift its veto on the reimbursements, its foreign minister said.",
      "aid",
    ],
    [
      "a fund that is no donor",
      "Ukrainian fund unveils new investment deal",
      "The fund will invest in mining.",
      "other",
    ],
  ])("%s: %s → %s", (_name, title, body, want) => {
    expect(classify(article(title, body))).toBe(want);
  });
});

describe("classify: tallies, near misses and the night inside a weekly tally", () => {
  test.each<[string, string, string, ReportKind]>([
    [
      "General Staff losses",
      "Russia's war casualty toll in Ukraine rises by 1,120 in a day",
      "Russian combat losses have reached about 1.1 million personnel, including 1,120 killed or wounded over the past day.",
      "other",
    ],
    [
      "uk втрати ворога",
      "Втрати ворога за добу: ще 980 окупантів і 12 артсистем",
      "Генштаб ЗСУ оновив дані про втрати росіян.",
      "other",
    ],
    [
      "a year's civilian toll",
      "More than 9,000 civilian casualties recorded in Ukraine in 2025, UN monitors say",
      "The monitoring mission said an average of 300 civilians were killed or injured each week.",
      "other",
    ],
    [
      "ru с начала года",
      "С начала года в области погибли 40 мирных жителей",
      "Об этом сообщил губернатор на заседании.",
      "other",
    ],
    [
      "a year in a strike headline",
      "Russia's biggest attack on Kyiv in 2025 kills three civilians",
      "Russian drones and missiles hit apartment blocks in Kyiv overnight, killing three people.",
      "strike",
    ],
    [
      "a year in a strike headline is no tally when it is a date",
      "Drone strike on Sumy kills two, injures 11",
      "Russian drones hit a bus station in Sumy on the morning of 5 March 2025, killing two people.",
      "strike",
    ],
    [
      "uk near miss",
      "Мера Ізюма мало не вбив російський дрон",
      "Дрон впав за кілька метрів від автомобіля посадовця, розповів він в інтерв’ю.",
      "other",
    ],
    [
      "ru near miss",
      "Дрон ВСУ чуть не убил главу района",
      "Беспилотник упал рядом с машиной чиновника, рассказал он журналистам.",
      "other",
    ],
    [
      "a near miss with casualties is a strike",
      "Russian drone nearly killed a mayor, injuring two passers-by",
      "Two passers-by were injured when a drone struck the mayor's car in Kherson.",
      "strike",
    ],
    [
      "uk weekly tally with the night's attack",
      "Зеленський: за тиждень Росія випустила по Україні 1500 дронів і 60 ракет",
      "За тиждень ворог застосував понад 1500 ударних дронів. Цієї ночі росіяни атакували Україну 140 дронами та трьома ракетами.",
      "strike",
    ],
    [
      "en weekly tally with today's attack",
      "Russia launched 1,300 drones at Ukraine this week, Zelensky says",
      "Russia used 1,300 drones this week. Today alone, Russia attacked with 150 drones and four missiles, damaging energy sites.",
      "strike",
    ],
    [
      "uk weekly tally with the night's launch",
      "Зеленський: за тиждень Росія випустила по Україні 1400 дронів і 40 ракет",
      "За тиждень ворог застосував 1400 ударних дронів. Цієї ночі Росія випустила по нас понад 90 дронів.",
      "strike",
    ],
    [
      "en weekly tally with tonight's launch",
      "Russia used 1,100 drones against Ukraine this week, Zelensky says",
      "Russia used 1,100 drones this week. Overnight, Russia launched another 85 drones at Ukraine.",
      "strike",
    ],
    [
      "a weekly tally alone stays other",
      "Росія за тиждень випустила по Україні понад 1200 дронів",
      "Основна ціль ударів – енергетика, повідомив президент. Ми потребуємо більше ППО.",
      "other",
    ],
    [
      "en weekly tally with today's aerial-bomb attack",
      "Russia used 700 bombs and 250 drones against Ukraine this week, Zelensky says",
      "The Russian attack on Kramatorsk today involved aerial bombs. Several houses were damaged.",
      "strike",
    ],
    [
      "en seasonal tally stays other",
      "Zelensky: Russia launched 15,000 attack drones during the winter",
      "Over the three winter months, Russia used more than 12,000 guided bombs and 600 missiles.",
      "other",
    ],
    [
      "uk seasonal tally stays other",
      "Зеленський: за зиму Росія випустила по Україні 15 тисяч ударних дронів",
      "Впродовж трьох місяців ворог застосував понад 12 тисяч авіабомб.",
      "other",
    ],
    [
      "a season in a strike title without a tally is still a strike",
      "Drones attack Kherson as winter sets in, injuring two",
      "Two people were injured when drones struck a bus stop.",
      "strike",
    ],
  ])("%s: %s → %s", (_name, title, body, want) => {
    expect(classify(article(title, body))).toBe(want);
  });
});
