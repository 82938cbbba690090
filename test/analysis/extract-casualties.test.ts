import { describe, expect, test } from "vitest";
import { extractCasualties } from "../../src/analysis/extract/index.js";
import { toArticleText } from "../../src/analysis/text.js";
import type { CasualtyFigures } from "../../src/analysis/types.js";

const article = (title: string, body: string) => toArticleText({ title, content: body });
type Want = Partial<CasualtyFigures>;

function check(title: string, body: string, want: Want): void {
  const got = extractCasualties(article(title, body));
  expect({ ...got }).toMatchObject(want);
}

describe("extractCasualties: English", () => {
  test.each<[string, string, string, Want]>([
    [
      "overnight attack on Kharkiv",
      "Russian drones hit Kharkiv overnight",
      "<p>At least 22 people were injured, including three children, when Russian drones struck two districts of Kharkiv overnight, mayor Ihor Terekhov said.</p><p>The Air Force said it destroyed 21 of the 49 attack drones launched at Ukraine.</p>",
      { killed: null, injured: 22, childrenInjured: 3 },
    ],
    [
      "Kyiv strike, at least five killed",
      "Russian missile strike on Kyiv kills at least five",
      "<p>At least five people were killed and 14 wounded in a Russian missile strike on Kyiv on Tuesday morning, the city administration said.</p>",
      { killed: 5, injured: 14 },
    ],
    [
      "killing X and injuring Y",
      "Strike on Sumy",
      "A Russian glide bomb hit Sumy, killing three and injuring 17 others.",
      { killed: 3, injured: 17 },
    ],
    [
      "X dead, Y wounded",
      "Odesa port attack: 4 dead, 9 wounded",
      "Russia hit the port of Odesa with missiles.",
      { killed: 4, injured: 9 },
    ],
    [
      "death toll rose to",
      "Death toll in Dnipro strike rises",
      "The death toll from Friday's missile strike on an apartment block in Dnipro has risen to 23, officials said. Initially four people were reported dead.",
      { killed: 23 },
    ],
    [
      "a woman was killed",
      "Kherson shelling",
      "A 64-year-old woman was killed and two men were wounded when Russian artillery shelled Kherson.",
      { killed: 1, injured: 2 },
    ],
    [
      "bodies recovered",
      "Rescue operation ends",
      "Rescuers recovered the bodies of 12 people from the rubble of the collapsed building in Kryvyi Rih.",
      { killed: 12 },
    ],
    [
      "hospitalised",
      "Drone hits bus",
      "Seven passengers were hospitalised after a drone hit a bus in Kherson.",
      { injured: 7 },
    ],
    [
      "sum over places",
      "Russian attacks across southern Ukraine",
      "<p>In Kharkiv, two people were killed when a drone hit a house.</p><p>In Zaporizhzhia, one person died and four were injured.</p>",
      { killed: 3, injured: 4 },
    ],
    [
      "separate place added to a local figure",
      "Belgorod drone attack injures three",
      "Three people were injured when a drone hit a car park in Belgorod, the governor said. Separately, a drone hit a lorry in the Shebekino district, wounding the driver.",
      { injured: 4 },
    ],
    [
      "a lead total is not doubled by its parts",
      "Russian strikes kill three across Ukraine",
      "Russian strikes killed three civilians across Ukraine over the past day. In Kharkiv, two people died. In Nikopol, a man was killed by artillery fire.",
      { killed: 3 },
    ],
    [
      "an oblast total and its towns' breakdown are not added",
      "Russian attacks kill 2, injure 6 in Zaporizhzhia Oblast",
      "Russian attacks on Zaporizhzhia Oblast over the past day killed two people and injured six, Governor Ivan Fedorov said. In Zaporizhzhia, one person was killed and four were injured. In Vasylivka, a man was killed and two women were wounded.",
      { killed: 2, injured: 6 },
    ],
    [
      "separate oblasts add up",
      "Russian strikes across Ukraine",
      "In Odesa Oblast, three people were injured when drones hit a port. In Sumy, two people were killed. Four people were injured in Poltava Oblast, the governor said.",
      { killed: 2, injured: 7 },
    ],
    [
      "several single victims in one sentence",
      "Drone hits minibus in Kherson",
      "A 62-year-old woman sustained shrapnel wounds, and a 40-year-old man suffered a concussion. Another passenger was treated for shock.",
      { injured: 2 },
    ],
    [
      "an earlier date later in the text is an earlier attack",
      "Drones hit energy facility in Chernihiv Oblast",
      "Russian drones struck an energy facility in Chernihiv Oblast overnight on Dec. 15. There are no casualties, the governor said. On Dec. 10, a drone attack on the city of Chernihiv injured five people.",
      { killed: 0, injured: 0 },
    ],
    [
      "a recalled earlier attack does not count",
      "Missile strike on Chernihiv",
      "Two people were killed in a missile strike on Chernihiv. In October, a similar strike on the city killed 12 people. Last month, 30 people were injured in a drone attack.",
      { killed: 2, injured: null },
    ],
    [
      "a background paragraph does not count",
      "Drone strike on Kherson injures two",
      "<p>Two people were injured when a drone hit a bus stop in Kherson.</p><p>Background: Russian shelling of the city killed 14 people last week. Another 40 were injured in the attacks.</p>",
      { killed: null, injured: 2 },
    ],
    [
      "earlier figures are replaced by the latest",
      "Toll rises in Zaporizhzhia",
      "At least 31 people were injured. Officials had earlier reported 18 injured.",
      { injured: 31 },
    ],
    [
      "no casualties",
      "Drone attack on Odesa",
      "Debris damaged a warehouse. No casualties were reported, the regional governor said.",
      { killed: 0, injured: 0 },
    ],
    ["no one was hurt", "Drones over Lviv", "A drone hit an empty school; no one was hurt.", { killed: 0, injured: 0 }],
    [
      "local 'no one was hurt' does not zero the other field",
      "Drone debris injures two near Kyiv",
      "Debris injured two people in Bila Tserkva. In the Brovary district, a house caught fire; no one was hurt there.",
      { killed: null, injured: 2 },
    ],
    [
      "casualties being clarified",
      "Explosions in Dnipro",
      "Explosions were heard in Dnipro. Information on casualties is being clarified.",
      { killed: null, injured: null },
    ],
    ["dozens", "Massive attack on Kyiv", "Dozens of people were injured, officials said.", { injured: null }],
    [
      "shock-only victims are not injured",
      "Drone attack on Poltava",
      "Three people were treated for shock after a drone hit a car park in Poltava. No one was injured.",
      { killed: 0, injured: 0 },
    ],
    [
      "military losses are not civilian casualties",
      "General Staff: Russia lost 1,200 soldiers",
      "Russia lost 1,210 soldiers killed and wounded over the past day, the General Staff said.",
      { killed: null, injured: null },
    ],
    [
      "'no one' is not one",
      "Drone falls in field",
      "The drone fell in a field near Vinnytsia. No one was killed.",
      { killed: 0, injured: null },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("extractCasualties: Ukrainian", () => {
  test.each<[string, string, string, Want]>([
    [
      "п’ятеро загиблих, серед них двоє дітей",
      "Удар по Харкову: п’ятеро загиблих, серед них двоє дітей",
      "Унаслідок удару дронів по житловому будинку в Харкові загинули п’ятеро людей, серед них двоє дітей. Ще 19 людей дістали поранення, зокрема четверо дітей.",
      { killed: 5, injured: 19, childrenKilled: 2, childrenInjured: 4 },
    ],
    [
      "постраждалі = injured",
      "Атака на Запоріжжя",
      "Росіяни атакували Запоріжжя керованими авіабомбами. Постраждали щонайменше 14 осіб, загинули троє.",
      { killed: 3, injured: 14 },
    ],
    [
      "a «Нагадаємо» paragraph is a recap",
      "Удар по Сумах",
      "<p>Унаслідок удару дрона поранено трьох людей.</p><p>Нагадаємо, минулого тижня росіяни вдарили по місту балістикою. Тоді загинули 11 людей.</p>",
      { killed: null, injured: 3 },
    ],
    [
      "people counted by their ages",
      "Обстріл Нікополя",
      "У Нікополі загинув 71-річний чоловік. Поранені жінки 45 і 63 років.",
      { killed: 1, injured: 2 },
    ],
    [
      "«ще одна» adds to the figure",
      "Удар по Сумах",
      "Унаслідок удару по Сумах поранено трьох людей. Ще одна жінка дістала поранення в Охтирському районі.",
      { injured: 4 },
    ],
    [
      "cumulative war totals are not this attack's",
      "Донеччина: за добу поранили 6 цивільних",
      "За добу росіяни поранили 6 жителів Донеччини. Від початку повномасштабного вторгнення в області загинули понад 3 000 цивільних.",
      { killed: null, injured: 6 },
    ],
    [
      "кількість зросла до",
      "Дніпро",
      "Кількість загиблих унаслідок ракетного удару по Дніпру зросла до 9. Раніше повідомлялося про шістьох загиблих.",
      { killed: 9 },
    ],
    [
      "жінка загинула",
      "Херсон",
      "Унаслідок обстрілу Херсона загинула 72-річна жінка, поранено чоловіка.",
      { killed: 1, injured: 1 },
    ],
    [
      "shock excluded",
      "Удар по Сумах",
      "Постраждали дев’ятеро людей: шестеро дістали поранення, у трьох — гостра реакція на стрес.",
      { injured: 6 },
    ],
    [
      "shock only",
      "Вибухи в Черкасах",
      "У двох жінок гостра реакція на стрес, їм надали допомогу на місці.",
      { killed: null, injured: null },
    ],
    [
      "без постраждалих",
      "Атака на Одещину",
      "Уламки пошкодили склад. Обійшлося без постраждалих.",
      { killed: 0, injured: 0 },
    ],
    [
      "уточнюється",
      "Вибухи у Львові",
      "У Львові пролунали вибухи. Інформація про постраждалих уточнюється.",
      { killed: null, injured: null },
    ],
    [
      "окупантів не рахуємо",
      "Генштаб: втрати ворога",
      "За минулу добу ліквідовано 1 200 окупантів, повідомив Генштаб.",
      { killed: null, injured: null },
    ],
    [
      "houses that 'постраждали' are not people",
      "Обстріл Нікополя",
      "Унаслідок обстрілу постраждали 4 приватні будинки та газопровід.",
      { injured: null },
    ],
    ["dates are not counts", "Одеса", "Внаслідок атаки загинули 18 серпня троє людей.", { killed: null }],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("extractCasualties: Russian", () => {
  test.each<[string, string, string, Want]>([
    [
      "погибли, ранены, среди раненых дети",
      "Удар по Харькову",
      "В результате удара погибли двое, ещё 15 человек получили ранения. Среди раненых трое детей.",
      { killed: 2, injured: 15, childrenInjured: 3 },
    ],
    [
      "обошлось без жертв",
      "Атака на Белгород",
      "Беспилотник упал на территории предприятия. Обошлось без жертв.",
      { killed: 0, injured: 0 },
    ],
    [
      "по меньшей мере",
      "Удар по Одессе",
      "По меньшей мере четыре человека погибли, пострадали 11 человек.",
      { killed: 4, injured: 11 },
    ],
    [
      "per-city sums in one sentence",
      "Удары по югу Украины",
      "В Одессе погиб мужчина, в Николаеве погибла женщина и ранены трое. В Херсоне ранен подросток.",
      { killed: 2, injured: 4, childrenInjured: 1 },
    ],
    [
      "пострадавших нет",
      "ПВО над Курском",
      "Обломки беспилотника упали во двор частного дома. Пострадавших и серьёзных разрушений нет.",
      { killed: 0, injured: 0 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("extractCasualties: recalled tolls, single victims, concussions", () => {
  test.each<[string, string, string, Want]>([
    [
      "an earlier toll after the latest does not win",
      "Strike on Dnipro",
      "<p>Four people were killed and 10 injured in a Russian missile strike on Dnipro, the governor said.</p><p>Earlier, officials had reported 3 dead and 12 injured.</p>",
      { killed: 4, injured: 10 },
    ],
    [
      "initially reported",
      "Strike on Odesa",
      "<p>Five people were killed and 9 injured in Odesa. Officials had initially reported 2 dead and 14 injured in the Kyivskyi district.</p>",
      { killed: 5, injured: 9 },
    ],
    [
      "спочатку повідомлялося",
      "Удар по Тернополю",
      "<p>Загинули 7 людей, 30 поранені. Спочатку повідомлялося про 3 загиблих і 32 поранених.</p>",
      { killed: 7, injured: 30 },
    ],
    [
      "ранее сообщалось",
      "Удар по Тернополю",
      "<p>Погибли 7 человек, 30 ранены. Ранее сообщалось о трех погибших и 32 раненых.</p>",
      { killed: 7, injured: 30 },
    ],
    [
      "killing him",
      "Drone kills cyclist in Kherson",
      "<p>A Russian drone dropped explosives on a man riding a bicycle in Kherson's Dniprovskyi district, killing him, the regional administration said.</p>",
      { killed: 1, injured: null },
    ],
    [
      "поранено її працівника",
      "Дрон атакував авто в Херсоні",
      "<p>Російський дрон атакував службовий автомобіль комунального підприємства у Херсоні, поранено її працівника.</p>",
      { killed: null, injured: 1 },
    ],
    [
      "ранен мужчина with a birth year",
      "Обстрел Донецка",
      "<p>В результате обстрела ранен мужчина 1970 года рождения.</p>",
      { killed: null, injured: 1 },
    ],
    [
      "ще двоє людей дістали поранень",
      "Обстріл Херсона",
      "<p>Внаслідок обстрілу загинув чоловік, ще двоє людей дістали поранень.</p>",
      { killed: 1, injured: 2 },
    ],
    ["отримав контузію", "Обстріл Сум", "<p>Унаслідок удару 42-річний чоловік отримав контузію.</p>", { injured: 1 }],
    ["получил контузию", "Обстрел Горловки", "<p>В результате обстрела мужчина получил контузию.</p>", { injured: 1 }],
    ["contused", "Shelling of Nikopol", "<p>A 50-year-old man was contused, the governor said.</p>", { injured: 1 }],
    [
      "suffered a concussion",
      "Shelling of Nikopol",
      "<p>A woman suffered a concussion and was taken to hospital.</p>",
      { injured: 1 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("extractCasualties: people without a count, oblique counts, transfers", () => {
  test.each<[string, string, string, Want]>([
    [
      "є загиблий",
      "Атака на Суми, є загиблий",
      "<p>Російський дрон атакував Суми вночі.</p>",
      { killed: 1, injured: null },
    ],
    ["є поранений", "Обстріл Конотопа", "<p>У Конотопі пошкоджено приватний будинок. Є поранений.</p>", { injured: 1 }],
    ["є постраждалі: count unknown", "Удар по Сумах", "<p>Внаслідок удару є постраждалі.</p>", { injured: null }],
    ["есть погибший", "Удар по Горловке", "<p>В результате удара есть погибший.</p>", { killed: 1 }],
    ["1 людина дістала поранення", "Нікополь", "<p>Унаслідок обстрілу 1 людина дістала поранення.</p>", { injured: 1 }],
    [
      "призвів до поранень N осіб",
      "Удар по Краматорську",
      "<p>Удар КАБом призвів до поранень 23 осіб.</p>",
      { injured: 23 },
    ],
    ["привела к ранению", "Атака на Сумы", "<p>Атака дронов привела к ранению пяти человек.</p>", { injured: 5 }],
    [
      "поранень зазнав цивільний",
      "Берислав",
      "<p>Унаслідок обстрілу Берислава поранень зазнав цивільний.</p>",
      { injured: 1 },
    ],
    [
      "ранение получил пожилой мужчина",
      "Обстрел Шебекино",
      "<p>Также при обстреле тяжелое ранение получил пожилой мужчина.</p>",
      { injured: 1 },
    ],
    [
      "an aged noun the lists do not name",
      "Обстріл Сум",
      "<p>Через ворожий удар 61-річний сумчанин дістав осколкове поранення.</p>",
      { injured: 1 },
    ],
    [
      "дістала вибухову травму",
      "Обстріл Херсона",
      "<p>Унаслідок обстрілу місцева мешканка дістала вибухову травму.</p>",
      { injured: 1 },
    ],
    ["a damaged school is no person", "Обстріл Сум", "<p>Постраждала місцева школа.</p>", { injured: null }],
    ["a count is not one person", "Обстрел Горловки", "<p>Ранены два мужчины.</p>", { injured: 2 }],
    [
      "«…, що ще один … також» adds one",
      "Удар по Сумах",
      "<p>Унаслідок удару по Сумах поранено двох людей. Згодом стало відомо, що ще один 30-річний чоловік також дістав поранення.</p>",
      { injured: 3 },
    ],
    ["two nouns, verb first", "Обстріл Оріхова", "<p>Внаслідок удару загинули чоловік і жінка.</p>", { killed: 2 }],
    ["two nouns, verb after", "Обстрел Горловки", "<p>Мужчина и женщина погибли при обстреле.</p>", { killed: 2 }],
    ["a man and a woman", "Strike on Sumy", "<p>A man and a woman were killed in the strike.</p>", { killed: 2 }],
    [
      "killing a man and his wife",
      "Drone strike on a car",
      "<p>The drone hit a car near Kherson, killing an elderly man and his wife.</p>",
      { killed: 2 },
    ],
    [
      "two nouns of two fields are not a pair",
      "Обстріл Нікополя",
      "<p>Загинув чоловік, жінка поранена.</p>",
      { killed: 1, injured: 1 },
    ],
    ["ages before the noun", "Обстріл Марганця", "<p>Поранені 45-річна та 70-річна жінки.</p>", { injured: 2 }],
    [
      "one of the injured died",
      "Обстріл Оріхова",
      "<p>Поранено двох чоловіків. Згодом один із поранених помер у лікарні.</p>",
      { killed: 1, injured: 1 },
    ],
    [
      "one of them later died",
      "Strike on Kupiansk",
      "<p>Three men were wounded in the strike. One of them later died in hospital.</p>",
      { killed: 1, injured: 2 },
    ],
    [
      "an injured figure after the death is already current",
      "Обстріл Оріхова",
      "<p>Один із поранених помер у лікарні, ще 4 людини поранені.</p>",
      { killed: 1, injured: 4 },
    ],
    [
      "a death without «one of» moves no one",
      "Обстріл Оріхова",
      "<p>Поранено трьох людей. Також загинув чоловік.</p>",
      { killed: 1, injured: 3 },
    ],
    [
      "«убитыми и ранеными» are military losses",
      "Обстрел Рыльска",
      "<p>Мирный житель погиб при обстреле. По данным Минобороны, ВСУ потеряли за сутки 280 человек убитыми и ранеными.</p>",
      { killed: 1, injured: null },
    ],
    [
      "люди не постраждали",
      "Атака на Вінницю",
      "<p>Уламки пошкодили дах складу. Люди не постраждали.</p>",
      { killed: 0, injured: 0 },
    ],
    [
      "«інші мешканці не постраждали» is not a denial",
      "Атака на Вінницю",
      "<p>Троє людей постраждали, інші мешканці не постраждали.</p>",
      { injured: 3 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("burns and 'unhurt' words reach the casualty rules", () => {
  test("a person with burns is injured", () => {
    check(
      "Дрон влучив у склад у Сумах",
      "<p>Уночі російський дрон влучив у складське приміщення в Сумах. Його охоронець отримав опіки рук.</p>",
      { killed: null, injured: 1 },
    );
    check(
      "Беспилотник атаковал гараж в Белгороде",
      "<p>Утром беспилотник ударил по гаражу. Его владелец получил ожоги лица и доставлен в больницу.</p>",
      { killed: null, injured: 1 },
    );
  });
  test("people unhurt after the strike means no casualties; unhurt others do not cancel a death", () => {
    check(
      "Уламки дрона впали у дворі в Житомирі",
      "<p>Уламки збитого дрона впали у дворі багатоповерхівки. Люди неушкоджені, пошкоджено два автомобілі.</p>",
      { killed: 0, injured: 0 },
    );
    check(
      "Обломки дрона упали во дворе в Курске",
      "<p>Обломки сбитого беспилотника упали во дворе. Жители невредимы.</p>",
      { killed: 0, injured: 0 },
    );
    check(
      "Дрон вдарив по будинку в Херсоні",
      "<p>Дрон вдарив по приватному будинку, загинула жінка. Інші мешканці неушкоджені.</p>",
      // As "інші мешканці не постраждали": about the others only, no denial for the item.
      { killed: 1, injured: null },
    );
  });
});

describe("'another person was injured', civilians unhurt", () => {
  test("'another' names one more person", () => {
    check(
      "Shelling of Nikopol",
      "<p>In Nikopol, a man was killed by artillery fire, while another woman was wounded and taken to hospital.</p>",
      { killed: 1, injured: 1 },
    );
    check("Drone attack on Kherson", "<p>Another person was injured in the attack on Kherson.</p>", { injured: 1 });
    // "another" before an attack or a building names no person.
    check("Drone attack on Kherson", "<p>Another drone hit a garage. Two residents were injured.</p>", {
      killed: null,
      injured: 2,
    });
  });
  test("the title's total already holds 'another' person", () => {
    check(
      "Four wounded as drones strike Bryansk Region",
      "<p>Three people were wounded in the town of Klintsy, the governor said.</p><p>Another resident was injured in the village of Lomakovka in the Klimovo district.</p>",
      { injured: 4 },
    );
  });
  test("the civilian population unhurt is a denial", () => {
    check(
      "Обломки беспилотника упали в Курске",
      "<p>Повреждены крыша склада и два автомобиля. Мирное население не пострадало.</p>",
      { killed: 0, injured: 0 },
    );
    check("Уламки впали на Сумщині", "<p>Пошкоджено паркан. Цивільне населення не постраждало.</p>", {
      killed: 0,
      injured: 0,
    });
    check("Обстрел Шебекино", "<p>Погиб мужчина, остальное мирное население не пострадало.</p>", { killed: 1 });
  });
});

describe("extractCasualties: an earlier report of the same attack", () => {
  test("'Раніше <source> повідомляв' keeps its figures; the highest stands", () => {
    check(
      "У Херсоні вже 9 поранених",
      "<p>Кількість поранених у Херсоні зросла до 9 людей.</p><p>Раніше Прокудін повідомляв про одного загиблого та п'ятьох поранених.</p>",
      { killed: 1, injured: 9 },
    );
    check(
      "Удар по Одесі",
      "<p>ДСНС повідомляє про 3 загиблих.</p><p>Раніше мер міста Геннадій Труханов повідомив, що загинули щонайменше четверо людей.</p>",
      { killed: 4 },
    );
    check("Удар по Курску", "<p>Ранее губернатор сообщил о двух погибших.</p><p>Повреждены три дома.</p>", {
      killed: 2,
    });
  });
  test("no source, another week, or a pluperfect stay earlier news", () => {
    check("Удар по Одесі", "<p>Пошкоджено склад.</p><p>Раніше повідомлялося про двох загиблих.</p>", {
      killed: null,
    });
    check(
      "Удар по Одесі",
      "<p>Пошкоджено склад.</p><p>Раніше голова ОВА повідомив, що минулого тижня загинули 6 людей.</p>",
      { killed: null },
    );
    check(
      "Strike on Sumy",
      "<p>Two people were injured in Sumy.</p><p>Earlier, officials had reported five injured.</p>",
      { injured: 2 },
    );
  });
});

// The rules are found with one word scan per script; a text in both scripts reads both in order.
describe("extractCasualties: text in two scripts", () => {
  test.each<[string, string, string, Want]>([
    [
      "children named in Ukrainian after an English figure",
      "Strike on Kharkiv",
      "Five people were injured in Kharkiv, including two children. Серед поранених двоє дітей, повідомив Синєгубов.",
      { killed: null, injured: 5, childrenInjured: 2 },
    ],
    [
      "a child named in English after a Ukrainian figure",
      "Удар по Сумах",
      "Унаслідок удару поранено чоловіка. Among the injured is a 14-year-old girl, the regional administration said.",
      { killed: null, injured: 1, childrenInjured: 1 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("real-report wordings: singular verb before a count, 'та ще одна', asides in denials, dead among the injured", () => {
  test.each<[string, string, string, Want]>([
    [
      "a singular verb before 21, 31…",
      "Удар по Дніпру",
      "<p>Унаслідок атаки на Дніпро постраждала 31 людина.</p>",
      { injured: 31 },
    ],
    [
      "the same verb before an age is one person",
      "Удар по Дніпру",
      "<p>Унаслідок удару постраждала 45-річна жінка.</p>",
      { injured: 1 },
    ],
    [
      "'та ще одна' adds one",
      "Обстріл Херсона",
      "<p>У Херсоні загинув чоловік, та ще одна мешканка дістала поранень.</p>",
      { killed: 1, injured: 1 },
    ],
    ["a denial with an aside", "Атака на Одещину", "<p>Постраждалих, на щастя, немає.</p>", { killed: 0, injured: 0 }],
    [
      "a Russian denial with an aside",
      "Атака на Белгород",
      "<p>Пострадавших, к счастью, нет.</p>",
      { killed: 0, injured: 0 },
    ],
    [
      "the dead counted among the injured",
      "Атака на Брянскую область",
      "<p>За сутки пострадали восемь человек, трое из них погибли.</p>",
      { killed: 3, injured: 5 },
    ],
    [
      "Ukrainian: the dead among the injured",
      "Удар по Сумах",
      "<p>Унаслідок удару постраждали шестеро людей, двоє з них загинули.</p>",
      { killed: 2, injured: 4 },
    ],
    [
      "not: the injured counted apart from the dead",
      "Удар по Сумах",
      "<p>Загинули двоє людей, ще шестеро поранені.</p>",
      { killed: 2, injured: 6 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

test("one dead in the singular after a count: 'відомо про одного загиблого'", () => {
  check("Атака на Краматорськ", "<p>Внаслідок удару відомо про одного загиблого та сімох постраждалих.</p>", {
    killed: 1,
    injured: 7,
  });
});

describe("people told apart by their ages", () => {
  test.each<[string, string, string, Want]>([
    [
      "two ages in two sentences are two people",
      "Обстріл Куп'янська",
      "<p>Унаслідок обстрілу постраждав 71-річний чоловік. Його госпіталізували. Поранень зазнав також 49-річний чоловік.</p>",
      { injured: 2 },
    ],
    [
      "two killed, told apart by age",
      "Обстріл Харківщини",
      "<p>Загинула 63-річна жінка. Загинув 38-річний цивільний чоловік, який працював на городі.</p>",
      { killed: 2 },
    ],
    [
      "the same age told twice is one person",
      "Обстріл Херсона",
      "<p>Постраждав 54-річний херсонець. 54-річний чоловік отримав уламкові поранення.</p>",
      { injured: 1 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("'another' after the dead; 'зазнав поранення' before the person", () => {
  test.each<[string, string, string, Want]>([
    [
      "'killed and another three injured' repeats the figure, adds nothing",
      "Strike on Nikopol",
      "<p>One man was killed and at least four people were injured in the shelling. One man was killed and another four people were injured, the governor said.</p>",
      { killed: 1, injured: 4 },
    ],
    [
      "'another two' after earlier injured adds",
      "Strike on Nikopol",
      "<p>Four people were injured in the morning. In the evening another two people were injured.</p>",
      { injured: 6 },
    ],
    [
      "зазнав поранення before the person",
      "Обстріл Куп'янщини",
      "<p>Під час обстрілу зазнав поранення 51-річний цивільний чоловік.</p>",
      { injured: 1 },
    ],
    [
      "'двоє з них' after a recalled event is recalled too",
      "Дрони атакували Суми",
      "<p>Шестеро цивільних постраждали через удари дронів по центру Сум.</p><p>Раніше видання писало, що дрон атакував автобус із робітниками заводу. Двоє з них загинули.</p>",
      { killed: null, injured: 6 },
    ],
    [
      "'of them' after a recalled event is recalled too",
      "Drones hit Sumy",
      "<p>Five civilians were injured in Sumy.</p><p>Earlier this month a drone hit a bus carrying miners. Three of them were killed.</p>",
      { killed: null, injured: 5 },
    ],
    [
      "'двоє з них' after this attack's figure counts (negative)",
      "Дрони атакували автобус",
      "<p>Дрон атакував автобус із робітниками заводу. Шестеро людей постраждали. Двоє з них загинули.</p>",
      { killed: 2 },
    ],
    [
      "'об одном погибшем' in the prepositional",
      "Обстрел Шебекино",
      "<p>Губернатор сообщил об одном погибшем и одном раненом.</p>",
      { killed: 1, injured: 1 },
    ],
    [
      "'в одном доме' is no casualty (negative)",
      "Обстрел Шебекино",
      "<p>В одном доме выбиты окна, пострадавших нет.</p>",
      { killed: 0, injured: 0 },
    ],
  ])("%s", (_name, title, body, want) => check(title, body, want));
});

describe("one more person, with an age or a home town between noun and verb", () => {
  test("'another man from X', 'a man, 63,' and 'another citizen' are one person each", () => {
    check(
      "Shelling of Mykolaiv",
      "<p>Two people were killed in Mykolaiv. Another woman from Ochakiv was wounded.</p>",
      { killed: 2, injured: 1 },
    );
    check("Strike on Sumy", "<p>A drone hit a shop in Sumy. A man, 63, was injured.</p>", { injured: 1 });
    check("Night attack on Izium", "<p>A pensioner died in the fire. Another citizen was injured.</p>", {
      killed: 1,
      injured: 1,
    });
    check("Drone strike on Kupiansk", "<p>A man from the village was hurt by debris.</p>", { injured: 1 });
  });
  test("a number between commas that is no age, or a building, is no person", () => {
    check("Shelling of Kherson", "<p>A house, 12, was damaged by the strike. Nobody was injured.</p>", {
      injured: 0,
    });
    check("Drone strike", "<p>Another drone from Crimea was shot down. Three people were injured.</p>", {
      injured: 3,
    });
  });
});

describe("reflexive verbs of injury: 'травмувався', 'травмировалась'", () => {
  test.each<{ body: string; want: Want }>([
    { body: "За добу на Полтавщині травмувався 41-річний чоловік.", want: { injured: 1 } },
    { body: "Під час атаки на Херсон травмувалася жінка.", want: { injured: 1 } },
    { body: "Внаслідок обстрілу Нікополя травмувалися двоє людей.", want: { injured: 2 } },
    { body: "Троє мешканців Краматорська травмувалися.", want: { injured: 3 } },
    { body: "В Курске при атаке дрона травмировалась пожилая женщина.", want: { injured: 1 } },
    { body: "Унаслідок удару, за даними ОВА, мужчина травмировался.", want: { injured: 1 } },
    // No person: an animal.
    { body: "Унаслідок удару по Харкову травмувалася собака.", want: { injured: null } },
  ])("$body", ({ body, want }) => check("Обстріл", `<p>${body}</p>`, want));
});

describe("'were taken to hospital with injuries', ages listed after the count", () => {
  test("a count taken to hospital with injuries is that many injured", () => {
    check(
      "Glide bomb on Zaporizhzhia",
      "<p>Two women, aged 44, 18, and 70, were taken to hospital with concussions and shrapnel injuries.</p>",
      { injured: 2 },
    );
    check("Strike on Sumy", "<p>Four residents were rushed to hospital with blast injuries.</p>", { injured: 4 });
  });
  test("nobody taken to hospital, or a count of no people, is no figure", () => {
    check("Strike on Sumy", "<p>No one was taken to hospital, nobody was injured.</p>", { injured: 0 });
    check("Strike on Sumy", "<p>Six drones were shot down. A man was injured.</p>", { injured: 1 });
  });
});

describe("'fatal injuries to two women', 'recovered the body of a man'", () => {
  test("fatal injuries and a recovered body are deaths", () => {
    check("Shelling of Beryslav", "<p>The strike on a house resulted in fatal injuries to three elderly men.</p>", {
      killed: 3,
      injured: null,
    });
    check(
      "Missile strike on Dnipro",
      "<p>Rescuers recovered the body of the deceased woman from under the rubble. Two people were injured.</p>",
      { killed: 1, injured: 2 },
    );
    check("Strike on Kramatorsk", "<p>Emergency workers pulled out the body of a man from the debris.</p>", {
      killed: 1,
    });
  });
  test("fatal damage to things, or a body of water, is no death", () => {
    check("Drone attack", "<p>The drone caused fatal damage to two cars. Nobody was killed.</p>", { killed: 0 });
    check("Drone attack", "<p>Rescuers recovered the body of the drone from the river. A man was injured.</p>", {
      killed: null,
      injured: 1,
    });
  });
});
