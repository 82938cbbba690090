import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";
import { REPO_ROOT } from "../support/botProcess.js";

const FIXTURE = join(REPO_ROOT, "test/fixtures/feeds/sample.xml");
const FIELDS = [
  "id",
  "title",
  "link",
  "published",
  "kind",
  "cities",
  "killed",
  "injured",
  "drones",
  "missiles",
  "weapons",
  "targets",
  "aid",
  "summary",
];

function analyze(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ["--import", "tsx", "src/cli/analyze.ts", ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: "utf8",
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    timeout: 60_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

test("prints one JSON object per item, in feed order, with the contract's fields", () => {
  const { code, stdout, stderr } = analyze([FIXTURE]);
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const reports = stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(reports).toHaveLength(3);
  for (const report of reports) for (const field of FIELDS) expect(report).toHaveProperty(field);
  expect(Object.keys(reports[0]).slice(0, FIELDS.length + 1)).toEqual([
    ...FIELDS.slice(0, 6),
    "regions",
    ...FIELDS.slice(6),
  ]);
  expect(reports[0]).toMatchObject({
    id: "fx-1",
    link: "https://fixture.example/kharkiv-drones",
    published: "2026-11-21T03:10:00.000Z",
    kind: "strike",
    cities: ["Kharkiv"],
    killed: null,
    injured: 22,
    drones: { launched: 49, downed: 21 },
    missiles: { launched: null, downed: null },
  });
  expect(reports[1]).toMatchObject({
    kind: "aid",
    aid: { donor: "EU", amount: 50_000_000_000, currency: "EUR", status: "blocked" },
  });
  expect(reports[2]).toMatchObject({
    kind: "other",
    cities: [],
    killed: null,
    injured: null,
    aid: null,
    published: null,
  });
});

test("reads standard input with -", () => {
  const { code, stdout } = analyze(["-"], readFileSync(FIXTURE, "utf8"));
  expect(code).toBe(0);
  expect(stdout.trim().split("\n")).toHaveLength(3);
});

test.each([
  [["/no/such/feed.xml"], /cannot read \/no\/such\/feed\.xml/],
  [["-"], /not a readable RSS\/Atom feed/],
  [[], /usage/],
])("bad input %j: one-line error and exit 1", (args, message) => {
  const { code, stdout, stderr } = analyze(args, args[0] === "-" ? "<html><body>not a feed</body></html>" : undefined);
  expect(code).toBe(1);
  expect(stdout).toBe("");
  expect(stderr.trim().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(message);
});
