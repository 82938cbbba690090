import { extractAid } from "./extract/aid.js";
import { extractAirDefence } from "./extract/airDefence.js";
import { extractCasualties } from "./extract/casualties.js";
import { fastTest, memo, prepare, type Sentence } from "./extract/prepare.js";
import { extractTargets } from "./extract/targets.js";
import type { ArticleText, ReportKind } from "./types.js";

/**
 * strike | aid | other, decided by what the title is about, and by the lead when the title says
 * neither.
 *
 * - strike: the item reports an attack with its consequences in a place: casualties (even "no
 *   casualties"), damage, or air-defence figures of an attack. Attacks on Russian territory too.
 * - aid: the item is mainly about aid to Ukraine: pledges, approvals, deliveries, blocks, votes.
 * - other: diplomacy, politics, statements ("Putin says strikes will continue"), peace talks, sanctions,
 *   economy, culture, sport, analysis that mentions earlier attacks in passing, weekly or monthly
 *   totals, and front-line news (assaults, advances, General Staff losses) without a strike on a place.
 *   An item that names Kyiv but reports no attack is other.
 */
export function classify(article: ArticleText): ReportKind {
  return memo("kind", article, computeClassify);
}

function computeClassify(article: ArticleText): ReportKind {
  const { sentences } = prepare(article);
  const title = sentences[0]!;

  // Extractors run only when the decision needs them: most feed items are decided by the title.
  // Sanctions, tariffs and court cases are not aid, whatever money they name.
  const notAid = NOT_AID.test(title.lower);
  // "Russia says it destroyed 29 Ukrainian drones overnight": destroying drones or missiles is air defence.
  // "Norway funds the grid amid Russian attacks", "Moldova reports a drone flight amid an attack on
  // Ukraine": the attack after "amid" is the backdrop, not the news.
  const amid = AMID.exec(title.lower);
  const strikeHead = amid ? title.lower.slice(0, amid.index) : title.lower;
  const strikeTitle =
    STRIKE.test(strikeHead) || CASED_STRIKE.test(title.text) || (DESTROYED.test(strikeHead) && WEAPON.test(strikeHead));
  const aboutAid = aidTitle(article, title, notAid);

  if (strikeTitle && aboutAid) {
    // "Germany delivers air defence after Russian strikes" vs "Strike kills 5 as EU approves aid":
    // the figure decides; without one, the aid wording in the title does.
    return !AID_VERB.test(title.lower) && consequences(article) ? "strike" : "aid";
  }
  if (!strikeTitle && aboutAid) return "aid";
  if (COURT.test(title.lower)) return "other";
  // Running tallies: the General Staff's count of Russian losses ("Russia's war casualty toll up by
  // 1,750 over past day"), a year's civilian casualties ("15,000 civilians killed or injured in 2025").
  if (TALLY_TITLE.test(title.lower)) return "other";
  if (YEAR_TALLY.test(title.lower) && YEAR_TALLY_NOUN.test(title.lower) && !ATTACK_WORD.test(title.lower))
    return "other";
  // Weekly and monthly tallies ("Zelensky: Russia launched over 1,300 drones this week") report no
  // one attack, whatever strike words they use; unless the body also gives the night's attack
  // ("Last night alone, Russia launched 90 drones and two missiles").
  if (title.period === "week" || title.period === "month" || PERIOD_TITLE.test(title.lower)) {
    return sentences.some(tonightsAttack) ? "strike" : "other";
  }
  // "A drone nearly killed the governor": a near miss with no one hurt and no figures is no attack report.
  if (strikeTitle && NEAR_MISS.test(title.lower) && !harm(article)) return "other";
  // Air-raid alerts with no launch or impact, and outage schedules blamed on earlier attacks, report
  // no attack: only casualties or interceptions make them one.
  // (The memoised figures first: a strike title needs them next anyway, and they spare the pattern.)
  if (strikeTitle && !harm(article) && OUTAGE.test(title.lower)) return "other";
  if (strikeTitle && !consequences(article) && ALERT.test(title.lower)) return "other";
  // "Strikes on the bridges could create chaos", "in case of strikes on…": a hypothetical attack.
  if (strikeTitle && HYPOTHETICAL.test(title.lower) && !CASUALTY.test(title.lower)) return "other";
  if (strikeTitle) {
    if (consequences(article)) return "strike";
    if (talkOrFront(title)) return "other";
    // A strike headline without figures still reports a strike when it names a weapon or damage.
    return hasStrikeDetail(title) || leadOf(sentences).some(hasStrikeDetail) ? "strike" : "other";
  }
  if (talkOrFront(title) || PERIOD_TITLE.test(title.lower)) return "other";
  // The title says neither: the lead decides.
  const lead = leadOf(sentences);
  const leadText = lead.map((s) => s.lower).join(" ");
  const leadAid = !notAid && AID.test(leadText);
  const leadStrike = STRIKE.test(leadText);
  if (leadAid && !leadStrike && aidOf(article, notAid) !== null) return "aid";
  if (leadStrike && consequences(article) && (interceptions(article) || leadHasFigures(lead))) return "strike";
  if (leadAid && aidOf(article, notAid) !== null) return "aid";
  return "other";
}

// The helpers below are module functions rather than closures inside `computeClassify`: under tsx
// (how the bot runs) every named closure is renamed with a property definition each time it is made.

/** Air-defence figures of one attack (not a weekly or monthly tally). */
function interceptions(article: ArticleText): boolean {
  const ad = extractAirDefence(article);
  return (
    ad.period !== "week" &&
    ad.period !== "month" &&
    (ad.drones.launched !== null ||
      ad.drones.downed !== null ||
      ad.missiles.launched !== null ||
      ad.missiles.downed !== null)
  );
}

/** Casualties, interceptions or damaged targets: what an attack leaves. */
function consequences(article: ArticleText): boolean {
  const c = extractCasualties(article);
  return c.killed !== null || c.injured !== null || interceptions(article) || extractTargets(article).length > 0;
}

/** Casualty figures or interceptions: not damage alone. */
function harm(article: ArticleText): boolean {
  const c = extractCasualties(article);
  return (c.killed !== null && c.killed > 0) || (c.injured !== null && c.injured > 0) || interceptions(article);
}

function aidOf(article: ArticleText, notAid: boolean) {
  return notAid ? null : extractAid(article);
}

/** The title is about aid: aid wording, or money the aid extractor reads as an amount. */
function aidTitle(article: ArticleText, title: Sentence, notAid: boolean): boolean {
  if (notAid || !(AID.test(title.lower) || MONEY.test(title.lower))) return false;
  const found = aidOf(article, notAid);
  return found !== null && (AID.test(title.lower) || found.amount !== null);
}

/** Up to four body sentences after the title, those recalling earlier events left out. */
function leadOf(sentences: Sentence[]): Sentence[] {
  return sentences.slice(1, 5).filter((s) => !s.past);
}

/** Statements and diplomacy, or front-line news: the title is not about a strike on a place. */
function talkOrFront(title: Sentence): boolean {
  // A trailing source ("…, IAEA says", "…, NYT reports") does not make a strike headline a statement.
  return TALK.test(title.lower.replace(ATTRIBUTION, "")) || FRONT.test(title.lower);
}

/** A weapon, damage, or casualties without a count ("there are casualties", "є постраждалі"). */
function hasStrikeDetail(s: Sentence): boolean {
  return WEAPON.test(s.lower) || DAMAGE.test(s.lower) || CASUALTY.test(s.lower);
}

/** A body sentence on the night's (or the day's) attack with its weapons: "Цієї ночі ворог атакував 120 дронами". */
function tonightsAttack(s: Sentence, i: number): boolean {
  return (
    i > 0 &&
    !s.past &&
    s.period === null &&
    TONIGHT.test(s.lower) &&
    (STRIKE.test(s.lower) || LAUNCHED.test(s.lower)) &&
    WEAPON.test(s.lower)
  );
}

// "Цієї ночі Росія випустила понад 100 дронів": launching the night's weapons is the attack.
const LAUNCHED =
  /\b(?:launch(?:ed|es)?|fired)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:випустил\p{L}*|випустив|запустил\p{L}*|запустив|застосувал\p{L}*|застосував|выпустил\p{L}*|запустил\p{L}*|применил\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

function leadHasFigures(lead: Sentence[]): boolean {
  return lead.some((s) => CASUALTY.test(s.lower) || DAMAGE.test(s.lower));
}

// "Russian strike on Kyiv kills five", "Drones attack Kharkiv", "Air defence downs 21 of 49 drones",
// "Росія атакувала Харків", "Удар по Одесі", "Обстрел Белгорода", "Вибухи в Києві".
const STRIKE = fastTest(
  /\b(?:attack(?:s|ed|ing)?|strikes?|struck|shell(?:s|ed|ing)|bombard\w*|bomb(?:s|ed|ing)|hits?|explosions?|blasts?|kill(?:s|ed|ing)?|injur(?:es|ed|ing|y|ies)|wound(?:s|ed|ing)|dead|death\s+toll|casualt\w*|shot\s+down|shoots?\s+down|downs?|downed|intercept\w*|air\s+raid|debris|wreckage|barrage|onslaught|pound(?:s|ed|ing)?)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:атак\p{L}*|атакува\p{L}*|удар\p{L}*|вдари\p{L}*|вдарил\p{L}*|обстріл\p{L}*|обстріля\p{L}*|вибух\p{L}*|влучан\p{L}*|загин\p{L}*|загибл\p{L}*|поранен\p{L}*|постражд\p{L}*|збил\p{L}*|збито|знищил\p{L}*|знешкод\p{L}*|уламк\p{L}*|пошкодж\p{L}*|зруйнов\p{L}*|прил[іе]т\p{L}*|атакова\p{L}*|обстрел\p{L}*|обстреля\p{L}*|взрыв\p{L}*|погиб\p{L}*|ранен\p{L}*|ранил\p{L}*|поранил\p{L}*|поранив|ранив|убил\p{L}*|убит\p{L}*|вбил\p{L}*|вбив|вбито|пострада\p{L}*|сбил\p{L}*|сбит\p{L}*|сбива\p{L}*|збива\p{L}*|обломк\p{L}*|поврежд\p{L}*|разруш\p{L}*|налет\p{L}*|наліт\p{L}*|нальот\p{L}*|урази\p{L}*|уражен\p{L}*|уражено|порази\p{L}*|поражен\p{L}*|перехвач\p{L}*|перехват\p{L}*|перехоплен\p{L}*|перехопил\p{L}*|пво|ппо)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);
// "Russia says it destroyed 29 drones", "Над регионами уничтожены 41 БПЛА", "Знищено 30 дронів".
const DESTROYED =
  /\b(?:destroy(?:s|ed)?|neutrali[sz](?:es|ed))\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:уничтож\p{L}*|знищ\p{L}*)/u;
const CASED_STRIKE = /(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:КАБ\p{L}*|KABs?)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

const AID = fastTest(
  /\b(?:aid|assistance|package|tranche|loan|grant|funding|\w+-funded|arriv(?:e|es|ed)|shipment|transfer(?:s|red)?|to\s+help\s+ukraine|(?:allowing|allows|allow)\s+(?:ukraine\s+|kyiv\s+)?to\s+draw|completes?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}review|completed\s+(?:the\s+)?(?:[\w-]+\s+){0,2}review|donates?|donated|pledg\w*|donat\w*|military\s+support|financial\s+support|budget\s+support|weapons?\s+(?:deliveries|supplies|package)|deliver(?:s|ed|y|ies)\s+\w*|to\s+(?:provide|supply|send|fund|finance)|will\s+(?:provide|supply|send|give|fund|finance)|funds|for\s+ukraine\s+from|(?:has|have)\s+(?:already\s+)?sent)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:допомог\p{L}*|транш\p{L}*|кредит\p{L}*|пакет\p{L}*|перегляд\p{L}*\s+програм\p{L}*|пересмотр\p{L}*\s+программ\p{L}*|надасть|нададуть|передасть|передала|передав|передали|виділить|виділила|виділив|постачан\p{L}*|помощ\p{L}*|транш\p{L}*|кредит\p{L}*|выделит|выделил\p{L}*|передаст|передал\p{L}*|поставк\p{L}*|предостав\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);
const AID_VERB = fastTest(
  /\b(?:aid|assistance|package|tranche|loan|pledg\w*|donat\w*|deliver\w*|provide\w*|approv\w*)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:допомог\p{L}*|транш\p{L}*|пакет\p{L}*|надасть|передасть|передала|виділ\p{L}*|помощ\p{L}*|выдел\p{L}*|передаст|поставк\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);

const NOT_AID = /sanction|tariff|санкці|санкци|мит[оа]|пошлин/;
const MONEY =
  /[$€£¥]\s?\d|&yen;\s?\d|\d\s?(?:bn|billion|million|млрд|млн|мільярд|мільйон|миллиард|миллион)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:usd|eur|gbp|nok|sek|dkk|cad|jpy)\s?\d/u;
// Court cases over an attack report a verdict, not the attack: "Court sentences officer over 2022 shelling".
// Anniversaries and commemorations of a past strike report no new attack either.
const COURT = fastTest(
  /\b(?:court|sentenc\w*|verdict|trial|convict\w*|in\s+absentia|prosecutors?\s+charge\w*|anniversary|marks?\s+(?:one|two|three|\d+)\s+years?|(?:one|two|three|four|five|\d+)\s+years?\s+(?:since|after|ago)|commemorat\w*|memorial|remembers?|in\s+memory\s+of|honou?rs?\s+(?:the\s+)?(?:memory|victims)|mourns?\s+victims\s+of|retract\w*|withdr[ae]w\s+(?:the\s+|its\s+|a\s+)?report|refut\w*|debunk\w*)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:суд|суди|засуди\p{L}*|вирок\p{L}*|заочно|приговор\p{L}*|осуди\p{L}*|підозр\p{L}*|подозрени\p{L}*|річниц\p{L}*|роковин\p{L}*|вшанува\p{L}*|вшановую\p{L}*|годовщин\p{L}*|память\s+жертв|пам’ять\s+жертв|пам’ят(?:і|ь)|памят(?:и|ь)|(?:роки|років|рік|года?|лет)\s+(?:тому|назад)|спростува\p{L}*|спростов\p{L}*|опроверг\p{L}*|фейк\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);

// The backdrop of a headline: "… amid Russian attacks", "на тлі атак", "на фоне ударов".
const AMID = /\bamid(?:st)?\s|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:на\s+тлі|на\s+фоні|на\s+фоне)\s/u;
// A source at the end of a headline: "…, IAEA says", "…, Sandu says – video", "…, NYT reports".
const ATTRIBUTION =
  /,\s*(?:[\p{L}\p{N}.’'-]+\s+){1,4}(?:says|said|reports|reported|claims)(?:\s*[-–—|:]\s*[\p{L}\s]{1,20})?\s*$/u;
// Hypothetical attacks: "strikes could cripple…", "in case of strikes", "якщо", "в случае".
const HYPOTHETICAL =
  /\b(?:could|might|would)\s+(?!\d|be\s+heard)|\b(?:in\s+case\s+of|if)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:у\s+разі|в\s+разі|якщо|в\s+случае|если|можуть|может|могут)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

// "Air-raid alert in Kyiv and 12 oblasts", "Повітряна тривога…", "відбій", "Воздушная тревога".
const ALERT =
  /\b(?:air[\s-]raid\s+(?:alert|alarm|warning|siren)s?|alerts?\s+(?:declared|sounded|issued)|sirens?|all[\s-]clear)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:тривог\p{L}*|тревог\p{L}*|відбій|отбой)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
// Outage schedules: "Ukrenergo: outage schedules in 8 oblasts tomorrow due to damage from attacks".
const OUTAGE =
  /\b(?:(?:power\s+)?outage\s+schedules?|schedules?\s+(?:of\s+)?(?:power\s+)?outages|blackout\s+schedules?|(?:rolling|scheduled|hourly)\s+(?:power\s+)?(?:outages|blackouts)|power\s+cuts?\s+schedules?)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:графік\p{L}*\s+(?:\p{L}+\s+)?відключен\p{L}*|график\p{L}*\s+(?:\p{L}+\s+)?отключен\p{L}*|відключен\p{L}*\s+(?:світла|електроенергії)|отключен\p{L}*\s+(?:света|электроэнергии))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

// Statements, diplomacy, politics: the headline is about words, not the attack.
// "мирні/мирные" is peace, except in "мирні жителі", "мирных жителей" (civilians).
const TALK = fastTest(
  /\b(?:says?|said|warns?|warned|threatens?|threatened|vows?|calls?\s+(?:for|on)|urges?|urged|claims?|accuses?|denies|talks|negotiat\w*|peace|summit|meets?|meeting|visit\w*|elections?|sanctions?|ceasefire|truce|interview|speech|plan|deal|agreement|analysis|opinion|explainer|why|how)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:заяви\p{L}*|заявля\p{L}*|пригрози\p{L}*|закликав|закликала|закликає|переговор\p{L}*|мирн(?!\p{L}*\s+(?:жител|мешканц|населен|громадян))\p{L}*|саміт\p{L}*|зустріч\p{L}*|візит\p{L}*|вибор\p{L}*|санкці\p{L}*|перемир\p{L}*|інтерв’ю|угод\p{L}*|заявил\p{L}*|пригрозил\p{L}*|призвал\p{L}*|саммит\p{L}*|встреч\p{L}*|визит\p{L}*|выбор\p{L}*|санкци\p{L}*|перемири\p{L}*|интервью|соглашени\p{L}*|чому|почему)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);

// Front-line news: ground fighting, advances, losses, without a strike on a place.
const FRONT = fastTest(
  /\b(?:assaults?|offensive|front\s?line|frontline|advanc\w*|captur\w*|liberat\w*|clashes|combat\s+engagements|general\s+staff|losses|counteroffensive|troops)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:бойов\p{L}*\s+зіткнен\p{L}*|наступ\p{L}*|штурм\p{L}*|фронт\p{L}*|просуван\p{L}*|звільни\p{L}*|захопи\p{L}*|генштаб\p{L}*|втрат\p{L}*|ліквідува\p{L}*|боев\p{L}*\s+столкновени\p{L}*|наступлени\p{L}*|продвижени\p{L}*|освобод\p{L}*|потер\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);

// Weekly or monthly totals: a tally, not an attack.
const PERIOD_TITLE = fastTest(
  /\b(?:this|past|last)\s+(?:week|month)\b|\b(?:(?:during|over|in|through)\s+(?:the\s+)?|this\s+|last\s+)(?:winter|summer|autumn|spring)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:за\s+(?:тиждень|місяць|неделю|месяц|зиму|літо|осінь|весну|лето|осень)|з\s+початку\s+(?:року|місяця)|с\s+начала\s+(?:года|месяца))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);

// Running tallies of casualties, not an attack: Russian losses by the General Staff, a year's toll.
const TALLY_TITLE =
  /\b(?:russia(?:'s|’s|n)\s+(?:war\s+|military\s+|combat\s+|troop\s+)?(?:casualty\s+toll|casualties|losses|death\s+toll)|(?:combat|personnel)\s+losses)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:втрати\s+(?:ворога|росії|рф|окупантів|армії\s+рф)|потери\s+(?:всу|противника|россии|рф|армии\s+рф))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
// A year's toll: a period of a year with casualties counted over it and no attack named.
const YEAR_TALLY =
  /\b(?:(?:in|during|since|for)\s+(?:19|20)\d\d\b(?!\s+\d)|since\s+the\s+(?:start|beginning)\s+of\s+(?:the\s+)?(?:year|war|full-scale|invasion)|this\s+year)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:(?:у|в)\s+20\d\d\s+(?:році|году)|за\s+20\d\d\s+(?:рік|год)|з\s+початку\s+(?:року|війни|повномасштабн\p{L}*|вторгнення)|с\s+начала\s+(?:года|войны|вторжения|сво))(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;
const YEAR_TALLY_NOUN =
  /casualt|civilians|documented|recorded|цивільн|мирних|зафіксов|задокумент|мирных|зафиксир|задокумент/u;
const ATTACK_WORD = /attack|strike|struck|\bhit|shell|атак|удар|обстріл|обстрел|влуч|попадан/u;

// A near miss: "ледь не вбив", "мало не загинув", "чуть не убил", "едва не погиб", "nearly killed".
const NEAR_MISS =
  /\b(?:nearly|almost|narrowly)\s+(?:kill|hit|miss|escap)|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:ледь|мало|чуть|едва|ледве)\s+не\s+(?:вбив|вбила|вбили|загинув|загинула|убил|убила|убили|погиб|погибла|постраждав|пострадал)/u;
// The night's or the day's attack inside a tally: "цієї ночі", "сьогодні", "this night", "overnight", "этой ночью".
const TONIGHT =
  /\b(?:overnight|last\s+night|this\s+night|tonight|today)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:цієї\s+ночі|минулої\s+ночі|сьогодні|вночі|цієї\s+доби|этой\s+ночью|прошлой\s+ночью|сегодня|ночью)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u;

const WEAPON = fastTest(
  /\b(?:drones?|uavs?|shaheds?|missiles?|rockets?|guided\s+bombs?|glide\s+bombs?|aerial\s+bombs?|air\s+bombs?|artillery|mlrs|kinzhal|iskander|kalibr)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:бпла|дрон\p{L}*|безпілотник\p{L}*|беспилотник\p{L}*|шахед\p{L}*|ракет\p{L}*|каб\p{L}*|артилер\p{L}*|артиллер\p{L}*|рсзв|рсзо)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);
const DAMAGE = fastTest(
  /\b(?:damag\w*|destroy\w*|ablaze|caught\s+fire|fires?\s+broke\s+out|collaps\w*)\b|(?<![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])(?:пошкодж\p{L}*|зруйнов\p{L}*|пожеж\p{L}*|загорян\p{L}*|поврежд\p{L}*|разруш\p{L}*|пожар\p{L}*|возгоран\p{L}*)(?![a-zA-Zа-яА-ЯёЁіІїЇєЄґҐ’])/u,
);
const CASUALTY = fastTest(
  /kill|dead|died|injur|wound|hurt|casualt|загин|загибл|поранен|постражд|травмов|погиб|ранен|ранил|ранив|поранил|поранив|убит|убил|вбит|вбил|вбив|пострада|без\s+(?:жертв|постраждалих|пострадавших)/u,
);
