import { afterEach, describe, expect, it } from "vitest";
import { type BotProcess, startBot } from "./botProcess.js";

const entry = "test/support/fixtures/loggingProcess.ts";
let bot: BotProcess | undefined;

afterEach(async () => {
  await bot?.kill();
  bot = undefined;
});

describe("startBot", () => {
  it("runs with a clean env, parses pino lines and stops on SIGTERM with the exit code", async () => {
    bot = await startBot({ BOT_TOKEN: "1:T" }, { entry });
    const starting = await bot.waitForLog({ msg: "starting" });
    expect(starting.json?.envKeys).toEqual(["BOT_TOKEN", "HOME", "LOG_LEVEL", "NODE_ENV", "PATH"]);
    expect(starting).toMatchObject({ level: "info", stream: "stdout" });
    expect(starting.json).toMatchObject({ logLevel: "debug", nodeEnv: "test" });

    await expect(bot.waitForLog({ msg: /^rea/, level: "debug", fields: { port: 1234 } })).resolves.toBeTruthy();
    await bot.waitForLog((l) => l.stream === "stderr" && l.raw === "a plain stderr line");

    expect(await bot.stop()).toBe(0);
    expect(bot.logs({ msg: "shutting down" })).toHaveLength(1);
  });

  it("lets the test override LOG_LEVEL", async () => {
    bot = await startBot({ LOG_LEVEL: "info" }, { entry });
    expect((await bot.waitForLog({ msg: "starting" })).json?.logLevel).toBe("info");
  });

  it("rejects a wait at once when the process exits, with the log tail", async () => {
    bot = await startBot({ FIXTURE_CRASH: "1" }, { entry });
    const error = await bot.waitForLog({ msg: "never printed" }, 5000).catch((e: Error) => e);
    expect(String(error)).toMatch(/bot exited \(code 3\) before logging/);
    expect(String(error)).toContain("fatal: crashing on purpose");
    expect(await bot.exited).toEqual({ code: 3, signal: null });
  });

  it("times out with the log tail", async () => {
    bot = await startBot({}, { entry });
    const mark = bot.mark();
    await bot.waitForLog({ msg: "ready" });
    const error = await bot.waitForLog({ msg: "starting" }, 100, mark + 2).catch((e: Error) => e);
    expect(String(error)).toMatch(/timed out after 100 ms/);
    expect(String(error)).toContain('"msg":"ready"');
  });

  it("kills with SIGKILL when SIGTERM is ignored, and on kill()", async () => {
    bot = await startBot({ FIXTURE_IGNORE_SIGTERM: "1" }, { entry });
    await bot.waitForLog({ msg: "ready" });
    expect(await bot.stop("SIGTERM", 200)).toBeNull();
    expect(bot.exit).toEqual({ code: null, signal: "SIGKILL" });

    bot = await startBot({}, { entry });
    await bot.waitForLog({ msg: "starting" });
    expect(await bot.kill()).toEqual({ code: null, signal: "SIGKILL" });
  });
});
