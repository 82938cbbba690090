import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { LOCALES_DIR } from "../src/bot/i18n.js";
import { REPO_ROOT } from "./support/botProcess.js";

/** Keys of a locale: locales/<locale>.ftl plus any locales/<locale>/*.ftl (one file per feature). */
function keys(file: string): Set<string> {
  const locale = file.replace(/\.ftl$/, "");
  const nested = join(LOCALES_DIR, locale);
  const files = [join(LOCALES_DIR, file)];
  try {
    for (const name of readdirSync(nested)) if (name.endsWith(".ftl")) files.push(join(nested, name));
  } catch {
    // no per-feature folder for this locale
  }
  const text = files.map((f) => readFileSync(f, "utf8")).join("\n");
  return new Set([...text.matchAll(/^([a-z][a-z0-9-]*) =/gm)].map((m) => m[1]!));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

test("en.ftl and uk.ftl define the same keys", () => {
  const en = keys("en.ftl");
  const uk = keys("uk.ftl");
  expect([...en].filter((k) => !uk.has(k))).toEqual([]);
  expect([...uk].filter((k) => !en.has(k))).toEqual([]);
  expect(en.size).toBeGreaterThan(50);
});

test("every literal key the code asks for exists", () => {
  const en = keys("en.ftl");
  const used = new Set<string>();
  for (const file of sourceFiles(join(REPO_ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/\bt\(\s*(?:[a-z]+,\s*)?"([a-z][a-z0-9-]*)"/g)) used.add(m[1]!);
  }
  expect(used.size).toBeGreaterThan(20);
  expect([...used].filter((k) => !en.has(k))).toEqual([]);
});

test("every weapon, target and aid tag the analysis can produce has wording", () => {
  const en = keys("en.ftl");
  const tagsIn = (file: string) => [
    ...new Set(
      [...readFileSync(join(REPO_ROOT, "src/analysis/extract", file), "utf8").matchAll(/tag: "([^"]+)"/g)].map(
        (m) => m[1]!,
      ),
    ),
  ];
  const WEAPON_TAGS = tagsIn("weapons.ts");
  const TARGET_TAGS = tagsIn("targets.ts");
  expect(WEAPON_TAGS.length).toBeGreaterThan(10);
  for (const tag of WEAPON_TAGS) expect(en, `weapon ${tag}`).toContain(`weapon-${tag.replace(/[^a-z0-9]+/g, "-")}`);
  for (const tag of TARGET_TAGS) expect(en, `target ${tag}`).toContain(`target-${tag.replace(/[^a-z0-9]+/g, "-")}`);
  for (const status of ["pledged", "approved", "delivered", "blocked", "vote pending"]) {
    expect(en).toContain(`aid-status-${status.replace(/ /g, "-")}`);
  }
});
