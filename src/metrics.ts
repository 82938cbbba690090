/**
 * A tiny Prometheus registry: counters and gauges with labels, rendered in the text exposition
 * format. Enough for /metrics without a dependency.
 */
type Labels = Record<string, string | number>;

interface Series {
  labels: Labels;
  value: number;
}

class Metric {
  private readonly series = new Map<string, Series>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly type: "counter" | "gauge",
    private readonly collect?: () => number | Promise<number>,
  ) {}

  inc(labels: Labels = {}, by = 1): void {
    const key = JSON.stringify(labels);
    const s = this.series.get(key) ?? { labels, value: 0 };
    s.value += by;
    this.series.set(key, s);
  }

  set(value: number, labels: Labels = {}): void {
    this.series.set(JSON.stringify(labels), { labels, value });
  }

  value(labels: Labels = {}): number {
    return this.series.get(JSON.stringify(labels))?.value ?? 0;
  }

  async render(): Promise<string> {
    if (this.collect) this.set(await this.collect());
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} ${this.type}`];
    if (this.series.size === 0 && this.type === "counter") lines.push(`${this.name} 0`);
    for (const { labels, value } of this.series.values()) {
      const entries = Object.entries(labels);
      const tag = entries.length
        ? `{${entries.map(([k, v]) => `${k}="${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"').replace(/\n/g, "\\n")}"`).join(",")}}`
        : "";
      lines.push(`${this.name}${tag} ${Number.isFinite(value) ? value : 0}`);
    }
    return lines.join("\n");
  }
}

export class Metrics {
  private readonly all: Metric[] = [];
  readonly polls = this.counter("sitrep_polls_total", "Feed polls run");
  readonly pollSeconds = this.gauge("sitrep_last_poll_duration_seconds", "Duration of the last feed poll");
  readonly items = this.counter("sitrep_feed_items_total", "New feed items processed");
  readonly reports = this.counter("sitrep_reports_total", "Reports by kind");
  readonly feedFailures = this.counter("sitrep_feed_failures_total", "Failed feed fetches or parses");
  readonly alertsSent = this.counter("sitrep_messages_sent_total", "Messages the bot sent on its own, by kind");
  readonly sendErrors = this.counter("sitrep_send_errors_total", "Telegram send errors by code");
  readonly updates = this.counter("sitrep_updates_total", "Telegram updates handled");

  counter(name: string, help: string): Metric {
    const m = new Metric(name, help, "counter");
    this.all.push(m);
    return m;
  }

  gauge(name: string, help: string, collect?: () => number | Promise<number>): Metric {
    const m = new Metric(name, help, "gauge", collect);
    this.all.push(m);
    return m;
  }

  async render(): Promise<string> {
    const parts: string[] = [];
    for (const m of this.all) {
      try {
        parts.push(await m.render());
      } catch {
        // a gauge whose source is down (storage) is left out rather than failing the scrape
      }
    }
    return `${parts.join("\n")}\n`;
  }
}
