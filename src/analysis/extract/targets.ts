import type { ArticleText, Target } from "../types.js";
import { combinedScan, memo, prepare, scanHit, scanSource } from "./prepare.js";

/**
 * What the attack hit or damaged, as canonical tags in a fixed order. A target counts only in a
 * sentence that says something was hit, damaged, destroyed or set on fire ("A missile hit an
 * apartment block", "пошкоджено приватний будинок"), and not in sentences recalling an earlier attack.
 */
export function extractTargets(article: ArticleText): Target[] {
  return [...memo("targets", article, computeExtractTargets)];
}

function computeExtractTargets(article: ArticleText): Target[] {
  const { sentences } = prepare(article);
  const text = sentences
    .filter((s) => !s.past && damaged(s.lower))
    .map((s) => s.lower)
    .join("\n");
  if (!text) return [];
  // One pass with every rule as a capturing group; an excluded match ("приватний житловий") just
  // lets the scan go on.
  const found = new Set<Target>();
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(text); m !== null; m = SCAN.exec(text)) {
    const { at, rule: i } = scanHit(m);
    const rule = RULES[i];
    if (!rule || rule.notAfter?.test(text.slice(Math.max(0, at - 24), at))) continue;
    found.add(rule.tag);
  }
  return RULES.map((r) => r.tag).filter((t) => found.has(t));
}

// "hit", "damaged", "destroyed", "caught fire", "пошкоджено", "зруйновано", "влучання", "пожежа",
// "повреждены", "разрушен", "попадание", "загорелся".
const DAMAGE_RULE =
  /\b(?:hit|hits|struck|strikes?|damag\w*|destroy\w*|ablaze|fires?|burn\w*|caught\s+fire|collaps\w*|shattered|blown\s+out|impact|targeted|debris|wreckage|explosion|blast)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:пошкодж\p{L}*|зруйнова\p{L}*|руйнуван\p{L}*|знищен\p{L}*|влучан\p{L}*|влучил\p{L}*|влучи\p{L}*|вдари\p{L}*|вдарив|пожеж\p{L}*|загорян\p{L}*|загорів\p{L}*|загорі\p{L}*|спалахнул\p{L}*|горить|горіл\p{L}*|уламк\p{L}*|вибух\p{L}*|атакува\p{L}*|удар\p{L}*|уражен\p{L}*|постражда\p{L}*|обстріля\p{L}*|повреж\p{L}*|разруш\p{L}*|уничтож\p{L}*|попадан\p{L}*|пожар\p{L}*|возгоран\p{L}*|загорел\p{L}*|горит|обломк\p{L}*|взрыв\p{L}*|атакова\p{L}*|пострада\p{L}*|обстреля\p{L}*|выбит\p{L}*|вибит\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

interface Rule {
  tag: Target;
  /** Global: every occurrence is tried until one is not excluded by `notAfter`. */
  re: RegExp;
  /** Words that, right before the match, make it something else ("приватний житловий будинок"). */
  notAfter?: RegExp;
}

const B = "(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])";

const RULES: Rule[] = [
  {
    tag: "residential building",
    re: new RegExp(
      `apartment\\s+(?:block|building|complex|house)s?|residential\\s+(?:building|block|high-rise|complex|tower)s?|high-rises?|multi-stor(?:e)?y|block\\s+of\\s+flats|tower\\s+blocks?|\\d+-stor(?:e)?y\\s+(?:residential\\s+)?building|${B}(?:багатоповерхів\\p{L}*|багатоквартирн\\p{L}*|п’ятиповерхів\\p{L}*|дев’ятиповерхів\\p{L}*|\\d+-поверхів\\p{L}*|висотк\\p{L}*|гуртожит\\p{L}*|многоэтаж\\p{L}*|многоквартирн\\p{L}*|высотк\\p{L}*|пятиэтаж\\p{L}*|девятиэтаж\\p{L}*|общежити\\p{L}*)|${B}(?:житлов\\p{L}*\\s+(?:будин|будів|комплекс|забудов|квартал)|жил\\p{L}*\\s+(?:дом|здани|комплекс|квартал|массив))`,
      "gu",
    ),
    notAfter: /(?:приватн|частн)\p{L}*\s$/u,
  },
  {
    tag: "private house",
    re: new RegExp(
      `private\\s+(?:house|home|residence|dwelling|residential)\\w*|(?:family|country|one-storey|two-storey|single-family)\\s+(?:house|home)s?|${B}(?:приватн\\p{L}*\\s+(?:житлов\\p{L}*\\s+)?(?:будин|будів|домогосподарств|сектор|садиб|обійст)|приватн\\p{L}*\\s+житлов|частн\\p{L}*\\s+(?:жил\\p{L}*\\s+)?(?:дом|сектор|домовладени|подворь)|домогосподарств\\p{L}*|домоволодін\\p{L}*|домовладени\\p{L}*)`,
      "gu",
    ),
  },
  {
    tag: "energy infrastructure",
    re: new RegExp(
      `energy\\s+(?:infrastructure|facilit\\w+|site|object|system|grid)|power\\s+(?:plant|station|grid|line|facilit\\w+|infrastructure|substation|supply\\s+facilit\\w+)s?|substations?|thermal\\s+power|hydroelectric|\\bchp\\b|\\btpp\\b|\\bhpp\\b|\\bgas\\s+(?:infrastructure|production|facilit\\w+)|${B}(?:енергетичн\\p{L}*\\s+(?:інфраструктур|об’єкт|обладнан|підприєм|систем)|енергооб’єкт\\p{L}*|енергоінфраструктур\\p{L}*|електростанц\\p{L}*|підстанц\\p{L}*|ліні\\p{L}*\\s+електропередач|енергосистем\\p{L}*|газов\\p{L}*\\s+інфраструктур|энергетическ\\p{L}*\\s+(?:инфраструктур|объект|оборудован|предприят)|энергообъект\\p{L}*|электростанц\\p{L}*|подстанц\\p{L}*|энергосистем\\p{L}*)|${B}(?:тец|тес|гес|аес|лэп|леп|тэц|тэс|гэс)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
      "gu",
    ),
  },
  {
    tag: "school",
    re: new RegExp(`\\bschools?\\b|${B}(?:школ\\p{L}*|ліце\\p{L}*|гімназі\\p{L}*|лице\\p{L}*|гимнази\\p{L}*)`, "gu"),
  },
  {
    tag: "kindergarten",
    re: new RegExp(
      `kindergartens?|nursery|preschool|${B}(?:дитяч\\p{L}*\\s+сад\\p{L}*|дитсад\\p{L}*|садоч\\p{L}*|садок|садка|детск\\p{L}*\\s+сад\\p{L}*|детсад\\p{L}*)`,
      "gu",
    ),
  },
  {
    // Not "taken to hospital", "доставили до лікарні": only a hospital that was itself hit.
    tag: "hospital",
    re: new RegExp(
      `\\bhospitals?\\b(?!\\s+(?:with|for|in\\s+(?:serious|critical|stable)))|\\bclinics?\\b|medical\\s+(?:facilit\\w+|institution\\w*|cent(?:re|er)s?)|maternity|perinatal\\s+cent(?:re|er)s?|${B}(?:лікарн\\p{L}*|поліклінік\\p{L}*|пологов\\p{L}*|родильн\\p{L}*\\s+(?:дом|отделени)\\p{L}*|перинатальн\\p{L}*\\s+центр\\p{L}*|амбулатор\\p{L}*|больниц\\p{L}*|поликлиник\\p{L}*|роддом\\p{L}*)|${B}(?:медзаклад\\p{L}*|медичн\\p{L}*\\s+заклад\\p{L}*|медучрежден\\p{L}*|медицинск\\p{L}*\\s+учрежден\\p{L}*|медичн\\p{L}*\\s+установ\\p{L}*)`,
      "gu",
    ),
    notAfter: /(?:\b(?:to|in|at|from|into)\s(?:a\s|the\s|local\s|city\s)?|(?:^|\s)(?:до|у|в|із|з)\s)$/u,
  },
  {
    tag: "railway",
    re: new RegExp(
      `railway|railroad|\\brail\\s+(?:infrastructure|line|track)s?|train\\s+station|\\btrains?\\b|locomotives?|ukrzaliznytsia|${B}(?:залізниц\\p{L}*|залізничн\\p{L}*|вокзал\\p{L}*|укрзалізниц\\p{L}*|локомотив\\p{L}*|потяг\\p{L}*|поїзд\\p{L}*|железн\\p{L}*\\s+дорог\\p{L}*|железнодорожн\\p{L}*|поезд\\p{L}*|электрич\\p{L}*)`,
      "gu",
    ),
  },
  {
    tag: "port",
    re: new RegExp(
      `\\b(?:sea)?ports?\\b(?!\\s+(?:of\\s+call))|port\\s+infrastructure|grain\\s+terminal|${B}(?:порт(?:у|і|ом|ова|ової|ову|ових|ові|овій|овая|овой|овую|ы|ов)?|портов\\p{L}*|зернов\\p{L}*\\s+термінал\\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])`,
      "gu",
    ),
  },
  {
    tag: "industrial",
    re: new RegExp(
      `industrial\\s+(?:facilit\\w+|enterprise|site|zone|plant|building|area|object)s?|\\benterprises?\\b|\\bfactor(?:y|ies)\\b|(?<!power\\s|nuclear\\s|thermal\\s|hydroelectric\\s)\\bplants?\\b|${B}(?:підприєм\\p{L}*|завод\\p{L}*|фабрик\\p{L}*|виробнич\\p{L}*|промислов\\p{L}*|промзон\\p{L}*|предприяти\\p{L}*|производствен\\p{L}*|промышленн\\p{L}*|промзон\\p{L}*)`,
      "gu",
    ),
  },
  {
    tag: "vehicles",
    re: new RegExp(
      `\\bcars?\\b|\\bvehicles?\\b|\\bbus(?:es)?\\b|\\btrucks?\\b|\\bminibus(?:es)?\\b|${B}(?:автомобіл\\p{L}*|автівк\\p{L}*|машин(?:а|и|у|ою|ам|ами|ах)?(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|автобус\\p{L}*|маршрутк\\p{L}*|вантажівк\\p{L}*|транспортн\\p{L}*\\s+зас\\p{L}*|автомобил\\p{L}*|машин(?:а|ы|у|ой|ам|ами|ах)?(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])|грузовик\\p{L}*|автотранспорт\\p{L}*)`,
      "gu",
    ),
    notAfter: /(?:aerial|unmanned|combat|armou?red|military|бойов\p{L}*|боев\p{L}*)\s$/u,
  },
];

// Same test as DAMAGE_RULE, as a word-start scan without the `u` flag (see `scanSource`).
const DAMAGE = combinedScan([scanSource(DAMAGE_RULE)]);

function damaged(text: string): boolean {
  DAMAGE.lastIndex = 0;
  return DAMAGE.test(text);
}

const SCAN = combinedScan(RULES.map((r) => scanSource(r.re)));
