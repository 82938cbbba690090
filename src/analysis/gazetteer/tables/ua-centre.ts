/**
 * Kyiv city and the central and northern oblasts: Kyiv, Chernihiv, Sumy, Poltava, Dnipropetrovsk,
 * Kirovohrad, Cherkasy, Vinnytsia, Zhytomyr.
 */

import { inRegion, p } from "./spec.js";

// Kyiv is a city with special status, not part of Kyiv Oblast: its region is "Kyiv".
export const KYIV_CITY = inRegion("Kyiv", "UA", [
  p("Kyiv", 50.45, 30.523, 2_950_000, "Київ", "Киев", { en: ["Kiev"], capital: true }),
]);

export const KYIV_OBLAST = inRegion("Kyiv Oblast", "UA", [
  p(
    "Bila Tserkva",
    49.796,
    30.131,
    208_000,
    "Біла Церква",
    "Белая Церковь; Белой Церкви; Белую Церковь; Белой Церковью",
    { en: ["Belaya Tserkov", "Bila Tserkov"] },
  ),
  p("Brovary", 50.511, 30.79, 109_000, "Бровари|Броварів", "Бровары|Броваров", { en: ["Brovari"] }),
  p("Irpin", 50.521, 30.25, 65_000, "Ірпінь|Ірпен", "Ирпень|Ирпен", { en: ["Irpen"] }),
  p("Boryspil", 50.352, 30.955, 63_000, "Бориспіль|Бориспол", "Борисполь", { en: ["Borispol", "Boryspol"] }),
  p("Fastiv", 50.078, 29.918, 45_000, "Фастів", "Фастов", { en: ["Fastov"] }),
  p("Vyshneve", 50.386, 30.37, 41_000, "Вишневе", "Вишнёвое", { en: ["Vishnevoe", "Vishneve"] }),
  p("Bucha", 50.549, 30.221, 37_000, "Буча", "Буча"),
  p("Vasylkiv", 50.178, 30.321, 37_000, "Васильків", "Васильков", { en: ["Vasilkov"] }),
  p("Boiarka", 50.318, 30.297, 36_000, "Боярка", "Боярка", { en: ["Boyarka"] }),
  p("Vyshhorod", 50.584, 30.49, 34_000, "Вишгород", "Вышгород", { en: ["Vyshgorod"] }),
  p("Obukhiv", 50.107, 30.619, 32_000, "Обухів", "Обухов", { en: ["Obukhov"] }),
  p("Pereiaslav", 50.065, 31.445, 26_000, "Переяслав", "Переяслав", {
    ukAlt: ["Переяслав-Хмельницький"],
    ruAlt: ["Переяслав-Хмельницкий"],
    en: ["Pereyaslav", "Pereiaslav-Khmelnytskyi", "Pereyaslav-Khmelnytsky"],
  }),
  p("Slavutych", 51.522, 30.757, 24_000, "Славутич", "Славутич", { en: ["Slavutich"] }),
  p("Hostomel", 50.573, 30.261, 16_000, "Гостомель", "Гостомель", { en: ["Gostomel"], settlement: true }),
  p("Borodianka", 50.648, 29.923, 13_000, "Бородянка", "Бородянка", { en: ["Borodyanka"], settlement: true }),
  p("Yahotyn", 50.276, 31.764, 20_000, "Яготин", "Яготин", { en: ["Yagotyn", "Yagotin"] }),
  p("Kaharlyk", 49.857, 30.817, 13_000, "Кагарлик", "Кагарлык", { en: ["Kagarlyk"] }),
]);

export const CHERNIHIV = inRegion("Chernihiv Oblast", "UA", [
  p("Chernihiv", 51.498, 31.289, 285_000, "Чернігів", "Чернигов", { en: ["Chernigov"] }),
  p("Nizhyn", 51.048, 31.886, 68_000, "Ніжин", "Нежин", { en: ["Nezhin"] }),
  p("Pryluky", 50.594, 32.388, 53_000, "Прилуки", "Прилуки", { en: ["Priluki"] }),
  p("Novhorod-Siverskyi", 51.987, 33.264, 12_000, "Новгород-Сіверський", "Новгород-Северский", {
    en: ["Novgorod-Seversky", "Novhorod-Siverskyy", "Novhorod-Siverskyi"],
    front: true,
  }),
  p("Koriukivka", 51.774, 32.252, 13_000, "Корюківка", "Корюковка", { en: ["Koryukivka", "Koryukovka"] }),
  p("Horodnia", 51.891, 31.596, 12_000, "Городня", "Городня", { en: ["Gorodnya", "Horodnya"], front: true }),
]);

export const SUMY = inRegion("Sumy Oblast", "UA", [
  p("Sumy", 50.908, 34.798, 260_000, "Суми", "Сумы", { front: true }),
  p("Konotop", 51.24, 33.202, 85_000, "Конотоп", "Конотоп"),
  p("Shostka", 51.863, 33.47, 72_000, "Шостка", "Шостка", { front: true }),
  p("Okhtyrka", 50.31, 34.898, 47_000, "Охтирка", "Ахтырка", { en: ["Akhtyrka"], front: true }),
  p("Romny", 50.751, 33.475, 38_000, "Ромни|Ромен", "Ромны|Ромен"),
  p("Hlukhiv", 51.678, 33.913, 32_000, "Глухів", "Глухов", { en: ["Glukhov"], front: true }),
  p("Lebedyn", 50.587, 34.484, 25_000, "Лебедин", "Лебедин", { en: ["Lebedin"] }),
  p("Trostianets", 50.478, 34.963, 20_000, "Тростянець|Тростянц", "Тростянец|Тростянц", {
    en: ["Trostyanets"],
    front: true,
  }),
  p("Bilopillia", 51.15, 34.313, 16_000, "Білопілля", "Белополье", { en: ["Bilopillya", "Belopolye"], front: true }),
  p("Putyvl", 51.337, 33.87, 16_000, "Путивль", "Путивль", { en: ["Putivl"], front: true }),
  p("Vorozhba", 51.175, 34.218, 8_000, "Ворожба", "Ворожба", { front: true }),
  p("Krasnopillia", 50.775, 35.267, 8_000, "Краснопілля", "Краснополье", {
    en: ["Krasnopillya", "Krasnopolye"],
    front: true,
    settlement: true,
  }),
  p(
    "Seredyna-Buda",
    52.19,
    34.038,
    6_000,
    "Середина-Буда; Середини-Буди; Середині-Буді; Середину-Буду",
    "Середина-Буда; Середины-Буды; Середине-Буде; Середину-Буду",
    {
      en: ["Seredina-Buda"],
      front: true,
    },
  ),
]);

export const POLTAVA = inRegion("Poltava Oblast", "UA", [
  p("Poltava", 49.589, 34.551, 280_000, "Полтава", "Полтава"),
  p("Kremenchuk", 49.066, 33.41, 215_000, "Кременчук", "Кременчуг", { en: ["Kremenchug"] }),
  p(
    "Horishni Plavni",
    49.007,
    33.646,
    50_000,
    "Горішні Плавні; Горішніх Плавнів; Горішнім Плавням; Горішніми Плавнями; Горішніх Плавнях",
    "Горишние Плавни; Горишних Плавней; Горишним Плавням; Горишними Плавнями; Горишних Плавнях",
    { ukAlt: ["Комсомольськ"], ruAlt: ["Комсомольск"], en: ["Gorishni Plavni", "Komsomolsk"] },
  ),
  p("Lubny", 50.019, 32.997, 45_000, "Лубни|Лубен", "Лубны|Лубен"),
  p("Myrhorod", 49.968, 33.608, 38_000, "Миргород", "Миргород", { en: ["Mirgorod"] }),
  p("Hadiach", 50.371, 33.99, 22_000, "Гадяч", "Гадяч", { en: ["Gadyach", "Hadyach"] }),
  p("Hlobyne", 49.388, 33.266, 12_000, "Глобине", "Глобино", { en: ["Globino", "Hlobine"] }),
  p("Kobeliaky", 49.147, 34.199, 10_000, "Кобеляки|Кобеляк", "Кобеляки|Кобеляк", { en: ["Kobelyaky", "Kobeliaki"] }),
]);

export const DNIPROPETROVSK = inRegion("Dnipropetrovsk Oblast", "UA", [
  p("Dnipro", 48.465, 35.046, 980_000, "Дніпро", "Днепр", {
    ukAlt: ["Дніпропетровськ"],
    ruAlt: ["Днепропетровск"],
    en: ["Dnepr", "Dnipropetrovsk", "Dnepropetrovsk"],
    river: true,
  }),
  p("Kryvyi Rih", 47.91, 33.392, 612_000, "Кривий Ріг|Рог", "Кривой Рог", {
    en: ["Krivoy Rog", "Kryvyy Rih", "Krivyi Rih", "Kryvyi Rig", "Kriviy Rih"],
  }),
  p("Kamianske", 48.514, 34.613, 227_000, "Кам'янське", "Каменское", {
    ukAlt: ["Дніпродзержинськ"],
    ruAlt: ["Днепродзержинск"],
    en: ["Kamyanske", "Kamenskoye", "Dniprodzerzhynsk", "Dneprodzerzhinsk"],
  }),
  p("Nikopol", 47.567, 34.396, 106_000, "Нікополь", "Никополь", { front: true }),
  p("Pavlohrad", 48.534, 35.871, 104_000, "Павлоград", "Павлоград", { en: ["Pavlograd"] }),
  // Renamed from Novomoskovsk in 2024. Its oblique forms (Самара, Самару) are the Russian city's
  // nominative and accusative; the build gives those to Samara.
  p("Samar", 48.633, 35.224, 69_000, "Самар", "Самар", {
    ukAlt: ["Новомосковськ"],
    ruAlt: ["Новомосковск"],
    en: ["Novomoskovsk"],
  }),
  p("Marhanets", 47.648, 34.623, 45_000, "Марганець|Марганц", "Марганец|Марганц", { en: ["Marganets"], front: true }),
  p(
    "Zhovti Vody",
    48.35,
    33.517,
    43_000,
    "Жовті Води; Жовтих Вод; Жовтим Водам; Жовтими Водами; Жовтих Водах",
    "Жёлтые Воды; Жёлтых Вод; Жёлтым Водам; Жёлтыми Водами; Жёлтых Водах",
    { en: ["Zheltye Vody", "Zhovti Vodi"] },
  ),
  p("Pokrov", 47.656, 34.114, 38_000, "Покров", "Покров", {
    ukAlt: ["Орджонікідзе"],
    ruAlt: ["Орджоникидзе"],
    en: ["Ordzhonikidze"],
    queryOnly: ["Ordzhonikidze", "Орджонікідзе", "Орджоникидзе"],
    front: true,
  }),
  p("Synelnykove", 48.318, 35.512, 30_000, "Синельникове", "Синельниково", { en: ["Sinelnikovo"] }),
  p("Ternivka", 48.527, 36.066, 27_000, "Тернівка", "Терновка", { en: ["Ternovka"] }),
  p("Shakhtarske", 48.346, 36.405, 27_000, "Шахтарське", "Шахтёрское", {
    ukAlt: ["Першотравенськ"],
    ruAlt: ["Першотравенск"],
    en: ["Pershotravensk"],
    front: true,
  }),
  p("Vilnohorsk", 48.485, 34.016, 22_000, "Вільногірськ", "Вольногорск", { en: ["Volnogorsk"] }),
  p("Apostolove", 47.66, 33.717, 14_000, "Апостолове", "Апостолово", { en: ["Apostolovo"] }),
]);

export const KIROVOHRAD = inRegion("Kirovohrad Oblast", "UA", [
  p("Kropyvnytskyi", 48.508, 32.262, 225_000, "Кропивницький", "Кропивницкий", {
    ukAlt: ["Кіровоград"],
    ruAlt: ["Кировоград"],
    en: ["Kropyvnytskyy", "Kropivnitsky", "Kropyvnytsky", "Kirovohrad", "Kirovograd"],
  }),
  p("Oleksandriia", 48.671, 33.115, 79_000, "Олександрія", "Александрия", { en: ["Oleksandriya", "Aleksandriya"] }),
  p("Svitlovodsk", 49.049, 33.242, 44_000, "Світловодськ", "Светловодск", { en: ["Svetlovodsk"] }),
  p("Znamianka", 48.713, 32.666, 22_000, "Знам'янка", "Знаменка", { en: ["Znamenka", "Znamyanka"] }),
  p("Novoukrainka", 48.318, 31.526, 16_000, "Новоукраїнка", "Новоукраинка", { en: ["Novoukrainka", "Novoukrayinka"] }),
  p("Haivoron", 48.336, 29.866, 13_000, "Гайворон", "Гайворон", { en: ["Gaivoron", "Hayvoron"] }),
  p("Bobrynets", 48.058, 32.158, 10_000, "Бобринець|Бобринц", "Бобринец|Бобринц", { en: ["Bobrinets"] }),
  p("Pomichna", 48.243, 31.41, 8_000, "Помічна", "Помошная", { en: ["Pomoshnaya"] }),
]);

export const CHERKASY = inRegion("Cherkasy Oblast", "UA", [
  p("Cherkasy", 49.444, 32.06, 275_000, "Черкаси", "Черкассы", { en: ["Cherkassy"] }),
  p("Uman", 48.75, 30.221, 82_000, "fc:Умань", "fc:Умань"),
  p("Smila", 49.227, 31.872, 67_000, "Сміла", "Смела", { en: ["Smela"] }),
  p("Zolotonosha", 49.668, 32.041, 27_000, "Золотоноша", "Золотоноша"),
  p("Kaniv", 49.752, 31.46, 24_000, "Канів", "Канев", { en: ["Kanev"] }),
  p("Zvenyhorodka", 49.079, 30.967, 16_000, "Звенигородка", "Звенигородка", { en: ["Zvenigorodka"] }),
]);

export const VINNYTSIA = inRegion("Vinnytsia Oblast", "UA", [
  p("Vinnytsia", 49.233, 28.468, 370_000, "Вінниця", "Винница", { en: ["Vinnitsa", "Vinnytsya"] }),
  p("Zhmerynka", 49.037, 28.112, 34_000, "Жмеринка", "Жмеринка", { en: ["Zhmerinka"] }),
  p("Mohyliv-Podilskyi", 48.446, 27.798, 30_000, "Могилів|Могилев-Подільський", "Могилёв-Подольский", {
    en: ["Mohyliv-Podilskyy", "Mogilev-Podolsky", "Mohyliv-Podilsky"],
  }),
  p("Khmilnyk", 49.56, 27.957, 27_000, "Хмільник", "Хмельник", { en: ["Khmelnik"] }),
  p("Koziatyn", 49.716, 28.839, 23_000, "Козятин", "Казатин", { en: ["Kozyatyn", "Kazatin"] }),
  p("Ladyzhyn", 48.684, 29.238, 22_000, "Ладижин", "Ладыжин", { en: ["Ladyzhin"] }),
  p("Haisyn", 48.811, 29.39, 25_000, "Гайсин", "Гайсин", { en: ["Gaisin", "Haysyn"] }),
  p("Tulchyn", 48.675, 28.849, 15_000, "Тульчин", "Тульчин", { en: ["Tulchin"] }),
]);

export const ZHYTOMYR = inRegion("Zhytomyr Oblast", "UA", [
  p("Zhytomyr", 50.254, 28.658, 261_000, "Житомир", "Житомир", { en: ["Zhitomir"] }),
  p("Berdychiv", 49.899, 28.602, 74_000, "Бердичів", "Бердичев", { en: ["Berdichev"] }),
  p("Korosten", 50.957, 28.639, 62_000, "Коростень", "Коростень"),
  p("Zviahel", 50.588, 27.616, 55_000, "Звягель", "Звягель", {
    ukAlt: ["Новоград-Волинський"],
    ruAlt: ["Новоград-Волынский"],
    en: ["Zvyahel", "Novohrad-Volynskyi", "Novograd-Volynsky"],
  }),
  p("Malyn", 50.77, 29.239, 25_000, "Малин", "Малин", { en: ["Malin"] }),
  p("Korostyshiv", 50.319, 29.059, 25_000, "Коростишів", "Коростышев", { en: ["Korostyshev"] }),
]);
