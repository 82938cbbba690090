import { GrammyError, HttpError } from "grammy";
import type { ResponseParameters } from "grammy/types";
import { expect, test } from "vitest";
import { classifySendError } from "../../src/delivery/errors.js";

const telegram = (code: number, description: string, parameters: ResponseParameters = {}) =>
  new GrammyError(
    `Call to 'sendMessage' failed! (${code}: ${description})`,
    { ok: false, error_code: code, description, parameters },
    "sendMessage",
    {},
  );

test.each([
  [telegram(429, "Too Many Requests: retry after 7", { retry_after: 7 }), { action: "flood", retryAfter: 7 }],
  [telegram(403, "Forbidden: bot was blocked by the user"), { action: "blocked" }],
  [telegram(403, "Forbidden: bot was kicked from the group chat"), { action: "blocked" }],
  [telegram(403, "Forbidden: user is deactivated"), { action: "blocked" }],
  [telegram(400, "Bad Request: TOPIC_CLOSED"), { action: "topic-closed" }],
  [
    telegram(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1001234 }),
    { action: "migrated", to: -1001234 },
  ],
  [telegram(400, "Bad Request: message is not modified: specified new message content…"), { action: "unchanged" }],
  [telegram(400, "Bad Request: message can't be edited"), { action: "not-editable" }],
  [telegram(400, "Bad Request: message to edit not found"), { action: "not-editable" }],
  [telegram(400, "Bad Request: can't parse entities: Unsupported start tag"), { action: "drop" }],
  [telegram(400, "Bad Request: chat not found"), { action: "drop" }],
  [telegram(502, "Bad Gateway"), { action: "retry" }],
  [telegram(500, "Internal Server Error"), { action: "retry" }],
  [telegram(401, "Unauthorized"), { action: "retry" }],
  [new HttpError("Network request for 'sendMessage' failed!", new Error("ECONNRESET")), { action: "retry" }],
  [new Error("socket hang up"), { action: "retry" }],
])("%s", (error, want) => {
  expect(classifySendError(error)).toMatchObject(want);
});
