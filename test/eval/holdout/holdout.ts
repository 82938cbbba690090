/**
 * Loading of the held-out evaluation set (test/eval/holdout/*.json).
 *
 * Same article format and labelling contract as the main set (../dataset.ts validates both); the
 * only difference is the id: `h-<lang>-NNN`, so that the two sets can be merged (`--set all`)
 * without clashes and a held-out item is recognisable wherever it shows up. The prefix is stripped
 * for validation and put back afterwards, so the main set's id rule (`<lang>-NNN`) and every
 * contract check apply unchanged.
 */
import { fileURLToPath } from "node:url";
import { type DatasetProblem, type EvalArticle, type LoadedDataset, loadDataset, validateFile } from "../dataset.js";

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
  return loadDataset(dir, { noun: "holdout", validateFile: validateHoldoutFile });
}
