/**
 * Regions: the 24 Ukrainian oblasts, Crimea, Sevastopol and the city of Kyiv (a region of its own,
 * named "Kyiv", distinct from "Kyiv Oblast"), and the Russian regions the gazetteer has places in.
 */

import type { RegionSpec } from "./spec.js";

function ua(
  name: string,
  centre: string | null,
  uk: string,
  ukAdj: string,
  ruAdj: string,
  extra: Partial<RegionSpec> = {},
): RegionSpec {
  return { name, country: "UA", centre, uk, ukAdj: [ukAdj], ruAdj: [ruAdj], ...extra };
}

function ru(
  name: string,
  centre: string | null,
  uk: string,
  ukAdj: string,
  ruAdj: string,
  extra: Partial<RegionSpec> = {},
): RegionSpec {
  return { name, country: "RU", centre, uk, ukAdj: [ukAdj], ruAdj: [ruAdj], ...extra };
}

export const REGIONS: RegionSpec[] = [
  ua("Vinnytsia Oblast", "Vinnytsia", "Вінницька область", "Вінницьк", "Винницк", {
    ukNames: ["Вінниччина"],
    ruNames: ["Винничина"],
  }),
  ua("Volyn Oblast", "Lutsk", "Волинська область", "Волинськ", "Волынск", {
    ukNames: ["fc:Волинь"],
    ruNames: ["fc:Волынь"],
    enNames: ["Volyn", "Volhynia"],
    stems: ["Volyn", "Volhynia", "Lutsk"],
    adjCity: null,
  }),
  ua("Dnipropetrovsk Oblast", "Dnipro", "Дніпропетровська область", "Дніпропетровськ", "Днепропетровск", {
    ukNames: ["Дніпропетровщина", "Дніпровщина"],
    ruNames: ["Днепропетровщина"],
    enNames: ["Dnipropetrovshchyna"],
  }),
  ua("Donetsk Oblast", "Donetsk", "Донецька область", "Донецьк", "Донецк", {
    ukNames: ["Донеччина"],
    ruNames: ["Донетчина"],
    enNames: ["Donechchyna"],
  }),
  ua("Zhytomyr Oblast", "Zhytomyr", "Житомирська область", "Житомирськ", "Житомирск", {
    ukNames: ["Житомирщина"],
    ruNames: ["Житомирщина"],
  }),
  ua("Zakarpattia Oblast", "Uzhhorod", "Закарпатська область", "Закарпатськ", "Закарпатск", {
    ukNames: ["Закарпаття"],
    ruNames: ["Закарпатье"],
    enNames: ["Zakarpattia", "Transcarpathia", "Zakarpattya"],
    extraStems: ["Zakarpattia", "Transcarpathia", "Zakarpattya", "Transcarpathian"],
    adjCity: null,
  }),
  ua("Zaporizhzhia Oblast", "Zaporizhzhia", "Запорізька область", "Запорізьк", "Запорожск"),
  ua("Ivano-Frankivsk Oblast", "Ivano-Frankivsk", "Івано-Франківська область", "Івано-Франківськ", "Ивано-Франковск", {
    ukNames: ["Прикарпаття", "Франківщина", "Івано-Франківщина"],
    ruNames: ["Прикарпатье"],
    enNames: ["Prykarpattia"],
  }),
  ua("Kyiv Oblast", "Kyiv", "Київська область", "Київськ", "Киевск", {
    noRaion: true,
    ukNames: ["Київщина"],
    ruNames: ["Киевщина"],
    enNames: ["Kyivshchyna"],
  }),
  ua("Kirovohrad Oblast", "Kropyvnytskyi", "Кіровоградська область", "Кіровоградськ", "Кировоградск", {
    ukNames: ["Кіровоградщина"],
    ruNames: ["Кировоградщина"],
  }),
  ua("Luhansk Oblast", "Luhansk", "Луганська область", "Луганськ", "Луганск", {
    ukNames: ["Луганщина"],
    ruNames: ["Луганщина"],
    enNames: ["Luhanshchyna"],
  }),
  ua("Lviv Oblast", "Lviv", "Львівська область", "Львівськ", "Львовск", {
    ukNames: ["Львівщина"],
    ruNames: ["Львовщина"],
  }),
  ua("Mykolaiv Oblast", "Mykolaiv", "Миколаївська область", "Миколаївськ", "Николаевск", {
    ukNames: ["Миколаївщина"],
    ruNames: ["Николаевщина"],
  }),
  ua("Odesa Oblast", "Odesa", "Одеська область", "Одеськ", "Одесск", {
    ukNames: ["Одещина"],
    ruNames: ["Одесщина"],
    enNames: ["Odeshchyna"],
  }),
  ua("Poltava Oblast", "Poltava", "Полтавська область", "Полтавськ", "Полтавск", {
    ukNames: ["Полтавщина"],
    ruNames: ["Полтавщина"],
  }),
  ua("Rivne Oblast", "Rivne", "Рівненська область", "Рівненськ", "Ровенск", {
    ukNames: ["Рівненщина"],
    ruNames: ["Ровенщина"],
  }),
  ua("Sumy Oblast", "Sumy", "Сумська область", "Сумськ", "Сумск", {
    ukNames: ["Сумщина"],
    ruNames: ["Сумщина"],
    enNames: ["Sumshchyna"],
  }),
  ua("Ternopil Oblast", "Ternopil", "Тернопільська область", "Тернопільськ", "Тернопольск", {
    ukNames: ["Тернопільщина"],
    ruNames: ["Тернопольщина"],
  }),
  ua("Kharkiv Oblast", "Kharkiv", "Харківська область", "Харківськ", "Харьковск", {
    ukNames: ["Харківщина", "Слобожанщина"],
    ruNames: ["Харьковщина", "Слобожанщина"],
    enNames: ["Kharkivshchyna"],
  }),
  ua("Kherson Oblast", "Kherson", "Херсонська область", "Херсонськ", "Херсонск", {
    ukNames: ["Херсонщина"],
    ruNames: ["Херсонщина"],
    enNames: ["Khersonshchyna"],
  }),
  ua("Khmelnytskyi Oblast", "Khmelnytskyi", "Хмельницька область", "Хмельницьк", "Хмельницк", {
    ukNames: ["Хмельниччина"],
    ruNames: ["Хмельнитчина"],
  }),
  ua("Cherkasy Oblast", "Cherkasy", "Черкаська область", "Черкаськ", "Черкасск", {
    ukNames: ["Черкащина"],
    ruNames: ["Черкасщина"],
  }),
  ua("Chernivtsi Oblast", "Chernivtsi", "Чернівецька область", "Чернівецьк", "Черновицк", {
    ukNames: ["Буковина"],
    ruNames: ["Буковина"],
    enNames: ["Bukovyna", "Bukovina"],
  }),
  ua("Chernihiv Oblast", "Chernihiv", "Чернігівська область", "Чернігівськ", "Черниговск", {
    ukNames: ["Чернігівщина"],
    ruNames: ["Черниговщина"],
    enNames: ["Chernihivshchyna"],
  }),
  {
    name: "Crimea",
    country: "UA",
    centre: "Simferopol",
    uk: "Автономна Республіка Крим",
    ukNames: ["Крим"],
    ruNames: ["Крым"],
    enNames: ["Crimea"],
    stems: [],
    adjCity: null,
  },
  { name: "Sevastopol", country: "UA", centre: "Sevastopol", uk: "Севастополь", stems: [] },
  { name: "Kyiv", country: "UA", centre: "Kyiv", uk: "Київ", stems: [] },

  ru("Belgorod Oblast", "Belgorod", "Бєлгородська область", "Бєлгородськ", "Белгородск", {
    ukAdj: ["Бєлгородськ", "Білгородськ"],
    ukNames: ["Бєлгородщина", "Білгородщина"],
    ruNames: ["Белгородчина", "Белгородщина"],
  }),
  ru("Kursk Oblast", "Kursk", "Курська область", "Курськ", "Курск", { ukNames: ["Курщина"], ruNames: ["Курщина"] }),
  ru("Bryansk Oblast", "Bryansk", "Брянська область", "Брянськ", "Брянск", {
    ukNames: ["Брянщина"],
    ruNames: ["Брянщина"],
  }),
  ru("Voronezh Oblast", "Voronezh", "Воронезька область", "Воронезьк", "Воронежск", {
    ukNames: ["Воронежчина"],
    ruNames: ["Воронежчина"],
  }),
  ru("Rostov Oblast", "Rostov-on-Don", "Ростовська область", "Ростовськ", "Ростовск", {
    ukNames: ["Ростовщина"],
    ruNames: ["Ростовщина"],
  }),
  ru("Krasnodar Krai", "Krasnodar", "Краснодарський край", "Краснодарськ", "Краснодарск", {
    ukNames: ["fc:Кубань"],
    ruNames: ["fc:Кубань"],
    enNames: ["Kuban"],
  }),
  { name: "Moscow", country: "RU", centre: "Moscow", uk: "Москва", stems: [] },
  ru("Moscow Oblast", null, "Московська область", "Московськ", "Московск", {
    ukNames: ["Підмосков'я"],
    ruNames: ["Подмосковье"],
    stems: ["Moscow"],
    adjCity: "Moscow",
    noRaion: true,
  }),
  { name: "St Petersburg", country: "RU", centre: "St Petersburg", uk: "Санкт-Петербург", stems: [] },
  ru("Leningrad Oblast", null, "Ленінградська область", "Ленінградськ", "Ленинградск", {
    stems: ["Leningrad"],
    adjCity: null,
  }),
  ru("Lipetsk Oblast", "Lipetsk", "Липецька область", "Липецьк", "Липецк"),
  ru("Oryol Oblast", "Oryol", "Орловська область", "Орловськ", "Орловск", {
    ukNames: ["Орловщина"],
    ruNames: ["Орловщина"],
  }),
  ru("Tula Oblast", "Tula", "Тульська область", "Тульськ", "Тульск"),
  ru("Ryazan Oblast", "Ryazan", "Рязанська область", "Рязанськ", "Рязанск"),
  ru("Saratov Oblast", "Saratov", "Саратовська область", "Саратовськ", "Саратовск"),
  ru("Samara Oblast", "Samara", "Самарська область", "Самарськ", "Самарск"),
  {
    name: "Republic of Tatarstan",
    country: "RU",
    centre: "Kazan",
    uk: "Республіка Татарстан",
    ukNames: ["Татарстан"],
    ruNames: ["Татарстан"],
    enNames: ["Tatarstan"],
    stems: [],
    adjCity: null,
  },
  ru("Smolensk Oblast", "Smolensk", "Смоленська область", "Смоленськ", "Смоленск", {
    ukNames: ["Смоленщина"],
    ruNames: ["Смоленщина"],
  }),
  ru("Pskov Oblast", "Pskov", "Псковська область", "Псковськ", "Псковск", {
    ukNames: ["Псковщина"],
    ruNames: ["Псковщина"],
  }),
  ru("Volgograd Oblast", "Volgograd", "Волгоградська область", "Волгоградськ", "Волгоградск"),
  ru("Kaluga Oblast", "Kaluga", "Калузька область", "Калузьк", "Калужск"),
  ru("Tambov Oblast", "Tambov", "Тамбовська область", "Тамбовськ", "Тамбовск", {
    ukNames: ["Тамбовщина"],
    ruNames: ["Тамбовщина"],
  }),
  ru("Tver Oblast", "Tver", "Тверська область", "Тверськ", "Тверск"),
  ru("Nizhny Novgorod Oblast", "Nizhny Novgorod", "Нижньогородська область", "Нижньогородськ", "Нижегородск"),
  ru("Yaroslavl Oblast", "Yaroslavl", "Ярославська область", "Ярославськ", "Ярославск"),
  {
    name: "Republic of Bashkortostan",
    country: "RU",
    centre: "Ufa",
    uk: "Республіка Башкортостан",
    ukNames: ["Башкортостан", "Башкирія"],
    ruNames: ["Башкортостан", "Башкирия"],
    enNames: ["Bashkortostan", "Bashkiria"],
    stems: [],
    adjCity: null,
  },
  ru("Astrakhan Oblast", "Astrakhan", "Астраханська область", "Астраханськ", "Астраханск"),
  ru("Orenburg Oblast", "Orenburg", "Оренбурзька область", "Оренбурзьк", "Оренбургск", {
    ukNames: ["Оренбуржжя"],
    ruNames: ["Оренбуржье"],
  }),
];
