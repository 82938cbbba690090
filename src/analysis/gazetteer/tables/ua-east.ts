/**
 * Kharkiv, Donetsk and Luhansk oblasts. Populations are pre-2022 estimates, rounded; coordinates
 * are town centres to about 0.01°. Occupied towns keep their Ukrainian names, with the Soviet-era
 * and occupation-era names as aliases.
 */

import { inRegion, p } from "./spec.js";

export const KHARKIV = inRegion("Kharkiv Oblast", "UA", [
  p("Kharkiv", 49.994, 36.231, 1_433_000, "Харків", "Харьков", { en: ["Kharkov"], front: true }),
  p("Lozova", 48.889, 36.317, 54_000, "af:Лозова", "Лозовая", { en: ["Lozovaya"] }),
  p("Izium", 49.209, 37.25, 45_000, "Ізюм", "Изюм", { en: ["Izyum"], front: true }),
  p("Chuhuiv", 49.836, 36.687, 30_000, "Чугуїв", "Чугуев", { en: ["Chuguev", "Chuguyev", "Chuhuyiv"], front: true }),
  p("Zlatopil", 49.39, 36.214, 29_000, "Златопіль|Златопол", "Златополь", {
    ukAlt: ["Первомайський"],
    ruAlt: ["Первомайский"],
    en: ["Pervomaiskyi", "Pervomaisky"],
  }),
  p("Kupiansk", 49.711, 37.612, 27_000, "Куп'янськ", "Купянск", { en: ["Kupyansk"], front: true }),
  p("Balakliia", 49.462, 36.86, 26_000, "Балаклія", "Балаклея", { en: ["Balakleya", "Balakliya"], front: true }),
  p("Merefa", 49.823, 36.055, 21_000, "Мерефа", "Мерефа"),
  p("Liubotyn", 49.948, 35.93, 20_000, "Люботин", "Люботин", { en: ["Lyubotyn", "Lyubotin"] }),
  p("Berestyn", 49.376, 35.441, 20_000, "Берестин", "Берестин", {
    ukAlt: ["Красноград"],
    ruAlt: ["Красноград"],
    en: ["Krasnohrad", "Krasnograd"],
  }),
  p("Vovchansk", 50.29, 36.941, 17_000, "Вовчанськ", "Волчанск", { en: ["Volchansk"], front: true }),
  p("Derhachi", 50.113, 36.121, 17_000, "Дергачі|Дергачів", "Дергачи|Дергачей", { en: ["Dergachi"], front: true }),
  p("Zolochiv", 50.279, 35.981, 8_000, "Золочів", "Золочев", { en: ["Zolochev"], front: true, settlement: true }),
  p("Velykyi Burluk", 50.058, 37.393, 4_000, "Великий Бурлук", "Великий Бурлук", {
    en: ["Veliky Burluk", "Velykyy Burluk", "Velikiy Burluk"],
    front: true,
    settlement: true,
  }),
  p("Bohodukhiv", 50.165, 35.527, 15_000, "Богодухів", "Богодухов", { en: ["Bogodukhov"], front: true }),
  p("Zmiiv", 49.68, 36.356, 14_000, "Зміїв|Зміїв", "Змиёв", { en: ["Zmiev", "Zmiyiv"], front: true }),
  p("Valky", 49.838, 35.611, 9_000, "Валки|Валок", "Валки|Валок", { en: ["Valki"] }),
]);

export const DONETSK = inRegion("Donetsk Oblast", "UA", [
  p("Donetsk", 48.015, 37.802, 905_000, "Донецьк", "Донецк", { front: true }),
  p("Mariupol", 47.097, 37.543, 431_000, "Маріуполь", "Мариуполь"),
  p("Makiivka", 48.048, 37.926, 340_000, "Макіївка", "Макеевка", {
    en: ["Makeyevka", "Makiyivka", "Makeevka"],
    front: true,
  }),
  p("Horlivka", 48.3, 38.05, 241_000, "Горлівка", "Горловка", { en: ["Gorlovka"], front: true }),
  p("Kramatorsk", 48.723, 37.556, 150_000, "Краматорськ", "Краматорск", { front: true }),
  p("Sloviansk", 48.852, 37.605, 106_000, "Слов'янськ", "Славянск", { en: ["Slovyansk", "Slavyansk"], front: true }),
  p("Yenakiieve", 48.233, 38.21, 77_000, "Єнакієве", "Енакиево", { en: ["Yenakiyeve", "Yenakiyevo", "Enakievo"] }),
  p("Bakhmut", 48.595, 38.0, 73_000, "Бахмут", "Бахмут", {
    ukAlt: ["Артемівськ"],
    ruAlt: ["Артёмовск"],
    en: ["Artemivsk", "Artyomovsk", "Artemovsk"],
    front: true,
  }),
  p("Kostiantynivka", 48.527, 37.706, 67_000, "Костянтинівка", "Константиновка", {
    en: ["Kostyantynivka", "Konstantinovka"],
    front: true,
  }),
  p("Pokrovsk", 48.282, 37.176, 60_000, "Покровськ", "Покровск", {
    ukAlt: ["Красноармійськ"],
    ruAlt: ["Красноармейск"],
    en: ["Krasnoarmiisk", "Krasnoarmeysk"],
    front: true,
  }),
  p("Khartsyzk", 48.042, 38.152, 57_000, "Харцизьк", "Харцызск", { en: ["Khartsyzsk"] }),
  p("Chystiakove", 48.033, 38.6, 56_000, "Чистякове", "Чистяково", {
    ukAlt: ["Торез"],
    ruAlt: ["Торез"],
    en: ["Chistyakovo", "Torez"],
  }),
  p("Druzhkivka", 48.63, 37.556, 54_000, "Дружківка", "Дружковка", { en: ["Druzhkovka"], front: true }),
  p("Shakhtarsk", 48.055, 38.45, 47_000, "Шахтарськ", "Шахтёрск", { en: ["Shakhtyorsk", "Shakhtersk"] }),
  p("Myrnohrad", 48.303, 37.263, 46_000, "Мирноград", "Мирноград", {
    ukAlt: ["Димитров"],
    ruAlt: ["Димитров"],
    en: ["Mirnograd", "Dymytrov", "Dimitrov"],
    // A surname (Georgi Dimitrov) far more often than the old name of the town.
    queryOnly: ["Dymytrov", "Dimitrov", "Димитров"],
    front: true,
  }),
  p("Snizhne", 48.026, 38.767, 45_000, "Сніжне", "Снежное", { en: ["Snezhnoye", "Snezhnoe"] }),
  p("Yasynuvata", 48.128, 37.859, 33_000, "af:Ясинувата", "Ясиноватая", { en: ["Yasinovataya"], front: true }),
  p("Toretsk", 48.397, 37.847, 31_000, "Торецьк", "Торецк", {
    ukAlt: ["Дзержинськ"],
    ruAlt: ["Дзержинск"],
    en: ["Dzerzhynsk"],
    front: true,
  }),
  p("Avdiivka", 48.139, 37.743, 31_000, "Авдіївка", "Авдеевка", {
    en: ["Avdiyivka", "Avdeevka", "Avdeyevka"],
    front: true,
  }),
  p("Dobropillia", 48.467, 37.085, 28_000, "Добропілля", "Доброполье", {
    en: ["Dobropillya", "Dobropolye"],
    front: true,
  }),
  p("Debaltseve", 48.343, 38.406, 24_000, "Дебальцеве", "Дебальцево", { en: ["Debaltsevo"] }),
  p("Dokuchaievsk", 47.75, 37.68, 22_000, "Докучаєвськ", "Докучаевск", { en: ["Dokuchayevsk"], front: true }),
  p("Selydove", 48.149, 37.3, 21_000, "Селидове", "Селидово", { en: ["Selidovo"], front: true }),
  p("Volnovakha", 47.601, 37.497, 21_000, "Волноваха", "Волноваха"),
  p("Lyman", 48.988, 37.802, 20_000, "Лиман", "Лиман", {
    ukAlt: ["Красний Лиман"],
    ruAlt: ["Красный Лиман"],
    en: ["Krasnyi Lyman", "Krasny Liman", "Liman"],
    front: true,
  }),
  p("Amvrosiivka", 47.795, 38.478, 19_000, "Амвросіївка", "Амвросиевка", { en: ["Amvrosiyivka", "Amvrosievka"] }),
  p("Zuhres", 48.017, 38.265, 18_000, "Зугрес", "Зугрэс", { en: ["Zugres"] }),
  p("Kurakhove", 47.983, 37.283, 18_000, "Курахове", "Курахово", { en: ["Kurakhovo"], front: true }),
  p("Novohrodivka", 48.205, 37.347, 14_000, "Новогродівка", "Новогродовка", { en: ["Novogrodovka"], front: true }),
  p("Vuhledar", 47.78, 37.248, 14_000, "Вугледар", "Угледар", { en: ["Ugledar"], front: true }),
  p(
    "Chasiv Yar",
    48.586,
    37.834,
    12_000,
    "Часів Яр; Часового Яру; Часового Яра; Часовому Яру; Часовим Яром; Часовому Ярі",
    "Часов Яр; Часова Яра; Часову Яру; Часовым Яром; Часовом Яре; Часовом Яру",
    { en: ["Chasov Yar", "Chasiv Iar"], front: true },
  ),
  p("Siversk", 48.868, 38.1, 11_000, "Сіверськ", "Северск", { en: ["Seversk"], front: true }),
  p("Svitlodarsk", 48.433, 38.218, 11_000, "Світлодарськ", "Светлодарск", { en: ["Svetlodarsk"], front: true }),
  p("Soledar", 48.68, 38.085, 10_000, "Соледар", "Соледар", { front: true }),
  p("Marinka", 47.942, 37.503, 9_000, "Мар'їнка", "Марьинка", { en: ["Maryinka", "Mariinka"], front: true }),
  p("Velyka Novosilka", 47.845, 36.831, 5_000, "Велика Новосілка", "Великая Новосёлка", {
    en: ["Velikaya Novoselka", "Velyka Novosyolka"],
    front: true,
    settlement: true,
  }),
  p("Sviatohirsk", 49.033, 37.566, 4_000, "Святогірськ", "Святогорск", {
    en: ["Svyatogorsk", "Sviatohirsk"],
    front: true,
  }),
]);

export const LUHANSK = inRegion("Luhansk Oblast", "UA", [
  p("Luhansk", 48.574, 39.308, 400_000, "Луганськ", "Луганск", { en: ["Lugansk"] }),
  p("Alchevsk", 48.468, 38.797, 106_000, "Алчевськ", "Алчевск"),
  p("Sievierodonetsk", 48.948, 38.491, 101_000, "Сєвєродонецьк", "Северодонецк", {
    ukAlt: ["Северодонецьк"],
    en: ["Severodonetsk", "Syeverodonetsk", "Sievierodonetsk"],
    front: true,
  }),
  p("Lysychansk", 48.904, 38.443, 95_000, "Лисичанськ", "Лисичанск", { en: ["Lisichansk"], front: true }),
  p("Khrustalnyi", 48.132, 38.935, 78_000, "Хрустальний", "Хрустальный", {
    ukAlt: ["Красний Луч"],
    ruAlt: ["Красный Луч"],
    en: ["Khrustalny", "Krasnyi Luch", "Krasny Luch"],
  }),
  p("Kadiivka", 48.567, 38.65, 74_000, "Кадіївка", "Кадиевка", {
    ukAlt: ["Стаханов"],
    ruAlt: ["Стаханов"],
    en: ["Kadiyivka", "Stakhanov"],
  }),
  p("Dovzhansk", 48.083, 39.65, 63_000, "Довжанськ", "Довжанск", {
    ukAlt: ["Свердловськ"],
    ruAlt: ["Свердловск"],
    en: ["Sverdlovsk"],
    // "Sverdlovsk region" is the Urals oblast; the old name of Yekaterinburg.
    queryOnly: ["Sverdlovsk", "Свердловськ", "Свердловск"],
  }),
  p("Rubizhne", 49.013, 38.379, 56_000, "Рубіжне", "Рубежное", { en: ["Rubezhnoye", "Rubezhnoe"], front: true }),
  p("Antratsyt", 48.117, 39.083, 52_000, "Антрацит", "Антрацит", { en: ["Antratsit"] }),
  p("Rovenky", 48.083, 39.367, 45_000, "Ровеньки|Ровеньок", "Ровеньки|Ровеньков", { en: ["Rovenki"] }),
  p("Brianka", 48.513, 38.643, 45_000, "Брянка", "Брянка", { en: ["Bryanka"] }),
  p("Sorokyne", 48.295, 39.74, 40_000, "Сорокине", "Сорокино", {
    ukAlt: ["Краснодон"],
    ruAlt: ["Краснодон"],
    en: ["Sorokino", "Krasnodon"],
  }),
  p("Kreminna", 49.045, 38.218, 19_000, "af:Кремінна", "Кременная", { en: ["Kremennaya"], front: true }),
  p("Starobilsk", 49.278, 38.91, 16_000, "Старобільськ", "Старобельск", { en: ["Starobelsk"] }),
  p("Svatove", 49.41, 38.163, 16_000, "Сватове", "Сватово", { en: ["Svatovo"], front: true }),
  p("Popasna", 48.633, 38.383, 20_000, "af:Попасна", "Попасная", { en: ["Popasnaya"] }),
  p("Holubivka", 48.637, 38.646, 27_000, "Голубівка", "Голубовка", {
    ukAlt: ["Кіровськ"],
    ruAlt: ["Кировск"],
    en: ["Golubovka", "Kirovsk"],
    // Kirovsk is also a town near St Petersburg and one in Murmansk Oblast.
    queryOnly: ["Kirovsk", "Кіровськ", "Кировск"],
  }),
  p("Molodohvardiisk", 48.344, 39.657, 22_000, "Молодогвардійськ", "Молодогвардейск", { en: ["Molodogvardeysk"] }),
]);
