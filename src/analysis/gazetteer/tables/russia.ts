/**
 * Russian places often reported as struck (refineries, airfields, ports, border towns) or as
 * launch sites. Canonical names are the usual English ones; `uk` is the Ukrainian spelling.
 */

import { inRegion, p } from "./spec.js";

export const RUSSIA = [
  ...inRegion("Belgorod Oblast", "RU", [
    p("Belgorod", 50.596, 36.587, 340_000, "Бєлгород", "Белгород", { ukAlt: ["Білгород"], front: true }),
    p("Shebekino", 50.409, 36.894, 40_000, "Шебекіне", "Шебекино", { front: true }),
    p("Graivoron", 50.478, 35.678, 6_000, "Грайворон", "Грайворон", { en: ["Grayvoron"], front: true }),
    p("Valuyki", 50.211, 38.1, 33_000, "Валуйки|Валуйок", "Валуйки|Валуек", { en: ["Valuiki"], front: true }),
    p("Stary Oskol", 51.296, 37.842, 220_000, "Старий Оскол", "Старый Оскол", {
      en: ["Staryi Oskol", "Staryy Oskol", "Stariy Oskol"],
    }),
    p("Gubkin", 51.283, 37.533, 84_000, "Губкін", "Губкин"),
  ]),
  ...inRegion("Kursk Oblast", "RU", [
    p("Kursk", 51.73, 36.193, 440_000, "Курськ", "Курск"),
    p("Sudzha", 51.19, 35.27, 5_000, "Суджа", "Суджа", { front: true }),
    p("Rylsk", 51.568, 34.681, 15_000, "Рильськ", "Рыльск", { front: true }),
    p("Lgov", 51.66, 35.262, 18_000, "Льгов", "Льгов"),
    p("Kurchatov", 51.66, 35.657, 38_000, "Курчатов", "Курчатов"),
    p("Zheleznogorsk", 52.339, 35.351, 100_000, "Залізногорськ", "Железногорск", { ukAlt: ["Железногорськ"] }),
  ]),
  ...inRegion("Bryansk Oblast", "RU", [
    p("Bryansk", 53.243, 34.364, 400_000, "Брянськ", "Брянск"),
    p("Klintsy", 52.757, 32.236, 60_000, "Клинці|Клинців", "Клинцы|Клинцов"),
  ]),
  ...inRegion("Voronezh Oblast", "RU", [
    p("Voronezh", 51.672, 39.184, 1_050_000, "Воронеж", "Воронеж"),
    p("Rossosh", 50.198, 39.567, 62_000, "fc:Россош", "fc:Россошь"),
    p("Borisoglebsk", 51.368, 42.081, 60_000, "Борисоглібськ", "Борисоглебск"),
  ]),
  ...inRegion("Rostov Oblast", "RU", [
    p("Rostov-on-Don", 47.235, 39.701, 1_140_000, "Ростов-на-Дону", "Ростов-на-Дону", {
      ukAlt: ["Ростов"],
      ruAlt: ["Ростов"],
      en: ["Rostov-na-Donu", "Rostov"],
    }),
    p("Taganrog", 47.209, 38.935, 250_000, "Таганрог", "Таганрог"),
    p("Shakhty", 47.708, 40.216, 230_000, "Шахти|Шахт", "Шахты|Шахт"),
    p("Novocherkassk", 47.411, 40.104, 165_000, "Новочеркаськ", "Новочеркасск"),
    p("Bataysk", 47.139, 39.751, 127_000, "Батайськ", "Батайск", { en: ["Bataisk"] }),
    p("Novoshakhtinsk", 47.757, 39.935, 107_000, "Новошахтинськ", "Новошахтинск", { front: true }),
    p("Kamensk-Shakhtinsky", 48.318, 40.259, 88_000, "Каменськ-Шахтинський", "Каменск-Шахтинский", {
      en: ["Kamensk-Shakhtinskiy", "Kamensk-Shakhtinskii"],
    }),
    // Ukraine's Air Force bulletins write the Russian form: "з напрямків Курськ, Міллерово".
    p("Millerovo", 48.925, 40.398, 35_000, "Міллерове", "Миллерово", { ukAlt: ["=Міллерово"] }),
    p("Morozovsk", 48.351, 41.83, 25_000, "Морозовськ", "Морозовск"),
  ]),
  ...inRegion("Krasnodar Krai", "RU", [
    p("Krasnodar", 45.035, 38.975, 950_000, "Краснодар", "Краснодар"),
    p("Novorossiysk", 44.724, 37.768, 340_000, "Новоросійськ", "Новороссийск", { en: ["Novorossiisk"] }),
    p("Sochi", 43.585, 39.723, 440_000, "=Сочі", "=Сочи"),
    p("Tuapse", 44.1, 39.083, 60_000, "=Туапсе", "=Туапсе"),
    p("Yeysk", 46.711, 38.275, 85_000, "Єйськ", "Ейск", { en: ["Yeisk", "Eysk"] }),
    p("Armavir", 44.997, 41.129, 190_000, "Армавір", "Армавир"),
    p("Anapa", 44.895, 37.316, 80_000, "Анапа", "Анапа"),
    p("Slavyansk-na-Kubani", 45.259, 38.125, 63_000, "Слов'янськ-на-Кубані", "Славянск-на-Кубани", {
      en: ["Slavyansk-on-Kuban"],
    }),
    p("Primorsko-Akhtarsk", 46.05, 38.167, 32_000, "Приморсько-Ахтарськ", "Приморско-Ахтарск"),
    p("Krymsk", 44.929, 37.986, 57_000, "Кримськ", "Крымск"),
    p("Tikhoretsk", 45.855, 40.125, 59_000, "Тихорєцьк", "Тихорецк"),
  ]),
  ...inRegion("Moscow", "RU", [p("Moscow", 55.756, 37.617, 12_600_000, "Москва", "Москва", { capital: true })]),
  ...inRegion("Moscow Oblast", "RU", [
    p("Podolsk", 55.431, 37.545, 310_000, "Подольськ", "Подольск"),
    p("Kolomna", 55.079, 38.778, 140_000, "Коломна", "Коломна"),
    p("Ramenskoye", 55.567, 38.225, 120_000, "Раменське", "Раменское", { en: ["Ramenskoe"] }),
    p("Krasnogorsk", 55.821, 37.33, 175_000, "Красногорськ", "Красногорск"),
    p("Domodedovo", 55.437, 37.766, 140_000, "Домодєдово", "Домодедово"),
  ]),
  ...inRegion("St Petersburg", "RU", [
    p("St Petersburg", 59.939, 30.316, 5_400_000, "Санкт-Петербург", "Санкт-Петербург", {
      ukAlt: ["Петербург"],
      ruAlt: ["Петербург", "Питер"],
      en: ["St. Petersburg", "Saint Petersburg", "Sankt-Peterburg", "Petersburg"],
    }),
  ]),
  ...inRegion("Leningrad Oblast", "RU", [
    p("Ust-Luga", 59.671, 28.273, 2_000, "Усть-Луга", "Усть-Луга", { settlement: true }),
    p("Primorsk", 60.366, 28.614, 6_000, "Приморськ", "Приморск"),
    p("Kirishi", 59.448, 32.02, 50_000, "Кириші|Кириш", "Кириши|Кириш"),
  ]),
  ...inRegion("Lipetsk Oblast", "RU", [p("Lipetsk", 52.603, 39.571, 500_000, "Липецьк", "Липецк")]),
  ...inRegion("Oryol Oblast", "RU", [p("Oryol", 52.97, 36.064, 300_000, "Орел|Орл", "Орёл|Орл", { en: ["Orel"] })]),
  ...inRegion("Tula Oblast", "RU", [p("Tula", 54.193, 37.617, 470_000, "Тула", "Тула")]),
  ...inRegion("Ryazan Oblast", "RU", [p("Ryazan", 54.63, 39.742, 530_000, "fc:Рязань", "fc:Рязань")]),
  ...inRegion("Saratov Oblast", "RU", [
    p("Saratov", 51.533, 46.034, 830_000, "Саратов", "Саратов"),
    p("Engels", 51.485, 46.127, 220_000, "Енгельс", "Энгельс"),
  ]),
  ...inRegion("Samara Oblast", "RU", [
    p("Samara", 53.195, 50.1, 1_150_000, "Самара", "Самара"),
    p("Syzran", 53.155, 48.475, 170_000, "fc:Сизрань", "fc:Сызрань"),
    p("Novokuibyshevsk", 53.099, 49.948, 100_000, "Новокуйбишевськ", "Новокуйбышевск", { en: ["Novokuybyshevsk"] }),
    p("Tolyatti", 53.508, 49.42, 690_000, "=Тольятті", "=Тольятти", { en: ["Togliatti", "Toliatti"] }),
  ]),
  ...inRegion("Republic of Tatarstan", "RU", [
    p("Kazan", 55.796, 49.106, 1_260_000, "fc:Казань", "fc:Казань"),
    p("Yelabuga", 55.757, 52.054, 75_000, "Єлабуга", "Елабуга", {
      ukAlt: ["Алабуга"],
      ruAlt: ["Алабуга"],
      en: ["Elabuga", "Alabuga"],
    }),
    p("Nizhnekamsk", 55.638, 51.822, 240_000, "Нижньокамськ", "Нижнекамск"),
  ]),
  ...inRegion("Smolensk Oblast", "RU", [p("Smolensk", 54.782, 32.045, 320_000, "Смоленськ", "Смоленск")]),
  ...inRegion("Pskov Oblast", "RU", [p("Pskov", 57.819, 28.332, 190_000, "Псков", "Псков")]),
  ...inRegion("Volgograd Oblast", "RU", [p("Volgograd", 48.708, 44.513, 1_000_000, "Волгоград", "Волгоград")]),
  ...inRegion("Kaluga Oblast", "RU", [p("Kaluga", 54.513, 36.261, 330_000, "Калуга", "Калуга")]),
  ...inRegion("Tambov Oblast", "RU", [p("Tambov", 52.721, 41.452, 290_000, "Тамбов", "Тамбов")]),
  ...inRegion("Tver Oblast", "RU", [
    p("Tver", 56.859, 35.912, 415_000, "fc:Твер", "fc:Тверь"),
    p("Toropets", 56.496, 31.636, 11_000, "Торопець|Торопц", "Торопец|Торопц"),
  ]),
  ...inRegion("Nizhny Novgorod Oblast", "RU", [
    p(
      "Nizhny Novgorod",
      56.327,
      44.006,
      1_230_000,
      "Нижній Новгород",
      "Нижний Новгород; Нижнего Новгорода; Нижнему Новгороду; Нижним Новгородом; Нижнем Новгороде",
      { en: ["Nizhniy Novgorod", "Nizhnii Novgorod"] },
    ),
    p("Kstovo", 56.148, 44.197, 66_000, "Кстово", "Кстово"),
  ]),
  ...inRegion("Yaroslavl Oblast", "RU", [p("Yaroslavl", 57.626, 39.894, 600_000, "Ярославль", "Ярославль")]),
  ...inRegion("Republic of Bashkortostan", "RU", [
    p("Ufa", 54.735, 55.959, 1_140_000, "Уфа", "Уфа"),
    p("Salavat", 53.361, 55.925, 150_000, "Салават", "Салават"),
  ]),
  ...inRegion("Astrakhan Oblast", "RU", [p("Astrakhan", 46.348, 48.034, 520_000, "fc:Астрахань", "fc:Астрахань")]),
  ...inRegion("Orenburg Oblast", "RU", [
    p("Orenburg", 51.768, 55.097, 560_000, "Оренбург", "Оренбург"),
    p("Orsk", 51.229, 58.475, 230_000, "Орськ", "Орск"),
  ]),
];
