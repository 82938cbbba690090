import pino, { type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs on stdout. Every line passes through a filter that blanks out the given
 * secrets wherever they appear (an error message quoting a request URL would otherwise leak the
 * bot token, which is part of every Bot API URL).
 */
export function createLogger(level: string, secrets: Array<string | undefined> = []): Logger {
  const hidden = secrets.filter((s): s is string => typeof s === "string" && s.length >= 6);
  const destination = {
    write(line: string) {
      let safe = line;
      for (const secret of hidden) safe = safe.split(secret).join("[redacted]");
      process.stdout.write(safe);
    },
  };
  return pino({ level, base: { app: "sitrep" }, timestamp: pino.stdTimeFunctions.isoTime }, destination);
}
