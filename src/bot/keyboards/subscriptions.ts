import { InlineKeyboard } from "grammy";
import { getPlace } from "../../analysis/gazetteer/index.js";
import type { Subscription } from "../../store/index.js";
import { hasDigest, hasInstant, oblastOf, type SubscriptionToggle } from "../features/subscriptionRules.js";
import { placeName, type View } from "../format/incident.js";
import { fitsCallbackData } from "./paging.js";

/** What a button under /subscriptions asks for. */
export type ManageAction =
  | { op: "list" }
  | { op: "view" | "edit" | "remove"; city: string }
  | { op: "toggle"; toggle: SubscriptionToggle; city: string };

const OPS = { view: "v", edit: "e", remove: "r" } as const;
const TOGGLES: Readonly<Record<SubscriptionToggle, string>> = {
  strike: "s",
  aid: "a",
  instant: "i",
  digest: "d",
  oblast: "o",
};

/** "sm:l", "sm:v:<city>", "sm:e:<city>", "sm:r:<city>", "sm:t<s|a|i|d|o>:<city>"; undefined above 64 bytes. */
export function encodeManage(action: ManageAction): string | undefined {
  const data =
    action.op === "list"
      ? "sm:l"
      : action.op === "toggle"
        ? `sm:t${TOGGLES[action.toggle]}:${action.city}`
        : `sm:${OPS[action.op]}:${action.city}`;
  return fitsCallbackData(data) ? data : undefined;
}

export function decodeManage(data: string): ManageAction | undefined {
  if (data === "sm:l") return { op: "list" };
  const m = /^sm:(v|e|r|t[saido]):(.{1,60})$/.exec(data);
  const city = m ? getPlace(m[2]!)?.name : undefined;
  if (!m || !city) return undefined;
  const code = m[1]!;
  if (code === "v") return { op: "view", city };
  if (code === "e") return { op: "edit", city };
  if (code === "r") return { op: "remove", city };
  const toggle = (Object.keys(TOGGLES) as SubscriptionToggle[]).find((k) => TOGGLES[k] === code.slice(1));
  return toggle ? { op: "toggle", toggle, city } : undefined;
}

/** One button per subscription, two to a row: tap to see its switches. */
export function subscriptionListKeyboard(subs: readonly Subscription[], locale: string): InlineKeyboard | undefined {
  const keyboard = new InlineKeyboard();
  let count = 0;
  for (const sub of subs) {
    const data = encodeManage({ op: "view", city: sub.city });
    if (!data) continue;
    if (count > 0 && count % 2 === 0) keyboard.row();
    keyboard.text(`⚙️ ${placeName(sub.city, locale)}`, data);
    count++;
  }
  return count > 0 ? keyboard : undefined;
}

/** Switches for one subscription (each flips at once), the step-by-step dialogue, removal, back. */
export function subscriptionKeyboard(sub: Subscription, words: Pick<View, "t" | "locale">): InlineKeyboard {
  const { t } = words;
  const mark = (on: boolean, label: string) => `${on ? "✅" : "▫️"} ${label}`;
  const button = (keyboard: InlineKeyboard, label: string, action: ManageAction) => {
    const data = encodeManage(action);
    if (data) keyboard.text(label, data);
  };
  const keyboard = new InlineKeyboard();
  const city = sub.city;
  button(keyboard, mark(sub.kinds.includes("strike"), t("sub-btn-strikes")), { op: "toggle", toggle: "strike", city });
  button(keyboard, mark(sub.kinds.includes("aid"), t("sub-btn-aid")), { op: "toggle", toggle: "aid", city });
  keyboard.row();
  button(keyboard, mark(hasInstant(sub.mode), t("sub-btn-instant")), { op: "toggle", toggle: "instant", city });
  button(keyboard, mark(hasDigest(sub.mode), t("sub-btn-digest")), { op: "toggle", toggle: "digest", city });
  const oblast = oblastOf(city);
  if (oblast && sub.kinds.includes("strike")) {
    keyboard.row();
    button(keyboard, mark(sub.includeOblast, placeName(oblast, words.locale)), {
      op: "toggle",
      toggle: "oblast",
      city,
    });
  }
  keyboard.row();
  button(keyboard, t("subs-btn-dialogue"), { op: "edit", city });
  button(keyboard, t("subs-btn-remove"), { op: "remove", city });
  keyboard.row();
  button(keyboard, t("subs-btn-back"), { op: "list" });
  return keyboard;
}
