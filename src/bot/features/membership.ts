import { Composer } from "grammy";
import type { BotContext } from "../context.js";

/**
 * Groups, channels and membership: admin checks for commands that change a chat's settings,
 * my_chat_member (blocked/removed → paused, re-added → resumed), group → supergroup migration,
 * channel configuration by channel posts, /digest and /quiet.
 */
export function membershipFeature(): Composer<BotContext> {
  return new Composer<BotContext>();
}
