import { existsSync } from "node:fs";
import { validate as validateCron } from "node-cron";
import { z } from "zod";

/** Real public feeds of outlets that report on the war, in English and Ukrainian (see README). */
export const DEFAULT_FEEDS = [
  "https://kyivindependent.com/news-archive/rss/",
  "https://www.pravda.com.ua/eng/rss/",
  "https://www.ukrinform.net/rss/block-lastnews",
  "https://www.pravda.com.ua/rss/",
  "https://www.ukrinform.ua/rss/block-lastnews",
  "https://suspilne.media/rss/all.rss",
] as const;

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export const LOCALES = ["en", "uk"] as const;
export type Locale = (typeof LOCALES)[number];

const emptyToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);

const httpUrl = z.url({ protocol: /^https?$/, error: "must be an http(s) URL" });

const schema = z.object({
  BOT_TOKEN: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d+:[\w-]+$/, "must look like 123456:ABC-DEF (from @BotFather)")
      .optional(),
  ),
  TELEGRAM_API_ROOT: z.preprocess(
    emptyToUndefined,
    httpUrl.refine((u) => !u.endsWith("/"), "must not end with a slash").default("https://api.telegram.org"),
  ),
  FEEDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default(DEFAULT_FEEDS.join(","))
      .transform((s) =>
        s
          .split(",")
          .map((u) => u.trim())
          .filter(Boolean),
      )
      .pipe(z.array(httpUrl).min(1, "must list at least one feed URL")),
  ),
  POLL_CRON: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("*/5 * * * *")
      .refine((expr) => validateCron(expr), "must be a valid cron expression (5 fields, or 6 with seconds)"),
  ),
  STORAGE_URL: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("sqlite://./data/sitrep.sqlite")
      .refine((u) => /^(sqlite:\/\/.+|memory:\/\/|redis(s)?:\/\/.+)$/.test(u), {
        message: "must be sqlite://PATH, redis://HOST:PORT or memory://",
      }),
  ),
  DEFAULT_LOCALE: z.preprocess(emptyToUndefined, z.enum(LOCALES).default("en")),
  TIMEZONE: z.preprocess(
    emptyToUndefined,
    z.string().default("Europe/Kyiv").refine(isValidTimeZone, "must be an IANA time zone such as Europe/Kyiv"),
  ),
  ADMIN_IDS: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("")
      .transform((s) =>
        s
          .split(",")
          .map((id) => id.trim())
          .filter(Boolean),
      )
      .pipe(
        z.array(z.string().regex(/^-?\d+$/, "must be numeric Telegram user ids")).transform((ids) => ids.map(Number)),
      ),
  ),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(LOG_LEVELS).default("info")),
  FEED_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120_000).default(15_000)),
  DIGEST_CRON: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .default("* * * * *")
      .refine((expr) => validateCron(expr), "must be a valid cron expression (5 fields, or 6 with seconds)"),
  ),
  WEBHOOK_URL: z.preprocess(emptyToUndefined, httpUrl.optional()),
  WEBHOOK_SECRET: z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,256}$/, "must be 1-256 characters of A-Z, a-z, 0-9, _ and - (Telegram's rule)")
      .optional(),
  ),
  PORT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65_535).optional()),
});

export interface Config {
  botToken: string | undefined;
  telegramApiRoot: string;
  feeds: string[];
  pollCron: string;
  /** How often due digests are looked for; each chat's own digest time is in its settings. */
  digestCron: string;
  storageUrl: string;
  defaultLocale: Locale;
  timezone: string;
  adminIds: number[];
  logLevel: (typeof LOG_LEVELS)[number];
  feedTimeoutMs: number;
  /** Set → webhook mode (Telegram POSTs updates to this URL); unset → long polling. */
  webhookUrl: string | undefined;
  webhookSecret: string | undefined;
  /** HTTP port for /healthz, /metrics and the webhook; undefined = no HTTP server (polling only). */
  port: number | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** Parses the environment into a typed config, or throws one ConfigError naming every bad variable. */
export function parseConfig(env: Record<string, string | undefined>, opts: { requireToken?: boolean } = {}): Config {
  const result = schema.safeParse(env);
  const problems: string[] = result.success
    ? []
    : result.error.issues.map((issue) => `${String(issue.path[0] ?? "?")}: ${issue.message}`);
  if (
    opts.requireToken &&
    !(result.success && result.data.BOT_TOKEN) &&
    !problems.some((p) => p.startsWith("BOT_TOKEN"))
  ) {
    problems.unshift("BOT_TOKEN: required to run the bot (get one from @BotFather)");
  }
  if (result.success && result.data.WEBHOOK_URL && !result.data.WEBHOOK_SECRET) {
    problems.push("WEBHOOK_SECRET: required in webhook mode (WEBHOOK_URL is set), so forged updates are refused");
  }
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const d = result.data;
  return {
    botToken: d.BOT_TOKEN,
    telegramApiRoot: d.TELEGRAM_API_ROOT,
    feeds: [...new Set(d.FEEDS)],
    pollCron: d.POLL_CRON,
    digestCron: d.DIGEST_CRON,
    storageUrl: d.STORAGE_URL,
    defaultLocale: d.DEFAULT_LOCALE,
    timezone: d.TIMEZONE,
    adminIds: d.ADMIN_IDS,
    logLevel: d.LOG_LEVEL,
    feedTimeoutMs: d.FEED_TIMEOUT_MS,
    webhookUrl: d.WEBHOOK_URL,
    webhookSecret: d.WEBHOOK_SECRET,
    port: d.PORT ?? (d.WEBHOOK_URL ? 8080 : undefined),
  };
}

/** Reads `.env` (when present, without overriding real variables) and parses the environment. */
export function loadConfig(opts: { requireToken?: boolean; envFile?: string } = {}): Config {
  const envFile = opts.envFile ?? ".env";
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return parseConfig(process.env, opts);
}
