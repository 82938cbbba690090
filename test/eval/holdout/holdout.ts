/**
 * Loading of the held-out evaluation set (test/eval/holdout/*.json).
 *
 * Same article format and labelling contract as the main set (../dataset.ts validates both); the
 * only difference is the id: `h-<lang>-NNN`, so that the two sets can be merged (`--set all`)
 * without clashes and a held-out item is recognisable wherever it shows up. The prefix is stripped
 * for validation and put back afterwards, so the main set's id rule (`<lang>-NNN`) and every
 * contract check apply unchanged.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type DatasetProblem, type EvalArticle, type LoadedDataset, validateFile } from "../dataset.js";

export const HOLDOUT_DIR = fileURLToPath(new URL("./", import.meta.url));
export const HOLDOUT_PREFIX = "h-";

function entryId(entry: unknown): string | null {
  return entry && typeof entry === "object" && "id" in entry && typeof entry.id === "string" ? entry.id : null;
}

/** Validates one parsed holdout file (an array of articles with `h-` ids). Never throws. */
export function validateHoldoutFile(
  file: string,
  data: unknown,
): { articles: EvalArticle[]; problems: DatasetProblem[] } {
  if (!Array.isArray(data)) return validateFile(file, data);
  const problems: DatasetProblem[] = [];
  const kept: unknown[] = [];
  const originalIndex: number[] = [];
  data.forEach((entry: unknown, index) => {
    const id = entryId(entry);
    if (id === null || !id.startsWith(HOLDOUT_PREFIX)) {
      problems.push({ file, index, id, message: `holdout id must start with "${HOLDOUT_PREFIX}"` });
      return;
    }
    kept.push({ ...(entry as object), id: id.slice(HOLDOUT_PREFIX.length) });
    originalIndex.push(index);
  });
  const result = validateFile(file, kept);
  for (const p of result.problems) {
    problems.push({
      ...p,
      index: p.index === null ? null : (originalIndex[p.index] ?? p.index),
      id: p.id === null ? null : `${HOLDOUT_PREFIX}${p.id}`,
    });
  }
  const articles = result.articles.map((a) => ({ ...a, id: `${HOLDOUT_PREFIX}${a.id}` }));
  return { articles, problems };
}

/** Reads and validates every `*.json` under `dir`; ids must be unique across files. */
export function loadHoldout(dir: string = HOLDOUT_DIR): LoadedDataset {
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
  if (names.length === 0) problems.push({ file: dir, index: null, id: null, message: "no *.json holdout files" });
  for (const name of names) {
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, name), "utf8"));
    } catch (err) {
      problems.push({ file: name, index: null, id: null, message: `invalid JSON: ${(err as Error).message}` });
      continue;
    }
    const result = validateHoldoutFile(name, data);
    articles.push(...result.articles);
    problems.push(...result.problems);
  }
  const seen = new Set<string>();
  const reported = new Set<string>();
  for (const a of articles) {
    if (seen.has(a.id) && !reported.has(a.id)) {
      problems.push({ file: "(all)", index: null, id: a.id, message: `duplicate id ${a.id}` });
      reported.add(a.id);
    }
    seen.add(a.id);
  }
  articles.sort((a, b) => a.id.localeCompare(b.id));
  return { articles, problems, files: names };
}
