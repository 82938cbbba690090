import type { Incident, IncidentChange } from "../analysis/incidents.js";
import { inWindow } from "../digests/time.js";
import type { Logger } from "../logger.js";
import { type ChatSettings, subscriptionCovers } from "../store/index.js";
import type { OutboxJob, SentRecord } from "../store/outbox.js";
import type { Store } from "../store/store.js";

const HOUR = 3_600_000;
/** A subscriber who joins a city after an incident began still hears of it while it is fresh. */
const LATE_ALERT_MAX_AGE_MS = 24 * HOUR;

export function alertJobId(incidentId: string, chatId: number): string {
  return `alert:${incidentId}:${chatId}`;
}

export function updateJobId(incidentId: string, revision: number, chatId: number): string {
  return `update:${incidentId}:${revision}:${chatId}`;
}

/**
 * Turns incident changes into outbox jobs: one alert per incident and subscribed chat, ever; an
 * update to chats already alerted when more people are reported killed or injured (the worker edits
 * the alert in groups and replies to it in private chats). During a chat's quiet hours alerts are
 * held for the digest that ends them, unless the chat lets alerts with casualties through.
 */
export class AlertPlanner {
  private readonly timezone: string;

  constructor(
    private readonly store: Store,
    private readonly logger: Logger,
    private readonly now: () => Date,
    options: { timezone?: string } = {},
  ) {
    this.timezone = options.timezone ?? "Europe/Kyiv";
  }

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
      const chats = await this.recipients(incident);
      // One batched read for the whole fan-out, not one per subscriber.
      const alerts = await this.store.outbox.sentRecords(chats.map((c) => alertJobId(incident.id, c.chatId)));
      const before = await this.alertsBeforeMigration(incident.id, chats, alerts);
      for (const [i, chat] of chats.entries()) {
        const { chatId } = chat;
        // An alert sent before the group became a supergroup still counts: the chat has seen it,
        // though its message can no longer be replied to or edited under the new id.
        const alert = alerts[i] ?? before[i];
        const replyTo = alerts[i] ? alert?.messageId : null;
        if (!alert) {
          if (this.quiet(chat, incident)) {
            await this.hold(chatId, incident);
            continue;
          }
          jobs.push({
            id: alertJobId(incident.id, chatId),
            chatId,
            kind: "alert",
            incidentId: incident.id,
            createdAt,
            attempts: 0,
          });
        } else if (material && alert.outcome === "sent") {
          // An edit in a group is silent; a reply in a private chat would ring at night.
          if (chatId > 0 && this.quiet(chat, incident)) continue;
          jobs.push({
            id: updateJobId(incident.id, incident.revision, chatId),
            chatId,
            kind: "update",
            incidentId: incident.id,
            replyTo,
            alertSentAt: alert.at,
            createdAt,
            attempts: 0,
          });
        }
      }
    }
    return jobs;
  }

  /** Alerts of chats that migrated since, stored under their old group id (undefined where none). */
  private async alertsBeforeMigration(
    incidentId: string,
    chats: readonly ChatSettings[],
    alerts: ReadonlyArray<SentRecord | undefined>,
  ): Promise<Array<SentRecord | undefined>> {
    const moved = chats.flatMap((c, i) => (!alerts[i] && c.migratedFrom ? [i] : []));
    const out: Array<SentRecord | undefined> = new Array(chats.length);
    if (moved.length === 0) return out;
    const records = await this.store.outbox.sentRecords(
      moved.map((i) => alertJobId(incidentId, chats[i]!.migratedFrom!)),
    );
    for (const [k, i] of moved.entries()) out[i] = records[k];
    return out;
  }

  private quiet(chat: ChatSettings, incident: Incident): boolean {
    const q = chat.quietHours;
    if (!q || !inWindow(q.from, q.to, chat.timezone ?? this.timezone, this.now())) return false;
    const casualties = (incident.killed ?? 0) > 0 || (incident.injured ?? 0) > 0;
    return !(q.allowCasualties && casualties);
  }

  /**
   * Keeps the alert back for the digest at the end of the quiet hours, and records it as handled so
   * it is neither alerted later nor updated: the digest tells the chat about it.
   */
  private async hold(chatId: number, incident: Incident): Promise<void> {
    const now = this.now();
    await this.store.digests.hold(chatId, incident.id, now);
    await this.store.outbox.record(alertJobId(incident.id, chatId), {
      messageId: null,
      at: now.toISOString(),
      outcome: "dropped",
      reason: "held for quiet hours",
    });
  }

  /** Chats with an instant subscription that covers the incident (city, oblast or aid). */
  private async recipients(incident: Incident): Promise<ChatSettings[]> {
    const candidates = await this.store.chats.instantCandidates({
      cities: incident.cities,
      regions: incident.regions,
      aid: incident.kind === "aid",
    });
    return candidates.filter((chat) => chat.subscriptions.some((sub) => subscriptionCovers(sub, incident)));
  }

  /** Plans and enqueues; returns the number of new jobs. */
  async enqueue(changes: readonly IncidentChange[], quietReportIds: ReadonlySet<string>): Promise<number> {
    const jobs = await this.plan(changes, quietReportIds);
    const added = await this.store.outbox.enqueue(jobs);
    if (added > 0) this.logger.info({ jobs: added }, "alerts queued");
    return added;
  }
}
