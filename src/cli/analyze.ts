import { readFile } from "node:fs/promises";
import { analyzeItem } from "../analysis/analyze.js";
import type { Report } from "../analysis/types.js";
import { decodeFeedBytes, fetchFeed } from "../feeds/fetch.js";
import { parseFeed } from "../feeds/parse.js";

/**
 * `npm run analyze -- <file|url|->`: prints one JSON report per feed item, in feed order.
 * Needs no token and touches no storage.
 */
async function main(argv: string[]): Promise<number> {
  const source = argv[0];
  if (!source || argv.length > 1) {
    process.stderr.write("usage: npm run analyze -- <feed file | http(s) URL | - for stdin>\n");
    return 1;
  }
  let xml: string;
  let base: string | null = null;
  try {
    if (source === "-") {
      xml = await readStdin();
    } else if (/^https?:\/\//i.test(source)) {
      const result = await fetchFeed(source, { timeoutMs: 20_000 });
      if (result.status !== "ok") throw new Error("server answered 304 Not Modified without a body");
      xml = result.body;
      base = result.finalUrl;
    } else {
      xml = decodeFeedBytes(await readFile(source), null);
    }
  } catch (error) {
    process.stderr.write(`analyze: cannot read ${source}: ${oneLine(error)}\n`);
    return 1;
  }
  let items: Awaited<ReturnType<typeof parseFeed>>["items"];
  try {
    items = (await parseFeed(xml, base)).items;
  } catch (error) {
    process.stderr.write(`analyze: ${source}: ${oneLine(error)}\n`);
    return 1;
  }
  for (const item of items) {
    const ordered = inContractOrder(analyzeItem(item));
    process.stdout.write(`${JSON.stringify(ordered)}\n`);
  }
  return 0;
}

/** The `analyze` JSON contract's fields first, in their documented order; any extra fields after them. */
const CONTRACT_FIELDS = [
  "id",
  "title",
  "link",
  "published",
  "kind",
  "cities",
  "regions",
  "killed",
  "injured",
  "drones",
  "missiles",
  "weapons",
  "targets",
  "aid",
  "summary",
] as const satisfies ReadonlyArray<keyof Report>;

function inContractOrder(report: Report): Record<string, unknown> {
  const ordered: Record<string, unknown> = {};
  for (const field of CONTRACT_FIELDS) ordered[field] = report[field];
  return { ...ordered, ...report };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeFeedBytes(Buffer.concat(chunks), null);
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`analyze: ${oneLine(error)}\n`);
    process.exit(1);
  },
);
