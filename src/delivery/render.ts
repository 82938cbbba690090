import type { Incident } from "../analysis/incidents.js";
import { formatAlert, formatUpdate } from "../bot/format/alerts.js";
import { escapeHtml, packBlocks, TELEGRAM_TEXT_LIMIT, visibleLength } from "../bot/format/html.js";
import { casualtyText, formatIncident, incidentPlace, type View } from "../bot/format/incident.js";
import type { AlertJob, UpdateJob } from "../store/outbox.js";

const HOUR = 3_600_000;
/**
 * Telegram lets a bot edit its messages for 48 hours (older ones answer "message can't be edited");
 * a margin keeps an edit queued near the limit from failing on the way.
 */
export const EDIT_WINDOW_MS = 48 * HOUR - 10 * 60_000;

/** How one job reaches the chat: new messages (possibly several parts), a reply, or an edit. */
export type Delivery =
  | { mode: "send"; parts: string[] }
  | { mode: "reply"; replyTo: number; parts: string[] }
  | { mode: "edit"; messageId: number; text: string };

/** Splits any part over Telegram's 4096 limit at paragraph boundaries (blocks are never cut inside). */
export function fitParts(texts: readonly string[]): string[] {
  return texts.flatMap((text) =>
    visibleLength(text) <= TELEGRAM_TEXT_LIMIT ? [text] : packBlocks(text.split(/\n{2,}/)),
  );
}

/** The alert as it stands now, marked as updated: what an edit in place shows. */
export function formatUpdatedAlert(incident: Incident, view: View): string {
  const figures = casualtyText(incident, view) || view.t("alert-update-figures-none");
  const line = view.t("alert-update", {
    city: escapeHtml(incidentPlace(incident, view)),
    figures: escapeHtml(figures),
  });
  return packBlocks([line, formatIncident(incident, view)], undefined, "\n")[0]!;
}

export function planAlert(_job: AlertJob, incident: Incident, view: View): Delivery {
  return { mode: "send", parts: fitParts([formatAlert(incident, view)]) };
}

/**
 * A material update: in a group or channel the alert is edited in place while Telegram still allows
 * it; in a private chat (or when the edit is impossible) a short reply to the alert. Without a known
 * alert message the whole updated alert is sent, so it reads on its own.
 */
export function planUpdate(
  job: UpdateJob,
  incident: Incident,
  view: View,
  now: number,
  options: { editFailed?: boolean } = {},
): Delivery {
  const replyTo = job.replyTo ?? null;
  if (replyTo === null) return { mode: "send", parts: fitParts([formatUpdatedAlert(incident, view)]) };
  const sentAt = job.alertSentAt ? Date.parse(job.alertSentAt) : Number.NaN;
  const editable = job.chatId < 0 && !options.editFailed && Number.isFinite(sentAt) && now - sentAt < EDIT_WINDOW_MS;
  if (editable) return { mode: "edit", messageId: replyTo, text: formatUpdatedAlert(incident, view) };
  return { mode: "reply", replyTo, parts: fitParts([formatUpdate(incident, view)]) };
}
