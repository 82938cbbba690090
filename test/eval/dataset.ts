/**
 * Loading and validation of the labelled evaluation set (test/eval/dataset/*.json).
 * Pure of the analysis code on purpose: the dataset test and `run.ts --validate-only` must work
 * while `src/analysis/analyze.ts` does not exist or does not compile.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

export const DATASET_DIR = fileURLToPath(new URL("./dataset/", import.meta.url));

const count = z.number().int().nonnegative().nullable();

const interception = z.strictObject({ launched: count, downed: count });

const aid = z.strictObject({
  donor: z.string().min(1).nullable(),
  amount: z.number().int().positive().nullable(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "ISO 4217 code, e.g. EUR")
    .nullable(),
  type: z.enum(["military", "financial", "humanitarian", "energy"]).nullable(),
  status: z.enum(["pledged", "approved", "delivered", "blocked", "vote pending"]).nullable(),
});

/** Canonical place names: no empty strings, no padding. */
const placeName = z
  .string()
  .min(2)
  .refine((s) => s.trim() === s, "no leading/trailing whitespace");

/** "Kharkiv Oblast", "Krasnodar Krai", "Crimea": oblast-level names only. */
const regionName = placeName.refine((s) => /^[A-Z][\w' -]+ (Oblast|Krai)$/.test(s) || s === "Crimea", {
  message: 'region must look like "Kharkiv Oblast", "Krasnodar Krai" or be "Crimea"',
});

const cityName = placeName.refine((s) => !/\b(Oblast|Krai|region|district)\b/i.test(s), {
  message: "a city name must not be an oblast, region or district",
});

const expected = z.strictObject({
  kind: z.enum(["strike", "aid", "other"]),
  cities: z.array(cityName),
  regions: z.array(regionName),
  killed: count,
  injured: count,
  drones: interception,
  missiles: interception,
  aid: aid.nullable(),
});

const article = z.strictObject({
  id: z.string().regex(/^(en|uk|ru)-\d{3}$/, 'id like "en-001"'),
  lang: z.enum(["en", "uk", "ru"]),
  title: z.string().min(5),
  body: z.string().min(40),
  published: z.iso.datetime({ offset: true }),
  expected,
  notes: z.string().min(5),
});

export type EvalArticle = z.infer<typeof article>;
export type Expected = z.infer<typeof expected>;

/** One problem found in the dataset, pointing at the file and entry. */
export interface DatasetProblem {
  file: string;
  index: number | null;
  id: string | null;
  message: string;
}

export interface LoadedDataset {
  articles: EvalArticle[];
  problems: DatasetProblem[];
  files: string[];
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/**
 * Checks the labelling contract beyond the shape: the rules in README.md that a
 * type alone cannot express. Returns messages; empty when the entry is consistent.
 */
export function contractProblems(a: EvalArticle): string[] {
  const out: string[] = [];
  const e = a.expected;
  if (!a.id.startsWith(`${a.lang}-`)) out.push(`id prefix does not match lang "${a.lang}"`);
  if (e.kind === "aid" && e.aid === null) out.push('kind "aid" needs an aid object');
  if (e.kind !== "aid" && e.aid !== null) out.push(`kind "${e.kind}" must have aid: null`);
  // Places are tracked for strike and aid events only; an "other" item has none by definition.
  if (e.kind === "other" && (e.cities.length > 0 || e.regions.length > 0)) {
    out.push('kind "other" must have empty cities and regions');
  }
  if (e.kind !== "strike") {
    const figures = [e.killed, e.injured, e.drones.launched, e.drones.downed, e.missiles.launched, e.missiles.downed];
    if (figures.some((f) => f !== null)) out.push(`kind "${e.kind}" must have null casualty and interception figures`);
  }
  for (const [name, f] of [
    ["drones", e.drones],
    ["missiles", e.missiles],
  ] as const) {
    if (f.launched !== null && f.downed !== null && f.downed > f.launched) {
      out.push(`${name}.downed (${f.downed}) exceeds ${name}.launched (${f.launched})`);
    }
  }
  if (e.aid && (e.aid.amount === null) !== (e.aid.currency === null)) {
    out.push("aid.amount and aid.currency are both set or both null");
  }
  for (const [name, list] of [
    ["cities", e.cities],
    ["regions", e.regions],
  ] as const) {
    const dup = duplicates(list);
    if (dup.length > 0) out.push(`${name} has duplicates: ${dup.join(", ")}`);
  }
  return out;
}

function formatZodIssues(error: z.ZodError): string[] {
  return error.issues.map((i) => `${i.path.length > 0 ? i.path.join(".") : "(entry)"}: ${i.message}`);
}

/** Validates one parsed JSON file (an array of articles). Never throws. */
export function validateFile(file: string, data: unknown): { articles: EvalArticle[]; problems: DatasetProblem[] } {
  const articles: EvalArticle[] = [];
  const problems: DatasetProblem[] = [];
  if (!Array.isArray(data)) {
    problems.push({ file, index: null, id: null, message: "file must hold a JSON array of articles" });
    return { articles, problems };
  }
  // Files are named after their language ("en-strike.json"); a stray Russian item in an English file is a slip.
  const fileLang = /^(en|uk|ru)\b/.exec(basename(file))?.[1] ?? null;
  data.forEach((entry: unknown, index) => {
    const rawId = entry && typeof entry === "object" && "id" in entry && typeof entry.id === "string" ? entry.id : null;
    const parsed = article.safeParse(entry);
    if (!parsed.success) {
      for (const message of formatZodIssues(parsed.error)) problems.push({ file, index, id: rawId, message });
      return;
    }
    const messages = contractProblems(parsed.data);
    if (fileLang && parsed.data.lang !== fileLang) messages.push(`lang "${parsed.data.lang}" in a "${fileLang}" file`);
    for (const message of messages) problems.push({ file, index, id: rawId, message });
    if (messages.length === 0) articles.push(parsed.data);
  });
  return { articles, problems };
}

/** How `loadDataset` reads a folder other than the main set's. */
export interface LoadOptions {
  /** Names the files in the "no *.json … files" problem; "dataset" by default. */
  noun?: string;
  /** Validates one parsed file; `validateFile` by default. Must not throw. */
  validateFile?: (file: string, data: unknown) => { articles: EvalArticle[]; problems: DatasetProblem[] };
}

/** Reads and validates every `*.json` under `dir`; ids must be unique across files. */
export function loadDataset(dir: string = DATASET_DIR, options: LoadOptions = {}): LoadedDataset {
  const validate = options.validateFile ?? validateFile;
  const problems: DatasetProblem[] = [];
  const articles: EvalArticle[] = [];
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch (err) {
    return { articles, problems: [{ file: dir, index: null, id: null, message: String(err) }], files: [] };
  }
  if (names.length === 0) {
    problems.push({ file: dir, index: null, id: null, message: `no *.json ${options.noun ?? "dataset"} files` });
  }
  for (const name of names) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (err) {
      problems.push({ file: name, index: null, id: null, message: `invalid JSON: ${(err as Error).message}` });
      continue;
    }
    const result = validate(name, data);
    articles.push(...result.articles);
    problems.push(...result.problems);
  }
  for (const id of duplicates(articles.map((a) => a.id))) {
    problems.push({ file: "(all)", index: null, id, message: `duplicate id ${id}` });
  }
  articles.sort((a, b) => a.id.localeCompare(b.id));
  return { articles, problems, files: names };
}

export function formatProblem(p: DatasetProblem): string {
  const where = [p.file, p.index === null ? null : `#${p.index}`, p.id].filter(Boolean).join(" ");
  return `${where}: ${p.message}`;
}
