import type { Update } from "grammy/types";
import pino from "pino";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createBot } from "../../src/bot/bot.js";
import { createI18n } from "../../src/bot/i18n.js";
import { parseConfig } from "../../src/config.js";
import { buildOpml } from "../../src/feeds/opml.js";
import { Store } from "../../src/store/store.js";
import { FeedServer } from "../support/rssServer.js";

// /importfeeds in process: the Bot API calls are answered by a transformer, and the file download
// (TELEGRAM_API_ROOT/file/bot<token>/<path>) is served by the local feed server.
const TOKEN = "123456:TEST-import";
const ADMIN = 77;
let server: FeedServer;
beforeAll(async () => {
  server = await FeedServer.start();
});
afterAll(async () => {
  await server.close();
});

test("/importfeeds as a reply to an OPML file reports each URL", async () => {
  const store = await Store.open("memory://");
  const config = parseConfig({
    BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: server.origin,
    FEEDS: "http://127.0.0.1:9/operator.xml",
    ADMIN_IDS: String(ADMIN),
  });
  await store.feeds.seed(config.feeds, new Date());
  const bot = createBot(TOKEN, {
    config,
    store,
    logger: pino({ level: "silent" }),
    i18n: createI18n("en"),
    now: () => new Date(),
  });
  bot.botInfo = {
    id: 1,
    is_bot: true,
    first_name: "Sitrep",
    username: "sitrep_test_bot",
    can_join_groups: true,
    can_read_all_group_messages: false,
    supports_inline_queries: false,
    can_connect_to_business: false,
    has_main_web_app: false,
    has_topics_enabled: false,
    allows_users_to_create_topics: false,
  } as typeof bot.botInfo;
  const sent: Array<{ method: string; payload: Record<string, unknown> }> = [];
  bot.api.config.use(async (_prev, method, payload) => {
    sent.push({ method, payload: payload as Record<string, unknown> });
    if (method === "getFile") {
      return { ok: true, result: { file_id: "F1", file_unique_id: "U1", file_path: "documents/feeds.opml" } } as never;
    }
    return { ok: true, result: { message_id: sent.length, date: 0, chat: { id: ADMIN, type: "private" } } } as never;
  });
  server.setFeed(
    `/file/bot${TOKEN}/documents/feeds.opml`,
    buildOpml(
      [
        { url: "http://127.0.0.1:9/operator.xml", title: "Operator" },
        { url: "http://10.0.0.1/rss", title: "Intranet" },
        { url: "ftp://files.example/feed.xml", title: "FTP" },
        { url: "http://[::ffff:169.254.169.254]/", title: "<Metadata>" },
      ],
      "x",
      new Date(),
    ),
    { contentType: "text/xml" },
  );
  const user = { id: ADMIN, is_bot: false, first_name: "Op", language_code: "en" };
  const chat = { id: ADMIN, type: "private" as const, first_name: "Op" };
  const update: Update = {
    update_id: 1,
    message: {
      message_id: 10,
      date: Math.floor(Date.now() / 1000),
      chat,
      from: user,
      text: "/importfeeds",
      entities: [{ type: "bot_command", offset: 0, length: 12 }],
      reply_to_message: {
        message_id: 9,
        date: Math.floor(Date.now() / 1000),
        chat,
        from: user,
        document: { file_id: "F1", file_unique_id: "U1", file_name: "feeds.opml", file_size: 500 },
        reply_to_message: undefined,
      },
    },
  };
  await bot.handleUpdate(update);
  expect(sent.find((c) => c.method === "getFile")?.payload).toMatchObject({ file_id: "F1" });
  const replies = sent.filter((c) => c.method === "sendMessage").map((c) => String(c.payload.text));
  expect(replies).toHaveLength(1);
  expect(replies[0]).toMatch(/<b>Import<\/b>: 0 added, 1 already listed, 3 refused/);
  expect(replies[0]).toMatch(/10\.0\.0\.1\/rss<\/code>: it points at a private network/);
  expect(replies[0]).toMatch(/only http:\/\/ and https:\/\//);
  expect(replies[0]).toMatch(/cloud metadata/);
  expect(replies[0]).not.toContain(TOKEN);
  expect(await store.feeds.list()).toEqual(["http://127.0.0.1:9/operator.xml"]);
});
