// The checks Telegram makes on a message before it is sent: parse_mode, length and keyboard shape.
import type { InlineKeyboardMarkup, MessageEntity } from "grammy/types";
import { ApiError, badRequest } from "./errors.js";
import { HtmlParseError, type ParsedText, parseTelegramHtml, trimParsed } from "./html.js";
import { isRecord } from "./request.js";
import type { ReplyMarkup } from "./types.js";

// Bot API limits: 4096 characters of message text, 1024 of caption, 64 bytes of callback_data.
// Telegram does not document its unit; UTF-16 code units are what a JS client measures with .length.
export const MAX_TEXT = 4096;
export const MAX_CAPTION = 1024;
export const MAX_CALLBACK_DATA_BYTES = 64;

export interface Formatted {
  text: string;
  entities: MessageEntity[];
}

/** Parses `raw` in `parseMode` and checks its length as text or caption. Throws the Telegram 400s. */
export function formatText(
  raw: string,
  parseMode: string | undefined,
  entities: unknown,
  kind: "text" | "caption",
): Formatted {
  let parsed: ParsedText;
  const mode = (parseMode ?? "").toLowerCase();
  if (mode === "html") {
    try {
      parsed = parseTelegramHtml(raw);
    } catch (e) {
      if (e instanceof HtmlParseError) throw badRequest(`can't parse entities: ${e.message}`);
      throw e;
    }
  } else if (mode === "") {
    parsed = { text: raw, entities: Array.isArray(entities) ? (entities as MessageEntity[]) : [] };
  } else {
    // Markdown modes are not used by Sitrep; refusing them keeps the fake honest about what it checks.
    throw new ApiError(400, `Bad Request: parse_mode "${parseMode}" is not supported by the fake Bot API`);
  }
  const trimmed = trimParsed(parsed);
  const length = trimmed.text.length;
  if (kind === "caption") {
    if (length > MAX_CAPTION) throw badRequest("message caption is too long");
  } else {
    if (length === 0) throw badRequest("message text is empty");
    if (length > MAX_TEXT) throw badRequest("message is too long");
  }
  return trimmed;
}

const INLINE_ACTIONS = [
  "url",
  "callback_data",
  "web_app",
  "login_url",
  "switch_inline_query",
  "switch_inline_query_current_chat",
  "switch_inline_query_chosen_chat",
  "copy_text",
  "callback_game",
  "pay",
] as const;

function isPlausibleUrl(url: string): boolean {
  if (/^tg:\/\//i.test(url)) return true;
  try {
    const u = new URL(url);
    return u.protocol === "http:" || u.protocol === "https:";
  } catch {
    return false;
  }
}

/** Checks a reply_markup like Telegram does and returns it typed; undefined when absent. */
export function validateReplyMarkup(value: unknown, chatType: string): ReplyMarkup | undefined {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value)) throw badRequest("can't parse reply keyboard markup JSON object");
  if ("inline_keyboard" in value) return validateInlineKeyboard(value.inline_keyboard);
  if ("keyboard" in value) {
    if (chatType === "channel") throw badRequest("reply keyboards are not supported in channels");
    const rows = value.keyboard;
    if (!Array.isArray(rows) || !rows.every(Array.isArray)) {
      throw badRequest('field "keyboard" of the ReplyKeyboardMarkup must be an Array of Arrays');
    }
    for (const button of rows.flat()) {
      if (typeof button !== "string" && !(isRecord(button) && typeof button.text === "string")) {
        throw badRequest("can't parse keyboard button: KeyboardButton must be a String or an Object");
      }
    }
    return value as unknown as ReplyMarkup;
  }
  if (value.remove_keyboard === true || value.force_reply === true) return value as unknown as ReplyMarkup;
  throw badRequest("can't parse reply keyboard markup JSON object");
}

function validateInlineKeyboard(rows: unknown): InlineKeyboardMarkup {
  if (!Array.isArray(rows)) {
    throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array');
  }
  for (const row of rows) {
    if (!Array.isArray(row)) {
      throw badRequest('field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays');
    }
    for (const button of row) {
      if (!isRecord(button)) {
        throw badRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
      }
      if (typeof button.text !== "string") {
        throw badRequest(`can't parse inline keyboard button: Field "text" must be of type String`);
      }
      const actions = INLINE_ACTIONS.filter((k) => button[k] !== undefined);
      if (actions.length === 0) {
        throw badRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
      }
      const data = button.callback_data;
      if (
        data !== undefined &&
        (typeof data !== "string" || data.length === 0 || Buffer.byteLength(data) > MAX_CALLBACK_DATA_BYTES)
      ) {
        throw badRequest("BUTTON_DATA_INVALID");
      }
      if (button.url !== undefined && (typeof button.url !== "string" || !isPlausibleUrl(button.url))) {
        throw badRequest(`inline keyboard button URL '${String(button.url)}' is invalid: Wrong URL`);
      }
      if (button.text.trim() === "") throw badRequest("BUTTON_TEXT_INVALID");
    }
  }
  return { inline_keyboard: rows as InlineKeyboardMarkup["inline_keyboard"] };
}
