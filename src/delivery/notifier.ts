import type { Incident, IncidentChange } from "../analysis/incidents.js";
import type { Logger } from "../logger.js";
import type { OutboxJob } from "../store/outbox.js";
import type { Store } from "../store/store.js";

const HOUR = 3_600_000;
/** A subscriber who joins a city after an incident began still hears of it while it is fresh. */
const LATE_ALERT_MAX_AGE_MS = 24 * HOUR;

export function alertJobId(incidentId: string, chatId: number): string {
  return `alert:${incidentId}:${chatId}`;
}

/**
 * Turns incident changes into outbox jobs: one alert per incident and subscribed chat, ever; a
 * short update to chats already alerted when more people are reported killed or injured.
 */
export class AlertPlanner {
  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly now: () => Date,
  ) {}

  async plan(changes: readonly IncidentChange[], quietReportIds: ReadonlySet<string>): Promise<OutboxJob[]> {
    const jobs: OutboxJob[] = [];
    const createdAt = this.now().toISOString();
    for (const change of changes) {
      const incident = change.incident;
      const newSources =
        change.type === "created"
          ? incident.sources
          : incident.sources.filter((s) => !change.previous.sources.some((p) => p.reportId === s.reportId));
      // Backlog of a feed read for the first time, or archive items: stored, never alerted.
      if (newSources.length === 0 || newSources.every((s) => quietReportIds.has(s.reportId))) continue;
      if (this.now().getTime() - Date.parse(incident.occurredAt) > LATE_ALERT_MAX_AGE_MS) continue;
      const material = change.type === "updated" && change.material;
      for (const chatId of await this.subscribers(incident)) {
        const alertId = alertJobId(incident.id, chatId);
        const alert = await this.store.outbox.sentRecord(alertId);
        if (!alert) {
          jobs.push({ id: alertId, chatId, kind: "alert", incidentId: incident.id, createdAt, attempts: 0 });
        } else if (material && alert.outcome === "sent") {
          jobs.push({
            id: `update:${incident.id}:${incident.revision}:${chatId}`,
            chatId,
            kind: "update",
            incidentId: incident.id,
            replyTo: alert.messageId,
            createdAt,
            attempts: 0,
          });
        }
      }
    }
    return jobs;
  }

  private async subscribers(incident: Incident): Promise<number[]> {
    const chats = new Set<number>();
    for (const city of incident.cities) for (const id of await this.store.chats.subscribersOf(city)) chats.add(id);
    return [...chats];
  }

  /** Plans and enqueues; returns the number of new jobs. */
  async enqueue(changes: readonly IncidentChange[], quietReportIds: ReadonlySet<string>): Promise<number> {
    const jobs = await this.plan(changes, quietReportIds);
    const added = await this.store.outbox.enqueue(jobs);
    if (added > 0) this.logger.info({ jobs: added }, "alerts queued");
    return added;
  }
}
