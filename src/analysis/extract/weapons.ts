import type { ArticleText, Weapon } from "../types.js";
import { prepare } from "./prepare.js";

/**
 * Weapons named in the report, as canonical lowercase tags (see `Weapon` in types.ts), in a fixed
 * order. Sentences that recall an earlier attack are skipped. A general tag comes with the specific
 * one when the text names the class too ("Shahed drones" → "drone", "shahed").
 */
export function extractWeapons(article: ArticleText): Weapon[] {
  const { sentences } = prepare(article);
  const found = new Set<Weapon>();
  for (const s of sentences) {
    if (s.past) continue;
    // Air-defence units are not weapons used in the attack: "anti-aircraft missile units".
    const lower = s.lower.replace(UNITS, " ");
    for (const rule of RULES) {
      if (found.has(rule.tag)) continue;
      if ((rule.cased ? rule.re.test(s.text) : rule.re.test(lower)) && !rule.unless?.test(lower)) found.add(rule.tag);
    }
  }
  return RULES.map((r) => r.tag).filter((tag, i, all) => found.has(tag) && all.indexOf(tag) === i);
}

interface Rule {
  tag: Weapon;
  re: RegExp;
  /** Run on the original text (proper names such as "Grad" or "KAB" that are ordinary words in lowercase). */
  cased?: boolean;
  unless?: RegExp;
}

const UNITS =
  /anti-aircraft\s+missile\s+(?:units?|troops|forces|systems?)|surface-to-air\s+missiles?|missile\s+defen[cs]e|air\s+defen[cs]e\s+missiles?|зенітн\p{L}*\s+ракетн\p{L}*\s+(?:підрозділ\p{L}*|військ\p{L}*|комплекс\p{L}*)|зенитн\p{L}*\s+ракетн\p{L}*\s+(?:подразделени\p{L}*|войск\p{L}*|комплекс\p{L}*)|ракетн\p{L}*\s+небезпек\p{L}*|ракетн\p{L}*\s+опасност\p{L}*/gu;

const B = "(?<![\\p{L}\\d])";
const E = "(?![\\p{L}\\d])";
function rx(source: string, flags = "u"): RegExp {
  return new RegExp(source, flags);
}

const RULES: Rule[] = [
  {
    tag: "drone",
    re: rx(
      `${B}(?:drones?|uavs?|unmanned\\s+aerial|бпла|бплa|дрон\\p{L}*|безпілотн\\p{L}*|беспилотн\\p{L}*|shahed\\p{L}*|шахед\\p{L}*|geran\\p{L}*|герань|гераней|гербер\\p{L}*|gerbera\\p{L}*|fpv)`,
    ),
  },
  {
    tag: "fpv drone",
    re: rx(`${B}(?:fpv|фпв)(?:[\\s-]+(?:drones?|дрон\\p{L}*|квадрокоптер\\p{L}*))?${E}|${B}fpv-дрон`),
  },
  {
    tag: "shahed",
    re: rx(`${B}(?:shahed\\p{L}*|шахед\\p{L}*|geran\\p{L}*|герань|гераней|герані|гербер\\p{L}*|gerbera\\p{L}*)`),
  },
  {
    tag: "missile",
    re: rx(
      `${B}(?:missiles?|ракет(?:а|и|у|ою|ами|ам|ах|ы|ой|е|і)?|kinzhal|кинджал\\p{L}*|кинжал\\p{L}*|iskander|іскандер\\p{L}*|искандер\\p{L}*|kalibr|kh-\\d+|х-\\d+)${E}|${B}(?:балістик\\p{L}*|баллистик\\p{L}*)`,
    ),
  },
  { tag: "cruise missile", re: rx(`cruise\\s+missiles?|крилат\\p{L}*\\s+ракет|крылат\\p{L}*\\s+ракет`) },
  {
    tag: "ballistic missile",
    re: rx(
      `ballistic\\s+missiles?|ballistics${E}|балістичн\\p{L}*\\s+ракет|${B}балістик\\p{L}*|баллистическ\\p{L}*\\s+ракет|${B}баллистик\\p{L}*`,
    ),
  },
  { tag: "kinzhal", re: rx(`${B}(?:kinzhal\\p{L}*|кинджал\\p{L}*|кинжал\\p{L}*|kh-47|х-47)`) },
  { tag: "iskander-m", re: rx(`${B}(?:iskander\\p{L}*|іскандер\\p{L}*|искандер\\p{L}*)`) },
  { tag: "kh-101", re: rx(`${B}[kх]h?-101${E}|${B}x-101${E}`) },
  { tag: "kh-22", re: rx(`${B}[kх]h?-22${E}|${B}x-22${E}`) },
  { tag: "kh-59", re: rx(`${B}[kх]h?-59${E}|${B}x-59${E}`) },
  // "Калібр" is also "calibre": only the capitalised name, or after "ракет…".
  {
    tag: "kalibr",
    re: rx(`${B}(?:Kalibr\\p{L}*|Калібр\\p{L}*|Калибр\\p{L}*)|ракет\\p{L}*\\s+[«"]?(?:калібр|калибр)`, "u"),
    cased: true,
  },
  { tag: "s-300", re: rx(`${B}[sс]-300${E}`) },
  { tag: "s-400", re: rx(`${B}[sс]-400${E}`) },
  { tag: "kn-23", re: rx(`${B}(?:kn|кн)-23${E}`) },
  // "KAB"/"КАБ" only as capitals: lowercase "каб" starts "кабель", "кабінет".
  {
    tag: "guided bomb",
    re: rx(`${B}(?:KABs?|КАБ(?:и|ів|ами|ом|а|ах|ам)?|UMPK|УМПК|FAB-\\d+|ФАБ-\\d+)${E}`),
    cased: true,
  },
  {
    tag: "guided bomb",
    re: rx(
      `(?:glide|guided|aerial\\s+guided)\\s+(?:aerial\\s+|air\\s+)?bombs?|керован\\p{L}*\\s+(?:авіаційн\\p{L}*\\s+)?бомб|управляем\\p{L}*\\s+(?:авиационн\\p{L}*\\s+)?бомб|авіабомб|авиабомб`,
    ),
  },
  {
    tag: "artillery",
    re: rx(
      `${B}(?:artillery|mortars?|howitzers?|артилері\\p{L}*|артилерійськ\\p{L}*|артобстріл\\p{L}*|міномет\\p{L}*|мінометн\\p{L}*|гаубиц\\p{L}*|артиллери\\p{L}*|артобстрел\\p{L}*|миномет\\p{L}*|ствольн\\p{L}*\\s+артилер\\p{L}*)`,
    ),
  },
  {
    tag: "mlrs",
    re: rx(
      `${B}(?:MLRS|Grad|Smerch|Uragan|Tornado|TOS-1\\p{L}*|РСЗВ|РСЗО|Град(?:а|ом|и|ів|ами|ов)?|Смерч(?:а|ем|і|и|ів)?|Ураган(?:а|ом|и|ів|ов)?|ТОС-1\\p{L}*)${E}|[Mm]ultiple(?:-|\\s+)(?:launch\\s+)?rocket|реактивн\\p{L}*\\s+систем\\p{L}*\\s+залпового`,
      "u",
    ),
    cased: true,
  },
];
