import { describe, expect, test } from "vitest";
import { declineByCase, declineName, nominativeOf } from "../../src/analysis/gazetteer/declension.js";
import { findPlaces } from "../../src/analysis/gazetteer/index.js";
import { PLACE_SPECS, REGION_SPECS, toPlace } from "../../src/analysis/gazetteer/places.js";
import { skeleton, ukToLatin } from "../../src/analysis/gazetteer/translit.js";

const places = PLACE_SPECS.map(toPlace);
const byName = new Map(places.map((p) => [p.name, p]));
const regionNames = new Set(REGION_SPECS.map((r) => r.name));

describe("Ukrainian case forms", () => {
  test.each([
    // masculine hard, -ів/-їв opening to -ов-/-єв-/-ев-
    ["Харків", ["Харкова", "Харкову", "Харковом", "Харкові"]],
    ["Київ", ["Києва", "Києву", "Києвом", "Києві"]],
    ["Миколаїв", ["Миколаєва", "Миколаєві"]],
    ["Бердичів", ["Бердичева", "Бердичеві"]],
    ["Бахмут", ["Бахмута", "Бахмуту", "Бахмутом", "Бахмуті"]],
    // -ськ/-цьк and velar stems: locative in -у, г → з
    ["Луцьк", ["Луцька", "Луцьку", "Луцьком"]],
    ["Таганрог", ["Таганрога", "Таганрозі"]],
    // masculine soft, with a changed stem
    ["Мелітополь", ["Мелітополя", "Мелітополю", "Мелітополем", "Мелітополі"]],
    ["Ірпінь|Ірпен", ["Ірпеня", "Ірпені", "Ірпенем"]],
    ["Марганець|Марганц", ["Марганця", "Марганці"]],
    ["ms:Стрий", ["Стрия", "Стриєм", "Стриї"]],
    // feminine -а with к → ц, hushing stems
    ["Одеса", ["Одеси", "Одесі", "Одесу", "Одесою"]],
    ["Охтирка", ["Охтирки", "Охтирці", "Охтирку", "Охтиркою"]],
    ["Суджа", ["Суджі", "Суджу", "Суджею"]],
    // feminine -я
    ["Вінниця", ["Вінниці", "Вінницю", "Вінницею"]],
    ["Балаклія", ["Балаклії", "Балаклію", "Балаклією"]],
    ["fc:Умань", ["Умані", "Уманню"]],
    // neuter
    ["Дніпро", ["Дніпра", "Дніпру", "Дніпром", "Дніпрі"]],
    ["Запоріжжя", ["Запоріжжю", "Запоріжжям", "Запоріжжі"]],
    ["ne:Гуляйполе", ["Гуляйполя", "Гуляйполі"]],
    ["Рівне", ["Рівного", "Рівному", "Рівним"]],
    // adjectival names and adjective + noun
    ["Хмельницький", ["Хмельницького", "Хмельницькому", "Хмельницьким"]],
    ["Кривий Ріг|Рог", ["Кривого Рогу", "Кривому Розі", "Кривим Рогом"]],
    ["Біла Церква", ["Білої Церкви", "Білій Церкві", "Білу Церкву", "Білою Церквою"]],
    ["Нова Каховка", ["Нової Каховки", "Новій Каховці", "Новою Каховкою"]],
    ["Кам'янка-Дніпровська", ["Кам'янки-Дніпровської", "Кам'янці-Дніпровській"]],
    ["Кам'янець|Кам'янц-Подільський", ["Кам'янця-Подільського", "Кам'янці-Подільському"]],
    // fixed parts of compounds
    ["Івано-Франківськ", ["Івано-Франківська", "Івано-Франківську"]],
    ["Ростов-на-Дону", ["Ростова-на-Дону", "Ростові-на-Дону"]],
    // plurals
    ["Суми", ["Сум", "Сумам", "Сумами", "Сумах"]],
    ["Чернівці|Чернівців", ["Чернівців", "Чернівцях"]],
    ["Дергачі|Дергачів", ["Дергачів", "Дергачах"]],
  ])("%s", (spec, forms) => {
    const all = declineName(spec, "uk");
    expect(all[0]).toBe(nominativeOf(spec));
    for (const f of forms) expect(all).toContain(f);
  });

  test("hand-written lists are taken as written", () => {
    expect(declineName("Часів Яр; Часового Яру; Часовому Ярі", "uk")).toEqual([
      "Часів Яр",
      "Часового Яру",
      "Часовому Ярі",
    ]);
  });

  test("locative of Запоріжжя is Запоріжжі", () => {
    expect(declineByCase("Запоріжжя", "uk").loc).toEqual(["Запоріжжі"]);
  });
});

describe("Russian case forms", () => {
  test.each([
    ["Харьков", ["Харькова", "Харькову", "Харьковом", "Харькове"]],
    ["Киев", ["Киева", "Киеву", "Киевом", "Киеве"]],
    ["Воронеж", ["Воронежа", "Воронежем", "Воронеже"]],
    ["Орёл|Орл", ["Орла", "Орле"]],
    ["Одесса", ["Одессы", "Одессе", "Одессу", "Одессой"]],
    ["Горловка", ["Горловки", "Горловке"]],
    ["Москва", ["Москвы", "Москве", "Москву", "Москвой"]],
    ["Феодосия", ["Феодосии", "Феодосию"]],
    ["Запорожье", ["Запорожья", "Запорожью", "Запорожьем"]],
    ["Севастополь", ["Севастополя", "Севастополе"]],
    ["fc:Казань", ["Казани", "Казанью"]],
    ["Хмельницкий", ["Хмельницкого", "Хмельницком", "Хмельницким"]],
    ["Кривой Рог", ["Кривого Рога", "Кривом Роге", "Кривым Рогом"]],
    ["Новая Каховка", ["Новой Каховки", "Новую Каховку"]],
    ["Миллерово", ["Миллерова", "Миллерове"]],
    ["Рубежное", ["Рубежного", "Рубежном"]],
    ["Ростов-на-Дону", ["Ростова-на-Дону", "Ростове-на-Дону"]],
    ["Сумы", ["Сум", "Сумах"]],
  ])("%s", (spec, forms) => {
    const all = declineName(spec, "ru");
    for (const f of forms) expect(all).toContain(f);
  });

  test("indeclinable names stay as written", () => {
    expect(declineName("=Сочи", "ru")).toEqual(["Сочи"]);
    expect(declineName("Туапсе", "ru")).toEqual(["Туапсе"]);
  });
});

describe("transliteration", () => {
  test.each([
    ["Харківська", "Kharkivska"],
    ["Київський", "Kyivskyi"],
    ["Запорізька", "Zaporizka"],
    ["Згурівка", "Zghurivka"],
    ["Єнакієве", "Yenakiieve"],
  ])("%s → %s", (uk, latin) => expect(ukToLatin(uk)).toBe(latin));

  test("spellings of one name share a skeleton", () => {
    expect(skeleton("Харків")).toBe(skeleton("Kharkiv"));
    expect(skeleton("Zaporizhzhia")).toBe(skeleton("Zaporizhia"));
    expect(skeleton("Запорожье")).toBe(skeleton("Zaporozhe"));
  });
});

describe("place table", () => {
  test("size: every oblast centre and 20,000+ town, front-line towns, occupied and Russian places", () => {
    expect(places.filter((p) => p.country === "UA").length).toBeGreaterThanOrEqual(200);
    expect(places.filter((p) => p.country === "RU").length).toBeGreaterThanOrEqual(50);
  });

  test("canonical names are unique", () => {
    expect(byName.size).toBe(places.length);
  });

  test("every place is in a known region, and every region centre is a place", () => {
    for (const p of places) expect(regionNames, p.name).toContain(p.region);
    for (const r of REGION_SPECS) if (r.centre) expect(byName.get(r.centre)?.name, r.name).toBe(r.centre);
  });

  test("24 oblasts, Crimea, Sevastopol and Kyiv city", () => {
    const ua = REGION_SPECS.filter((r) => r.country === "UA").map((r) => r.name);
    expect(ua.filter((n) => n.endsWith(" Oblast"))).toHaveLength(24);
    expect(ua).toEqual(expect.arrayContaining(["Crimea", "Sevastopol", "Kyiv"]));
  });

  test("coordinates fall inside the country", () => {
    for (const p of places) {
      if (p.country === "UA") {
        expect(p.lat, p.name).toBeGreaterThan(44.3);
        expect(p.lat, p.name).toBeLessThan(52.4);
        expect(p.lon, p.name).toBeGreaterThan(22.1);
        expect(p.lon, p.name).toBeLessThan(40.3);
      } else {
        expect(p.lat, p.name).toBeGreaterThan(43);
        expect(p.lat, p.name).toBeLessThan(61);
        expect(p.lon, p.name).toBeGreaterThan(27);
        expect(p.lon, p.name).toBeLessThan(60);
      }
    }
  });

  test.each([
    ["Kyiv", "Київ", "Киев", "Kyiv"],
    ["Kharkiv", "Харків", "Харьков", "Kharkiv Oblast"],
    ["Kryvyi Rih", "Кривий Ріг", "Кривой Рог", "Dnipropetrovsk Oblast"],
    ["Bila Tserkva", "Біла Церква", "Белая Церковь", "Kyiv Oblast"],
    ["Sievierodonetsk", "Сєвєродонецьк", "Северодонецк", "Luhansk Oblast"],
    ["Sevastopol", "Севастополь", "Севастополь", "Sevastopol"],
    ["Kerch", "Керч", "Керчь", "Crimea"],
    ["Rostov-on-Don", "Ростов-на-Дону", "Ростов-на-Дону", "Rostov Oblast"],
    ["Belgorod", "Бєлгород", "Белгород", "Belgorod Oblast"],
  ])("%s", (name, uk, ru, region) => {
    expect(byName.get(name)).toMatchObject({ uk, ru, region });
  });

  test("front-line towns in the news are all there", () => {
    const wanted =
      "Pokrovsk Myrnohrad Kostiantynivka Kupiansk Huliaipole Vovchansk Toretsk Avdiivka Bakhmut Vuhledar Siversk Lyman Orikhiv Stepnohirsk Kurakhove Selydove Marhanets Nikopol Kherson Beryslav Kramatorsk Sloviansk Druzhkivka Dobropillia Izium Balakliia Shostka Okhtyrka Bilopillia Krasnopillia Zolochiv Synelnykove Pavlohrad";
    for (const n of [...wanted.split(" "), "Chasiv Yar", "Velykyi Burluk"]) expect(byName.has(n), n).toBe(true);
    for (const n of ["Pokrovsk", "Kupiansk", "Huliaipole", "Nikopol", "Kherson", "Sudzha"]) {
      expect(byName.get(n)?.frontline, n).toBe(true);
    }
    for (const n of ["Lviv", "Uzhhorod", "Moscow", "Simferopol"]) expect(byName.get(n)?.frontline, n).toBe(false);
  });

  test("small towns with city status that strike reports name are there", () => {
    const wanted =
      "Haivoron Novoukrainka Bobrynets Pomichna Yahotyn Kaharlyk Koriukivka Horodnia Seredyna-Buda Hlobyne Kobeliaky Apostolove Zvenyhorodka Tulchyn Bohodukhiv Zmiiv Valky Sviatohirsk Vilniansk Bashtanka Snihurivka Balta Bolhrad Artsyz Tatarbunary Teplodar";
    for (const n of [...wanted.split(" "), "Nova Odesa"]) expect(byName.has(n), n).toBe(true);
  });

  test("places without city status are marked as settlements", () => {
    const settlements = places
      .filter((pl) => findPlaces(`A drone hit ${pl.name}.`).regions.length > 0)
      .map((pl) => pl.name);
    expect(settlements.sort()).toEqual(
      [
        "Bilozerka",
        "Borodianka",
        "Hostomel",
        "Krasnopillia",
        "Stepnohirsk",
        "Ust-Luga",
        "Velyka Novosilka",
        "Velykyi Burluk",
        "Zolochiv",
      ].sort(),
    );
  });

  test("occupied and Russian places in the news are all there", () => {
    const wanted = [
      "Simferopol Yevpatoria Feodosia Donetsk Luhansk Horlivka Makiivka Mariupol Berdiansk Melitopol Enerhodar Lysychansk Alchevsk",
      "Belgorod Kursk Bryansk Voronezh Moscow Krasnodar Novorossiysk Tuapse Taganrog Lipetsk Oryol Tula Ryazan Saratov Engels",
      "Samara Syzran Kazan Yelabuga Smolensk Pskov Volgograd Sochi Shebekino Sudzha Rylsk Millerovo Morozovsk Novoshakhtinsk",
      "Kaluga Tambov Ust-Luga Primorsk",
    ]
      .join(" ")
      .split(" ");
    for (const n of [...wanted, "Nova Kakhovka", "St Petersburg", "Rostov-on-Don"]) expect(byName.has(n), n).toBe(true);
  });

  test("aliases carry the legacy and foreign spellings", () => {
    expect(byName.get("Bakhmut")?.aliases).toEqual(expect.arrayContaining(["Artemivsk", "Artyomovsk"]));
    expect(byName.get("Dnipro")?.aliases).toEqual(expect.arrayContaining(["Dnipropetrovsk", "Dnepr"]));
    expect(byName.get("Kropyvnytskyi")?.aliases).toEqual(expect.arrayContaining(["Kirovohrad", "Kirovograd"]));
    expect(byName.get("Zaporizhzhia")?.aliases).toEqual(expect.arrayContaining(["Zaporozhye", "Zaporizhia"]));
  });
});
