// A fake Telegram Bot API server for end-to-end tests: the real bot process talks to it over HTTP on
// 127.0.0.1 (grammY `client.apiRoot`), and the test drives it and reads back what the bot sent.
// It answers like Telegram where a bot can get it wrong: HTML parse errors, length limits, flood
// limits (429 + retry_after), blocked/kicked/migrated chats, 5xx, "message is not modified".
import { once } from "node:events";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type {
  BotCommand,
  BotCommandScope,
  Chat,
  ChatMember,
  InlineKeyboardMarkup,
  Message,
  MessageEntity,
  ResponseParameters,
  Update,
  User,
} from "grammy/types";
import { ApiError, badRequest, forbidden, tooManyRequests } from "./telegram/errors.js";
import {
  RateLimiter,
  type RateLimitKind,
  type RateLimitOptions,
  RateObserver,
  TELEGRAM_RATE_LIMITS,
} from "./telegram/rateLimits.js";
import {
  isRecord,
  isUpload,
  optBool,
  optInt,
  optJson,
  optString,
  type Params,
  parseParams,
  readBody,
  reqInt,
} from "./telegram/request.js";
import type {
  ApiCall,
  CallbackRecord,
  CallFilter,
  ChatType,
  EnqueuedMessage,
  FakeTelegramOptions,
  FakeTelegramStats,
  Fault,
  GlobalFault,
  MemberStatus,
  RecordedCommands,
  ReplyMarkup,
  SentDocument,
  SentFilter,
  SentMessage,
  StoredMessageView,
  TestUser,
  WaitForSentFilter,
} from "./telegram/types.js";
import { formatText, validateReplyMarkup } from "./telegram/validate.js";

export { parseTelegramHtml } from "./telegram/html.js";
export type { RateLimitOptions } from "./telegram/rateLimits.js";
export type * from "./telegram/types.js";

type ReplyMessage = NonNullable<Message["reply_to_message"]>;
type UpdateKind = Exclude<keyof Update, "update_id">;

interface StoredMessage {
  message: Message;
  fromBot: boolean;
  deleted: boolean;
}

interface ChatState {
  chat: Chat;
  nextMessageId: number;
  messages: Map<number, StoredMessage>;
  botStatus: MemberStatus;
  members: Map<number, MemberStatus>;
  migratedTo: number | undefined;
}

interface ActiveFault {
  target: number | "*";
  fault: Fault;
  remaining: number;
}

interface PendingPoll {
  limit: number;
  resolve: (updates: Update[]) => void;
  reject: (error: ApiError) => void;
  timer: NodeJS.Timeout;
}

interface Waiter {
  check: () => boolean;
  fail: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface CallContext {
  signal: AbortSignal;
}

type Handler = (p: Params, ctx: CallContext) => unknown;

const CONFLICT_OTHER_POLL =
  "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running";
const NOT_MODIFIED =
  "message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message";
const QUERY_TOO_OLD = "query is too old and response timeout expired or query ID is invalid";

// Telegram leaves chat_member and message_reaction* out unless they are asked for explicitly.
const DEFAULT_UPDATE_TYPES = new Set([
  "message",
  "edited_message",
  "channel_post",
  "edited_channel_post",
  "callback_query",
  "inline_query",
  "chosen_inline_result",
  "shipping_query",
  "pre_checkout_query",
  "poll",
  "poll_answer",
  "my_chat_member",
  "chat_join_request",
  "chat_boost",
  "removed_chat_boost",
  "business_connection",
  "business_message",
  "edited_business_message",
  "deleted_business_messages",
  "purchased_paid_media",
]);

// Real Bot API methods that return True and that Sitrep has no reason to have modelled.
const TRUE_METHODS = [
  "setChatMenuButton",
  "setMyDescription",
  "setMyShortDescription",
  "setMyName",
  "setMyDefaultAdministratorRights",
  "setMessageReaction",
  "pinChatMessage",
  "unpinChatMessage",
  "unpinAllChatMessages",
  "leaveChat",
  "banChatMember",
  "unbanChatMember",
  "restrictChatMember",
  "promoteChatMember",
  "approveChatJoinRequest",
  "declineChatJoinRequest",
  "logOut",
  "close",
];

const READ_CHAT_METHODS = new Set(["getchat", "getchatmember", "getchatadministrators", "getchatmembercount"]);
const SEND_METHODS = new Set(["sendmessage", "senddocument"]);
const DEFAULT_USER: TestUser = { id: 10_001, first_name: "Test", username: "test_user", language_code: "en" };

const unixNow = () => Math.floor(Date.now() / 1000);

function inferChatType(id: number): ChatType {
  if (id > 0) return "private";
  // Supergroup and channel ids are -100 followed by the channel id: below -10^12.
  return id <= -1_000_000_000_000 ? "supergroup" : "group";
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

function describeFilter(filter: object): string {
  const shown = Object.entries(filter)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${typeof v === "function" ? "<fn>" : JSON.stringify(v)}`);
  return `{ ${shown.join(", ")} }`;
}

function clip(text: string | undefined, max = 100): string {
  if (text === undefined) return "(no text)";
  const flat = text.replace(/\s+/g, " ");
  return JSON.stringify(flat.length > max ? `${flat.slice(0, max)}…` : flat);
}

function methodMatches(method: string, wanted: string | string[] | undefined): boolean {
  if (wanted === undefined) return true;
  const list = Array.isArray(wanted) ? wanted : [wanted];
  return list.some((w) => w.toLowerCase() === method.toLowerCase());
}

export class FakeTelegram {
  readonly token: string;
  readonly bot: User & { username: string };
  /** `http://127.0.0.1:<port>`, no trailing slash: pass it as grammY's `client.apiRoot`. */
  readonly apiRoot: string;

  private readonly server: http.Server;
  private readonly handlers = new Map<string, { name: string; handler: Handler }>();
  private readonly limiter: RateLimiter;
  private enforceRateLimits: boolean;
  private responseDelayMs: number;
  private readonly unknownChats: "accept" | "reject";
  private closed = false;

  // chats and users
  private readonly chats = new Map<number, ChatState>();
  private readonly users = new Map<number, User>();
  // updates
  private queue: Update[] = [];
  private nextUpdateId = 1;
  private lastDeliveredUpdateId = 0;
  private confirmedBelow = 0;
  private allowedUpdates: Set<string> = DEFAULT_UPDATE_TYPES;
  private poll: PendingPoll | undefined;
  private webhookUrl = "";
  // records
  private sentLog: SentMessage[] = [];
  private callLog: ApiCall[] = [];
  private sentSeq = 0;
  private callSeq = 0;
  private faults: ActiveFault[] = [];
  private readonly commandSets = new Map<string, RecordedCommands>();
  private callbackLog = new Map<string, CallbackRecord>();
  private callbackSeq = 0;
  /** Files users sent, by file_id, downloadable at /file/bot<token>/<file_path> after getFile. */
  private readonly files = new Map<string, { data: Buffer; path: string; uniqueId: string }>();
  private readonly waiters = new Set<Waiter>();
  private counters = this.freshCounters();
  private observer = new RateObserver();
  private inFlight = 0;

  private constructor(server: http.Server, apiRoot: string, options: FakeTelegramOptions) {
    this.server = server;
    this.apiRoot = apiRoot;
    this.token = options.token;
    const prefix = Number(options.token.split(":")[0]);
    this.bot = {
      id: options.botId ?? (Number.isSafeInteger(prefix) && prefix > 0 ? prefix : 7_000_000_001),
      is_bot: true,
      first_name: options.botName ?? "Sitrep Test Bot",
      username: options.botUsername ?? "sitrep_test_bot",
    };
    const limits = typeof options.rateLimits === "object" ? options.rateLimits : {};
    this.limiter = new RateLimiter({ ...TELEGRAM_RATE_LIMITS, ...limits });
    this.enforceRateLimits = options.rateLimits !== undefined && options.rateLimits !== false;
    this.responseDelayMs = options.responseDelayMs ?? 0;
    this.unknownChats = options.unknownChats ?? "accept";
    this.registerHandlers();
  }

  static async start(options: FakeTelegramOptions): Promise<FakeTelegram> {
    let fake: FakeTelegram | undefined;
    const server = http.createServer((req, res) => {
      fake?.handleHttp(req, res).catch((error: unknown) => {
        // A bug in the fake must not look like a Telegram answer: cut the connection and say why.
        console.error("FakeTelegram failed to answer a request:", error);
        res.destroy();
      });
    });
    // Long polls last up to 50 s and grammY keeps connections alive: never cut one from this side.
    server.keepAliveTimeout = 65_000;
    server.headersTimeout = 66_000;
    server.requestTimeout = 0;
    server.listen(0, "127.0.0.1");
    await once(server, "listening");
    const { port } = server.address() as AddressInfo;
    fake = new FakeTelegram(server, `http://127.0.0.1:${port}`, options);
    return fake;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.poll) {
      clearTimeout(this.poll.timer);
      this.poll.resolve([]);
      this.poll = undefined;
    }
    for (const w of this.waiters) {
      clearTimeout(w.timer);
      w.fail(new Error("FakeTelegram was closed while a test was waiting on it"));
    }
    this.waiters.clear();
    const closedPromise = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeAllConnections();
    await closedPromise;
  }

  // ==================================================================================================
  // Test-side API: make things happen
  // ==================================================================================================

  /**
   * Queues a `message` update (a `channel_post` for channels) as if a user wrote `text`.
   * `/cmd` and `/cmd@Bot` get bot_command entities, so grammY's command filter sees them.
   */
  sendUserMessage(options: {
    chatId: number;
    text: string;
    from?: TestUser;
    chatType?: ChatType;
    chatTitle?: string;
    messageThreadId?: number;
    /** message_id of an earlier message in the same chat. */
    replyTo?: number;
    entities?: MessageEntity[];
    /** A file sent with the message; `text` becomes its caption. */
    document?: { fileName: string; data: Buffer; mimeType?: string };
  }): EnqueuedMessage {
    const chatType = options.chatType ?? this.chats.get(options.chatId)?.chat.type ?? inferChatType(options.chatId);
    const user = options.from ?? (chatType === "private" ? { ...DEFAULT_USER, id: options.chatId } : DEFAULT_USER);
    const st = this.ensureChat(options.chatId, chatType, {
      title: options.chatTitle,
      user: chatType === "private" ? user : undefined,
      forum: options.messageThreadId !== undefined,
    });
    const entities = options.entities ?? detectCommands(options.text);
    const fields: Partial<Message> = {};
    if (options.document) {
      fields.document = this.storeFile(options.document);
      if (options.text) fields.caption = options.text;
      if (options.text && entities.length) fields.caption_entities = entities;
    } else {
      fields.text = options.text;
      if (entities.length) fields.entities = entities;
    }
    if (options.messageThreadId !== undefined) {
      fields.message_thread_id = options.messageThreadId;
      fields.is_topic_message = true;
    }
    if (options.replyTo !== undefined) {
      const replied = st.messages.get(options.replyTo);
      if (!replied) throw new Error(`sendUserMessage: no message ${options.replyTo} in chat ${options.chatId}`);
      fields.reply_to_message = withoutReply(replied.message);
    }
    if (st.chat.type === "channel") {
      const message = this.storeMessage(st, fields, { sender: "channel" });
      return { updateId: this.enqueue("channel_post", message), messageId: message.message_id, message };
    }
    if (st.chat.type === "private" && st.botStatus === "kicked") {
      // A user who blocked the bot unblocks it by writing to it: Telegram sends my_chat_member first.
      this.setMyChatMember({ chatId: options.chatId, newStatus: "member", from: user });
    }
    const message = this.storeMessage(st, fields, { sender: this.rememberUser(user) });
    return { updateId: this.enqueue("message", message), messageId: message.message_id, message };
  }

  private storeFile(doc: { fileName: string; data: Buffer; mimeType?: string }): NonNullable<Message["document"]> {
    const n = this.files.size + 1;
    const fileId = `BQACAgIAAxkBAAI${String(n).padStart(6, "0")}`;
    const uniqueId = `AgAD${String(n).padStart(4, "0")}`;
    const ext = /\.([A-Za-z0-9]{1,8})$/.exec(doc.fileName)?.[1] ?? "bin";
    this.files.set(fileId, { data: doc.data, path: `documents/file_${n}.${ext}`, uniqueId });
    return {
      file_id: fileId,
      file_unique_id: uniqueId,
      file_name: doc.fileName,
      mime_type: doc.mimeType ?? "application/octet-stream",
      file_size: doc.data.length,
    };
  }

  /** Queues a callback_query for a button on a stored message, as if `from` pressed it. */
  pressButton(options: { chatId: number; messageId: number; data: string; from?: TestUser }): {
    updateId: number;
    callbackQueryId: string;
    /** Whether the message currently has a button with this callback_data. */
    matchedButton: boolean;
  } {
    const st = this.ensureChat(options.chatId, undefined, {});
    const user = this.rememberUser(
      options.from ?? (st.chat.type === "private" ? { ...DEFAULT_USER, id: options.chatId } : DEFAULT_USER),
    );
    const stored = st.messages.get(options.messageId);
    const alive = stored && !stored.deleted ? stored.message : undefined;
    const keyboard = alive?.reply_markup?.inline_keyboard ?? [];
    const matchedButton = keyboard.some((row) =>
      row.some((b) => "callback_data" in b && b.callback_data === options.data),
    );
    const id = `${this.bot.id}${String(++this.callbackSeq).padStart(8, "0")}`;
    // A deleted or unknown message reaches the bot as an InaccessibleMessage (date 0).
    const message = alive ? structuredClone(alive) : { chat: st.chat, message_id: options.messageId, date: 0 as const };
    this.callbackLog.set(id, {
      id,
      chatId: options.chatId,
      messageId: options.messageId,
      data: options.data,
      answered: false,
      answer: undefined,
    });
    const updateId = this.enqueue("callback_query", {
      id,
      from: user,
      message,
      chat_instance: String(Math.abs(options.chatId) * 7919 + 1_234_567),
      data: options.data,
    });
    return { updateId, callbackQueryId: id, matchedButton };
  }

  /** Queues a my_chat_member update (bot added, promoted, blocked, kicked…) and applies the new status. */
  setMyChatMember(options: {
    chatId: number;
    chatType?: ChatType;
    chatTitle?: string;
    newStatus: MemberStatus;
    oldStatus?: MemberStatus;
    from?: TestUser;
  }): number {
    const chatType = options.chatType ?? this.chats.get(options.chatId)?.chat.type ?? inferChatType(options.chatId);
    const from = options.from ?? (chatType === "private" ? { ...DEFAULT_USER, id: options.chatId } : DEFAULT_USER);
    const known = this.chats.get(options.chatId);
    const st = this.ensureChat(options.chatId, chatType, {
      title: options.chatTitle,
      user: chatType === "private" ? from : undefined,
    });
    // A new group or channel had no bot in it before; a private chat starts out with the bot as member.
    const oldStatus = options.oldStatus ?? known?.botStatus ?? (chatType === "private" ? "member" : "left");
    st.botStatus = options.newStatus;
    return this.enqueue("my_chat_member", {
      chat: st.chat,
      from: this.rememberUser(from),
      date: unixNow(),
      old_chat_member: memberObject(oldStatus, this.bot),
      new_chat_member: memberObject(options.newStatus, this.bot),
    });
  }

  /**
   * Upgrades a group to a supergroup as Telegram does: queues the two service messages
   * (migrate_to_chat_id in the old chat, migrate_from_chat_id in the new one), and from now on
   * any call on the old id gets 400 "group chat was upgraded to a supergroup chat".
   */
  migrateGroup(chatId: number, newChatId = Number(`-100${Math.abs(chatId)}`)): { updateIds: [number, number] } {
    const old = this.ensureChat(chatId, "group", {});
    const title = old.chat.title ?? `Group ${chatId}`;
    const next = this.ensureChat(newChatId, "supergroup", { title });
    next.botStatus = old.botStatus;
    next.members = new Map(old.members);
    old.migratedTo = newChatId;
    const from = this.rememberUser(DEFAULT_USER);
    const first = this.storeMessage(old, { migrate_to_chat_id: newChatId }, { sender: from });
    const second = this.storeMessage(next, { migrate_from_chat_id: chatId }, { sender: from });
    return { updateIds: [this.enqueue("message", first), this.enqueue("message", second)] };
  }

  /**
   * Registers a chat without queuing any update: a channel or group the bot is configured to post to.
   * Unknown ids are otherwise created on first use with a type guessed from the id (-100… → supergroup).
   */
  addChat(options: { id: number; type: ChatType; title?: string; username?: string; botStatus?: MemberStatus }): void {
    const st = this.ensureChat(options.id, options.type, { title: options.title });
    if (options.username && st.chat.type !== "private" && st.chat.type !== "group") st.chat.username = options.username;
    if (options.botStatus) st.botStatus = options.botStatus;
  }

  /** Sets a member's status for getChatMember / getChatAdministrators (the bot's own id sets the bot's). */
  setMember(chatId: number, userId: number, status: MemberStatus): void {
    const st = this.ensureChat(chatId, undefined, {});
    if (userId === this.bot.id) st.botStatus = status;
    else st.members.set(userId, status);
  }

  /** Queues any update; the fake assigns update_id. */
  enqueueUpdate(update: Omit<Update, "update_id">): number {
    const kind = Object.keys(update)[0] as UpdateKind | undefined;
    if (!kind) throw new Error("enqueueUpdate: the update has no payload");
    return this.enqueue(kind, update[kind] as object);
  }

  /**
   * Makes calls for one chat (or, with "*", every call) fail. Blocked, kicked and migrated hit every
   * call on the chat (blocked spares getChat*); topicClosed hits sends; the rest hit everything but
   * getUpdates unless `methods` says otherwise.
   */
  setFault(target: "*", fault: GlobalFault): void;
  setFault(chatId: number, fault: Fault): void;
  setFault(target: number | "*", fault: Fault): void {
    this.faults.push({ target, fault, remaining: fault.times ?? Number.POSITIVE_INFINITY });
  }

  /** Removes the faults of one chat, or all of them. */
  clearFaults(chatId?: number | "*"): void {
    this.faults = chatId === undefined ? [] : this.faults.filter((f) => f.target !== chatId);
  }

  /** true: Telegram's limits; an object: those windows; false: record rates only. */
  setRateLimits(limits: boolean | Partial<RateLimitOptions>): void {
    this.enforceRateLimits = limits !== false;
    this.limiter.options = { ...TELEGRAM_RATE_LIMITS, ...(typeof limits === "object" ? limits : {}) };
    this.limiter.reset();
  }

  setResponseDelay(ms: number): void {
    this.responseDelayMs = ms;
  }

  /**
   * Forgets chats, messages, queued updates, records, stats, faults and limiter state. Update ids keep
   * increasing so a running bot's offset stays valid; the bot identity, commands, webhook, rate-limit
   * settings and response delay are kept.
   */
  reset(): void {
    this.chats.clear();
    this.users.clear();
    this.queue = [];
    this.sentLog = [];
    this.callLog = [];
    this.faults = [];
    this.callbackLog = new Map();
    this.counters = this.freshCounters();
    this.observer = new RateObserver();
    this.limiter.reset();
  }

  // ==================================================================================================
  // Test-side API: read back
  // ==================================================================================================

  /** Messages the bot sent or edited successfully, oldest first. */
  sent(filter: SentFilter = {}): SentMessage[] {
    return this.sentLog.filter(
      (m) =>
        (filter.chatId === undefined || m.chatId === filter.chatId) &&
        methodMatches(m.method, filter.method) &&
        (filter.kind === undefined || m.kind === filter.kind) &&
        (filter.since === undefined || m.seq > filter.since) &&
        (filter.predicate === undefined || filter.predicate(m)),
    );
  }

  /** The seq of the latest sent record (0 if none): `waitForSent({ since: fake.lastSeq })` waits for new ones. */
  get lastSeq(): number {
    return this.sentSeq;
  }

  /** Every Bot API call, failed ones included, oldest first. */
  calls(filter: CallFilter = {}): ApiCall[] {
    return this.callLog.filter(
      (c) =>
        methodMatches(c.method, filter.method) &&
        (filter.chatId === undefined || c.chatId === filter.chatId) &&
        (filter.ok === undefined || c.ok === filter.ok) &&
        (filter.status === undefined || c.status === filter.status) &&
        (filter.since === undefined || c.seq > filter.since),
    );
  }

  /** A chat's messages in their current state (after edits), deleted ones flagged. */
  chatMessages(chatId: number): StoredMessageView[] {
    const st = this.chats.get(chatId);
    if (!st) return [];
    return [...st.messages.values()].map((s) => ({ ...s, message: structuredClone(s.message) }));
  }

  /** Callback queries the fake has queued, with the bot's answers. */
  callbacks(): CallbackRecord[] {
    return [...this.callbackLog.values()].map((c) => ({ ...c }));
  }

  /** What setMyCommands recorded, one entry per scope + language_code. */
  commands(): RecordedCommands[] {
    return [...this.commandSets.values()].map((c) => structuredClone(c));
  }

  stats(): FakeTelegramStats {
    const c = this.counters;
    return {
      ...structuredClone(c),
      maxPerSecondObserved: this.observer.maxPerSecond,
      maxPerSecondPerChatObserved: this.observer.maxPerSecondPerChat,
      maxPerMinutePerGroupObserved: this.observer.maxPerMinutePerGroup,
      pendingUpdates: this.queue.length,
      callbacksUnanswered: [...this.callbackLog.values()].filter((cb) => !cb.answered).map((cb) => cb.id),
    };
  }

  /**
   * Resolves with the matching records once there are at least `count` (default 1) of them; rejects after
   * `timeoutMs` with what was sent and which calls failed, which is usually the reason.
   */
  waitForSent(filter: WaitForSentFilter = {}, timeoutMs = 5000): Promise<SentMessage[]> {
    const count = filter.count ?? 1;
    let result: SentMessage[] = [];
    return this.waitUntil(
      () => {
        result = this.sent(filter);
        return result.length >= count;
      },
      timeoutMs,
      () => this.explainSentTimeout(filter, count, timeoutMs),
    ).then(() => result);
  }

  /** Resolves once getUpdates has handed update `updateId` to the bot. */
  waitForDelivered(updateId: number, timeoutMs = 5000): Promise<void> {
    return this.waitUntil(
      () => this.lastDeliveredUpdateId >= updateId,
      timeoutMs,
      () =>
        `waitForDelivered(${updateId}) timed out after ${timeoutMs} ms: last delivered update is ` +
        `${this.lastDeliveredUpdateId}, ${this.queue.length} queued, ` +
        `${this.poll ? "a getUpdates call is waiting" : "no getUpdates call is waiting (is the bot polling?)"}`,
    );
  }

  /**
   * Resolves once the bot has confirmed update `updateId` (a later getUpdates offset is above it). grammY
   * confirms a batch after its handlers have run, so this means "the bot has handled it".
   */
  waitForConfirmed(updateId: number, timeoutMs = 5000): Promise<void> {
    return this.waitUntil(
      () => this.confirmedBelow > updateId,
      timeoutMs,
      () =>
        `waitForConfirmed(${updateId}) timed out after ${timeoutMs} ms: the bot confirmed updates below ` +
        `${this.confirmedBelow}, last delivered ${this.lastDeliveredUpdateId}`,
    );
  }

  // ==================================================================================================
  // HTTP
  // ==================================================================================================

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? "/", this.apiRoot);
    const download = /^\/file\/bot([^/]*)\/(.+)$/.exec(url.pathname);
    if (download) return this.serveFile(req, res, decodeURIComponent(download[1] ?? ""), download[2] ?? "");
    const route = /^\/bot([^/]*)\/([^/]*)\/?$/.exec(url.pathname);
    const abort = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) abort.abort();
    });

    let params: Params = {};
    let method = route?.[2] ?? "";
    const entry = this.handlers.get(method.toLowerCase());
    if (entry) method = entry.name;
    const counted = method.toLowerCase() !== "getupdates";
    if (counted) this.trackInFlight(+1);

    let status = 200;
    let body: Record<string, unknown>;
    try {
      if (!route) throw new ApiError(404, "Not Found");
      const payload = await readBody(req);
      if (decodeURIComponent(route[1] ?? "") !== this.token) throw new ApiError(401, "Unauthorized");
      if (!entry) throw new ApiError(404, "Not Found");
      params = parseParams(url, req.headers["content-type"], payload);
      await this.applyFaults(method, params);
      const result = await entry.handler(params, { signal: abort.signal });
      body = { ok: true, result };
    } catch (e) {
      const error =
        e instanceof ApiError
          ? e
          : new ApiError(500, `Internal Server Error: fake Telegram: ${e instanceof Error ? e.stack : String(e)}`);
      status = error.code;
      body = { ok: false, error_code: error.code, description: error.description };
      if (error.parameters) body.parameters = error.parameters;
    }

    if (counted && this.responseDelayMs > 0) await sleep(this.responseDelayMs);
    if (counted) this.trackInFlight(-1);
    this.recordCall(method || url.pathname, params, status, body, started);
    if (abort.signal.aborted || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
    res.end(text);
  }

  /** File downloads as Telegram serves them: plain bytes, 401 for a wrong token, 404 for an unknown path. */
  private serveFile(req: IncomingMessage, res: ServerResponse, token: string, path: string): void {
    req.resume();
    const file = token === this.token ? [...this.files.values()].find((f) => f.path === path) : undefined;
    this.recordCall("file download", {}, file ? 200 : token === this.token ? 404 : 401, {}, Date.now());
    if (!file) {
      res.writeHead(token === this.token ? 404 : 401, { "content-type": "application/json" });
      res.end(JSON.stringify({ ok: false, error_code: 404, description: "Not Found" }));
      return;
    }
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.data.length });
    res.end(file.data);
  }

  private trackInFlight(delta: number): void {
    this.inFlight += delta;
    this.counters.maxConcurrentRequests = Math.max(this.counters.maxConcurrentRequests, this.inFlight);
  }

  private recordCall(method: string, params: Params, status: number, body: Record<string, unknown>, started: number) {
    const c = this.counters;
    c.calls++;
    c.callsByMethod[method] = (c.callsByMethod[method] ?? 0) + 1;
    const description = typeof body.description === "string" ? body.description : undefined;
    if (status !== 200) {
      c.errorsTotal++;
      c.errorsByCode[status] = (c.errorsByCode[status] ?? 0) + 1;
      if (description) c.errorsByDescription[description] = (c.errorsByDescription[description] ?? 0) + 1;
      if (status === 429) c.rate429++;
    }
    const chatId = typeof params.chat_id === "number" ? params.chat_id : Number(params.chat_id);
    this.callLog.push({
      seq: ++this.callSeq,
      method,
      chatId: Number.isFinite(chatId) ? chatId : undefined,
      params,
      ok: status === 200,
      status,
      description,
      parameters: body.parameters as ResponseParameters | undefined,
      time: started,
      durationMs: Date.now() - started,
    });
    if (this.callLog.length > 20_000) this.callLog.splice(0, 10_000);
  }

  private async applyFaults(method: string, params: Params): Promise<void> {
    const lower = method.toLowerCase();
    const chatId = params.chat_id === undefined ? undefined : Number(params.chat_id);
    for (const active of this.faults) {
      if (active.remaining <= 0) continue;
      if (active.target !== "*" && active.target !== chatId) continue;
      if (!this.faultHits(active.fault, lower, params)) continue;
      active.remaining--;
      this.counters.faultsTriggered++;
      const error = this.faultError(active.fault, chatId);
      if (error) throw error;
      if (active.fault.kind === "delay") await sleep(active.fault.ms);
    }
    this.faults = this.faults.filter((f) => f.remaining > 0);
  }

  private faultHits(fault: Fault, method: string, params: Params): boolean {
    if (fault.methods) return fault.methods.some((m) => m.toLowerCase() === method);
    if (method === "getupdates") return false;
    switch (fault.kind) {
      case "blocked":
        return params.chat_id !== undefined && !READ_CHAT_METHODS.has(method);
      case "kicked":
      case "migrated":
        return params.chat_id !== undefined;
      case "topicClosed": {
        const thread = params.message_thread_id === undefined ? undefined : Number(params.message_thread_id);
        const threadMatches =
          fault.messageThreadId === undefined ? thread !== undefined : thread === fault.messageThreadId;
        return SEND_METHODS.has(method) && threadMatches;
      }
      default:
        return true;
    }
  }

  private faultError(fault: Fault, chatId: number | undefined): ApiError | undefined {
    switch (fault.kind) {
      case "blocked":
        return forbidden("bot was blocked by the user");
      case "kicked":
        return forbidden(this.kickedText(chatId));
      case "migrated":
        return badRequest("group chat was upgraded to a supergroup chat", {
          migrate_to_chat_id: fault.toChatId ?? Number(`-100${Math.abs(chatId ?? 0)}`),
        });
      case "topicClosed":
        return badRequest("TOPIC_CLOSED");
      case "serverError": {
        const status = fault.status ?? 502;
        const text = {
          500: "Internal Server Error",
          502: "Bad Gateway",
          503: "Service Unavailable",
          504: "Gateway Timeout",
        };
        return new ApiError(status, text[status]);
      }
      case "flood":
        return tooManyRequests(fault.retryAfter ?? 5);
      case "error":
        return new ApiError(fault.code, fault.description, fault.parameters);
      case "delay":
        return undefined;
    }
  }

  private kickedText(chatId: number | undefined): string {
    const type = chatId === undefined ? "group" : (this.chats.get(chatId)?.chat.type ?? inferChatType(chatId));
    return type === "channel" ? "bot is not a member of the channel chat" : `bot was kicked from the ${type} chat`;
  }

  // ==================================================================================================
  // Chats, messages, updates
  // ==================================================================================================

  private freshCounters() {
    return {
      calls: 0,
      callsByMethod: {} as Record<string, number>,
      sentTotal: 0,
      sentByMethod: {} as Record<string, number>,
      editsTotal: 0,
      errorsTotal: 0,
      errorsByCode: {} as Record<number, number>,
      errorsByDescription: {} as Record<string, number>,
      rate429: 0,
      rateLimited: { private: 0, group: 0, global: 0 } as Record<RateLimitKind, number>,
      faultsTriggered: 0,
      maxConcurrentRequests: 0,
      updatesEnqueued: 0,
      updatesDelivered: 0,
    };
  }

  private rememberUser(user: TestUser): User {
    const full: User = { is_bot: false, ...user };
    this.users.set(user.id, full);
    return full;
  }

  private ensureChat(
    id: number,
    type: ChatType | undefined,
    extra: { title?: string | undefined; user?: TestUser | undefined; forum?: boolean },
  ): ChatState {
    const existing = this.chats.get(id);
    if (existing) {
      if (extra.forum && existing.chat.type === "supergroup") existing.chat.is_forum = true;
      return existing;
    }
    const chatType = type ?? inferChatType(id);
    const title = extra.title ?? `Test ${chatType} ${id}`;
    let chat: Chat;
    if (chatType === "private") {
      const user = extra.user ?? { ...DEFAULT_USER, id };
      chat = { id, type: "private", first_name: user.first_name };
      if (user.last_name) chat.last_name = user.last_name;
      if (user.username) chat.username = user.username;
    } else if (chatType === "supergroup") {
      chat = extra.forum ? { id, type: "supergroup", title, is_forum: true } : { id, type: "supergroup", title };
    } else {
      chat = { id, type: chatType, title };
    }
    const st: ChatState = {
      chat,
      nextMessageId: 1,
      messages: new Map(),
      // A bot can only be in a channel as an administrator.
      botStatus: chatType === "channel" ? "administrator" : "member",
      members: new Map(),
      migratedTo: undefined,
    };
    this.chats.set(id, st);
    return st;
  }

  /** The chat a Bot API call addresses, after Telegram's access checks for the bot. */
  private chatFor(p: Params, method: string, create = true): ChatState {
    const raw = p.chat_id;
    if (raw === undefined || raw === null || raw === "") throw badRequest("chat_id is empty");
    let st: ChatState | undefined;
    if (typeof raw === "string" && raw.startsWith("@")) {
      const username = raw.slice(1).toLowerCase();
      st = [...this.chats.values()].find((c) => c.chat.username?.toLowerCase() === username);
      if (!st) throw badRequest("chat not found");
    } else {
      const id = reqInt(p, "chat_id");
      st = this.chats.get(id);
      if (!st) {
        if (!create) throw badRequest("chat not found");
        if (this.unknownChats === "reject") {
          throw id > 0 ? forbidden("bot can't initiate conversation with a user") : badRequest("chat not found");
        }
        st = this.ensureChat(id, undefined, {});
      }
    }
    this.checkAccess(st, method.toLowerCase());
    return st;
  }

  private checkAccess(st: ChatState, method: string): void {
    if (st.migratedTo !== undefined) {
      throw badRequest("group chat was upgraded to a supergroup chat", { migrate_to_chat_id: st.migratedTo });
    }
    const reading = READ_CHAT_METHODS.has(method);
    if (st.chat.type === "private") {
      if (st.botStatus === "kicked" && !reading) throw forbidden("bot was blocked by the user");
      return;
    }
    if (st.botStatus === "kicked") throw forbidden(this.kickedText(st.chat.id));
    if (st.botStatus === "left") throw forbidden(`bot is not a member of the ${st.chat.type} chat`);
    if (st.chat.type === "channel" && !reading && st.botStatus !== "administrator" && st.botStatus !== "creator") {
      throw badRequest("need administrator rights in the channel chat");
    }
  }

  private storeMessage(st: ChatState, fields: Partial<Message>, origin: { sender: User | "bot" | "channel" }): Message {
    const message = {
      message_id: st.nextMessageId++,
      // In a channel every post, the bot's included, is signed by the channel itself.
      ...(origin.sender === "channel" || (origin.sender === "bot" && st.chat.type === "channel")
        ? { sender_chat: st.chat }
        : {}),
      ...(origin.sender === "bot" && st.chat.type !== "channel" ? { from: this.bot } : {}),
      ...(typeof origin.sender === "object" ? { from: origin.sender } : {}),
      chat: st.chat,
      date: unixNow(),
      ...fields,
    } as Message;
    st.messages.set(message.message_id, { message, fromBot: origin.sender === "bot", deleted: false });
    return structuredClone(message);
  }

  private enqueue(kind: UpdateKind, payload: object): number {
    const update_id = this.nextUpdateId++;
    this.queue.push({ update_id, [kind]: structuredClone(payload) });
    this.counters.updatesEnqueued++;
    if (this.poll) {
      const batch = this.takeUpdates(this.poll.limit);
      if (batch.length) {
        clearTimeout(this.poll.timer);
        this.poll.resolve(batch);
        this.poll = undefined;
      }
    }
    return update_id;
  }

  private takeUpdates(limit: number): Update[] {
    this.queue = this.queue.filter((u) => this.allowedUpdates.has(Object.keys(u).find((k) => k !== "update_id")!));
    const batch = this.queue.slice(0, limit);
    for (const u of batch) {
      if (u.update_id > this.lastDeliveredUpdateId) {
        this.lastDeliveredUpdateId = u.update_id;
        this.counters.updatesDelivered++;
      }
    }
    if (batch.length) this.checkWaiters();
    return structuredClone(batch);
  }

  private resolveReply(st: ChatState, p: Params): ReplyMessage | undefined {
    let replyTo = optInt(p, "reply_to_message_id");
    let allowMissing = optBool(p, "allow_sending_without_reply");
    const replyParameters = optJson(p, "reply_parameters");
    if (isRecord(replyParameters)) {
      if (typeof replyParameters.message_id === "number") replyTo = replyParameters.message_id;
      if (replyParameters.allow_sending_without_reply === true) allowMissing = true;
    }
    if (replyTo === undefined) return undefined;
    const replied = st.messages.get(replyTo);
    if (!replied || replied.deleted) {
      if (allowMissing) return undefined;
      throw badRequest("message to be replied not found");
    }
    return withoutReply(replied.message);
  }

  private rateGate(st: ChatState): void {
    const now = Date.now();
    const isPrivate = st.chat.type === "private";
    if (this.enforceRateLimits) {
      const verdict = this.limiter.take(st.chat.id, isPrivate, now);
      if (verdict) {
        this.counters.rateLimited[verdict.kind]++;
        throw tooManyRequests(verdict.retryAfter);
      }
    }
    this.observer.record(st.chat.id, isPrivate, now);
  }

  private recordSent(
    method: string,
    kind: "send" | "edit",
    st: ChatState,
    message: Message,
    p: Params,
    extra: { text?: string | undefined; replyMarkup?: ReplyMarkup | undefined; document?: SentDocument },
  ): void {
    this.sentLog.push({
      seq: ++this.sentSeq,
      method,
      kind,
      chatId: st.chat.id,
      chatType: st.chat.type,
      messageId: message.message_id,
      messageThreadId: optInt(p, "message_thread_id"),
      text: extra.text,
      plainText: message.text ?? message.caption,
      entities: message.entities ?? message.caption_entities ?? [],
      parseMode: optString(p, "parse_mode"),
      replyMarkup: extra.replyMarkup,
      replyToMessageId: message.reply_to_message?.message_id,
      document: extra.document,
      params: p,
      time: Date.now(),
    });
    if (kind === "send") {
      this.counters.sentTotal++;
      this.counters.sentByMethod[method] = (this.counters.sentByMethod[method] ?? 0) + 1;
    } else {
      this.counters.editsTotal++;
    }
    this.checkWaiters();
  }

  // ==================================================================================================
  // Waiting
  // ==================================================================================================

  private waitUntil(check: () => boolean, timeoutMs: number, explain: () => string): Promise<void> {
    if (check()) return Promise.resolve();
    if (this.closed) return Promise.reject(new Error("FakeTelegram is closed"));
    // Capture the caller's stack now: the timeout fires from a timer with no useful stack.
    const origin = new Error("timed out");
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        check: () => {
          if (!check()) return false;
          resolve();
          return true;
        },
        fail: reject,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          origin.message = explain();
          reject(origin);
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  private checkWaiters(): void {
    for (const w of [...this.waiters]) {
      if (w.check()) {
        clearTimeout(w.timer);
        this.waiters.delete(w);
      }
    }
  }

  private explainSentTimeout(filter: WaitForSentFilter, count: number, timeoutMs: number): string {
    const { count: _count, ...rest } = filter;
    const matching = this.sent(filter).length;
    const lines = [
      `waitForSent timed out after ${timeoutMs} ms: wanted ${count} message(s) matching ${describeFilter(rest)}, got ${matching}.`,
    ];
    const sent = this.sentLog.slice(-15);
    lines.push(sent.length ? `Last ${sent.length} of ${this.sentLog.length} sent:` : "Nothing was sent.");
    for (const m of sent) {
      lines.push(`  #${m.seq} ${m.method} chat ${m.chatId} msg ${m.messageId}: ${clip(m.plainText)}`);
    }
    const failed = this.callLog.filter((c) => !c.ok).slice(-10);
    if (failed.length) lines.push(`Last ${failed.length} failed calls:`);
    for (const c of failed) {
      lines.push(`  ${c.method} chat ${c.chatId ?? "-"} → ${c.status} ${c.description ?? ""}`);
    }
    lines.push(
      `Updates: ${this.counters.updatesEnqueued} queued, last delivered ${this.lastDeliveredUpdateId}, ` +
        `${this.poll ? "bot is long-polling" : "no getUpdates call waiting"}.`,
    );
    return lines.join("\n");
  }

  // ==================================================================================================
  // Bot API methods
  // ==================================================================================================

  private registerHandlers(): void {
    const on = (name: string, handler: Handler) => this.handlers.set(name.toLowerCase(), { name, handler });
    for (const name of TRUE_METHODS) {
      on(name, (p) => {
        if (p.chat_id !== undefined) this.chatFor(p, name, false);
        return true;
      });
    }

    on("getMe", () => ({
      ...this.bot,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
      can_connect_to_business: false,
      has_main_web_app: false,
    }));
    on("getUpdates", (p, ctx) => this.getUpdates(p, ctx));
    on("getFile", (p) => {
      const fileId = optString(p, "file_id") ?? "";
      const file = this.files.get(fileId);
      if (!file) throw badRequest("invalid file_id");
      return { file_id: fileId, file_unique_id: file.uniqueId, file_size: file.data.length, file_path: file.path };
    });
    on("deleteWebhook", (p) => {
      this.webhookUrl = "";
      if (optBool(p, "drop_pending_updates")) this.queue = [];
      return true;
    });
    on("setWebhook", (p) => {
      this.webhookUrl = optString(p, "url") ?? "";
      return true;
    });
    on("getWebhookInfo", () => ({
      url: this.webhookUrl,
      has_custom_certificate: false,
      pending_update_count: this.queue.length,
    }));
    on("setMyCommands", (p) => this.setMyCommands(p));
    on("getMyCommands", (p) => this.commandSets.get(commandKey(p))?.commands ?? []);
    on("deleteMyCommands", (p) => {
      this.commandSets.delete(commandKey(p));
      return true;
    });
    on("getChatMenuButton", () => ({ type: "commands" }));

    on("sendMessage", (p) => this.sendMessage(p));
    on("sendDocument", (p) => this.sendDocument(p));
    on("sendChatAction", (p) => {
      this.chatFor(p, "sendChatAction");
      return true;
    });
    on("editMessageText", (p) => this.editMessageText(p));
    on("editMessageReplyMarkup", (p) => this.editMessageReplyMarkup(p));
    on("deleteMessage", (p) => this.deleteMessage(p));
    on("answerCallbackQuery", (p) => this.answerCallbackQuery(p));

    on("getChat", (p) => this.getChat(p));
    on("getChatMember", (p) => this.getChatMember(p));
    on("getChatAdministrators", (p) => this.getChatAdministrators(p));
    on("getChatMemberCount", (p) => {
      const st = this.chatFor(p, "getChatMemberCount", false);
      return st.chat.type === "private" ? 2 : st.members.size + 2;
    });
  }

  private getUpdates(p: Params, ctx: CallContext): Update[] | Promise<Update[]> {
    if (this.webhookUrl) {
      throw new ApiError(
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    }
    const offset = optInt(p, "offset");
    if (offset !== undefined && offset > 0) {
      this.queue = this.queue.filter((u) => u.update_id >= offset);
      if (offset > this.confirmedBelow) {
        this.confirmedBelow = offset;
        this.checkWaiters();
      }
    } else if (offset !== undefined && offset < 0) {
      this.queue = this.queue.slice(offset);
    }
    const allowed = optJson(p, "allowed_updates");
    if (Array.isArray(allowed)) {
      this.allowedUpdates = allowed.length ? new Set(allowed.map(String)) : DEFAULT_UPDATE_TYPES;
    }
    const limit = Math.min(100, Math.max(1, optInt(p, "limit") ?? 100));
    // Telegram holds a long poll for at most 50 s.
    const timeoutSec = Math.min(50, Math.max(0, optInt(p, "timeout") ?? 0));

    // A newer getUpdates ends an older pending one, as when two instances of a bot run at once.
    if (this.poll) {
      clearTimeout(this.poll.timer);
      this.poll.reject(new ApiError(409, CONFLICT_OTHER_POLL));
      this.poll = undefined;
    }
    const batch = this.takeUpdates(limit);
    if (batch.length || timeoutSec === 0 || this.closed) return batch;
    return new Promise<Update[]>((resolve, reject) => {
      const poll: PendingPoll = {
        limit,
        resolve,
        reject,
        timer: setTimeout(() => {
          if (this.poll === poll) this.poll = undefined;
          resolve([]);
        }, timeoutSec * 1000),
      };
      this.poll = poll;
      ctx.signal.addEventListener("abort", () => {
        if (this.poll !== poll) return;
        clearTimeout(poll.timer);
        this.poll = undefined;
        resolve([]);
      });
    });
  }

  private setMyCommands(p: Params): true {
    const commands = optJson(p, "commands", "commands JSON object");
    if (!Array.isArray(commands)) throw badRequest("can't parse commands JSON object");
    if (commands.length > 100) throw badRequest("too many commands specified");
    for (const c of commands) {
      // Bot API: 1-32 characters, lowercase English letters, digits and underscores.
      if (!isRecord(c) || typeof c.command !== "string" || !/^[a-z0-9_]{1,32}$/.test(c.command)) {
        throw badRequest("BOT_COMMAND_INVALID");
      }
      if (typeof c.description !== "string" || c.description.length < 1 || c.description.length > 256) {
        throw badRequest("BOT_COMMAND_DESCRIPTION_INVALID");
      }
    }
    const scope = optJson(p, "scope");
    this.commandSets.set(commandKey(p), {
      scope: (isRecord(scope) ? scope : { type: "default" }) as unknown as BotCommandScope,
      languageCode: optString(p, "language_code") ?? "",
      commands: commands.map((c) => ({ command: c.command, description: c.description }) as BotCommand),
    });
    return true;
  }

  private sendMessage(p: Params): Message {
    const st = this.chatFor(p, "sendMessage");
    const raw = optString(p, "text") ?? "";
    const formatted = formatText(raw, optString(p, "parse_mode"), optJson(p, "entities"), "text");
    const replyMarkup = validateReplyMarkup(optJson(p, "reply_markup"), st.chat.type);
    const reply = this.resolveReply(st, p);
    this.rateGate(st);
    const fields: Partial<Message> = { text: formatted.text };
    if (formatted.entities.length) fields.entities = formatted.entities;
    this.addCommonFields(fields, p, reply, replyMarkup);
    const message = this.storeMessage(st, fields, { sender: "bot" });
    this.recordSent("sendMessage", "send", st, message, p, { text: raw, replyMarkup });
    return message;
  }

  private sendDocument(p: Params): Message {
    const st = this.chatFor(p, "sendDocument");
    const input = p.document;
    let document: SentDocument;
    if (isUpload(input)) {
      if (input.data.length === 0) throw badRequest("file must be non-empty");
      document = {
        fileName: input.filename,
        mimeType: input.contentType === "application/octet-stream" ? guessMime(input.filename) : input.contentType,
        size: input.data.length,
        data: Buffer.from(input.data),
        reference: undefined,
      };
    } else if (typeof input === "string" && input.trim() && !input.startsWith("attach://")) {
      document = { fileName: undefined, mimeType: undefined, size: 0, data: undefined, reference: input };
    } else if (input === undefined || input === "") {
      throw badRequest("there is no document in the request");
    } else {
      throw badRequest("wrong file identifier/HTTP URL specified");
    }
    const rawCaption = optString(p, "caption");
    const caption =
      rawCaption === undefined
        ? undefined
        : formatText(rawCaption, optString(p, "parse_mode"), optJson(p, "caption_entities"), "caption");
    const replyMarkup = validateReplyMarkup(optJson(p, "reply_markup"), st.chat.type);
    const reply = this.resolveReply(st, p);
    this.rateGate(st);
    const fileNo = this.sentSeq + 1;
    const fields: Partial<Message> = {
      document: {
        file_id: `BQACAgIAAxkBAAI${fileNo.toString(36).padStart(6, "0")}`,
        file_unique_id: `AgAD${fileNo.toString(36).padStart(6, "0")}`,
        file_name: document.fileName ?? "document",
        mime_type: document.mimeType ?? "application/octet-stream",
        file_size: document.size,
      },
    };
    if (caption?.text) {
      fields.caption = caption.text;
      if (caption.entities.length) fields.caption_entities = caption.entities;
    }
    this.addCommonFields(fields, p, reply, replyMarkup);
    const message = this.storeMessage(st, fields, { sender: "bot" });
    this.recordSent("sendDocument", "send", st, message, p, { text: rawCaption, replyMarkup, document });
    return message;
  }

  private addCommonFields(
    fields: Partial<Message>,
    p: Params,
    reply: ReplyMessage | undefined,
    replyMarkup: ReplyMarkup | undefined,
  ): void {
    const thread = optInt(p, "message_thread_id");
    if (thread !== undefined) {
      fields.message_thread_id = thread;
      fields.is_topic_message = true;
    }
    if (reply) fields.reply_to_message = reply;
    // Only inline keyboards are part of the Message Telegram returns.
    if (replyMarkup && "inline_keyboard" in replyMarkup) fields.reply_markup = replyMarkup;
  }

  /** The bot's own, undeleted message addressed by chat_id + message_id, for the edit methods. */
  private editableMessage(p: Params, method: string): { st: ChatState; stored: StoredMessage } | { inline: true } {
    if (p.inline_message_id !== undefined && p.chat_id === undefined) return { inline: true };
    const st = this.chatFor(p, method, false);
    const stored = st.messages.get(optInt(p, "message_id") ?? -1);
    if (!stored || stored.deleted) throw badRequest("message to edit not found");
    if (!stored.fromBot) throw badRequest("message can't be edited");
    return { st, stored };
  }

  private editMessageText(p: Params): Message | true {
    const target = this.editableMessage(p, "editMessageText");
    const raw = optString(p, "text") ?? "";
    const formatted = formatText(raw, optString(p, "parse_mode"), optJson(p, "entities"), "text");
    if ("inline" in target) return true;
    const { st, stored } = target;
    const markup = this.inlineMarkupForEdit(p, st);
    const current = stored.message;
    if (current.text === undefined) throw badRequest("there is no text in the message to edit");
    if (
      current.text === formatted.text &&
      sameJson(current.entities ?? [], formatted.entities) &&
      sameJson(current.reply_markup, markup)
    ) {
      throw badRequest(NOT_MODIFIED);
    }
    current.text = formatted.text;
    if (formatted.entities.length) current.entities = formatted.entities;
    else delete current.entities;
    // As in Telegram, an edit without reply_markup removes the inline keyboard.
    if (markup) current.reply_markup = markup;
    else delete current.reply_markup;
    current.edit_date = unixNow();
    const message = structuredClone(current);
    this.recordSent("editMessageText", "edit", st, message, p, { text: raw, replyMarkup: markup });
    return message;
  }

  private editMessageReplyMarkup(p: Params): Message | true {
    const target = this.editableMessage(p, "editMessageReplyMarkup");
    if ("inline" in target) return true;
    const { st, stored } = target;
    const markup = this.inlineMarkupForEdit(p, st);
    if (sameJson(stored.message.reply_markup, markup)) throw badRequest(NOT_MODIFIED);
    if (markup) stored.message.reply_markup = markup;
    else delete stored.message.reply_markup;
    stored.message.edit_date = unixNow();
    const message = structuredClone(stored.message);
    this.recordSent("editMessageReplyMarkup", "edit", st, message, p, { replyMarkup: markup });
    return message;
  }

  private inlineMarkupForEdit(p: Params, st: ChatState): InlineKeyboardMarkup | undefined {
    const markup = validateReplyMarkup(optJson(p, "reply_markup"), st.chat.type);
    if (markup && !("inline_keyboard" in markup)) throw badRequest("inline keyboard expected");
    return markup;
  }

  private deleteMessage(p: Params): true {
    const st = this.chatFor(p, "deleteMessage", false);
    const stored = st.messages.get(optInt(p, "message_id") ?? -1);
    if (!stored || stored.deleted) throw badRequest("message to delete not found");
    const admin = st.botStatus === "administrator" || st.botStatus === "creator";
    // Telegram: anything in a private chat; elsewhere the bot's own messages, or anyone's as an admin.
    const allowed = st.chat.type === "private" || admin || (stored.fromBot && st.chat.type !== "channel");
    if (!allowed) throw badRequest("message can't be deleted");
    stored.deleted = true;
    return true;
  }

  private answerCallbackQuery(p: Params): true {
    const id = optString(p, "callback_query_id") ?? "";
    const record = this.callbackLog.get(id);
    if (!record || record.answered) throw badRequest(QUERY_TOO_OLD);
    const text = optString(p, "text");
    // Telegram caps callback answer text at 200 characters.
    if (text !== undefined && text.length > 200) throw badRequest("MESSAGE_TOO_LONG");
    record.answered = true;
    record.answer = { showAlert: optBool(p, "show_alert") };
    if (text !== undefined) record.answer.text = text;
    const url = optString(p, "url");
    if (url !== undefined) record.answer.url = url;
    return true;
  }

  private getChat(p: Params): Record<string, unknown> {
    const st = this.chatFor(p, "getChat", false);
    return { ...st.chat, accent_color_id: 0, max_reaction_count: 11 };
  }

  private getChatMember(p: Params): ChatMember {
    const st = this.chatFor(p, "getChatMember", false);
    const userId = reqInt(p, "user_id");
    if (userId === this.bot.id) return memberObject(st.botStatus, this.bot);
    const user = this.users.get(userId) ?? { id: userId, is_bot: false, first_name: `User ${userId}` };
    if (st.chat.type === "private") {
      if (userId !== st.chat.id) throw badRequest("user not found");
      return memberObject("member", user);
    }
    return memberObject(st.members.get(userId) ?? "member", user);
  }

  private getChatAdministrators(p: Params): ChatMember[] {
    const st = this.chatFor(p, "getChatAdministrators", false);
    if (st.chat.type === "private") throw badRequest("there are no administrators in the private chat");
    const admins: ChatMember[] = [];
    for (const [userId, status] of st.members) {
      if (status !== "administrator" && status !== "creator") continue;
      admins.push(
        memberObject(status, this.users.get(userId) ?? { id: userId, is_bot: false, first_name: `User ${userId}` }),
      );
    }
    if (st.botStatus === "administrator" || st.botStatus === "creator")
      admins.push(memberObject(st.botStatus, this.bot));
    return admins;
  }
}

// ---- helpers ---------------------------------------------------------------------------------------

// Telegram marks `/cmd` and `/cmd@SomeBot` as bot_command wherever they start a word.
const COMMAND_RE = /(?<=^|\s)\/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?(?![A-Za-z0-9_@/])/g;

function detectCommands(text: string): MessageEntity[] {
  return [...text.matchAll(COMMAND_RE)].map((m) => ({ type: "bot_command", offset: m.index, length: m[0].length }));
}

/** A replied-to message is embedded without its own reply, as Telegram does. */
function withoutReply(message: Message): ReplyMessage {
  const copy = structuredClone(message);
  delete copy.reply_to_message;
  return copy as ReplyMessage;
}

function commandKey(p: Params): string {
  const scope = optJson(p, "scope");
  const s = isRecord(scope) ? scope : {};
  return JSON.stringify([
    s.type ?? "default",
    s.chat_id ?? null,
    s.user_id ?? null,
    optString(p, "language_code") ?? "",
  ]);
}

function guessMime(filename: string): string {
  const ext = /\.([A-Za-z0-9]+)$/.exec(filename)?.[1]?.toLowerCase();
  const known: Record<string, string> = {
    txt: "text/plain",
    csv: "text/csv",
    json: "application/json",
    pdf: "application/pdf",
    html: "text/html",
    xml: "application/xml",
  };
  return (ext && known[ext]) || "application/octet-stream";
}

/** A real-shaped ChatMember for a status (admins get typical rights); exported for tests of member handling. */
export function memberObject(status: MemberStatus, user: User): ChatMember {
  switch (status) {
    case "creator":
      return { status, user, is_anonymous: false };
    case "administrator":
      return {
        status,
        user,
        can_be_edited: false,
        is_anonymous: false,
        can_manage_chat: true,
        can_delete_messages: true,
        can_manage_video_chats: false,
        can_restrict_members: false,
        can_promote_members: false,
        can_change_info: false,
        can_invite_users: true,
        can_post_stories: false,
        can_edit_stories: false,
        can_delete_stories: false,
        can_post_messages: true,
        can_edit_messages: true,
        can_pin_messages: true,
        can_send_welcome_messages: false,
      };
    case "restricted":
      return {
        status,
        user,
        is_member: true,
        can_send_messages: false,
        can_send_audios: false,
        can_send_documents: false,
        can_send_photos: false,
        can_send_videos: false,
        can_send_video_notes: false,
        can_send_voice_notes: false,
        can_send_polls: false,
        can_send_other_messages: false,
        can_add_web_page_previews: false,
        can_react_to_messages: false,
        can_change_info: false,
        can_invite_users: false,
        can_edit_tag: false,
        can_pin_messages: false,
        can_manage_topics: false,
        until_date: 0,
      };
    case "kicked":
      return { status, user, until_date: 0 };
    case "left":
    case "member":
      return { status, user };
  }
}
