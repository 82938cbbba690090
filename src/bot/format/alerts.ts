import type { Incident } from "../../analysis/incidents.js";
import { escapeHtml, packBlocks } from "./html.js";
import { casualtyText, formatIncident, incidentPlace, type View } from "./incident.js";

/** A new-incident alert: one message, under Telegram's limit. */
export function formatAlert(incident: Incident, view: View): string {
  return packBlocks([view.t("alert-new"), formatIncident(incident, view)], undefined, "\n")[0]!;
}

/** A short update, sent as a reply to the original alert: only what changed. */
export function formatUpdate(incident: Incident, view: View): string {
  const figures = casualtyText(incident, view) || view.t("alert-update-figures-none");
  const latest = incident.sources[incident.sources.length - 1];
  const line = view.t("alert-update", {
    city: escapeHtml(incidentPlace(incident, view)),
    figures: escapeHtml(figures),
  });
  return latest?.link ? `${line}\n${packBlocks([escapeHtml(latest.title)])[0]}` : line;
}
