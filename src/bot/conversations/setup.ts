import type { Bot } from "grammy";
import type { BotContext, BotDeps } from "../context.js";

/** Installs the conversations plugin (dialogues such as /subscribe without arguments). */
export function installConversations(_bot: Bot<BotContext>, _deps: BotDeps): void {}
