import type { ArticleText, Weapon } from "../types.js";
import { memo, prepare, scanSource, wordStart } from "./prepare.js";

/**
 * Weapons named in the report, as canonical lowercase tags (see `Weapon` in types.ts), in a fixed
 * order. Sentences that recall an earlier attack are skipped. A general tag comes with the specific
 * one when the text names the class too ("Shahed drones" → "drone", "shahed").
 */
export function extractWeapons(article: ArticleText): Weapon[] {
  return [...memo(weaponsCache, article, compute)];
}

const weaponsCache = new WeakMap<ArticleText, Weapon[]>();

function compute(article: ArticleText): Weapon[] {
  const { sentences } = prepare(article);
  const current = sentences.filter((s) => !s.past);
  // Air-defence units are not weapons used in the attack: "anti-aircraft missile units".
  const lower = current
    .map((s) => s.lower)
    .join("\n")
    .replace(UNITS, " ");
  const found = new Set<Weapon>();
  scan(LOWER_SCAN, lower, found);
  if (CASED_CUE.test(lower)) scan(CASED_SCAN, current.map((s) => s.text).join("\n"), found);
  return ORDER.filter((tag) => found.has(tag));
}

/** One pass over the text with every rule as a capturing group, specific names before classes. */
function scan(combined: Combined, text: string, found: Set<Weapon>): void {
  const { re, tags } = combined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!wordStart(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const i = m.findIndex((g, k) => k > 0 && g !== undefined);
    const tag = tags[i - 1];
    if (!tag) continue;
    found.add(tag);
    const general = IMPLIES[tag];
    if (general) found.add(general);
  }
}

interface Rule {
  tag: Weapon;
  re: RegExp;
  /** Run on the original text (proper names such as "Grad" or "KAB" that are ordinary words in lowercase). */
  cased?: boolean;
}

export const UNITS =
  /anti-aircraft\s+missile\s+(?:units?|troops|forces|systems?)|surface-to-air\s+missiles?|missile\s+defen[cs]e|air\s+defen[cs]e\s+missiles?|зенітн\p{L}*\s+ракетн\p{L}*\s+(?:підрозділ\p{L}*|військ\p{L}*|комплекс\p{L}*)|зенитн\p{L}*\s+ракетн\p{L}*\s+(?:подразделени\p{L}*|войск\p{L}*|комплекс\p{L}*)|ракетн\p{L}*\s+небезпек\p{L}*|ракетн\p{L}*\s+опасност\p{L}*/gu;

const B = "(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’\\d])";
const E = "(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’\\d])";
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

const ORDER: Weapon[] = RULES.map((r) => r.tag).filter((tag, i, all) => all.indexOf(tag) === i);

interface Combined {
  re: RegExp;
  tags: Weapon[];
}

// A named weapon is also its class: "Kinzhal" → missile, "Shahed" → drone. The scan stops at the
// first rule that matches at a position, so the class is added here rather than matched again.
const IMPLIES: Record<string, Weapon> = {
  shahed: "drone",
  "fpv drone": "drone",
  "cruise missile": "missile",
  "ballistic missile": "missile",
  kinzhal: "missile",
  "iskander-m": "missile",
  "kh-101": "missile",
  "kh-22": "missile",
  "kh-59": "missile",
  kalibr: "missile",
};

function combine(rules: Rule[]): Combined {
  // Specific rules first; their own groups become non-capturing so that group i is rule i.
  const ordered = [...rules].sort((a, b) => Number(GENERAL.has(a.tag)) - Number(GENERAL.has(b.tag)));
  const source = ordered.map((r) => `(${scanSource(r.re)})`).join("|");
  return { re: new RegExp(source, "gu"), tags: ordered.map((r) => r.tag) };
}

const GENERAL = new Set<Weapon>(["drone", "missile"]);

const LOWER_SCAN = combine(RULES.filter((r) => !r.cased));
const CASED_SCAN = combine(RULES.filter((r) => r.cased));
// Case-sensitive names only matter when one of them is there at all.
const CASED_CUE =
  /kab|каб|umpk|умпк|fab-|фаб-|mlrs|grad|smerch|uragan|tornado|tos-1|рсзв|рсзо|град|смерч|ураган|тос-1|multiple|kalibr|калібр|калибр/u;
