/**
 * Shared data shapes of the analysis core. Everything here is plain, serialisable data:
 * reports and incidents are stored as JSON and printed by `npm run analyze`.
 */

export type Lang = "en" | "uk" | "ru";

export type ReportKind = "strike" | "aid" | "other";

/** One news item as the feed layer hands it over, before analysis. */
export interface RawItem {
  /** guid, or link, or a content hash: whatever identifies the item inside its feed. */
  id: string;
  title: string;
  link: string | null;
  /** ISO 8601, or null when the feed gave no usable date. */
  published: string | null;
  /** Body as the feed gave it: HTML or plain text (content:encoded, content, description). */
  content: string;
  /** Feed the item came from (for source attribution); null in tests and the analyze CLI. */
  feedUrl?: string | null;
}

/** Title and body after HTML stripping and whitespace normalisation, plus the detected language. */
export interface ArticleText {
  title: string;
  body: string;
  lang: Lang;
}

/** Launched vs shot down, for one weapon class. null = the text does not state it. */
export interface InterceptionFigures {
  launched: number | null;
  downed: number | null;
}

export type AidType = "military" | "financial" | "humanitarian" | "energy";
export type AidStatus = "pledged" | "approved" | "delivered" | "blocked" | "vote pending";

export interface AidInfo {
  /** Country, bloc or organisation in English: "EU", "United States", "Germany", "IMF". */
  donor: string | null;
  /** Full number: "€50 billion" → 50000000000. */
  amount: number | null;
  /** ISO 4217: EUR, USD, GBP, UAH … */
  currency: string | null;
  type: AidType | null;
  status: AidStatus | null;
}

export interface CasualtyFigures {
  killed: number | null;
  injured: number | null;
  /** Children among the killed/injured, where stated. */
  childrenKilled: number | null;
  childrenInjured: number | null;
}

/** Canonical weapon tags: "drone", "shahed", "missile", "cruise missile", "ballistic missile", "kinzhal", "iskander-m", "kh-101", "kh-22", "kalibr", "s-300", "s-400", "guided bomb", "artillery", "mlrs" … */
export type Weapon = string;

/** Canonical target tags. */
export type Target =
  | "residential building"
  | "private house"
  | "energy infrastructure"
  | "school"
  | "kindergarten"
  | "hospital"
  | "railway"
  | "port"
  | "industrial"
  | "vehicles";

/** What the analysis makes of one item. Field names are the `npm run analyze` JSON contract. */
export interface Report {
  id: string;
  title: string;
  link: string | null;
  published: string | null;
  kind: ReportKind;
  /** Canonical English city names (Ukrainian national transliteration): "Kyiv", "Kharkiv". */
  cities: string[];
  /** Oblast-level mentions: "Kharkiv Oblast", "Belgorod Oblast". */
  regions: string[];
  killed: number | null;
  injured: number | null;
  drones: InterceptionFigures;
  missiles: InterceptionFigures;
  weapons: Weapon[];
  targets: Target[];
  aid: AidInfo | null;
  /** 1–3 sentences taken from the item. */
  summary: string;
  lang: Lang;
  source: string | null;
}
