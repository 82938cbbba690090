/** Zaporizhzhia, Kherson, Mykolaiv and Odesa oblasts, Crimea and Sevastopol. */

import { inRegion, p } from "./spec.js";

export const ZAPORIZHZHIA = inRegion("Zaporizhzhia Oblast", "UA", [
  p("Zaporizhzhia", 47.838, 35.14, 722_000, "Запоріжжя", "Запорожье", {
    en: ["Zaporozhye", "Zaporizhia", "Zaporozhzhia", "Zaporizhzhya", "Zaporozhzhye", "Zaporizhzhe", "Zaporozhie"],
    naRegion: "Zaporizhzhia Oblast",
    front: true,
  }),
  p("Melitopol", 46.849, 35.365, 150_000, "Мелітополь", "Мелитополь"),
  p("Berdiansk", 46.757, 36.799, 107_000, "Бердянськ", "Бердянск", { en: ["Berdyansk"] }),
  p("Enerhodar", 47.499, 34.656, 53_000, "Енергодар", "Энергодар", { en: ["Energodar"], front: true }),
  p("Tokmak", 47.255, 35.706, 30_000, "Токмак", "Токмак", { front: true }),
  p("Polohy", 47.484, 36.254, 18_000, "Пологи|Пологів", "Пологи|Пологов", { en: ["Pologi"], front: true }),
  p("Dniprorudne", 47.385, 34.977, 18_000, "Дніпрорудне", "Днепрорудное", { en: ["Dneprorudnoye"], front: true }),
  p("Orikhiv", 47.567, 35.784, 14_000, "Оріхів", "Орехов", { en: ["Orekhov", "Orikhov"], front: true }),
  p("Huliaipole", 47.662, 36.256, 13_000, "ne:Гуляйполе", "Гуляйполе; Гуляйполя; Гуляйполю; Гуляйполем", {
    en: ["Hulyaipole", "Gulyaipole", "Gulyaypole"],
    front: true,
  }),
  p("Vasylivka", 47.44, 35.279, 13_000, "Василівка", "Васильевка", { en: ["Vasilyevka", "Vasilievka"], front: true }),
  p("Kamianka-Dniprovska", 47.477, 34.425, 12_000, "Кам'янка-Дніпровська", "Каменка-Днепровская", {
    en: ["Kamyanka-Dniprovska", "Kamenka-Dneprovskaya"],
    front: true,
  }),
  p("Stepnohirsk", 47.595, 35.3, 4_000, "Степногірськ", "Степногорск", {
    en: ["Stepnogorsk"],
    front: true,
    settlement: true,
  }),
  p("Vilniansk", 47.944, 35.433, 14_000, "Вільнянськ", "Вольнянск", { en: ["Volnyansk", "Vilnyansk"], front: true }),
]);

export const KHERSON = inRegion("Kherson Oblast", "UA", [
  p("Kherson", 46.636, 32.617, 283_000, "Херсон", "Херсон", { front: true }),
  p("Nova Kakhovka", 46.755, 33.375, 45_000, "Нова Каховка", "Новая Каховка", { en: ["Novaya Kakhovka"], front: true }),
  p("Kakhovka", 46.815, 33.477, 35_000, "Каховка", "Каховка", { front: true }),
  p("Oleshky", 46.624, 32.717, 24_000, "Олешки|Олешок", "Алешки|Алешек", {
    ukAlt: ["Цюрупинськ"],
    ruAlt: ["Цюрупинск"],
    en: ["Aleshki", "Tsiurupynsk", "Tsyurupinsk"],
    front: true,
  }),
  p("Henichesk", 46.171, 34.816, 20_000, "Генічеськ", "Геническ", { en: ["Genichesk"] }),
  p("Skadovsk", 46.115, 32.911, 17_000, "Скадовськ", "Скадовск"),
  p("Hola Prystan", 46.526, 32.524, 14_000, "Гола fc:Пристань", "Голая fc:Пристань", {
    en: ["Golaya Pristan", "Hola Prystan"],
    front: true,
  }),
  p("Beryslav", 46.84, 33.42, 12_000, "Берислав", "Берислав", { en: ["Berislav"], front: true }),
  p("Bilozerka", 46.636, 32.44, 8_000, "Білозерка", "Белозёрка", { en: ["Belozerka"], front: true, settlement: true }),
]);

export const MYKOLAIV = inRegion("Mykolaiv Oblast", "UA", [
  p("Mykolaiv", 46.975, 31.995, 476_000, "Миколаїв", "Николаев", { en: ["Nikolaev", "Nikolayev", "Mykolayiv"] }),
  p("Pervomaisk", 48.044, 30.85, 64_000, "Первомайськ", "Первомайск", { en: ["Pervomaysk"] }),
  p("Pivdennoukrainsk", 47.817, 31.18, 39_000, "Південноукраїнськ", "Южноукраинск", {
    ukAlt: ["Южноукраїнськ"],
    en: ["Yuzhnoukrainsk"],
  }),
  p("Voznesensk", 47.567, 31.333, 34_000, "Вознесенськ", "Вознесенск"),
  p("Ochakiv", 46.612, 31.549, 14_000, "Очаків", "Очаков", { en: ["Ochakov"], front: true }),
  p("Bashtanka", 47.406, 32.44, 12_000, "Баштанка", "Баштанка"),
  p("Snihurivka", 47.075, 32.805, 12_000, "Снігурівка", "Снигирёвка", {
    en: ["Snigirevka", "Snihurivka"],
    front: true,
  }),
  p("Nova Odesa", 47.31, 31.786, 11_000, "Нова Одеса", "Новая Одесса", { en: ["Novaya Odessa", "Nova Odessa"] }),
]);

export const ODESA = inRegion("Odesa Oblast", "UA", [
  p("Odesa", 46.482, 30.723, 1_015_000, "Одеса", "Одесса", { en: ["Odessa"] }),
  p("Izmail", 45.351, 28.837, 71_000, "Ізмаїл", "Измаил", { en: ["Izmayil"] }),
  p("Chornomorsk", 46.301, 30.655, 59_000, "Чорноморськ", "Черноморск", {
    ukAlt: ["Іллічівськ"],
    ruAlt: ["Ильичёвск"],
    en: ["Illichivsk", "Ilyichevsk"],
  }),
  p("Bilhorod-Dnistrovskyi", 46.186, 30.342, 48_000, "Білгород-Дністровський", "Белгород-Днестровский", {
    en: ["Bilhorod-Dnistrovskyy", "Belgorod-Dnestrovsky", "Bilhorod-Dnistrovsky"],
  }),
  p("Podilsk", 47.747, 29.532, 40_000, "Подільськ", "Подольск", {
    ukAlt: ["Котовськ"],
    ruAlt: ["Котовск"],
    en: ["Kotovsk"],
  }),
  p("Pivdenne", 46.622, 31.101, 32_000, "Південне", "Южный", {
    ukAlt: ["Южне"],
    en: ["Yuzhne", "Yuzhny", "Yuzhnyi"],
    // "Південного Бугу" (the Southern Bug), "Південного командування", "Южного военного округа".
    queryOnly: ["Південне", "Южный"],
  }),
  p("Kiliia", 45.455, 29.265, 19_000, "Кілія", "Килия", { en: ["Kiliya", "Kilia"] }),
  p("Reni", 45.456, 28.283, 18_000, "=Рені", "=Рени"),
  p("Balta", 47.938, 29.622, 18_000, "Балта", "Балта"),
  p("Bolhrad", 45.682, 28.613, 15_000, "Болград", "Болград", { en: ["Bolgrad"] }),
  p("Artsyz", 45.99, 29.418, 14_000, "Арциз", "Арциз", { en: ["Artsiz"] }),
  p("Tatarbunary", 45.839, 29.616, 11_000, "Татарбунари|Татарбунар", "Татарбунары|Татарбунар"),
  p("Teplodar", 46.504, 30.326, 10_000, "Теплодар", "Теплодар"),
]);

export const CRIMEA = inRegion("Crimea", "UA", [
  p("Simferopol", 44.952, 34.102, 340_000, "Сімферополь", "Симферополь"),
  p("Kerch", 45.357, 36.468, 150_000, "fc:Керч", "fc:Керчь"),
  p("Yevpatoria", 45.2, 33.367, 106_000, "Євпаторія", "Евпатория", { en: ["Evpatoria", "Eupatoria", "Yevpatoriya"] }),
  p("Yalta", 44.495, 34.166, 78_000, "Ялта", "Ялта"),
  p("Feodosia", 45.032, 35.382, 68_000, "Феодосія", "Феодосия", { en: ["Feodosiya", "Theodosia"] }),
  p("Dzhankoi", 45.709, 34.389, 38_000, "Джанкой", "Джанкой", { en: ["Dzhankoy"] }),
  p("Alushta", 44.676, 34.41, 29_000, "Алушта", "Алушта"),
  p("Bakhchysarai", 44.751, 33.861, 27_000, "Бахчисарай", "Бахчисарай", { en: ["Bakhchisaray", "Bakhchysaray"] }),
  p("Krasnoperekopsk", 45.956, 33.793, 25_000, "Красноперекопськ", "Красноперекопск"),
  p("Saky", 45.134, 33.6, 24_000, "Саки|Сак", "Саки|Сак", { en: ["Saki"] }),
  p("Armiansk", 46.106, 33.692, 21_000, "Армянськ", "Армянск", { en: ["Armyansk"] }),
]);

export const SEVASTOPOL = inRegion("Sevastopol", "UA", [
  p("Sevastopol", 44.616, 33.525, 440_000, "Севастополь", "Севастополь"),
]);
