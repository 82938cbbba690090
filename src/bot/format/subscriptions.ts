import type { ChatSettings, DeliveryMode, Subscription, SubscriptionKind } from "../../store/index.js";
import { oblastOf } from "../features/subscriptionRules.js";
import { escapeHtml, packBlocks } from "./html.js";
import { placeName, type Translate, type View } from "./incident.js";

type Words = Pick<View, "t" | "locale">;

/** "strikes", "aid news", "strikes and aid news". */
export function kindsText(kinds: readonly SubscriptionKind[], t: Translate): string {
  const strike = kinds.includes("strike");
  const aid = kinds.includes("aid");
  return t(strike && aid ? "sub-kinds-both" : aid ? "sub-kinds-aid" : "sub-kinds-strike");
}

/** "instant alerts", "a daily digest at 08:00", both; a digest without a time says so. */
export function modeText(mode: DeliveryMode, digestTime: string | null, t: Translate): string {
  if (mode === "instant") return t("sub-mode-instant");
  if (digestTime === null) return t(mode === "both" ? "sub-mode-both-untimed" : "sub-mode-digest-untimed");
  return t(mode === "both" ? "sub-mode-both" : "sub-mode-digest", { time: digestTime });
}

/** "also elsewhere in Kharkiv Oblast" / "the city only"; empty when the oblast cannot matter (aid only, Kyiv). */
export function oblastText(sub: Pick<Subscription, "city" | "kinds" | "includeOblast">, words: Words): string {
  const oblast = oblastOf(sub.city);
  if (!oblast || !sub.kinds.includes("strike")) return "";
  return sub.includeOblast
    ? words.t("sub-oblast-on", { oblast: escapeHtml(placeName(oblast, words.locale)) })
    : words.t("sub-oblast-off");
}

/** Multi-line description: the dialogue's summary and a subscription's own view. */
export function formatSubscription(sub: Subscription, digestTime: string | null, words: Words): string {
  const lines = [
    `<b>${escapeHtml(placeName(sub.city, words.locale))}</b>`,
    words.t("sub-what", { kinds: kindsText(sub.kinds, words.t) }),
    words.t("sub-how", { mode: modeText(sub.mode, digestTime, words.t) }),
  ];
  const oblast = oblastText(sub, words);
  if (oblast) lines.push(words.t("sub-where", { oblast }));
  return lines.join("\n");
}

/** /subscriptions: one line per subscription. At most 20 short lines, so always one message. */
export function formatSubscriptionList(settings: ChatSettings, words: Words): string {
  const digestTime = settings.digest?.time ?? null;
  const items = settings.subscriptions.map((sub) => {
    const parts = [kindsText(sub.kinds, words.t), modeText(sub.mode, digestTime, words.t)];
    const oblast = oblastText(sub, words);
    if (oblast) parts.push(oblast);
    return words.t("subs-item", {
      city: escapeHtml(placeName(sub.city, words.locale)),
      details: parts.join("; "),
    });
  });
  const blocks = [[words.t("subs-header", { count: items.length }), ...items].join("\n")];
  if (settings.paused) blocks.push(words.t("subscriptions-paused"));
  blocks.push(words.t("subs-tap-hint"));
  // Belt and braces: should a list ever outgrow one message, the first message still shows its head.
  return packBlocks(blocks)[0]!;
}
