/**
 * `npm run eval` — measures the analysis core against the labelled set in test/eval/dataset/
 * (or the held-out set in test/eval/holdout/, or both: `--set main|holdout|all`, or any folder of
 * article files kept elsewhere: `--dir <path>`).
 *
 *   npx tsx test/eval/run.ts [--validate-only] [--quiet] [--json] [--lang en|uk|ru] [--set main|holdout|all]
 *                            [--dir <path>] [--analyzer <path>]
 *
 * Exit 0 whenever the measurement ran (whatever the scores); 1 when the dataset does not load or
 * validate, the analyzer module is missing, or the command line is wrong.
 */
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { Lang, RawItem, Report } from "../../src/analysis/types.js";
import {
  type DatasetProblem,
  type EvalArticle,
  formatProblem,
  type LoadedDataset,
  loadDataset,
  validateFile,
} from "./dataset.js";
import { loadHoldout } from "./holdout/holdout.js";
import { KINDS, LANGS, type Mismatch, type Outcome, type SetScore, type Summary, score } from "./score.js";

const USAGE = `Usage: npx tsx test/eval/run.ts [options]   (or: npm run eval -- [options])

  --validate-only     load and validate the dataset, do not run the analysis
  --quiet             print the score tables only, not the list of mismatches
  --json              print a machine-readable summary (JSON) instead of tables
  --lang <en|uk|ru>   evaluate only the articles of one language
  --set <name>        main (default: test/eval/dataset/), holdout (test/eval/holdout/) or all (both)
  --dir <path>        score the *.json article files of any folder instead (e.g. a blind set kept
                      outside the repository); same validation, ids may carry any prefix ("b-en-001")
  --analyzer <path>   module exporting analyzeItem (default: src/analysis/analyze.ts)
  -h, --help          this text`;

interface Options {
  validateOnly: boolean;
  quiet: boolean;
  json: boolean;
  lang: Lang | null;
  set: EvalSet;
  dir: string | null;
  analyzer: string | null;
}

const SETS = ["main", "holdout", "all"] as const;
type EvalSet = (typeof SETS)[number];

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    validateOnly: false,
    quiet: false,
    json: false,
    lang: null,
    set: "main",
    dir: null,
    analyzer: null,
  };
  let setGiven = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case "--validate-only":
        opts.validateOnly = true;
        break;
      case "--quiet":
        opts.quiet = true;
        break;
      case "--json":
        opts.json = true;
        break;
      case "--lang": {
        const v = value();
        if (!(LANGS as readonly string[]).includes(v)) throw new Error(`--lang must be one of ${LANGS.join(", ")}`);
        opts.lang = v as Lang;
        break;
      }
      case "--set": {
        const v = value();
        if (!(SETS as readonly string[]).includes(v)) throw new Error(`--set must be one of ${SETS.join(", ")}`);
        opts.set = v as EvalSet;
        setGiven = true;
        break;
      }
      case "--dir":
        opts.dir = value();
        break;
      case "--analyzer":
        opts.analyzer = value();
        break;
      case "-h":
      case "--help":
        console.log(USAGE);
        process.exit(0);
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (opts.dir !== null && setGiven) throw new Error("--dir and --set exclude each other");
  return opts;
}

/**
 * The articles of the chosen set. `all` merges both; file names of the held-out set get a
 * `holdout/` prefix there, and ids stay unique because held-out ids start with `h-`.
 */
function loadSet(set: EvalSet): LoadedDataset {
  if (set === "main") return loadDataset();
  if (set === "holdout") return loadHoldout();
  const main = loadDataset();
  const holdout = loadHoldout();
  const problems = [...main.problems, ...holdout.problems.map((p) => ({ ...p, file: `holdout/${p.file}` }))];
  const ids = new Set(main.articles.map((a) => a.id));
  for (const a of holdout.articles) {
    if (ids.has(a.id)) problems.push({ file: "(all)", index: null, id: a.id, message: `duplicate id ${a.id}` });
  }
  return {
    articles: [...main.articles, ...holdout.articles].sort((a, b) => a.id.localeCompare(b.id)),
    problems,
    files: [...main.files, ...holdout.files.map((f) => `holdout/${f}`)],
  };
}

/** "b-en-001" → prefix "b-", base id "en-001"; an id without the `<lang>-NNN` tail has no base. */
const PREFIXED_ID = /^(.*?)((?:en|uk|ru)-\d{3})$/;

/**
 * Every `*.json` in a folder outside the two built-in sets (`--dir`). Same checks as the main set
 * (`validateFile`), except that an id may carry any prefix before `<lang>-NNN` ("b-en-001"): the
 * prefix is stripped for validation and put back afterwards, as the held-out loader does with `h-`.
 * Ids must be unique across the folder's files.
 */
function loadDir(dir: string): LoadedDataset {
  return loadDataset(dir, { noun: "article", validateFile: validatePrefixedFile });
}

/** `validateFile` for a `--dir` file: each entry on its own, with its id prefix stripped and put back. */
function validatePrefixedFile(name: string, data: unknown): Pick<LoadedDataset, "articles" | "problems"> {
  if (!Array.isArray(data)) return validateFile(name, data);
  const problems: DatasetProblem[] = [];
  const articles: EvalArticle[] = [];
  // Each entry on its own, with its prefix stripped (an id that does not end in <lang>-NNN is left
  // alone and fails validation), so that problems and articles get their own prefix back.
  data.forEach((entry: unknown, index) => {
    const id = entry && typeof entry === "object" && "id" in entry && typeof entry.id === "string" ? entry.id : null;
    const prefix = id === null ? "" : (PREFIXED_ID.exec(id)?.[1] ?? "");
    const stripped = prefix && id ? { ...(entry as object), id: id.slice(prefix.length) } : entry;
    const result = validateFile(name, [stripped]);
    for (const p of result.problems) {
      problems.push({ ...p, index, id: p.id === null ? null : `${prefix}${p.id}` });
    }
    for (const a of result.articles) articles.push({ ...a, id: `${prefix}${a.id}` });
  });
  return { articles, problems };
}

/** The feed layer's view of an article: what analyzeItem receives in production. */
export function toRawItem(a: EvalArticle): RawItem {
  return {
    id: a.id,
    title: a.title,
    link: `https://example.test/${a.id}`,
    published: a.published,
    content: a.body,
    feedUrl: null,
  };
}

type AnalyzeItem = (item: RawItem) => Report | Promise<Report>;

/**
 * Imported at run time, not statically: the analysis is written in parallel, and the dataset
 * checks (`--validate-only`, the vitest) must work before it exists or while it does not compile.
 */
async function loadAnalyzer(path: string | null): Promise<AnalyzeItem> {
  const url = path ? pathToFileURL(resolve(path)).href : new URL("../../src/analysis/analyze.js", import.meta.url).href;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const target = path ?? "src/analysis/analyze.ts";
    // Only "the analyzer itself is missing" gets the friendly message; a missing import *inside*
    // it (a gazetteer file not written yet) is the analysis' own error and is shown as is.
    const self = path ? resolve(path).replace(/\.[jt]s$/, "") : "src/analysis/analyze";
    if (
      e.code === "ERR_MODULE_NOT_FOUND" &&
      new RegExp(`Cannot find module '[^']*${escapeRe(self)}\\.[jt]s'`).test(e.message)
    ) {
      throw new Error(`the analyzer ${target} does not exist yet (run with --validate-only to check the dataset)`);
    }
    // A missing module's message says everything; anything else (a syntax or runtime error) needs its stack.
    const detail = e.code === "ERR_MODULE_NOT_FOUND" ? e.message : (e.stack ?? String(err));
    throw new Error(`could not load ${target}: ${detail}`);
  }
  const fn = mod.analyzeItem;
  if (typeof fn !== "function") throw new Error(`${path ?? "src/analysis/analyze.ts"} does not export analyzeItem()`);
  return fn as AnalyzeItem;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

async function analyzeAll(analyze: AnalyzeItem, articles: EvalArticle[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  for (const article of articles) {
    try {
      const report = await analyze(toRawItem(article));
      if (report === null || typeof report !== "object") {
        outcomes.push({
          article,
          report: null,
          error: `analyzeItem returned ${report === null ? "null" : typeof report}`,
        });
      } else {
        outcomes.push({ article, report, error: null });
      }
    } catch (err) {
      outcomes.push({ article, report: null, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcomes;
}

// ---------- printing ----------

/** " (holdout)" / " (all)" / " (dir /path)"; nothing for the default set, so its output is unchanged. */
const setLabel = (set: EvalSet, dir: string | null = null): string =>
  dir !== null ? ` (dir ${dir})` : set === "main" ? "" : ` (${set})`;

const pct = (x: number | null): string => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? "").length)));
  return rows
    .map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join("  "))
    .join("\n");
}

function setRow(name: string, s: SetScore): string[] {
  return [name, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)];
}

function show(v: unknown): string {
  if (v === undefined) return "undefined";
  return typeof v === "string" ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v));
}

function formatMismatch(m: Mismatch): string {
  const title = m.title.length > 70 ? `${m.title.slice(0, 69)}…` : m.title;
  let detail: string;
  if (m.field === "error") detail = `analysis threw: ${String(m.got)}`;
  else if (m.field === "cities" || m.field === "regions") {
    const parts = [`expected ${show(m.expected)} got ${show(m.got)}`];
    if (m.missing?.length) parts.push(`missing ${m.missing.join(", ")}`);
    if (m.extra?.length) parts.push(`extra ${m.extra.join(", ")}`);
    detail = parts.join("; ");
  } else detail = `expected ${show(m.expected)} got ${show(m.got)}`;
  return `${m.id.padEnd(7)} ${m.field.padEnd(17)} ${detail}  — ${title}`;
}

function printSummary(s: Summary, quiet: boolean, elapsedMs: number, label: string): void {
  const out: string[] = [];
  out.push(`Sitrep evaluation${label}: ${s.items} articles, ${s.errors} analysis errors, ${elapsedMs.toFixed(0)} ms`);
  out.push("");
  out.push(`Kind accuracy: ${pct(s.kind.accuracy)} (${s.kind.correct}/${s.kind.total})`);
  const gotCols = ["strike", "aid", "other", "invalid", "error"] as const;
  out.push(
    table([
      ["expected \\ got", ...gotCols],
      ...KINDS.map((k) => [k, ...gotCols.map((g) => String(s.kind.confusion[k][g]))]),
    ]),
  );
  out.push("");
  out.push(
    table([
      ["places (micro)", "precision", "recall", "F1", "tp", "fp", "fn"],
      setRow("cities", s.cities),
      setRow("regions", s.regions),
    ]),
  );
  out.push("");
  out.push(
    table([
      ["field (exact match)", "all", "matched", "expected≠null", "matched"],
      ...s.fields.map((f) => [
        f.field,
        pct(f.rate),
        `${f.matched}/${f.total}`,
        pct(f.rateNonNull),
        `${f.matchedNonNull}/${f.totalNonNull}`,
      ]),
    ]),
  );
  out.push("");
  out.push(
    table([
      ["language", "items", "kind acc.", "city P", "city R", "city F1", "region F1"],
      ...LANGS.flatMap((l) => {
        const p = s.perLang[l];
        return p
          ? [
              [
                l,
                String(p.items),
                pct(p.kindAccuracy),
                pct(p.cities.precision),
                pct(p.cities.recall),
                pct(p.cities.f1),
                pct(p.regions.f1),
              ],
            ]
          : [];
      }),
    ]),
  );
  if (!quiet) {
    out.push("");
    out.push(s.mismatches.length === 0 ? "No mismatches." : `Mismatches (${s.mismatches.length}):`);
    for (const m of s.mismatches) out.push(formatMismatch(m));
  }
  console.log(out.join("\n"));
}

function countsByLangKind(articles: EvalArticle[]): Record<string, Record<string, number>> {
  const counts: Record<string, Record<string, number>> = {};
  for (const a of articles) {
    const row = counts[a.lang] ?? { strike: 0, aid: 0, other: 0, total: 0 };
    row[a.expected.kind] = (row[a.expected.kind] ?? 0) + 1;
    row.total = (row.total ?? 0) + 1;
    counts[a.lang] = row;
  }
  return counts;
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`eval: ${(err as Error).message}\n\n${USAGE}`);
    return 1;
  }

  const label = setLabel(opts.set, opts.dir);
  // JSON keys: unchanged for --set; `set: "dir"` plus the folder for --dir.
  const setFields = opts.dir !== null ? { set: "dir", dir: opts.dir } : { set: opts.set };
  const dataset = opts.dir !== null ? loadDir(resolve(opts.dir)) : loadSet(opts.set);
  if (dataset.problems.length > 0) {
    console.error(`eval: the dataset${label} is invalid (${dataset.problems.length} problems):`);
    for (const p of dataset.problems) console.error(`  ${formatProblem(p)}`);
    return 1;
  }
  const articles = opts.lang ? dataset.articles.filter((a) => a.lang === opts.lang) : dataset.articles;
  const counts = countsByLangKind(articles);

  if (opts.validateOnly) {
    if (opts.json) {
      console.log(JSON.stringify({ valid: true, ...setFields, files: dataset.files, items: articles.length, counts }));
    } else {
      console.log(`Dataset OK${label}: ${articles.length} articles in ${dataset.files.length} files`);
      for (const [lang, c] of Object.entries(counts)) {
        console.log(`  ${lang}: ${c.total} (strike ${c.strike}, aid ${c.aid}, other ${c.other})`);
      }
    }
    return 0;
  }

  let analyze: AnalyzeItem;
  try {
    analyze = await loadAnalyzer(opts.analyzer);
  } catch (err) {
    console.error(`eval: ${(err as Error).message}`);
    return 1;
  }

  const started = performance.now();
  const outcomes = await analyzeAll(analyze, articles);
  const elapsedMs = performance.now() - started;
  const summary = score(outcomes);

  if (opts.json) {
    const { mismatches, ...rest } = summary;
    const report = {
      dataset: { ...setFields, files: dataset.files, lang: opts.lang, counts },
      elapsedMs: Math.round(elapsedMs),
      ...rest,
    };
    console.log(JSON.stringify(opts.quiet ? report : { ...report, mismatches }, null, 2));
  } else {
    printSummary(summary, opts.quiet, elapsedMs, label);
  }
  return 0;
}

process.exitCode = await main();
