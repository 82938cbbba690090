import type {
  BotCommand,
  BotCommandScope,
  ChatMember,
  ForceReply,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ReplyKeyboardMarkup,
  ReplyKeyboardRemove,
  ResponseParameters,
} from "grammy/types";
import type { RateLimitKind, RateLimitOptions } from "./rateLimits.js";
import type { Params } from "./request.js";

export type ReplyMarkup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply;
export type ChatType = "private" | "group" | "supergroup" | "channel";
export type MemberStatus = ChatMember["status"];

/** A Telegram user as a test describes it; `is_bot: false` is added by the fake. */
export interface TestUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

export interface FakeTelegramOptions {
  token: string;
  /** getMe().username; `/cmd@<botUsername>` must match it for grammY's command filter. Default "sitrep_test_bot". */
  botUsername?: string;
  /** Default: the token's numeric prefix. */
  botId?: number;
  botName?: string;
  /** Enforce Telegram's flood limits with 429s: true for Telegram's numbers, or your own (smaller) windows. */
  rateLimits?: boolean | Partial<RateLimitOptions>;
  /** Added to every method except getUpdates, before the answer is written, to model network + API latency. */
  responseDelayMs?: number;
  /** Sending to a chat the fake has never seen: "accept" (default) creates it; "reject" answers like Telegram. */
  unknownChats?: "accept" | "reject";
}

// ---- faults ----------------------------------------------------------------------------------------

interface FaultScope {
  /** The fault goes away after this many hits. Default: until clearFaults(). */
  times?: number;
  /** Only these methods (case-insensitive) are hit; "getUpdates" must be named to be hit. */
  methods?: string[];
}

/** Faults that can hit every call (`setFault("*", …)`), not just one chat's. */
export type GlobalFault = FaultScope &
  (
    | { kind: "serverError"; status?: 500 | 502 | 503 | 504 }
    | { kind: "flood"; retryAfter?: number }
    | { kind: "delay"; ms: number }
    | { kind: "error"; code: number; description: string; parameters?: ResponseParameters }
  );

export type Fault =
  | GlobalFault
  | (FaultScope &
      (
        | { kind: "blocked" }
        | { kind: "kicked" }
        | { kind: "migrated"; toChatId?: number }
        | { kind: "topicClosed"; messageThreadId?: number }
      ));

// ---- what the fake records -------------------------------------------------------------------------

export interface SentDocument {
  fileName: string | undefined;
  mimeType: string | undefined;
  size: number;
  /** The uploaded bytes; undefined when the bot sent a file_id or URL. */
  data: Buffer | undefined;
  /** The file_id or URL the bot passed instead of an upload. */
  reference: string | undefined;
}

/** A message the bot sent or edited successfully. */
export interface SentMessage {
  /** Increases by one per record; pass it as `since` to look only at later ones. */
  seq: number;
  method: string;
  kind: "send" | "edit";
  chatId: number;
  chatType: ChatType;
  messageId: number;
  messageThreadId: number | undefined;
  /** Raw text (or caption) as the bot sent it; undefined for editMessageReplyMarkup. */
  text: string | undefined;
  /** What the user sees: tags removed, entities decoded, trimmed. For a markup edit, the current text. */
  plainText: string | undefined;
  entities: MessageEntity[];
  parseMode: string | undefined;
  replyMarkup: ReplyMarkup | undefined;
  replyToMessageId: number | undefined;
  document: SentDocument | undefined;
  /** The request parameters as received (uploads included). */
  params: Params;
  time: number;
}

/** Every Bot API request, successful or not. */
export interface ApiCall {
  seq: number;
  method: string;
  chatId: number | undefined;
  params: Params;
  ok: boolean;
  status: number;
  description: string | undefined;
  parameters: ResponseParameters | undefined;
  time: number;
  durationMs: number;
}

export interface SentFilter {
  chatId?: number;
  method?: string | string[];
  kind?: "send" | "edit";
  /** Only records with a larger seq. */
  since?: number;
  predicate?: (m: SentMessage) => boolean;
}

export interface WaitForSentFilter extends SentFilter {
  /** How many matching records to wait for (default 1). */
  count?: number;
}

export interface CallFilter {
  method?: string | string[];
  chatId?: number;
  ok?: boolean;
  status?: number;
  since?: number;
}

export interface RecordedCommands {
  scope: BotCommandScope;
  languageCode: string;
  commands: BotCommand[];
}

export interface StoredMessageView {
  message: Message;
  fromBot: boolean;
  deleted: boolean;
}

export interface CallbackRecord {
  id: string;
  chatId: number;
  messageId: number;
  data: string;
  answered: boolean;
  answer: { text?: string; showAlert: boolean; url?: string } | undefined;
}

export interface FakeTelegramStats {
  calls: number;
  callsByMethod: Record<string, number>;
  /** Successful sends (edits not included). */
  sentTotal: number;
  sentByMethod: Record<string, number>;
  editsTotal: number;
  errorsTotal: number;
  errorsByCode: Record<number, number>;
  errorsByDescription: Record<string, number>;
  /** Every 429 answered, from the limiter and from flood faults. */
  rate429: number;
  /** 429s from the limiter, by the limit that was hit. */
  rateLimited: Record<RateLimitKind, number>;
  faultsTriggered: number;
  /** Highest number of successful sends in any 1 s window, whether or not limits are enforced. */
  maxPerSecondObserved: number;
  maxPerSecondPerChatObserved: number;
  maxPerMinutePerGroupObserved: number;
  /** Most requests (getUpdates excluded) in flight at once: > 1 means the client pipelines. */
  maxConcurrentRequests: number;
  updatesEnqueued: number;
  updatesDelivered: number;
  pendingUpdates: number;
  callbacksUnanswered: string[];
}

export interface EnqueuedMessage {
  updateId: number;
  messageId: number;
  message: Message;
}
