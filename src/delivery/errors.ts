import { GrammyError, HttpError } from "grammy";

/** What to do after Telegram refused a message or could not be reached. Classified in this one place. */
export type SendFailure =
  /** 429: wait `retry_after` seconds, then try again; never a reason to give up. */
  | { action: "flood"; retryAfter: number }
  /** 403 (blocked, kicked, deactivated): pause the chat's subscriptions, drop its queued messages. */
  | { action: "blocked"; reason: string }
  /** 400 TOPIC_CLOSED: like a blocked chat, for the topic the chat's messages go to. */
  | { action: "topic-closed"; reason: string }
  /** 400 with migrate_to_chat_id: the group became a supergroup; move the chat and resend there. */
  | { action: "migrated"; to: number }
  /** 400 "message is not modified": the edit was already there, which is success. */
  | { action: "unchanged" }
  /** 400 on an edit of a message that is gone or too old: reply to it (or send) instead. */
  | { action: "not-editable"; reason: string }
  /** Any other 400: the message itself is wrong; log and drop it. */
  | { action: "drop"; reason: string }
  /** 5xx, network errors, timeouts, and 4xx that are not about the message: back off and retry. */
  | { action: "retry"; reason: string };

const NOT_EDITABLE = [
  "message to edit not found",
  "message can't be edited",
  "MESSAGE_ID_INVALID",
  "message is too old",
  "MESSAGE_EDIT_TIME_EXPIRED",
];

export function classifySendError(error: unknown): SendFailure {
  if (error instanceof GrammyError) {
    const description = error.description;
    const migrateTo = error.parameters?.migrate_to_chat_id;
    if (migrateTo) return { action: "migrated", to: migrateTo };
    if (error.error_code === 429) return { action: "flood", retryAfter: error.parameters?.retry_after ?? 5 };
    if (error.error_code === 403) return { action: "blocked", reason: `403 ${description}` };
    if (error.error_code === 400) {
      if (/TOPIC_CLOSED|TOPIC_DELETED/i.test(description)) return { action: "topic-closed", reason: description };
      if (/message is not modified/i.test(description)) return { action: "unchanged" };
      if (NOT_EDITABLE.some((s) => description.toLowerCase().includes(s.toLowerCase())))
        return { action: "not-editable", reason: description };
      return { action: "drop", reason: `400 ${description}` };
    }
    return { action: "retry", reason: `${error.error_code} ${description}` };
  }
  if (error instanceof HttpError) return { action: "retry", reason: `network: ${error.message}` };
  return { action: "retry", reason: error instanceof Error ? error.message : String(error) };
}
