// Runs the real bot as a child process, the way it runs in production (`node --import tsx src/main.ts`),
// with a clean environment, and collects its pino JSON log lines so a test can wait for them.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { dirname, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in test/support/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

const PINO_LEVELS: Record<number, string> = {
  10: "trace",
  20: "debug",
  30: "info",
  40: "warn",
  50: "error",
  60: "fatal",
};

export interface LogLine {
  /** Position in `lines`; pass it as `since` to waitForLog to look only at later lines. */
  index: number;
  stream: "stdout" | "stderr";
  raw: string;
  /** The parsed object when the line is JSON (pino), else undefined. */
  json: Record<string, unknown> | undefined;
  /** pino's `msg`, if any. */
  msg: string | undefined;
  /** "trace" … "fatal" from pino's numeric level, if any. */
  level: string | undefined;
  time: number;
}

/** A predicate, or a description: `msg` (substring or RegExp), `level`, and fields that must be equal. */
export type LogMatch =
  | ((line: LogLine) => boolean)
  | { msg?: string | RegExp; level?: string; fields?: Record<string, unknown> };

export interface ExitInfo {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface StartBotOptions {
  /** Script to run, relative to `cwd`. Default "src/main.ts". */
  entry?: string;
  /** Default: the repository root. */
  cwd?: string;
  /** Default ["--import", "tsx"]. */
  nodeArgs?: string[];
  /** Copy every line to the test's stderr as it arrives. Default: when SITREP_E2E_ECHO=1. */
  echo?: boolean;
}

/** Lines kept in memory; a test that logs at debug for a long time should not grow without bound. */
const MAX_LINES = 20_000;
const TAIL_LINES = 40;

const running = new Set<ChildProcess>();
// If the test runner dies or forgets stop(), no bot is left polling in the background.
process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function matches(line: LogLine, match: LogMatch): boolean {
  if (typeof match === "function") return match(line);
  if (match.msg !== undefined) {
    if (line.msg === undefined) return false;
    if (typeof match.msg === "string" ? !line.msg.includes(match.msg) : !match.msg.test(line.msg)) return false;
  }
  if (match.level !== undefined && line.level !== match.level) return false;
  for (const [key, value] of Object.entries(match.fields ?? {})) {
    if (JSON.stringify(line.json?.[key]) !== JSON.stringify(value)) return false;
  }
  return true;
}

function describeMatch(match: LogMatch): string {
  if (typeof match === "function") return match.toString().slice(0, 120);
  return JSON.stringify(match, (_k, v) => (v instanceof RegExp ? v.toString() : v));
}

export class BotProcess {
  readonly lines: LogLine[] = [];
  /** Resolves when the process has exited and its output has been read to the end. */
  readonly exited: Promise<ExitInfo>;
  private exitInfo: ExitInfo | undefined;
  private readonly listeners = new Set<() => void>();
  private dropped = 0;

  constructor(
    private readonly child: ChildProcess,
    private readonly echo: boolean,
  ) {
    running.add(child);
    for (const stream of ["stdout", "stderr"] as const) {
      const source = child[stream];
      if (!source) continue;
      createInterface({ input: source, crlfDelay: Number.POSITIVE_INFINITY }).on("line", (raw) =>
        this.push(stream, raw),
      );
    }
    // "close" (not "exit") fires after stdout and stderr have ended, so every line is in by then.
    this.exited = once(child, "close").then(([code, signal]) => {
      running.delete(child);
      this.exitInfo = { code: code as number | null, signal: signal as NodeJS.Signals | null };
      this.notify();
      return this.exitInfo;
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Exit code and signal once the process has ended, else undefined. */
  get exit(): ExitInfo | undefined {
    return this.exitInfo;
  }

  /** The index the next line will get: `waitForLog(match, t, bot.mark())` ignores what came before. */
  mark(): number {
    return this.dropped + this.lines.length;
  }

  /** Log lines whose JSON matches, e.g. `logs({ level: "error" })`. */
  logs(match: LogMatch = () => true): LogLine[] {
    return this.lines.filter((l) => matches(l, match));
  }

  /** The last `n` lines as text, for failure messages. */
  tail(n = TAIL_LINES): string {
    const last = this.lines.slice(-n);
    if (last.length === 0) return "  (no output)";
    return last.map((l) => `  [${l.stream}] ${l.raw}`).join("\n");
  }

  /**
   * Resolves with the first line at or after `since` that matches. Rejects on timeout, or as soon as the
   * process exits without having printed it, with the last 40 lines in the message.
   */
  waitForLog(match: LogMatch, timeoutMs = 10_000, since = 0): Promise<LogLine> {
    const origin = new Error("waitForLog");
    return new Promise((resolvePromise, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (error?: string, line?: LogLine) => {
        clearTimeout(timer);
        this.listeners.delete(check);
        if (line) resolvePromise(line);
        else {
          origin.message = `${error}\nLast ${TAIL_LINES} lines:\n${this.tail()}`;
          reject(origin);
        }
      };
      const check = () => {
        const line = this.lines.find((l) => l.index >= since && matches(l, match));
        if (line) return finish(undefined, line);
        if (this.exitInfo) {
          finish(`bot exited (${this.describeExit()}) before logging ${describeMatch(match)}`);
        }
      };
      this.listeners.add(check);
      timer = setTimeout(
        () => finish(`waitForLog timed out after ${timeoutMs} ms: ${describeMatch(match)}`),
        timeoutMs,
      );
      check();
    });
  }

  /**
   * Sends `signal` and resolves with the exit code (null when a signal ended it). After `timeoutMs` the
   * process is killed with SIGKILL, which resolves with null.
   */
  async stop(signal: NodeJS.Signals = "SIGTERM", timeoutMs = 10_000): Promise<number | null> {
    if (this.exitInfo) return this.exitInfo.code;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    const info = await this.exited;
    clearTimeout(timer);
    return info.code;
  }

  /** A hard kill (SIGKILL), as in a crash: no shutdown code runs. */
  async kill(): Promise<ExitInfo> {
    if (!this.exitInfo) this.child.kill("SIGKILL");
    return this.exited;
  }

  /** Throws with the log tail; for a test's own assertions about the process. */
  fail(message: string): never {
    throw new Error(`${message}\nLast ${TAIL_LINES} lines:\n${this.tail()}`);
  }

  private describeExit(): string {
    const info = this.exitInfo;
    if (!info) return "running";
    return info.signal ? `signal ${info.signal}` : `code ${info.code}`;
  }

  private push(stream: "stdout" | "stderr", raw: string): void {
    let json: Record<string, unknown> | undefined;
    if (raw.startsWith("{")) {
      try {
        const parsed: unknown = JSON.parse(raw);
        if (typeof parsed === "object" && parsed !== null && !Array.isArray(parsed)) {
          json = parsed as Record<string, unknown>;
        }
      } catch {
        // Not JSON after all: keep the raw text only.
      }
    }
    const level = json?.level;
    this.lines.push({
      index: this.mark(),
      stream,
      raw,
      json,
      msg: typeof json?.msg === "string" ? json.msg : undefined,
      level: typeof level === "number" ? PINO_LEVELS[level] : typeof level === "string" ? level : undefined,
      time: Date.now(),
    });
    if (this.lines.length > MAX_LINES) {
      this.lines.splice(0, MAX_LINES / 2);
      this.dropped += MAX_LINES / 2;
    }
    if (this.echo) process.stderr.write(`[bot ${stream}] ${raw}\n`);
    this.notify();
  }

  private notify(): void {
    for (const listener of [...this.listeners]) listener();
  }
}

/**
 * Starts the bot with a clean environment: PATH, HOME, NODE_ENV=test, LOG_LEVEL=debug (unless given)
 * and `env`. Nothing else leaks in from the developer's shell, so a test states every setting it needs.
 */
export async function startBot(env: Record<string, string>, options: StartBotOptions = {}): Promise<BotProcess> {
  const childEnv: Record<string, string> = {
    PATH: process.env.PATH ?? "/usr/local/bin:/usr/bin:/bin",
    HOME: process.env.HOME ?? REPO_ROOT,
    NODE_ENV: "test",
    LOG_LEVEL: "debug",
    ...env,
  };
  const cwd = options.cwd ?? REPO_ROOT;
  const child = spawn(
    process.execPath,
    [...(options.nodeArgs ?? ["--import", "tsx"]), options.entry ?? "src/main.ts"],
    {
      cwd,
      env: childEnv,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const bot = new BotProcess(child, options.echo ?? process.env.SITREP_E2E_ECHO === "1");
  // A spawn failure (no node binary, bad cwd) surfaces here instead of as an unhandled "error" event.
  const spawned = await Promise.race([
    once(child, "spawn").then(() => undefined),
    once(child, "error").then(([error]) => error as Error),
  ]);
  if (spawned) throw new Error(`could not start the bot in ${cwd}: ${spawned.message}`);
  return bot;
}
