/**
 * Precision rules of `findPlaces`: places named for another reason than "something happened here"
 * are not `cities`/`regions`, while the event places of the same sentences still are.
 */
import { describe, expect, test } from "vitest";
import { aidDestinations } from "../../src/analysis/extract/places.js";
import { findPlaces, type MentionRole } from "../../src/analysis/gazetteer/index.js";
import { toArticleText } from "../../src/analysis/text.js";

/** Roles of the mentions of `name`, in order. */
function rolesOf(text: string, name: string): MentionRole[] {
  return findPlaces(text)
    .mentions.filter((m) => m.name === name)
    .map((m) => m.role);
}

function places(text: string): { cities: string[]; regions: string[] } {
  const { cities, regions } = findPlaces(text);
  return { cities, regions };
}

describe("a capital as its government, beyond 'X said'", () => {
  test.each([
    ["Kyiv typically does not confirm strikes inside Russia.", "Kyiv"],
    ["Kyiv almost never publicly claims responsibility for such attacks.", "Kyiv"],
    ["Kyiv hasn't commented on the incident.", "Kyiv"],
    ["The Kremlin said it would not talk to the Kiev regime.", "Kyiv"],
    ["There will be no peace as long as Kyiv discriminates against Russian speakers.", "Kyiv"],
    ["The envoy said Kyiv had met the conditions for the next tranche.", "Kyiv"],
    ["The rejection showed that Moscow was not interested in peace.", "Moscow"],
    ["Kyiv is ready to talk, the minister said.", "Kyiv"],
    ["Kyiv is seeking more Patriot systems.", "Kyiv"],
    ["The strike comes as Kyiv moves ahead with its spring offensive.", "Kyiv"],
    ["Kyiv increased the number of drone crews near Pokrovsk.", "Kyiv"],
    ["Ранее Киев увеличил число артиллерийских расчетов под Часовым Яром.", "Kyiv"],
    ["Москва наращивает производство шахедов.", "Moscow"],
    ["Київ збільшив кількість екіпажів дронів на фронті.", "Kyiv"],
    ["Kyiv and its allies are discussing security guarantees.", "Kyiv"],
    ["Kyiv's forces withdrew from the village.", "Kyiv"],
    ["Kyiv's drone campaign against refineries intensified.", "Kyiv"],
    ["Kyiv's long-range drone campaign has hit a dozen refineries.", "Kyiv"],
    ["Moscow's war has displaced millions.", "Moscow"],
    ["Moscow's full-scale invasion began in 2022.", "Moscow"],
    ["Ukraine will respond to Moscow's new campaign of airstrikes.", "Moscow"],
    ["Moscow didn't provide any further details.", "Moscow"],
    ["Officials in Kyiv did not say how many drones were launched.", "Kyiv"],
    ["According to diplomats in Moscow, the talks are stalled.", "Moscow"],
    ["Talks between Kyiv and Moscow stalled again.", "Moscow"],
    ["Київ не підтверджує цю інформацію.", "Kyiv"],
    ["Київ зазвичай не коментує такі удари.", "Kyiv"],
    ["Офіційний Київ поки не реагував.", "Kyiv"],
    ["Москва не зацікавлена в мирі.", "Moscow"],
    ["Війна Москви проти України триває.", "Moscow"],
    ["Киев не комментирует эти сообщения.", "Kyiv"],
    ["Киев обычно не подтверждает такие атаки.", "Kyiv"],
    ["Москва не заинтересована в перемирии.", "Moscow"],
    ["Войну ведет киевский режим.", "Kyiv"],
    ["The Kremlin accused Kyiv of dragging out the talks.", "Kyiv"],
    ["Washington should push Kyiv towards a deal, he said.", "Kyiv"],
    ["Ukraine is not ready to negotiate with Moscow on these terms.", "Moscow"],
    ["Strikes continue because of Kyiv not being willing to talk.", "Kyiv"],
    ["Moscow has for months defied calls for a truce.", "Moscow"],
    ["There was no immediate comment from Kyiv.", "Kyiv"],
    ["Kyiv regularly targets Russian oil depots.", "Kyiv"],
    ["Kyiv's chief negotiator said the talks were on hold.", "Kyiv"],
    ["Kyiv's General Staff said the strike hit a refinery.", "Kyiv"],
    ["Moscow's Defence Ministry said 40 drones were destroyed.", "Moscow"],
    ["The strikes answered what Kyiv described as sabotage near the border.", "Kyiv"],
    ["Moscow didn’t say how many of its jets were involved.", "Moscow"],
    ["The Oreshnik is among Moscow's newest weapons.", "Moscow"],
    ['The ministry said Kyiv "tried to strike" a depot with drones.', "Kyiv"],
    ["Moscow is waging a war of conquest, the minister said.", "Moscow"],
    ["Moscow controls about a fifth of Ukraine.", "Moscow"],
    ["Кремль і Київ обмінялися заявами.", "Kyiv"],
    ["Київ і партнери обговорили посилення ППО.", "Kyiv"],
    ["Київ отримав першу партію винищувачів.", "Kyiv"],
    ["Москва вкотре відкинула пропозицію про перемир'я.", "Moscow"],
    ["Москва намагається зірвати переговори.", "Moscow"],
    ["В Киеве пока не прокомментировали эти сообщения.", "Kyiv"],
    ["Позиция Киева по переговорам с Москвой не изменилась.", "Moscow"],
    ["Переговоры Киева с Москвой приостановлены.", "Kyiv"],
    ["Москва обвинила Киев в атаке на нефтебазу.", "Kyiv"],
    ["Партнери закликали Київ провести вибори.", "Kyiv"],
    ["Moscow blamed Kyiv for the attack.", "Kyiv"],
    ["Brussels called on Kyiv to speed up reforms.", "Kyiv"],
    ["Kyiv has been pushing for more air defence.", "Kyiv"],
    ["According to Kyiv, 40 drones were downed.", "Kyiv"],
    ["Kyiv shelled Donetsk, Russian media claimed.", "Kyiv"],
    ["The vote is a blow to Kyiv.", "Kyiv"],
    // The recipient (dative) and the government's own lists.
    ["Канада передасть Києву ще два літаки.", "Kyiv"],
    ["Уряд Норвегії надав Києву 300 мільйонів крон.", "Kyiv"],
    ["Японія пообіцяла Києву нові генератори.", "Kyiv"],
    ["Киеву предоставят ещё одну батарею ПВО.", "Kyiv"],
    ["Берлин выделил Киеву пакет на 2 млрд евро.", "Kyiv"],
    ["Банк попал в список Киева «международных спонсоров войны».", "Kyiv"],
    ["Компанію внесли до списку Києва спонсорів війни.", "Kyiv"],
  ])("%s → %s is not a place", (text, name) => {
    expect(rolesOf(text, name)).not.toContain("location");
    expect(findPlaces(text).cities).not.toContain(name);
  });

  test.each([
    ["Drones hit Kyiv; Kyiv's mayor said 3 were injured.", ["Kyiv"]],
    ["Debris fell in Kyiv's Obolonskyi district.", ["Kyiv"]],
    ["Kyiv's air defence forces shot down 20 drones.", ["Kyiv"]],
    ["Kyiv's energy infrastructure was hit again.", ["Kyiv"]],
    ["Kyiv was hit by a massive missile attack.", ["Kyiv"]],
    ["Kyiv could see blackouts after the strike.", ["Kyiv"]],
    ["Moscow was attacked by 30 drones overnight.", ["Moscow"]],
    ["Kyiv said Russia had struck Odesa and Kyiv overnight.", ["Odesa", "Kyiv"]],
    ["Київ атакували дрони, заявив Кличко.", ["Kyiv"]],
    ["У Києві пролунали вибухи, Київ не підтверджує влучань.", ["Kyiv"]],
    ["Москва атакована беспилотниками, сообщил Собянин.", ["Moscow"]],
    ["Київ атакують дрони, працює ППО.", ["Kyiv"]],
    ["Kyiv's bridges were hit again.", ["Kyiv"]],
    ["Moscow's mayor said drones were downed on approach to the city.", ["Moscow"]],
    ["Kyiv is under attack, the mayor said.", ["Kyiv"]],
    ["Kyiv has been attacked 10 times this month.", ["Kyiv"]],
    ["According to Kyiv's mayor, three people were hurt.", ["Kyiv"]],
    ["Kyiv shelled overnight: two dead.", ["Kyiv"]],
    ["Russia called off the attack on Kyiv after the drones were shot down.", ["Kyiv"]],
    ["Ukraine said it had launched 150 drones at Russia, including at Moscow.", ["Moscow"]],
    ["Після атаки на Київ Москва заявила про удар по військових об'єктах.", ["Kyiv"]],
    ["Дрони вдарили по Києву вночі.", ["Kyiv"]],
    ["Уламки впали у Києві, Київ знову без світла.", ["Kyiv"]],
    ["Kyiv's power use increased after the strike on its plant.", ["Kyiv"]],
    ["У Києві збільшилася кількість постраждалих до 12.", ["Kyiv"]],
    ['Kyiv "was hit hard" overnight, the mayor said.', ["Kyiv"]],
    ["Moscow was described as calm after the drone strike.", ["Moscow"]],
  ])("the city still counts: %s", (text, cities) => expect(findPlaces(text).cities).toEqual(cities));
});

describe("settlements are not cities", () => {
  test.each([
    ["Shelling hit the urban-type settlement of Velyka Novosilka.", "Donetsk Oblast"],
    ["Shelling hit the settlements of Bilozerka, Komyshany and Antonivka.", "Kherson Oblast"],
    ["Росіяни обстріляли селище міського типу Велика Новосілка.", "Donetsk Oblast"],
    ["Обстріляли смт Велика Новосілка та Вугледар.", "Donetsk Oblast"],
    ["Обстрелу подвергся поселок городского типа Великая Новоселка.", "Donetsk Oblast"],
  ])("%s", (text, region) => {
    const found = places(text);
    expect(found.regions).toEqual([region]);
    expect(found.cities).not.toContain("Velyka Novosilka");
    expect(found.cities).not.toContain("Bilozerka");
  });

  test.each([
    ["Drones struck the villages of Bilozerka and Kozatske overnight.", []],
    ["Drones struck the villages of Bilozerka and Kozatske in Kherson Oblast.", ["Kherson Oblast"]],
    ["Удари по селах Білозерка і Дніпряни не припиняються.", []],
    ["Удари по селах Білозерка і Дніпряни на Херсонщині не припиняються.", ["Kherson Oblast"]],
    ["Росіяни обстріляли село Мирноград.", []],
    ["Russian forces shelled the settlement of Pokrovsk.", []],
  ])("a village, or a settlement named like a big town, is a namesake: %s", (text, regions) => {
    expect(places(text)).toEqual({ cities: [], regions });
  });

  test.each([
    ["A drone hit a house in Hostomel overnight.", [], ["Kyiv Oblast"]],
    ["У Гостомелі та Ірпені пошкоджено будинки.", ["Irpin"], ["Kyiv Oblast"]],
    ["В Бородянке повреждён магазин.", [], ["Kyiv Oblast"]],
    ["Russian shelling hit Bilozerka and Kherson.", ["Kherson"], ["Kherson Oblast"]],
    ["Ворог обстріляв Велику Новосілку Запорізької області.", [], ["Zaporizhzhia Oblast"]],
    ["Traffic on Hostomel Street was closed.", [], []],
  ])("a place without city status counts for its oblast: %s", (text, cities, regions) => {
    expect(places(text)).toEqual({ cities, regions });
  });

  test("a region reached through a settlement, community or raion is marked as a part of it", () => {
    const parts = (text: string) => findPlaces(text).mentions.map((m) => [m.name, m.part === true]);
    expect(parts("У Гостомелі поранено двох, у Київській області – ще одного.")).toEqual([
      ["Kyiv Oblast", true],
      ["Kyiv Oblast", false],
    ]);
    expect(parts("Обстріляли Марганецьку громаду та Нікопольський район.")).toEqual([
      ["Dnipropetrovsk Oblast", true],
      ["Dnipropetrovsk Oblast", true],
    ]);
  });

  test("a settlement named with another oblast takes that oblast", () => {
    expect(places("Russian drones hit the village of Mykolaivka in Sumy Oblast.")).toEqual({
      cities: [],
      regions: ["Sumy Oblast"],
    });
    expect(places("Ворог атакував селище Миколаївка Сумської області.")).toEqual({
      cities: [],
      regions: ["Sumy Oblast"],
    });
  });

  test.each([
    ["Shelling hit Vuhledar and the village of Bilozerka.", ["Vuhledar"]],
    ["Обстріляли Нікополь, Марганець та селище Червоногригорівка.", ["Nikopol", "Marhanets"]],
    ["Villagers fled to Kherson and Mykolaiv.", ["Kherson", "Mykolaiv"]],
  ])("towns in the same list still count: %s", (text, cities) => expect(findPlaces(text).cities).toEqual(cities));
});

describe("launch areas", () => {
  test.each([
    ["Russia attacked with 50 drones from Russia's Kursk Oblast.", [], []],
    ["Russia launched 40 Shahed drones from the Bryansk region overnight.", [], []],
    ["The drones were launched from Kursk and Oryol.", [], []],
    ["Russia attacked Kharkiv with 50 drones from the Belgorod region.", ["Kharkiv"], []],
    ["Ворог атакував 60 дронами з Воронезької області.", [], []],
    ["Ракети випущено з території Бєлгородської області по Сумщині.", [], ["Sumy Oblast"]],
    ["Дрони летіли з напрямку Курська на Суми.", ["Sumy"], []],
    ["Россия атаковала 30 беспилотниками из Брянской области.", [], []],
    ["Ракеты были выпущены с территории Курской области.", [], []],
    ["Drones from Kursk hit Sumy and Okhtyrka.", ["Sumy", "Okhtyrka"], []],
    ["Russia attacked from the Kursk, Bryansk and Oryol directions.", [], []],
    ["Drones came from the Kursk direction and hit Sumy.", ["Sumy"], []],
    [
      "The enemy attacked with 25 UAVs of the Shahed type and drones of other types from Bryansk and Millerovo — Russian Federation. Debris fell in Sumy.",
      ["Sumy"],
      [],
    ],
    ["По направлениям Брянск, Курск, Орел (РФ) противник атаковал 40 ударными БПЛА.", [], []],
    ["За напрямками Курськ, Міллерово (рф) ворог атакував 30 дронами, уламки впали в Полтаві.", ["Poltava"], []],
  ])("%s", (text, cities, regions) => expect(places(text)).toEqual({ cities, regions }));

  test.each([
    ["Debris from downed drones fell in Kyiv.", ["Kyiv"], []],
    ["Evacuation from Pokrovsk continues under fire.", ["Pokrovsk"], []],
    ["Evacuation from Pokrovsk and Myrnohrad continues.", ["Pokrovsk", "Myrnohrad"], []],
    ["Людей евакуювали з району Покровська після обстрілу.", ["Pokrovsk"], []],
    ["Two drones from the attack on Kharkiv crashed in a field.", ["Kharkiv"], []],
    ["Russia attacked Kharkiv with drones, forcing an evacuation from Izium.", ["Kharkiv", "Izium"], []],
    ["По Сумам ворог ударив, а по направлению к Харькову шли колонны.", ["Sumy", "Kharkiv"], []],
  ])("not a launch: %s", (text, cities, regions) => expect(places(text)).toEqual({ cities, regions }));
});

describe("'Read also' lines, captions and recaps", () => {
  test.each([
    "Drones hit Odesa overnight.\nRead also: Russia strikes Kharkiv with guided bombs",
    "Drones hit Odesa overnight.\nSee also: Kharkiv under fire again",
    "Вночі дрони атакували Одесу.\nЧитайте також: Росія вдарила по Харкову",
    "Вночі дрони атакували Одесу.\nДивіться також: наслідки удару по Харкову",
    "Ночью дроны атаковали Одессу.\nЧитайте также: удар по Харькову",
    "Drones hit Odesa overnight.\nPhoto: Rescuers in Kharkiv after an earlier attack",
    "Вночі дрони атакували Одесу.\nФото: Харківська ОВА",
    "Drones hit Odesa overnight (Photo: Kharkiv city council archive).",
    "Drones hit Odesa overnight.\nBackground: Russia struck Kharkiv on 20 November.",
    "Drones hit Odesa overnight.\nBackground:\nOn 20 November Russia struck Kharkiv.",
    "Вночі дрони атакували Одесу.\nНагадаємо, 20 листопада росіяни атакували Харків.",
    "Ночью дроны атаковали Одессу.\nНапомним, 20 ноября Россия атаковала Харьков.",
    "Drones hit Odesa overnight.\nAs Ukrinform reported earlier, Russia attacked Kharkiv on Monday.",
    "Вночі дрони атакували Одесу.\nРаніше повідомлялося, що росіяни атакували Харків.",
    "Ночью дроны атаковали Одессу.\nРанее сообщалось об ударе по Харькову.",
    "Drones hit Odesa overnight (Illustrative photo: Kharkiv).",
  ])("%s", (text) => {
    expect(findPlaces(text).cities).toEqual(["Odesa"]);
    expect(findPlaces(text).regions).toEqual([]);
  });

  test.each([
    [
      "Drones hit Bila Tserkva overnight. Earlier this week, a drone attack on Kyiv killed two people.",
      ["Bila Tserkva"],
    ],
    ["Дрони атакували Суми. Минулого тижня удар по Конотопу забрав життя трьох людей.", ["Sumy"]],
    ["Беспилотник атаковал Курск. На прошлой неделе обломки упали в Белгороде.", ["Kursk"]],
    ["Russia attacked Odesa last week and again overnight, injuring three.", ["Odesa"]],
    ["Drones struck Poltava, where a strike killed three earlier this week.", ["Poltava"]],
  ])("a sentence opening with 'earlier this week' recalls another event: %s", (text, cities) =>
    expect(findPlaces(text).cities).toEqual(cities));

  test.each([
    ["Дрон атаковал автобус в Горловке. Ранее при обстреле Донецка пострадали двое.", ["Horlivka"]],
    ["Уламки впали в Броварах. Раніше ворожий дрон влучив у будинок в Ірпені.", ["Brovary"]],
    // Not at the start of the sentence: the place is where it happened.
    ["В Шебекино ранее утром упал беспилотник.", ["Shebekino"]],
    ["Дрон, який раніше атакував Чернігів, збили.", ["Chernihiv"]],
  ])("a sentence opening with 'Ранее'/'Раніше' recalls an earlier report: %s", (text, cities) =>
    expect(findPlaces(text).cities).toEqual(cities));

  test("the line after a 'Read also' link counts again", () => {
    const text = "Read also: Russia strikes Kharkiv\nDrones hit Odesa overnight.";
    expect(findPlaces(text).cities).toEqual(["Odesa"]);
  });

  test.each([
    "Photographers in Kharkiv filmed the strike.",
    "Drones hit Odesa. Residents recall that Kharkiv was hit too.",
  ])("not a marker: %s", (text) => expect(findPlaces(text).cities).toContain("Kharkiv"));
});

describe("meetings, bases, references and time zones", () => {
  test.each([
    ["The minister chaired a meeting in Odesa on energy.", "Odesa"],
    ["Speaking in Kyiv, the minister promised more air defence.", "Kyiv"],
    ["At a summit in Kyiv, leaders pledged aid.", "Kyiv"],
    ["Chancellor Merz arrived in Kyiv on Monday.", "Kyiv"],
    ["Merz said so after arriving in Kyiv by train.", "Kyiv"],
    ["He told reporters in Kyiv that more systems would come.", "Kyiv"],
    ["Під час зустрічі у Києві міністри обговорили ППО.", "Kyiv"],
    ["Канцлер прибув до Києва з візитом.", "Kyiv"],
    ["Виступаючи в Одесі, президент подякував партнерам.", "Odesa"],
    ["Выступая в Москве, Путин заявил о наступлении.", "Moscow"],
    ["Tu-95 bombers took off from Olenya and Engels, where they are based.", "Engels"],
    ["Missiles were fired by bombers based at Engels, where Russia keeps its Tu-95s.", "Engels"],
    ["Engels, across the Volga, is where Russia's strategic bombers are based.", "Engels"],
    ["Oleshky, across the river from Kherson, was shelled.", "Kherson"],
    ["Casualty figures remain unknown for occupied Mariupol.", "Mariupol"],
    ["The attack began at 3:00 Kyiv time.", "Kyiv"],
    ["Атака началась в 3:00 по Москве.", "Moscow"],
    ["The summit, which will take place on Monday in the Ukrainian capital Kyiv, is the fourth.", "Kyiv"],
    ["Peace talks are scheduled for next week in Odesa.", "Odesa"],
    ["Leaders gathered for a summit in the Ukrainian capital, Kyiv, on Friday.", "Kyiv"],
    ["Переговори мають відбутися наступного тижня в Одесі.", "Odesa"],
    [
      "On Tuesday, negotiations between the ministry and a delegation of the Danish embassy took place in Kyiv.",
      "Kyiv",
    ],
    ["Консультації делегацій Києва та Варшави пройшли у Львові.", "Lviv"],
    ["Днём губернатор провёл в Белгороде заседание комиссии по ЧС.", "Belgorod"],
    ["Голова ОВА провів у Сумах нараду з енергетиками.", "Sumy"],
    ["Flights were suspended at Vnukovo, Sheremetyevo and Domodedovo airports.", "Domodedovo"],
    ["Дані про загиблих у Мелітополі та Бердянську не надаються.", "Melitopol"],
    ["Casualty figures are not provided for Mariupol.", "Mariupol"],
  ])("%s → %s is not an event place", (text, name) => {
    expect(rolesOf(text, name)).not.toContain("location");
  });

  test.each([
    ["Zelensky, speaking in Kyiv, said Russia struck Kharkiv overnight.", ["Kharkiv"]],
    ["EU-funded transformers arrived in Kharkiv to repair the grid.", ["Kharkiv"]],
    ["Drones struck Engels, where Russia's strategic bombers are based.", ["Engels"]],
    ["Russian troops shelled Kherson from across the river.", ["Kherson"]],
    ["Удар по Москве: закрыты аэропорты.", ["Moscow"]],
    ["Explosions were heard at 3:15 a.m. in Kyiv.", ["Kyiv"]],
    ["Drones hit the Ukrainian capital Kyiv overnight.", ["Kyiv"]],
    ["The meeting was cut short when a missile struck a hotel in Odesa.", ["Odesa"]],
    ["Two people were injured as a drone hit a house in Kharkiv, where the forum was held a week ago.", ["Kharkiv"]],
    ["Голова ОВА провів у Херсоні нараду після обстрілу, загинули двоє.", ["Kherson"]],
    ["A drone hit Domodedovo, damaging two houses.", ["Domodedovo"]],
    ["Подробиці удару по Харкову поки не надаються.", ["Kharkiv"]],
  ])("the event place still counts: %s", (text, cities) => expect(findPlaces(text).cities).toEqual(cities));
});

describe("the city of the hospital the wounded were taken to", () => {
  test.each([
    ["Раненых доставили в Белгород в областную больницу.", "Belgorod"],
    ["Пострадавшая госпитализирована в Курск.", "Kursk"],
    ["Двох поранених госпіталізували до Харкова.", "Kharkiv"],
    ["Чоловіка доставили до лікарні в Запоріжжі.", "Zaporizhzhia"],
    ["The wounded were taken to hospital in Dnipro.", "Dnipro"],
    ["Three of them were later hospitalised in Kyiv.", "Kyiv"],
    ["A girl was airlifted to a children's hospital in Lviv.", "Lviv"],
    ["The wounded woman is being transported to a Kursk hospital.", "Kursk"],
    ["Both were taken to the Sumy hospital for surgery.", "Sumy"],
  ])("%s → %s is not where the attack happened", (text, name) => {
    expect(rolesOf(text, name)).not.toContain("location");
  });

  test.each([
    ["A drone hit a hospital in Kherson, injuring two nurses.", ["Kherson"]],
    ["Гуманітарну допомогу доставили до Херсона.", ["Kherson"]],
    ["Transformers were brought to Sumy to restore power.", ["Sumy"]],
    ["A drone hit a Kherson hospital, injuring two nurses.", ["Kherson"]],
    ["A man was hurt in the Shebekino District of the Belgorod Region.", []],
    ["A shell hit the Shebekino district of the town.", ["Shebekino"]],
    ["У Сумах поранено трьох людей, їх доставили до лікарні.", ["Sumy"]],
  ])("the event place still counts: %s", (text, cities) => expect(findPlaces(text).cities).toEqual(cities));
});

describe("a community or raion belongs to the oblast named next to it", () => {
  test.each([
    ["Обстріляли Покровську громаду Дніпропетровської області.", ["Dnipropetrovsk Oblast"]],
    ["Ворог ударив по Покровській громаді Синельниківського району.", ["Dnipropetrovsk Oblast"]],
    ["На Нікопольщині під обстріл потрапили Нікополь та Покровська громада.", ["Dnipropetrovsk Oblast"]],
    ["Russian forces struck the Pokrovsk community in Dnipropetrovsk Oblast.", ["Dnipropetrovsk Oblast"]],
    ["Ворог поцілив по Нікополю і Покровській громаді.", []],
    ["Вночі ворог обстріляв Нікопольщину. Поцілив по Марганцю та Покровській громаді.", ["Dnipropetrovsk Oblast"]],
    ["Ворог атакував Межівську та Покровську громади Синельниківського району.", ["Dnipropetrovsk Oblast"]],
    ["Під обстрілом дві громади Нікопольського району – Мирівська та Покровська.", ["Dnipropetrovsk Oblast"]],
    ["Обстріл Покровської громади не вщухає.", ["Donetsk Oblast"]],
    ["Обстріляли Покровську громаду на Донеччині.", ["Donetsk Oblast"]],
    ["Обстріляли Покровську та Петропавлівську громади.", ["Donetsk Oblast"]],
    ["Обстріляли дві громади – Мирівську та Покровську.", ["Donetsk Oblast"]],
    // The Marhanets community is in Dnipropetrovsk Oblast, and so is the Pokrovske one beside Nikopol.
    ["Під обстрілом були Нікополь, Марганецька та Покровська громади.", ["Dnipropetrovsk Oblast"]],
    ["Обстріляли Марганецьку громаду.", ["Dnipropetrovsk Oblast"]],
    ["Ворог атакував Білопільську та Краснопільську громади.", ["Sumy Oblast"]],
    ["Под обстрелом Гуляйпольская громада.", ["Zaporizhzhia Oblast"]],
    ["У Марганці поранено чоловіка.", []],
  ])("%s", (text, regions) => {
    expect(findPlaces(text).regions).toEqual(regions);
    expect(findPlaces(text).cities).not.toContain("Pokrovsk");
  });

  test.each([
    ["Two people were injured in shelling of the Zaporizhzhia district.", [], ["Zaporizhzhia Oblast"]],
    ["In Kharkiv district, a private house burned down.", [], ["Kharkiv Oblast"]],
    ["Drones attacked the city of Kharkiv and the Kharkiv district.", ["Kharkiv"], ["Kharkiv Oblast"]],
    ["Drones hit a Kharkiv district overnight.", ["Kharkiv"], []],
    ["Debris fell in the Kharkiv district of Kyivskyi.", ["Kharkiv"], []],
    ["A missile hit the Kyiv district of Obolon.", ["Kyiv"], []],
  ])("the raion named after an oblast centre: %s", (text, cities, regions) => {
    expect(places(text)).toEqual({ cities, regions });
  });

  test("a town named before a list of communities is the town", () => {
    expect(findPlaces("Під обстрілом були Нікополь, Марганецька та Покровська громади.").cities).toEqual(["Nikopol"]);
    expect(findPlaces("Shelling hit the Marhanets and Pokrovske hromadas.").regions).toEqual(["Dnipropetrovsk Oblast"]);
  });

  test("a line break left by the page's markup does not end the list", () => {
    expect(
      places("Drones hit the city of Pavlohrad and the Ternivka, Bohdanivka and Yurivka\nhromadas\novernight."),
    ).toEqual({
      cities: ["Pavlohrad"],
      regions: ["Dnipropetrovsk Oblast"],
    });
    expect(places("Debris fell in the Sumy and Poltava\nregions.")).toEqual({
      cities: [],
      regions: ["Sumy Oblast", "Poltava Oblast"],
    });
    // A capital after the break starts a new sentence.
    expect(places("Drones hit Sumy and Poltava\nRegions were left without power.").cities).toEqual(["Sumy", "Poltava"]);
  });

  test("a town of the oblast in the same sentence keeps the community's oblast", () => {
    expect(places("Ворог обстріляв Мирноград і Покровську громаду.")).toEqual({
      cities: ["Myrnohrad"],
      regions: ["Donetsk Oblast"],
    });
  });
});

describe("air-raid alerts and outage schedules", () => {
  test.each([
    ["Air-raid alerts were declared in Kyiv and 10 oblasts.", [], []],
    ["An air raid alert was declared in the Kyiv, Kirovohrad and Cherkasy regions.", [], []],
    ["Civil defence sirens went off in Kyiv and the surrounding Kyiv region.", [], []],
    ["У Києві та Харківській області оголошено повітряну тривогу.", [], []],
    ["Тривога у Києві тривала понад чотири години.", [], []],
    ["В Киеве и Киевской области объявлена воздушная тревога.", [], []],
    ["Outage schedules will apply in Kyiv, Kharkiv and Sumy oblasts on Tuesday.", [], []],
    ["Графіки відключень застосовуватимуть у Київській, Харківській та Сумській областях.", [], []],
    ["Графики отключений введут в Киевской и Харьковской областях.", [], []],
    ["Air-raid alerts were declared in Kyiv and 10 oblasts. Russia launched 40 drones; 30 were shot down.", [], []],
    ["Air-raid alerts were declared in Kyiv and 10 oblasts. Explosions were heard in Odesa.", ["Odesa"], []],
    ["Air-raid alerts were declared in Kyiv and 10 oblasts as Russia attacked Ukraine.", [], []],
    ["Тривога тривала в Києві три години.\nУ Львові пролунали вибухи.", ["Lviv"], []],
    ["Scheduled power outages will apply in Kyiv and Sumy oblasts.", [], []],
    ["Погодинні відключення діятимуть у Київській та Сумській областях.", [], []],
  ])("%s", (text, cities, regions) => expect(places(text)).toEqual({ cities, regions }));

  test.each([
    ["Explosions were heard in Kyiv during the air raid alert.", ["Kyiv"], []],
    ["Під час тривоги у Києві пролунали вибухи.", ["Kyiv"], []],
    ["The alert in Kharkiv lasted three hours; debris fell on a school.", ["Kharkiv"], []],
    ["Air defence shot down 20 drones over Kyiv Oblast during the alert.", [], ["Kyiv Oblast"]],
    ["Во время тревоги в Белгороде повреждены дома.", ["Belgorod"], []],
    ["Drones hit a substation in Sumy; outage schedules apply in the city.", ["Sumy"], []],
    ["The alert is over.\nDrones hit Kyiv overnight.", ["Kyiv"], []],
    ["An air raid alert was declared in Kharkiv at 2 a.m. Minutes later, explosions rang out.", ["Kharkiv"], []],
    ["Russian drones attacked Kharkiv overnight amid an air raid alert.", ["Kharkiv"], []],
    ["Під час тривоги росіяни атакували Харків дронами.", ["Kharkiv"], []],
    ["Во время тревоги был нанесен удар по Белгороду.", ["Belgorod"], []],
    ["У Харкові оголошено тривогу. Згодом пролунали вибухи.", ["Kharkiv"], []],
    ["В Белгороде объявлена тревога. Через несколько минут прогремели взрывы.", ["Belgorod"], []],
  ])("an impact still counts: %s", (text, cities, regions) => expect(places(text)).toEqual({ cities, regions }));
});

describe("places that only heard an attack on another", () => {
  test.each([
    ["Drones struck Kharkiv overnight. Explosions were also heard in Poltava and Sumy.", ["Kharkiv"], []],
    ["Росіяни атакували Одесу. Вибухи також було чутно в Миколаєві.", ["Odesa"], []],
    ["Удар по Белгороду. Взрывы также были слышны в Старом Осколе.", ["Belgorod"], []],
    ["Дрони вдарили по Києву. Шахеди було чутно в небі над Житомирщиною та Вінниччиною.", ["Kyiv"], []],
  ])("%s", (text, cities, regions) => expect(places(text)).toEqual({ cities, regions }));

  test.each([
    ["Explosions were heard in Dnipro shortly after 3 a.m.", ["Dnipro"], []],
    ["У Черкасах було чутно вибухи, працювала ППО.", ["Cherkasy"], []],
    ["Explosions were also heard in Poltava, where debris damaged a house.", ["Poltava"], []],
    ["В Брянске слышны взрывы.", ["Bryansk"], []],
  ])("the attacked place still counts: %s", (text, cities, regions) =>
    expect(places(text)).toEqual({ cities, regions }));
});

describe("quotations in an aid item", () => {
  test("a politician's quote in an aid item names no event place", () => {
    const text =
      "Germany pledges €2 billion in military aid to Ukraine\n" +
      "Berlin will send more IRIS-T systems. “Every night Russia attacks Kharkiv and Odesa, and we must help,” the minister said.";
    expect(places(text)).toEqual({ cities: [], regions: [] });
  });

  test("the aid's destination outside the quote still counts", () => {
    const text =
      "EU-funded transformers worth €30 million arrived in Kharkiv. «Росія щоночі б'є по Одесі та Сумах», — сказав посол.";
    expect(findPlaces(text).cities).toEqual(["Kharkiv"]);
  });

  test("a quote in a strike report still counts", () => {
    const text = "“Overnight, Russia launched 50 drones at Kharkiv and Odesa,” Zelensky wrote on Telegram.";
    expect(findPlaces(text).cities).toEqual(["Kharkiv", "Odesa"]);
  });
});

describe("long and repetitive inputs", () => {
  test.each([
    ["Покровська громада Дніпропетровської області. ".repeat(3000), [], ["Dnipropetrovsk Oblast"]],
    ["Покровська громада, ".repeat(5000), [], ["Donetsk Oblast"]],
    ["the village of Bilozerka, ".repeat(5000), [], []],
    ["Air raid alert in Kyiv and Kharkiv ".repeat(5000), [], []],
    ["Read also: Kharkiv (Photo: Odesa)\n".repeat(3000) + "Drones hit Lviv (Photo: Sumy).", ["Lviv"], []],
    ["“Russia hit Kharkiv and Odesa again,” he said of the €5 billion aid package. ".repeat(3000), [], []],
  ])("%#", (text, cities, regions) => expect(places(text)).toEqual({ cities, regions }));
});

describe("the places of an aid item are where the aid went", () => {
  const aid = (title: string, body: string) => aidDestinations(toArticleText({ title, content: body }));
  test.each([
    [
      "Sweden pledges $120 million for Ukraine's grid",
      "The money will help repair substations in the Sumy, Poltava and Chernihiv regions, including Sumy and Poltava.",
      [],
      [],
    ],
    [
      "Венгрия снова заблокировала транш ЕС для Украины",
      "Будапешт требует прав для венгров в Закарпатье и в Ужгороде.",
      [],
      [],
    ],
    // Aid still on its way, and an earlier delivery recalled, name no place the aid reached.
    [
      "Qatar delivers first batch of generators to Ukraine",
      "The first batch arrived in Rzeszow. The generators will be handed over to hospitals in Sumy and Poltava.",
      [],
      [],
    ],
    ["Литва передала Україні генератори", "Генератори будуть передані лікарням Чернігова та Ніжина.", [], []],
    [
      "Ireland sends water pumps to Ukraine",
      "The pumps were delivered to Ukraine's utilities. As reported earlier, ten pumps were delivered to Kherson in May.",
      [],
      [],
    ],
    [
      "Danish-funded generators arrive in Mykolaiv",
      "Twenty generators were delivered to Mykolaiv and the Mykolaiv region on Monday.",
      ["Mykolaiv"],
      ["Mykolaiv Oblast"],
    ],
    [
      "ООН передала обладнання Херсону",
      "До Херсона прибули 12 вантажівок з генераторами. Раніше Херсон обстрілювали.",
      ["Kherson"],
      [],
    ],
    [
      "Япония передала Украине трансформаторы",
      "Оборудование доставлено в Запорожье, сообщило посольство.",
      ["Zaporizhzhia"],
      [],
    ],
  ])("%s", (title, body, cities, regions) => expect(aid(title, body)).toEqual({ cities, regions }));
});
