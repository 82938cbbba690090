/** Western oblasts: Lviv, Volyn, Rivne, Ternopil, Ivano-Frankivsk, Zakarpattia, Chernivtsi, Khmelnytskyi. */

import { inRegion, p } from "./spec.js";

export const LVIV = inRegion("Lviv Oblast", "UA", [
  p("Lviv", 49.842, 24.032, 721_000, "Львів", "Львов", { en: ["Lvov", "Lwow"] }),
  p("Drohobych", 49.349, 23.507, 75_000, "Дрогобич", "Дрогобыч", { en: ["Drogobych"] }),
  p("Sheptytskyi", 50.386, 24.229, 65_000, "Шептицький", "Шептицкий", {
    ukAlt: ["Червоноград"],
    ruAlt: ["Червоноград"],
    en: ["Chervonohrad", "Chervonograd", "Sheptytskyy"],
    // Renamed in 2024 after Metropolitan Andrey Sheptytsky, whose name is also on a street in
    // most Ukrainian towns ("вулиця Митрополита Шептицького").
    queryOnly: ["Sheptytskyi", "Sheptytskyy", "Шептицький", "Шептицкий"],
  }),
  p("Stryi", 49.262, 23.856, 59_000, "ms:Стрий", "ms:Стрый", { en: ["Stryy", "Stry"] }),
  p("Sambir", 49.518, 23.201, 34_000, "Самбір|Самбор", "Самбор", { en: ["Sambor"] }),
  p("Boryslav", 49.287, 23.43, 32_000, "Борислав", "Борислав", { en: ["Borislav"] }),
  p("Truskavets", 49.279, 23.506, 28_000, "Трускавець|Трускавц", "Трускавец|Трускавц"),
  p("Novyi Rozdil", 49.47, 24.133, 28_000, "Новий Розділ|Роздол", "Новый Раздол", {
    en: ["Novy Rozdil", "Novyy Rozdil"],
  }),
  p("Yavoriv", 49.938, 23.383, 13_000, "Яворів", "Яворов", { en: ["Yavorov"] }),
  p("Sokal", 50.481, 24.282, 21_000, "Сокаль", "Сокаль"),
  p("Brody", 50.081, 25.15, 23_000, "Броди|Бродів", "Броды|Брод"),
]);

export const VOLYN = inRegion("Volyn Oblast", "UA", [
  p("Lutsk", 50.747, 25.325, 215_000, "Луцьк", "Луцк"),
  p("Kovel", 51.215, 24.709, 68_000, "Ковель", "Ковель"),
  p("Novovolynsk", 50.728, 24.166, 51_000, "Нововолинськ", "Нововолынск"),
  p("Volodymyr", 50.848, 24.319, 38_000, "Володимир", "Владимир-Волынский", {
    ukAlt: ["Володимир-Волинський"],
    en: ["Volodymyr-Volynskyi", "Vladimir-Volynsky", "Volodymyr-Volynskyy"],
    // Zelensky's first name: the bare name is never matched in running text.
    queryOnly: ["Volodymyr", "Володимир"],
  }),
]);

export const RIVNE = inRegion("Rivne Oblast", "UA", [
  p("Rivne", 50.62, 26.251, 245_000, "Рівне", "Ровно", { en: ["Rovno"] }),
  p("Varash", 51.349, 25.848, 42_000, "Вараш", "Вараш", {
    ukAlt: ["Кузнецовськ"],
    ruAlt: ["Кузнецовск"],
    en: ["Kuznetsovsk"],
  }),
  p("Dubno", 50.417, 25.735, 37_000, "Дубно", "Дубно"),
  p("Kostopil", 50.878, 26.445, 31_000, "Костопіль|Костопол", "Костополь", { en: ["Kostopol"] }),
  p("Sarny", 51.338, 26.602, 28_000, "Сарни|Сарн", "Сарны|Сарн"),
  p("Zdolbuniv", 50.51, 26.247, 24_000, "Здолбунів", "Здолбунов", { en: ["Zdolbunov"] }),
]);

export const TERNOPIL = inRegion("Ternopil Oblast", "UA", [
  p("Ternopil", 49.553, 25.595, 225_000, "Тернопіль|Тернопол", "Тернополь", { en: ["Ternopol"] }),
  p("Chortkiv", 49.017, 25.8, 28_000, "Чортків", "Чортков", { en: ["Chortkov"] }),
  p("Kremenets", 50.103, 25.726, 21_000, "Кременець|Кременц", "Кременец|Кременц"),
]);

export const IVANO_FRANKIVSK = inRegion("Ivano-Frankivsk Oblast", "UA", [
  p("Ivano-Frankivsk", 48.923, 24.711, 238_000, "Івано-Франківськ", "Ивано-Франковск", { en: ["Ivano-Frankovsk"] }),
  p("Kalush", 49.043, 24.36, 66_000, "Калуш", "Калуш"),
  p("Kolomyia", 48.531, 25.037, 61_000, "Коломия", "Коломыя", { en: ["Kolomyya", "Kolomyja"] }),
  p("Nadvirna", 48.634, 24.578, 22_000, "af:Надвірна", "Надворная", { en: ["Nadvornaya"] }),
  p("Dolyna", 48.971, 24.011, 20_000, "Долина", "Долина", { en: ["Dolina"] }),
]);

export const ZAKARPATTIA = inRegion("Zakarpattia Oblast", "UA", [
  p("Uzhhorod", 48.621, 22.288, 115_000, "Ужгород", "Ужгород", { en: ["Uzhgorod"] }),
  p("Mukachevo", 48.44, 22.718, 85_000, "Мукачево", "Мукачево", { en: ["Mukacheve"] }),
  p("Khust", 48.175, 23.298, 28_000, "Хуст", "Хуст"),
  p("Vynohradiv", 48.139, 23.032, 25_000, "Виноградів", "Виноградов", { en: ["Vinogradov"] }),
  p("Berehove", 48.205, 22.644, 23_000, "Берегове", "Берегово", { en: ["Beregovo", "Berehovo"] }),
]);

export const CHERNIVTSI = inRegion("Chernivtsi Oblast", "UA", [
  p("Chernivtsi", 48.292, 25.936, 265_000, "Чернівці|Чернівців", "Черновцы|Черновцов", {
    en: ["Chernovtsy", "Czernowitz"],
  }),
]);

export const KHMELNYTSKYI = inRegion("Khmelnytskyi Oblast", "UA", [
  p("Khmelnytskyi", 49.423, 26.987, 275_000, "Хмельницький", "Хмельницкий", {
    en: ["Khmelnytskyy", "Khmelnitsky", "Khmelnytsky", "Khmelnitskiy"],
  }),
  p("Kamianets-Podilskyi", 48.678, 26.585, 100_000, "Кам'янець|Кам'янц-Подільський", "Каменец|Каменц-Подольский", {
    en: ["Kamyanets-Podilskyi", "Kamenets-Podolsky", "Kamianets-Podilskyy"],
  }),
  p("Shepetivka", 50.181, 27.063, 41_000, "Шепетівка", "Шепетовка", { en: ["Shepetovka"] }),
  p("Netishyn", 50.34, 26.641, 36_000, "Нетішин", "Нетешин", { en: ["Neteshin"] }),
  p("Slavuta", 50.301, 26.869, 35_000, "Славута", "Славута"),
  p("Starokostiantyniv", 49.758, 27.205, 35_000, "Старокостянтинів", "Староконстантинов", {
    en: ["Starokostyantyniv", "Starokonstantinov"],
  }),
]);
