import { InlineKeyboard } from "grammy";
import { getPlace, MAIN_CITIES } from "../../analysis/gazetteer/index.js";
import type { DeliveryMode, SubscriptionKind } from "../../store/index.js";
import { DIGEST_TIME_CHOICES, parseClockTime } from "../features/subscriptionRules.js";
import { placeName, type Translate } from "../format/incident.js";
import { fitsCallbackData } from "../keyboards/paging.js";

/**
 * Buttons of the /subscribe dialogue: `sw:<step>[:<value>]`. The step is part of the data so a button
 * left on an earlier message is recognised as such instead of being taken as today's answer.
 */
export type DialogueButton =
  | { step: "city"; city: string }
  | { step: "kinds"; kinds: SubscriptionKind[] }
  | { step: "mode"; mode: DeliveryMode }
  | { step: "time"; time: string }
  | { step: "oblast"; includeOblast: boolean }
  | { step: "save" }
  | { step: "cancel" };

export type DialogueStep = DialogueButton["step"];

export const DIALOGUE_PREFIX = "sw:";
/**
 * Telegram's stand-in sender (@GroupAnonymousBot) for a group's anonymous administrators. Their
 * messages come from it, but their button presses come from their own accounts; so the buttons of a
 * dialogue an anonymous administrator started say so (`sw:@…`), and a press is then taken as theirs.
 */
export const ANONYMOUS_ADMIN_ID = 1087968824;
export const ANONYMOUS_DIALOGUE_PREFIX = "sw:@";

const KINDS: Readonly<Record<string, SubscriptionKind[]>> = { s: ["strike"], a: ["aid"], b: ["strike", "aid"] };
const MODES: Readonly<Record<string, DeliveryMode>> = { i: "instant", d: "digest", b: "both" };

function kindsCode(kinds: readonly SubscriptionKind[]): string {
  return kinds.includes("strike") ? (kinds.includes("aid") ? "b" : "s") : "a";
}

function modeCode(mode: DeliveryMode): string {
  return mode === "instant" ? "i" : mode === "digest" ? "d" : "b";
}

export function encodeDialogue(button: DialogueButton): string | undefined {
  let data: string;
  switch (button.step) {
    case "city":
      data = `sw:c:${button.city}`;
      break;
    case "kinds":
      data = `sw:k:${kindsCode(button.kinds)}`;
      break;
    case "mode":
      data = `sw:m:${modeCode(button.mode)}`;
      break;
    case "time":
      data = `sw:t:${button.time}`;
      break;
    case "oblast":
      data = `sw:o:${button.includeOblast ? 1 : 0}`;
      break;
    case "save":
      data = "sw:ok";
      break;
    case "cancel":
      data = "sw:x";
      break;
  }
  return fitsCallbackData(data) ? data : undefined;
}

/** The button a payload stands for (an anonymous administrator's too); undefined for anything malformed. */
export function decodeDialogue(payload: string): DialogueButton | undefined {
  const data = payload.startsWith(ANONYMOUS_DIALOGUE_PREFIX) ? `sw:${payload.slice(4)}` : payload;
  if (data === "sw:ok") return { step: "save" };
  if (data === "sw:x") return { step: "cancel" };
  const m = /^sw:([ckmto]):(.{1,60})$/.exec(data);
  if (!m) return undefined;
  const value = m[2]!;
  switch (m[1]) {
    case "c": {
      const place = getPlace(value);
      return place ? { step: "city", city: place.name } : undefined;
    }
    case "k": {
      const kinds = Object.hasOwn(KINDS, value) ? KINDS[value] : undefined;
      return kinds ? { step: "kinds", kinds: [...kinds] } : undefined;
    }
    case "m": {
      const mode = Object.hasOwn(MODES, value) ? MODES[value] : undefined;
      return mode ? { step: "mode", mode } : undefined;
    }
    case "t": {
      const time = parseClockTime(value);
      return time === value ? { step: "time", time } : undefined;
    }
    default:
      return value === "1" || value === "0" ? { step: "oblast", includeOblast: value === "1" } : undefined;
  }
}

/** The same buttons, marked as answers to an anonymous administrator's dialogue. */
export function anonymousKeyboard(keyboard: InlineKeyboard): InlineKeyboard {
  return InlineKeyboard.from(
    keyboard.inline_keyboard.map((row) =>
      row.flatMap((button) => {
        if (!("callback_data" in button) || !button.callback_data?.startsWith(DIALOGUE_PREFIX)) return [button];
        const data = ANONYMOUS_DIALOGUE_PREFIX + button.callback_data.slice(DIALOGUE_PREFIX.length);
        return fitsCallbackData(data) ? [{ ...button, callback_data: data }] : [];
      }),
    ),
  );
}

/** Adds a button when its payload fits Telegram's 64 bytes. */
function add(keyboard: InlineKeyboard, label: string, button: DialogueButton): void {
  const data = encodeDialogue(button);
  if (data) keyboard.text(label, data);
}

/** A chosen value is marked so an edit shows what is set now. */
function marked(label: string, on: boolean): string {
  return on ? `✓ ${label}` : label;
}

function withCancel(keyboard: InlineKeyboard, t: Translate): InlineKeyboard {
  keyboard.row();
  add(keyboard, t("sub-btn-cancel"), { step: "cancel" });
  return keyboard;
}

/** The main cities, three to a row, then Cancel. */
export function cityStepKeyboard(locale: string, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  MAIN_CITIES.forEach((city, index) => {
    if (index > 0 && index % 3 === 0) keyboard.row();
    add(keyboard, placeName(city, locale), { step: "city", city });
  });
  return withCancel(keyboard, t);
}

/** "Did you mean": one suggested place a row, then Cancel. */
export function suggestionKeyboard(cities: readonly string[], locale: string, t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  cities.forEach((city, index) => {
    if (index > 0) keyboard.row();
    add(keyboard, placeName(city, locale), { step: "city", city });
  });
  return withCancel(keyboard, t);
}

export function kindsStepKeyboard(t: Translate, current?: readonly SubscriptionKind[]): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  const code = current ? kindsCode(current) : undefined;
  add(keyboard, marked(t("sub-btn-strikes"), code === "s"), { step: "kinds", kinds: ["strike"] });
  add(keyboard, marked(t("sub-btn-aid"), code === "a"), { step: "kinds", kinds: ["aid"] });
  add(keyboard, marked(t("sub-btn-both"), code === "b"), { step: "kinds", kinds: ["strike", "aid"] });
  return withCancel(keyboard, t);
}

export function modeStepKeyboard(t: Translate, current?: DeliveryMode): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  add(keyboard, marked(t("sub-btn-instant"), current === "instant"), { step: "mode", mode: "instant" });
  add(keyboard, marked(t("sub-btn-digest"), current === "digest"), { step: "mode", mode: "digest" });
  add(keyboard, marked(t("sub-btn-both"), current === "both"), { step: "mode", mode: "both" });
  return withCancel(keyboard, t);
}

export function timeStepKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  for (const time of DIGEST_TIME_CHOICES) add(keyboard, time, { step: "time", time });
  return withCancel(keyboard, t);
}

export function oblastStepKeyboard(t: Translate, current?: boolean): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  add(keyboard, marked(t("sub-btn-yes"), current === true), { step: "oblast", includeOblast: true });
  add(keyboard, marked(t("sub-btn-no"), current === false), { step: "oblast", includeOblast: false });
  return withCancel(keyboard, t);
}

export function confirmStepKeyboard(t: Translate): InlineKeyboard {
  const keyboard = new InlineKeyboard();
  add(keyboard, t("sub-btn-save"), { step: "save" });
  add(keyboard, t("sub-btn-cancel"), { step: "cancel" });
  return keyboard;
}
