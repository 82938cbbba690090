import { describe, expect, test } from "vitest";
import {
  allPlaces,
  findPlaces,
  getPlace,
  getRegion,
  MAIN_CITIES,
  type MentionRole,
} from "../../src/analysis/gazetteer/index.js";

/** Role of the first mention of `name` whose text is `surface` (or of the first mention of `name`). */
function roleOf(text: string, name: string, surface?: string): MentionRole | undefined {
  return findPlaces(text).mentions.find(
    (m) => m.name === name && (surface === undefined || text.slice(m.index, m.index + m.length) === surface),
  )?.role;
}

describe("findPlaces: cities in any spelling and case form", () => {
  test.each([
    // English, with legacy and Russian-style spellings
    ["Russian missiles struck Kharkiv overnight, damaging a power substation.", ["Kharkiv"]],
    ["Explosions were heard in Kiev and Kharkov early on Tuesday.", ["Kyiv", "Kharkiv"]],
    ["A drone hit a high-rise building in Odessa, injuring four.", ["Odesa"]],
    ["The port of Nikolaev came under fire again.", ["Mykolaiv"]],
    ["Two people died when a missile hit Krivoy Rog.", ["Kryvyi Rih"]],
    ["Fighting continues on the outskirts of Artemivsk.", ["Bakhmut"]],
    ["Explosions were heard in Dnipropetrovsk and Zaporozhye.", ["Dnipro", "Zaporizhzhia"]],
    ["Shelling killed a man in Kupyansk and wounded two in Izyum.", ["Kupiansk", "Izium"]],
    ["A guided bomb hit Sievierodonetsk, held by Russia since 2022.", ["Sievierodonetsk"]],
    [
      "Ukrainian drones targeted an oil depot near Rostov-on-Don and in Novorossiysk.",
      ["Rostov-on-Don", "Novorossiysk"],
    ],
    ["A refinery in St. Petersburg and a plant in Nizhny Novgorod were hit.", ["St Petersburg", "Nizhny Novgorod"]],
    ["Two were wounded in Bila Tserkva; a fire broke out in Kryvyi Rih.", ["Bila Tserkva", "Kryvyi Rih"]],
    // Ukrainian case forms
    ["У Києві пролунали вибухи, працює ППО.", ["Kyiv"]],
    ["Ворог завдав удару по Харкову керованими авіабомбами.", ["Kharkiv"]],
    ["Окупанти обстріляли Херсон з артилерії.", ["Kherson"]],
    ["В Одесі пошкоджено портову інфраструктуру, над Одесою збито дрони.", ["Odesa"]],
    ["У Кривому Розі ракета влучила в п'ятиповерхівку.", ["Kryvyi Rih"]],
    ["Евакуація з Кривого Рогу не проводиться.", ["Kryvyi Rih"]],
    ["У Білій Церкві пошкоджено підприємство.", ["Bila Tserkva"]],
    ["У Новій Каховці знеструмлено кілька вулиць.", ["Nova Kakhovka"]],
    ["У Слов’янську та Краматорську лунали вибухи.", ["Sloviansk", "Kramatorsk"]],
    ["Бої тривають біля Часового Яру та під Бахмутом.", ["Chasiv Yar", "Bakhmut"]],
    ["У Сумах і Чернівцях пролунали вибухи.", ["Sumy", "Chernivtsi"]],
    ["В Ірпені та Умані відновили світло.", ["Irpin", "Uman"]],
    ["У Кам'янці-Подільському та Івано-Франківську пролунали вибухи.", ["Kamianets-Podilskyi", "Ivano-Frankivsk"]],
    ["У Хмельницькому пошкоджено будинки; у Запоріжжі поранено двох.", ["Khmelnytskyi", "Zaporizhzhia"]],
    ["Росіяни атакували Покровськ і Мирноград.", ["Pokrovsk", "Myrnohrad"]],
    ["Бої за Попасну тривають; у Бродах пошкоджено склад.", ["Popasna", "Brody"]],
    // Russian case forms
    ["В Харькове прогремели взрывы, сообщил мэр.", ["Kharkiv"]],
    ["Удар по Киеву нанесли баллистическими ракетами.", ["Kyiv"]],
    ["В Белгороде повреждены жилые дома, в Ростове-на-Дону горит склад.", ["Belgorod", "Rostov-on-Don"]],
    ["Беспилотники атаковали НПЗ в Туапсе и аэродром в Морозовске.", ["Tuapse", "Morozovsk"]],
    ["В Днепре и Кривом Роге прогремели взрывы.", ["Dnipro", "Kryvyi Rih"]],
    ["В Санкт-Петербурге и Орле закрыли аэропорты.", ["St Petersburg", "Oryol"]],
  ])("%s", (text, cities) => expect(findPlaces(text).cities).toEqual(cities));

  test("empty and odd input", () => {
    expect(findPlaces("")).toEqual({ cities: [], regions: [], mentions: [] });
    expect(findPlaces(undefined as unknown as string)).toEqual({ cities: [], regions: [], mentions: [] });
    expect(findPlaces("Kyiv")).toMatchObject({ cities: ["Kyiv"] });
    expect(findPlaces("’'-—Київ’").cities).toEqual(["Kyiv"]);
    expect(findPlaces("Kharkiv ".repeat(20_000)).cities).toEqual(["Kharkiv"]);
  });

  test("cities come in order of first mention, without repeats", () => {
    const text = "Odesa was hit. Kharkiv too. Then Odesa again, and Kharkiv, and Lviv.";
    expect(findPlaces(text).cities).toEqual(["Odesa", "Kharkiv", "Lviv"]);
  });

  test("mentions carry offsets into the text", () => {
    const text = "Вибухи у Кривому Розі та на Харківщині.";
    const spans = findPlaces(text).mentions.map((m) => text.slice(m.index, m.index + m.length));
    expect(spans).toEqual(["Кривому Розі", "Харківщині"]);
  });

  test.each([
    ["a first name", "Volodymyr Zelensky met the prime minister."],
    ["a lower-case common noun", "суми коштів на відновлення ще не визначено"],
    ["an unrelated word", "The minister reviewed the sums."],
    ["a metropolitan on a street sign", "на вулиці Митрополита Шептицького"],
  ])("no place in %s", (_label, text) => expect(findPlaces(text).cities).toEqual([]));
});

describe("findPlaces: regions", () => {
  test.each([
    ["Three villages in Kharkiv Oblast were shelled.", ["Kharkiv Oblast"]],
    ["Drones attacked the Kharkiv region overnight.", ["Kharkiv Oblast"]],
    ["Power was cut in parts of Kharkiv province.", ["Kharkiv Oblast"]],
    ["Kharkivska oblast is under fire again.", ["Kharkiv Oblast"]],
    ["The Kharkiv regional governor said two were hurt.", ["Kharkiv Oblast"]],
    ["Drones were downed over the Kyiv region.", ["Kyiv Oblast"]],
    ["Gas infrastructure in the Dnipro region was damaged.", ["Dnipropetrovsk Oblast"]],
    ["Shelling in Zaporizhzhia Oblast and Kherson Oblast.", ["Zaporizhzhia Oblast", "Kherson Oblast"]],
    ["Kharkiv, Sumy and Chernihiv regions were attacked.", ["Kharkiv Oblast", "Sumy Oblast", "Chernihiv Oblast"]],
    ["Russian drones targeted the Belgorod and Kursk regions, Moscow said.", ["Belgorod Oblast", "Kursk Oblast"]],
    ["A drone fell in the Moscow region.", ["Moscow Oblast"]],
    ["An oil depot in Krasnodar Krai caught fire.", ["Krasnodar Krai"]],
    ["Explosions were reported in occupied Crimea.", ["Crimea"]],
    ["Харківська область під обстрілом.", ["Kharkiv Oblast"]],
    ["Ворог атакував населені пункти Харківської області.", ["Kharkiv Oblast"]],
    ["На Харківщині через обстріли знеструмлено 20 сіл.", ["Kharkiv Oblast"]],
    ["Удар по Харківщині: є поранені.", ["Kharkiv Oblast"]],
    ["с. Борова Харківської обл. обстріляли з РСЗВ.", ["Kharkiv Oblast"]],
    ["У Харківській та Сумській областях пошкоджено лінії електропередачі.", ["Kharkiv Oblast", "Sumy Oblast"]],
    ["Голова Харківської ОВА повідомив про наслідки атаки.", ["Kharkiv Oblast"]],
    ["На Запоріжжі загинула жінка.", ["Zaporizhzhia Oblast"]],
    ["Вибухи у Криму та на Кубані.", ["Crimea", "Krasnodar Krai"]],
    ["Два беспилотника уничтожены над Республикой Крым.", ["Crimea"]],
    ["Окупанти скаржаться на вибухи в Автономній Республіці Крим.", ["Crimea"]],
    ["Харьковская область подверглась обстрелу.", ["Kharkiv Oblast"]],
    ["В Харьковской области повреждены линии электропередачи.", ["Kharkiv Oblast"]],
    ["Губернатор Белгородской области сообщил о раненых.", ["Belgorod Oblast"]],
    ["Обстрелы Харьковщины продолжаются.", ["Kharkiv Oblast"]],
    ["Беспилотник сбит над Подмосковьем и Брянской областью.", ["Moscow Oblast", "Bryansk Oblast"]],
    ["В Краснодарском крае горит нефтебаза.", ["Krasnodar Krai"]],
    ["Над Оренбуржьем сбит беспилотник.", ["Orenburg Oblast"]],
    // The oblast word said once, then an adjective alone.
    [
      "Три дрона сбили над Белгородской областью, два – над Орловской, по одному – над Тульской и Калужской.",
      ["Belgorod Oblast", "Oryol Oblast", "Tula Oblast", "Kaluga Oblast"],
    ],
    [
      "У Сумській області – два, у Харківській та Полтавській – по одному.",
      ["Sumy Oblast", "Kharkiv Oblast", "Poltava Oblast"],
    ],
    [
      "Девять дронов сбили над Тверской областью, четыре – над Орловской, по одному – в Липецкой и над Краснодарским краем.",
      ["Tver Oblast", "Oryol Oblast", "Lipetsk Oblast", "Krasnodar Krai"],
    ],
    // A count opens the next phrase after "и".
    [
      "Пять дронов сбили над Смоленской областью, три — над Псковской и два — над Тверской.",
      ["Smolensk Oblast", "Pskov Oblast", "Tver Oblast"],
    ],
    [
      "По три БПЛА сбиты в Саратовской и Самарской областях, два — в Оренбургской и по одному — в Пензенской.",
      ["Saratov Oblast", "Samara Oblast", "Orenburg Oblast"],
    ],
    // Without the oblast word said first, an adjective alone is no region.
    ["Над Псковской и 3 дрона над Тверской.", []],
    ["Над Курской областью сбит дрон, у Курской АЭС спокойно.", ["Kursk Oblast"]],
    ["Над Курской областью сбит дрон, у Белгородской и у Курской АЭС спокойно.", ["Kursk Oblast"]],
    // A list of oblasts as lines of adjectives under a heading.
    [
      "Збито 25 дронів.\nОбласті, де працювала ППО:\nВолинська\nРівненська\n• Житомирська",
      ["Volyn Oblast", "Rivne Oblast", "Zhytomyr Oblast"],
    ],
    ["Регионы, где сбиты беспилотники:\nСмоленская\nТверская", ["Smolensk Oblast", "Tver Oblast"]],
    ["Області, де працювала ППО:\nДніпропетровська\nЗапорізька", ["Dnipropetrovsk Oblast", "Zaporizhzhia Oblast"]],
    // Not under such a heading.
    ["Меню:\nКиївська\nЛьвівська", []],
    ["Області, де працювала ППО:\nВолинська влада повідомила про тривогу.", []],
    // "регион", "регіон" as the oblast word.
    ["По два беспилотника сбиты над Московским регионом и Тульской областью.", ["Moscow Oblast", "Tula Oblast"]],
    ["Дрони атакували Сумський регіон.", ["Sumy Oblast"]],
    ["Беспилотники перехвачены в Брянском и Курском регионах.", ["Bryansk Oblast", "Kursk Oblast"]],
    ["Курская область под обстрелом. Белгородской администрации это известно.", ["Kursk Oblast"]],
  ])("%s", (text, regions) => {
    const found = findPlaces(text);
    expect(found.regions).toEqual(regions);
  });

  test.each([
    ["Kharkiv Oblast", "Drones hit Kharkiv Oblast."],
    ["Kharkiv region", "Drones hit the Kharkiv region."],
    ["Харківська область", "Харківська область знову під ударом."],
    ["Харківщина", "Харківщина знову під ударом."],
  ])("%s is the region, not the city", (_label, text) => {
    const found = findPlaces(text);
    expect(found.regions).toEqual(["Kharkiv Oblast"]);
    expect(found.cities).toEqual([]);
  });

  test.each([
    ["A drone hit a house in the village of Kozacha Lopan in Kharkiv Oblast.", "Kharkiv Oblast"],
    ["Two civilians were killed in the village of Nelipivka, Donetsk region.", "Donetsk Oblast"],
    ["У селі Великі Проходи Харківської області поранено чоловіка.", "Kharkiv Oblast"],
    ["Внаслідок удару по селу Юнаківка на Сумщині загинула жінка.", "Sumy Oblast"],
    ["В селе Тёткино Курской области повреждена школа.", "Kursk Oblast"],
  ])("a village outside the gazetteer yields its oblast: %s", (text, region) => {
    const found = findPlaces(text);
    expect(found.regions).toEqual([region]);
    expect(found.cities).toEqual([]);
  });

  test.each([
    ["Уночі ворог атакував Миколаїв, повідомляє МОВА.", ["Mykolaiv"], ["Mykolaiv Oblast"]],
    ["Дрон влучив у будинок у Чорткові, повідомили в ТОВА.", ["Chortkiv"], ["Ternopil Oblast"]],
    ["У Житомирі пролунали вибухи – ЖОДА", ["Zhytomyr"], ["Zhytomyr Oblast"]],
    // The initial fits Kherson, Kharkiv and Khmelnytskyi: the town named decides.
    ["Окупанти вдарили по Бериславу, повідомила пресслужба ХОВА.", ["Beryslav"], ["Kherson Oblast"]],
    ["Під обстрілом Куп'янськ, повідомила ХОВА.", ["Kupiansk"], ["Kharkiv Oblast"]],
  ])("an oblast administration's code names its oblast: %s", (text, cities, regions) => {
    const found = findPlaces(text);
    expect(found.cities).toEqual(cities);
    expect(found.regions).toEqual(regions);
  });

  test.each([
    ["no place of that oblast is named", "Про наслідки обстрілу повідомили в ХОВА."],
    ["two oblasts with that initial are named", "Херсон і Харків під обстрілом, повідомляє ХОВА."],
    ["a code that is not an administration", "Вибухи у Херсоні, коментар АОВА."],
  ])("an administration code names no oblast when %s", (_label, text) => {
    expect(findPlaces(text).regions).toEqual([]);
    expect(findPlaces(text).mentions.every((m) => m.name !== "")).toBe(true);
  });

  test("a city and its oblast in one sentence", () => {
    const found = findPlaces("Russia shelled Nikopol and other towns of Dnipropetrovsk Oblast.");
    expect(found).toMatchObject({ cities: ["Nikopol"], regions: ["Dnipropetrovsk Oblast"] });
  });

  test("a city list and a region list side by side", () => {
    const found = findPlaces("Drones hit Kyiv and the Sumy region; Kharkiv and Poltava regions were also attacked.");
    expect(found.cities).toEqual(["Kyiv"]);
    expect(found.regions).toEqual(["Sumy Oblast", "Kharkiv Oblast", "Poltava Oblast"]);
  });
});

describe("findPlaces: context rules", () => {
  describe("a district named after another city", () => {
    test.each([
      ["A missile hit the Kyivskyi district of Kharkiv.", "Kyivskyi"],
      ["Ракета влучила в Київський район Харкова.", "Київський"],
      ["Снаряд попал в Киевский район Харькова.", "Киевский"],
    ])("%s", (text, adjective) => {
      const found = findPlaces(text);
      expect(found.cities).toEqual(["Kharkiv"]);
      expect(roleOf(text, "Kyiv", adjective)).toBe("other");
    });
  });

  describe("a capital as its government", () => {
    test.each([
      ["Kyiv said the strike targeted a hospital.", "Kyiv"],
      ["Kyiv's allies have promised more air defence.", "Kyiv"],
      ["Kyiv's Western partners met in Ramstein.", "Kyiv"],
      ["Kyiv has asked for more Patriot systems.", "Kyiv"],
      ["Kyiv has long denied the claim.", "Kyiv"],
      ["Kyiv on Monday rejected the proposal.", "Kyiv"],
      ["Moscow claims its troops took the village.", "Moscow"],
      ["Moscow denies targeting civilians.", "Moscow"],
      ["Moscow launched 90 drones and six missiles overnight.", "Moscow"],
      ["Moscow-backed officials announced the results.", "Moscow"],
      ["Pro-Moscow bloggers claimed the village was taken.", "Moscow"],
      ["The Kremlin said talks were not on the agenda.", "Moscow"],
      ["Washington urged Kyiv to hold back.", "Kyiv"],
      ["Germany pledged new aid to Kyiv.", "Kyiv"],
      ["Talks between Kyiv and Moscow stalled again.", "Kyiv"],
      ["Talks between Kyiv and Moscow stalled again.", "Moscow"],
      ["Kyiv and Washington signed a minerals deal.", "Kyiv"],
      ["Official Kyiv has not commented.", "Kyiv"],
      ["Київ заявив, що не отримував пропозицій.", "Kyiv"],
      ["Київ також наполягає на гарантіях безпеки.", "Kyiv"],
      ["Москва стверджує, що атакувала військові об'єкти.", "Moscow"],
      ["Москва не визнає цих заяв.", "Moscow"],
      ["Союзники Києва обіцяють нові пакети допомоги.", "Kyiv"],
      ["Переговори з Москвою зайшли в глухий кут.", "Moscow"],
      ["Між Києвом і Москвою немає прямого діалогу.", "Kyiv"],
      ["Кремль відкинув пропозицію про перемир'я.", "Moscow"],
      ["Киев требует вывода войск.", "Kyiv"],
      ["Москва обвинила Киев в срыве переговоров.", "Moscow"],
      ["Позиция Москвы не изменилась.", "Moscow"],
    ])("%s → %s is an actor", (text, name) => {
      expect(roleOf(text, name)).toBe("actor");
      expect(findPlaces(text).cities).not.toContain(name);
    });

    test.each([
      ["Kyiv was hit by a massive missile attack.", "Kyiv"],
      ["Kyiv has been attacked for the third night in a row.", "Kyiv"],
      ["Kyiv attacked overnight: three dead.", "Kyiv"],
      ["Moscow attacked by 40 drones, mayor says.", "Moscow"],
      ["Russia attacked Kyiv with drones.", "Kyiv"],
      ["Debris fell in three districts of Kyiv, Klitschko said.", "Kyiv"],
      ["Drones attacked Moscow, Sobyanin said.", "Moscow"],
      ["Росія атакувала Київ балістичними ракетами.", "Kyiv"],
      ["У Києві пролунали вибухи, заявив Кличко.", "Kyiv"],
      ["Атака на Москву: закрыты аэропорты.", "Moscow"],
      ["Унаслідок атаки на Київ загинули двоє.", "Kyiv"],
    ])("%s → %s is still a location", (text, name) => {
      expect(roleOf(text, name)).toBe("location");
      expect(findPlaces(text).cities).toContain(name);
    });

    test("a capital that is both actor and location", () => {
      const text = "Kyiv said Russia had launched 20 missiles at Kyiv overnight.";
      expect(findPlaces(text).mentions.map((m) => m.role)).toEqual(["actor", "location"]);
      expect(findPlaces(text).cities).toEqual(["Kyiv"]);
    });
  });

  describe("datelines", () => {
    test.each([
      ["KYIV, Nov 21 (Reuters) - Russia struck energy facilities in Odesa overnight.", ["Odesa"]],
      ["KYIV, Ukraine — Russia fired drones at Kharkiv.", ["Kharkiv"]],
      ["Київ, 21 листопада — Росія атакувала Харківщину.", []],
      ["KHARKIV (AP) — The city came under attack again.", []],
      ["Kyiv, Nov. 21 — A drone hit a house in Lviv.", ["Lviv"]],
      ["Odesa • Ukrinform\nA drone hit a warehouse in Izmail.", ["Izmail"]],
      ["Lviv · UNIAN\nTwo people were hurt in Rivne.", ["Rivne"]],
      ["LVIV, March 3.\nA drone hit a depot in Kovel.", ["Kovel"]],
      ["KURSK Russia on Friday said it downed 12 drones over Bryansk.", ["Bryansk"]],
    ])("%s", (text, cities) => {
      const found = findPlaces(text);
      expect(found.mentions[0]?.role).toBe("dateline");
      expect(found.cities).toEqual(cities);
    });

    test("a byline field between bars is a dateline", () => {
      const text =
        "Drones downed overnight\nReuters | Kyiv | Updated: 02-03-2024 09:10 IST\nAll 20 drones were shot down.";
      expect(findPlaces(text).cities).toEqual([]);
      expect(findPlaces("Reuters | Odesa | 2024\nA drone hit a port in Odesa.").cities).toEqual(["Odesa"]);
      expect(findPlaces("Fires | Kharkiv after the strike").cities).toEqual(["Kharkiv"]);
    });

    test("a dateline city mentioned again later counts", () => {
      const text = "KYIV, Nov 21 (Reuters) - Three people were killed in Kyiv and two in Odesa.";
      expect(findPlaces(text).cities).toEqual(["Kyiv", "Odesa"]);
    });

    test("a dateline at the start of a paragraph", () => {
      const text = "Russia strikes Ukraine again\nKYIV, Jan 3 (Reuters) - Air defence was active over Lviv.";
      expect(findPlaces(text).cities).toEqual(["Lviv"]);
    });

    test.each([
      "Kyiv, Kharkiv and Odesa were attacked overnight.",
      "Kharkiv: three injured in a drone attack.",
      "Kharkiv — three injured in a drone attack.",
      "Odesa • drones hit the port overnight and the fire spread to a warehouse.",
      "KHARKIV UNDER FIRE AGAIN",
    ])("not a dateline: %s", (text) => expect(findPlaces(text).cities[0]).toBeDefined());
  });

  describe("streets, companies, media and clubs", () => {
    test.each([
      ["A shell hit a shop on Kharkivske Highway in Kyiv.", "Kharkiv", "street"],
      ["Debris fell on Kyivska Street in Poltava.", "Kyiv", "street"],
      ["Уламки впали на вулиці Київській у Полтаві.", "Kyiv", "street"],
      ["Пошкоджено будинок на вулиці Київська.", "Kyiv", "street"],
      ["Снаряд влучив у будинок на вул. Харківській.", "Kharkiv", "street"],
      ["Обломки упали на улице Киевской.", "Kyiv", "street"],
      ["Дрон атаковал автомобиль на трассе Льгов — Курчатов.", "Lgov", "street"],
      ["Дрон атаковал автомобиль на трассе Льгов — Курчатов.", "Kurchatov", "street"],
      ["FPV-дрон уразив автобус на трасі Суми – Путивль.", "Putyvl", "street"],
      ["На автодорозі Херсон – Миколаїв обстріляли авто.", "Kherson", "street"],
      ["Traffic was stopped on the Moscow Avenue bridge.", "Moscow", "street"],
      ["Kyivstar restored mobile service.", "Kyiv", "other"],
      ["The Odesa Film Studio was damaged.", "Odesa", "other"],
      ["The Kyiv Independent reported the attack.", "Kyiv", "other"],
      ["The attack began at 3 a.m. Moscow time.", "Moscow", "other"],
      ["Dynamo Kyiv postponed its match.", "Kyiv", "other"],
      ["The Zaporizhzhia nuclear power plant lost external power.", "Zaporizhzhia", "other"],
      ["A Kharkiv-based volunteer group delivered the drones.", "Kharkiv", "other"],
      ["Київська влада закликала економити світло.", "Kyiv", "other"],
      ["The Kyiv Security Forum opened on Monday.", "Kyiv", "other"],
      ["The Kursk incursion began in August 2024.", "Kursk", "other"],
      ["Суми коштів на відновлення ще уточнюються.", "Sumy", "other"],
      ["Drones hit a bus on the Kharkiv-Kyiv highway.", "Kyiv", "street"],
      ["Курская АЭС работает в штатном режиме.", "Kursk", "other"],
      ["У Києві на вулиці Богдана Хмельницького пошкоджено авто.", "Khmelnytskyi", "other"],
    ])("%s → %s is %s", (text, name, role) => {
      expect(roleOf(text, name)).toBe(role);
      expect(findPlaces(text).cities).not.toContain(name);
    });

    test("a road near a town is not a road named after it", () =>
      expect(findPlaces("Дрон атаковал автомобиль на трассе под Льговом.").cities).toEqual(["Lgov"]));

    test("the street does not hide the city it is in", () => {
      expect(findPlaces("Debris fell on Kyivska Street in Poltava.").cities).toEqual(["Poltava"]);
    });
  });

  describe("the Dnipro river", () => {
    test.each([
      "Russian troops shelled Kherson from across the Dnipro River.",
      "Russian forces hold the left bank of the Dnipro.",
      "Ukrainian marines crossed the Dnipro near Krynky.",
      "Росіяни обстрілюють правий берег Дніпра.",
      "Річка Дніпро біля Херсона вийшла з берегів.",
      "Переправа через Дніпро знищена.",
      "Россияне удерживают острова на реке Днепр.",
      "Дрон уразив човен на узбережжі Дніпра біля Никополя.",
      "На побережье Днепра обстреляли рыбаков.",
      "Drones patrol the Dnipro coastline at night.",
    ])("%s", (text) => {
      expect(roleOf(text, "Dnipro")).toBe("other");
      expect(findPlaces(text).cities).not.toContain("Dnipro");
    });

    test.each([
      "A missile hit a residential building in Dnipro.",
      "Dnipro was attacked by drones overnight.",
      "У Дніпрі ракета влучила в багатоповерхівку.",
      "В Днепре прогремели взрывы.",
      "Ракета влучила в Дніпро, а уламки впали на узбережжі біля порту.",
    ])("the city: %s", (text) => expect(findPlaces(text).cities).toEqual(["Dnipro"]));
  });
});

describe("findPlaces: launch sites, districts, settlements, airports", () => {
  test("Подільський район is also Kyiv's district: no oblast from it alone", () => {
    expect(findPlaces("Ракета влучила в будинок у Подільському районі.")).toMatchObject({ regions: [] });
    expect(findPlaces("У Вознесенському районі пошкоджено будинок.")).toMatchObject({ regions: ["Mykolaiv Oblast"] });
  });

  test("a possessive city with its mayor stays the city", () => {
    expect(findPlaces("Poltava's mayor said a drone hit Poltava.")).toMatchObject({ cities: ["Poltava"], regions: [] });
  });

  test.each([
    ["The drones were launched from Russia's Kursk and Oryol regions and from occupied Crimea.", [], []],
    ["Russia launched the drones from the directions of Kursk, Oryol and Millerovo.", [], []],
    ["Tu-95 bombers took off from Engels and fired cruise missiles at Lviv.", ["Lviv"], []],
    ["Drones launched from the Kursk region hit Sumy and Kharkiv.", ["Sumy", "Kharkiv"], []],
    ["Ворог атакував Україну дронами з напрямків Курськ, Брянськ, Міллерово.", [], []],
    ["Ракети запустили з Брянської області по Чернігову.", ["Chernihiv"], []],
    ["Ракеты были запущены из Курской области по Сумам.", ["Sumy"], []],
    // The Air Force's list of launch areas.
    ["Russia attacked with 30 Shaheds (launch areas: Millerovo and Bryansk); debris fell in Poltava.", ["Poltava"], []],
    ["Ворог випустив 25 дронів (райони пусків – Курськ, Орел), уражено Миколаїв.", ["Mykolaiv"], []],
    ["Районы пуска: Брянская и Курская области. Обломки упали в Харькове.", ["Kharkiv"], []],
    ["The launch site in Engels was hit by drones.", ["Engels"], []],
    // Drones that flew from somewhere.
    ["Дрони летіли з Брянської області, уламки впали у Сумах.", ["Sumy"], []],
    ["Беспилотники летели из Курской области на Воронеж.", ["Voronezh"], []],
    ["Ракети запустили з Курської області, внаслідок атаки постраждав Конотоп.", ["Konotop"], []],
    ["Дрони летіли над Черніговом.", ["Chernihiv"], []],
    // "from" without a launch: the town is where it happened.
    ["Evacuation from Pokrovsk continues under fire.", ["Pokrovsk"], []],
  ])("%s", (text, cities, regions) => {
    expect(findPlaces(text)).toMatchObject({ cities, regions });
  });

  test.each([
    ["In the Brovary district, a private house caught fire.", "Kyiv Oblast"],
    ["Port facilities were hit in the Izmail district of Odesa Oblast.", "Odesa Oblast"],
    ["Унаслідок обстрілу Нікопольського району поранено жінку.", "Dnipropetrovsk Oblast"],
    ["На Нікопольщині пошкоджено лінію електропередачі.", "Dnipropetrovsk Oblast"],
    ["Обстріл Покровської громади не вщухає.", "Donetsk Oblast"],
    ["Війська РФ завдали удару по Харківському району.", "Kharkiv Oblast"],
    ["Обломки упали в Раменском округе.", "Moscow Oblast"],
    ["В Шебекинском округе пострадал водитель.", "Belgorod Oblast"],
    ["У селищі Білий Колодязь Вовчанської громади поранено чоловіка.", "Kharkiv Oblast"],
    ["Ворог обстріляв 21 населений пункт у Харківському, Куп'янському та Чугуївському районах.", "Kharkiv Oblast"],
    ["Shelling hit the Kupiansk and Izium districts overnight.", "Kharkiv Oblast"],
    ["09:40 Kupiansk district, Kupiansk community: a car was damaged.", "Kharkiv Oblast"],
    ["The head of the Kharkiv OVA said a warehouse burned.", "Kharkiv Oblast"],
    ["The head of the Mykolaiv RMA said a warehouse burned.", "Mykolaiv Oblast"],
    ["Sumy's regional governor said a warehouse burned.", "Sumy Oblast"],
    ["Poltava's governor reported a fire at a warehouse.", "Poltava Oblast"],
  ])("a raion counts for its oblast: %s", (text, region) => {
    expect(findPlaces(text)).toMatchObject({ cities: [], regions: [region] });
  });

  test.each([
    "У Київському районі Харкова пошкоджено будинок.",
    "A shell hit a school in the Kyivskyi district of Kharkiv.",
    "У Покровському районі міста влучила ракета.",
    "На Покровському напрямку тривають бої.",
  ])("a city district or a front sector is not a raion: %s", (text) => {
    expect(findPlaces(text).regions).toEqual([]);
  });

  test.each([
    ["A drone dropped explosives in the settlement of Bilozerka in Kherson Oblast.", "Kherson Oblast"],
    ["Смт Велика Новосілка обстріляли з артилерії.", "Donetsk Oblast"],
    ["В поселке Суджа повреждены дома.", "Kursk Oblast"],
  ])("a town called a settlement counts for its oblast: %s", (text, region) => {
    expect(findPlaces(text)).toMatchObject({ cities: [], regions: [region] });
  });

  test("an airport named after a town is not the town", () => {
    const text = "В аэропортах Внуково и Домодедово вводились ограничения, Москва атакована.";
    expect(roleOf(text, "Domodedovo")).toBe("other");
  });

  test.each([
    ["Kyiv cannot wait any longer, one senator said.", "actor"],
    ["Russian strikes cut gas output, forcing Kyiv to import more.", "actor"],
    ["Kyiv to receive more F-16s this year.", "actor"],
    ["В Киеве назвали решение Будапешта ударом по единству Европы.", "actor"],
    ["У Києві заявили, що не отримували пропозицій.", "actor"],
    ["Будапешт вимагає гарантій, що фонд не підуть на озброєння Києва.", "actor"],
    ["Kyiv could see blackouts this winter.", "location"],
    ["У Києві лунали вибухи.", "location"],
  ])("%s → Kyiv is %s", (text, role) => expect(roleOf(text, "Kyiv")).toBe(role));

  test("a Ukrainian agency dateline", () => {
    const text = "КИЇВ. 21 листопада. УНН. Унаслідок атаки на Київщину загинули троє.";
    expect(findPlaces(text)).toMatchObject({ cities: [], regions: ["Kyiv Oblast"] });
    expect(roleOf(text, "Kyiv")).toBe("dateline");
  });
});

describe("public helpers", () => {
  test("getPlace and getRegion by canonical name", () => {
    expect(getPlace("Kharkiv")).toMatchObject({ country: "UA", region: "Kharkiv Oblast", uk: "Харків" });
    expect(getPlace("kharkiv")?.name).toBe("Kharkiv");
    expect(getPlace("Kharkov")).toBeUndefined();
    expect(getRegion("Kharkiv Oblast")).toEqual({
      name: "Kharkiv Oblast",
      country: "UA",
      centre: "Kharkiv",
      uk: "Харківська область",
    });
    expect(getRegion("Kyiv")?.centre).toBe("Kyiv");
    expect(getRegion("Belgorod Oblast")?.country).toBe("RU");
    expect(getRegion("Atlantis")).toBeUndefined();
  });

  test("MAIN_CITIES are Ukrainian places of the gazetteer", () => {
    expect(MAIN_CITIES.length).toBeGreaterThanOrEqual(10);
    for (const name of MAIN_CITIES) expect(getPlace(name)?.country, name).toBe("UA");
  });

  test("allPlaces lists every place once", () => {
    const names = allPlaces().map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(expect.arrayContaining(["Kyiv", "Pokrovsk", "Sevastopol", "Belgorod"]));
  });
});
