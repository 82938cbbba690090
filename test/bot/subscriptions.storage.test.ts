import { type ConversationData, uniformStorage, type VersionedState } from "@grammyjs/conversations";
import type { Context } from "grammy";
import Keyv from "keyv";
import { describe, expect, test } from "vitest";
import { dialogueKey, dialogueUser } from "../../src/bot/conversations/setup.js";
import { ConversationStateRepo } from "../../src/store/conversations.js";

const state = (n: number): ConversationData => ({
  subscribe: [{ args: `[{"locale":"en"}]`, interrupts: [n], replay: { send: [], receive: [] } as never }],
});

describe("whose dialogue an update belongs to", () => {
  test.each([
    [{ id: 42, type: "private" as const }, 42, "42"],
    [{ id: 42, type: "private" as const }, undefined, "42"],
    [{ id: -100123, type: "supergroup" as const }, 7, "-100123:7"],
    [{ id: -5, type: "group" as const }, 8, "-5:8"],
    [{ id: -5, type: "group" as const }, undefined, undefined],
    [{ id: -100999, type: "channel" as const }, 7, undefined],
    [undefined, 7, undefined],
  ])("%j, user %s → %s", (chat, user, key) => expect(dialogueKey(chat, user)).toBe(key));
});

test("a press on an anonymous administrator's dialogue button speaks for them, any other for the presser", () => {
  const from = { id: 7, is_bot: false, first_name: "A" };
  const press = (data: string) => ({ from, callbackQuery: { data } }) as unknown as Context;
  expect(dialogueUser(press("sw:@k:s"))).toBe(1087968824);
  expect(dialogueUser(press("sw:k:s"))).toBe(7);
  expect(dialogueUser({ from } as unknown as Context)).toBe(7);
});

describe("dialogue state in keyv", () => {
  test("read/write/delete under a versioned key, wrapped as a versioned record, with a TTL", async () => {
    const keyv = new Keyv();
    const repo = new ConversationStateRepo<VersionedState<ConversationData>>(keyv);
    const value: VersionedState<ConversationData> = { version: [0, 1], state: state(1) };
    await repo.write("-100123:7", value);
    expect(await keyv.get("conv:v1:-100123:7")).toEqual({ v: 1, data: value });
    expect(await repo.read("-100123:7")).toEqual(value);
    expect(await repo.read("-100123:8")).toBeUndefined();
    await repo.delete("-100123:7");
    expect(await repo.read("-100123:7")).toBeUndefined();
    expect(ConversationStateRepo.TTL_MS).toBeGreaterThan(0);
  });

  test("through the plugin: state written by one dialogue version is not read by another", async () => {
    const keyv = new Keyv();
    const repo = new ConversationStateRepo<VersionedState<ConversationData>>(keyv);
    const ctx = { chat: { id: 5, type: "private" }, from: { id: 5 } } as unknown as Context;
    const storage = (version: number) =>
      uniformStorage<Context, ConversationData>({
        type: "key",
        version,
        getStorageKey: (c) => dialogueKey(c.chat, c.from?.id),
        adapter: repo,
      })(ctx);
    await storage(1).write(state(3));
    expect(await storage(1).read()).toEqual(state(3));
    expect(await storage(2).read()).toBeUndefined();
    await storage(1).delete();
    expect(await keyv.get("conv:v1:5")).toBeUndefined();
  });
});
