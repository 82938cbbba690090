import type { ArticleText, Weapon } from "../types.js";
import { combinedScan, memo, prepare, scanHit, scanSource } from "./prepare.js";

/**
 * Weapons named in the report, as canonical lowercase tags (see `Weapon` in types.ts), in a fixed
 * order. Sentences that recall an earlier attack are skipped. A general tag comes with the specific
 * one when the text names the class too ("Shahed drones" → "drone", "shahed").
 */
export function extractWeapons(article: ArticleText): Weapon[] {
  return [...memo("weapons", article, compute)];
}

function compute(article: ArticleText): Weapon[] {
  const prepared = prepare(article);
  const { sentences } = prepared;
  const current = sentences.filter((s) => !s.past);
  // The article's own lowercase text when no sentence is left out: no second copy of it.
  const lower = current.length === sentences.length ? prepared.lower : current.map((s) => s.lower).join("\n");
  // The text as written is needed only to confirm a cased name: joined on first use.
  const original: Written = { sentences: current, text: null };
  // Air-defence units are not weapons used in the attack: "anti-aircraft missile units".
  const excluded: [number, number][] = [];
  if (unitsCued(lower)) {
    UNITS.lastIndex = 0;
    for (let m = UNITS.exec(lower); m !== null; m = UNITS.exec(lower)) excluded.push([m.index, m.index + m[0].length]);
  }
  const found = new Set<Weapon>();
  // Proper names that are ordinary words in lowercase ("Град", "КАБ", "Калібр") are found in the
  // lowercase text and confirmed in the original at the same position; lowercasing these alphabets
  // keeps positions, and when it does not, the names are looked for in the original text directly.
  let writtenLength = current.length - 1;
  for (const s of current) writtenLength += s.text.length;
  const aligned = lower.length === writtenLength;
  scan(aligned ? SCAN : LOWER_ONLY, lower, aligned ? original : null, excluded, found);
  if (!aligned) scan(CASED_ONLY, writtenText(original), original, [], found);
  return ORDER.filter((tag) => found.has(tag));
}

/** One pass over the text with every rule as a capturing group, specific names before classes. */
function scan(
  combined: Combined,
  text: string,
  original: Written | null,
  excluded: [number, number][],
  found: Set<Weapon>,
): void {
  const { re, rules } = combined;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const hit = scanHit(m);
    const at = hit.at;
    const skipTo = excludedUntil(excluded, at);
    if (skipTo >= 0) {
      re.lastIndex = skipTo;
      continue;
    }
    const rule = rules[hit.rule];
    if (!rule) continue;
    if (rule.cased && original !== null) {
      rule.cased.lastIndex = at;
      if (!rule.cased.test(writtenText(original))) {
        re.lastIndex = at + 1;
        continue;
      }
    }
    found.add(rule.tag);
    const general = IMPLIES[rule.tag];
    if (general) found.add(general);
  }
}

/** The current sentences as written, joined on first use. */
interface Written {
  sentences: { text: string }[];
  text: string | null;
}

function writtenText(written: Written): string {
  if (written.text === null) written.text = written.sentences.map((s) => s.text).join("\n");
  return written.text;
}

/** Where the excluded span that holds `at` ends, or -1. */
function excludedUntil(excluded: [number, number][], at: number): number {
  for (const [a, b] of excluded) if (at >= a && at < b) return b;
  return -1;
}

interface Rule {
  tag: Weapon;
  re: RegExp;
  /** Run on the original text (proper names such as "Grad" or "KAB" that are ordinary words in lowercase). */
  cased?: boolean;
}

const UNITS =
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
  /** In group order; `cased` confirms a case-sensitive name in the original text. */
  rules: { tag: Weapon; cased: RegExp | null }[];
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

function combine(rules: Rule[], lowercase: boolean): Combined {
  // Specific rules first; their own groups become non-capturing so that group i is rule i.
  const ordered = [...rules].sort((a, b) => Number(GENERAL.has(a.tag)) - Number(GENERAL.has(b.tag)));
  const sources = ordered.map((r) => {
    const own = scanSource(r.re);
    // Lowercase the literals of a case-sensitive rule; its escapes ("\\d", "\\s") are lowercase already.
    return r.cased && lowercase ? own.toLowerCase() : own;
  });
  return {
    re: combinedScan(sources),
    rules: ordered.map((r) => ({ tag: r.tag, cased: r.cased ? new RegExp(r.re.source, "uy") : null })),
  };
}

const GENERAL = new Set<Weapon>(["drone", "missile"]);

const SCAN = combine(RULES, true);
const LOWER_ONLY = combine(
  RULES.filter((r) => !r.cased),
  true,
);
const CASED_ONLY = combine(
  RULES.filter((r) => r.cased),
  false,
);
// Two words that every match of UNITS contains: plain searches, much cheaper than a scan of the text.
function unitsCued(text: string): boolean {
  if (
    text.includes("missile") &&
    (text.includes("defen") || text.includes("anti-aircraft") || text.includes("surface-to-air"))
  )
    return true;
  return (
    text.includes("ракетн") &&
    (text.includes("зенітн") || text.includes("зенитн") || text.includes("небезпек") || text.includes("опасност"))
  );
}
