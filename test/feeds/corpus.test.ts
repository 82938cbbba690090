import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";
import { analyzeItem } from "../../src/analysis/analyze.js";
import { mergeReports } from "../../src/analysis/incidents.js";
import { formatAlert } from "../../src/bot/format/alerts.js";
import { decodeFeedBytes } from "../../src/feeds/fetch.js";
import { FeedParseError, parseFeed } from "../../src/feeds/parse.js";
import { REPO_ROOT } from "../support/botProcess.js";
import { parseTelegramHtml } from "../support/fakeTelegram.js";

// Third-party real-world and ill-formed feeds, kept beside the project (never copied into it).
const CORPUS = join(REPO_ROOT, "..", "shared", "corpus", "feeds");

function feedFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "expected-output" ? [] : feedFiles(path);
    return /\.(xml|rss|atom|rdf|json)$/i.test(name) ? [path] : [];
  });
}

const files = existsSync(CORPUS) ? feedFiles(CORPUS) : [];
const view = {
  t: (key: string, vars?: Record<string, string | number>) => `${key}${vars ? JSON.stringify(vars) : ""}`,
  locale: "en",
  timezone: "Europe/Kyiv",
};

describe.skipIf(files.length === 0)("real-world feed corpus (../shared/corpus/feeds)", () => {
  test("the corpus is there", () => expect(files.length).toBeGreaterThan(150));

  test.each(
    files.map((f) => [relative(CORPUS, f), f]),
  )("%s: items or one clear error, never a crash", async (_name, file) => {
    const xml = decodeFeedBytes(readFileSync(file), null);
    let items: Awaited<ReturnType<typeof parseFeed>>["items"];
    try {
      items = (await parseFeed(xml, "https://feed.example/")).items;
    } catch (error) {
      expect(error).toBeInstanceOf(FeedParseError);
      expect((error as Error).message.length).toBeLessThan(300);
      return;
    }
    const reports = items.map((item) => analyzeItem(item));
    for (const report of reports) {
      expect(["strike", "aid", "other"]).toContain(report.kind);
      expect(report.summary.length).toBeLessThanOrEqual(500);
    }
    // Whatever the feed holds, the alert built from it is valid Telegram HTML under the limit.
    for (const change of mergeReports(reports, [], new Date("2026-11-21T12:00:00Z"))) {
      const html = formatAlert(change.incident, view);
      expect(parseTelegramHtml(html).text.length).toBeLessThanOrEqual(4096);
    }
  });

  test("the real Ukrainian news captures yield items", async () => {
    for (const name of [
      "kyiv-independent_2026-10-04.xml",
      "ukrainska-pravda-eng_2026-10-04.xml",
      "ukrinform-en_2026-10-04.xml",
    ]) {
      const xml = readFileSync(join(CORPUS, "news", name), "utf8");
      const { items } = await parseFeed(xml, null);
      expect(items.length, name).toBeGreaterThanOrEqual(15);
      expect(items.every((i) => i.title.length > 0 && i.link?.startsWith("https://"))).toBe(true);
    }
  });
});
