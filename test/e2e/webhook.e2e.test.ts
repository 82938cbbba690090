import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { BotProcess } from "../support/botProcess.js";
import { type E2eBot, startE2eBot } from "../support/e2eBot.js";
import type { FakeTelegram } from "../support/fakeTelegram.js";

const TOKEN = "424242:WEBHOOK-e2e-token";
const SECRET = "e2e_secret-Token";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

function update(updateId: number, chatId: number, text: string) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: "private", first_name: "Web" },
      from: { id: chatId, is_bot: false, first_name: "Web", language_code: "en" },
      text,
      entities: [{ type: "bot_command", offset: 0, length: text.split(" ")[0]!.length }],
    },
  };
}

describe("webhook mode, health and metrics", () => {
  let e2e: E2eBot;
  let telegram: FakeTelegram;
  let bot: BotProcess;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    e2e = await startE2eBot({
      token: TOKEN,
      items: [],
      env: { WEBHOOK_URL: `${base}/telegram/hook`, WEBHOOK_SECRET: SECRET, PORT: String(port) },
    });
    ({ telegram, bot } = e2e);
  }, 60_000);

  afterAll(() => e2e?.close());

  test("the webhook is registered with the secret, and no getUpdates polling happens", () => {
    const set = telegram.calls({ method: "setWebhook" });
    expect(set).toHaveLength(1);
    expect(set[0]!.params).toMatchObject({ url: `${base}/telegram/hook`, secret_token: SECRET });
    expect(telegram.calls({ method: "getUpdates" })).toHaveLength(0);
  });

  test("an update with the right secret is handled like in polling mode", async () => {
    const since = telegram.lastSeq;
    const res = await fetch(`${base}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET },
      body: JSON.stringify(update(1001, 9001, "/start")),
    });
    expect(res.status).toBe(200);
    const [reply] = await telegram.waitForSent({ chatId: 9001, since }, 10_000);
    expect(reply!.plainText).toMatch(/what happened in your city/);
  });

  test.each([
    ["a wrong secret", { "x-telegram-bot-api-secret-token": "nope" }],
    ["no secret", {}],
  ])("%s gets 401 and nothing is sent", async (_name, headers) => {
    const since = telegram.lastSeq;
    const res = await fetch(`${base}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(update(1002, 9002, "/start")),
    });
    expect(res.status).toBe(401);
    await new Promise((r) => setTimeout(r, 500));
    expect(telegram.sent({ chatId: 9002, since })).toHaveLength(0);
  });

  test("/healthz and /metrics answer on PORT", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.text()).toBe("ok\n");
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(metrics).toMatch(/^sitrep_polls_total [1-9]/m);
    expect(metrics).toMatch(/^sitrep_updates_total [1-9]/m);
    expect(metrics).toMatch(/^sitrep_outbox_pending \d+/m);
    expect(metrics).toMatch(/# TYPE sitrep_feed_failures_total counter/);
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });

  test("no log line carries the token or the secret", () => {
    const all = bot.lines.map((l) => l.raw).join("\n");
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain(TOKEN.split(":")[1]);
    expect(all).not.toContain(SECRET);
  });
});
