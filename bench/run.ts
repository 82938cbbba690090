/**
 * `npm run bench`: analysis throughput on one core, compared with bare rss-parser parsing of the
 * same feed, and memory. Feeds are built from our own labelled articles (test/eval/dataset), and
 * the real-world captures in ../shared/corpus/feeds/news are measured too when present.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import Parser from "rss-parser";
import { analyzeItem } from "../src/analysis/analyze.js";
import { parseFeed } from "../src/feeds/parse.js";
import { loadDataset } from "../test/eval/dataset.js";
import { buildRss } from "../test/support/rssServer.js";

const TARGET_ITEMS = 2000;

async function timeIt(fn: () => Promise<unknown> | unknown, minMs = 1500): Promise<{ perRunMs: number; runs: number }> {
  await fn(); // warm-up: JIT and lazy indexes
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    await fn();
    runs++;
  }
  return { perRunMs: (performance.now() - start) / runs, runs };
}

async function measure(label: string, xml: string): Promise<void> {
  const bare = new Parser();
  const items = (await parseFeed(xml, "https://bench.example/feed")).items;
  const parse = await timeIt(() => bare.parseString(xml));
  const analysis = await timeIt(() => {
    for (const item of items) analyzeItem(item);
  });
  const itemsPerSecond = (items.length / analysis.perRunMs) * 1000;
  const kb = Buffer.byteLength(xml) / 1024;
  console.log(
    `${label.padEnd(44)} ${String(items.length).padStart(5)} items ${kb.toFixed(0).padStart(6)} KB | ` +
      `rss-parser ${parse.perRunMs.toFixed(1).padStart(7)} ms | analysis ${analysis.perRunMs.toFixed(1).padStart(7)} ms | ` +
      `${Math.round(itemsPerSecond).toLocaleString("en").padStart(8)} items/s | analysis/parse ${(analysis.perRunMs / parse.perRunMs).toFixed(2)}`,
  );
}

/**
 * Heap after many distinct items (titles made unique, so no cache can answer): a long-running bot
 * analyses every item it ever reads, so the heap must level off rather than grow with the count.
 */
function steadyMemory(base: { title: string; content: string; link: string }[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  const marks: string[] = [];
  let n = 0;
  for (const total of [20_000, 60_000, 100_000]) {
    for (; n < total; n++) {
      const b = base[n % base.length]!;
      analyzeItem({
        id: `m${n}`,
        title: `${b.title} (${n})`,
        content: b.content,
        link: `${b.link}?n=${n}`,
        published: null,
      });
    }
    marks.push(`${total.toLocaleString("en")} items ${heap().toFixed(0)} MB`);
  }
  console.log(`\nheap used after distinct items${gc ? " (after gc)" : ""}: ${marks.join(", ")}`);
}

async function main(): Promise<void> {
  const { articles } = loadDataset();
  const repeated = Array.from({ length: TARGET_ITEMS }, (_, i) => {
    const a = articles[i % articles.length]!;
    return {
      guid: `${a.id}-${i}`,
      title: a.title,
      link: `https://bench.example/${a.id}/${i}`,
      content: a.body,
      pubDate: a.published,
    };
  });
  console.log(`node ${process.version}, one core; times are per whole feed (mean over repeated runs)\n`);
  await measure(`own articles ×${TARGET_ITEMS} (content:encoded)`, buildRss({ title: "bench", items: repeated }));

  const corpus = join(import.meta.dirname, "..", "..", "shared", "corpus", "feeds", "news");
  if (existsSync(corpus)) {
    for (const file of readdirSync(corpus)
      .filter((f) => f.endsWith(".xml"))
      .sort()) {
      try {
        await measure(`corpus/news/${file}`.slice(0, 44), readFileSync(join(corpus, file), "utf8"));
      } catch (error) {
        console.log(`${file}: not measured (${(error as Error).message.split("\n")[0]})`);
      }
    }
  } else {
    console.log("(../shared/corpus/feeds/news not found: real-feed rows skipped)");
  }
  steadyMemory(repeated.map((r) => ({ title: r.title, content: r.content, link: r.link })));
  const mem = process.memoryUsage();
  console.log(
    `\nmemory: rss ${(mem.rss / 2 ** 20).toFixed(0)} MB, heap used ${(mem.heapUsed / 2 ** 20).toFixed(0)} MB`,
  );
}

await main();
