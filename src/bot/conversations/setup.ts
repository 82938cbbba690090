import {
  type ConversationData,
  type ConversationFlavor,
  conversations,
  createConversation,
  type VersionedState,
} from "@grammyjs/conversations";
import { type Bot, Composer, type Context } from "grammy";
import type { Chat } from "grammy/types";
import { ConversationStateRepo } from "../../store/conversations.js";
import type { Subscription } from "../../store/index.js";
import type { BotContext, BotDeps } from "../context.js";
import { ANONYMOUS_ADMIN_ID, ANONYMOUS_DIALOGUE_PREFIX } from "./steps.js";
import {
  DIALOGUE_TIMEOUT_MS,
  SUBSCRIBE_DIALOGUE,
  SUBSCRIBE_DIALOGUE_VERSION,
  type SubscribeDialogueArgs,
  subscribeDialogue,
} from "./subscribe.js";

/**
 * Whose dialogue an update belongs to: the chat in a private chat; the chat and the user in a group,
 * so only the member who started a dialogue answers it and several members can run their own.
 * Channels (no sender) have no dialogues.
 */
export function dialogueKey(
  chat: Pick<Chat, "id" | "type"> | undefined,
  userId: number | undefined,
): string | undefined {
  if (!chat || chat.type === "channel") return undefined;
  if (chat.type === "private") return String(chat.id);
  return userId === undefined ? undefined : `${chat.id}:${userId}`;
}

/** Who an update speaks for in a dialogue: its sender, or the anonymous administrator whose buttons were pressed. */
export function dialogueUser(ctx: Pick<Context, "from" | "callbackQuery">): number | undefined {
  return ctx.callbackQuery?.data?.startsWith(ANONYMOUS_DIALOGUE_PREFIX) ? ANONYMOUS_ADMIN_ID : ctx.from?.id;
}

/**
 * Installs the conversations plugin (the /subscribe dialogue). Dialogue state lives in the store
 * (keyv) under a versioned key per dialogue, so a restart in the middle of a dialogue resumes it.
 * Only text messages and button presses can answer a dialogue, so only they pay for the read.
 */
export function installConversations(bot: Bot<BotContext>, deps: BotDeps): void {
  const states = new ConversationStateRepo<VersionedState<ConversationData>>(deps.store.keyv);
  const composer = new Composer<ConversationFlavor<BotContext>>();
  composer.on(["message:text", "callback_query:data"]).use(
    conversations<BotContext, Context>({
      storage: {
        type: "key",
        version: SUBSCRIBE_DIALOGUE_VERSION,
        getStorageKey: (ctx) => dialogueKey(ctx.chat, dialogueUser(ctx)),
        adapter: states,
      },
    }),
    createConversation<BotContext, Context>(subscribeDialogue(deps), {
      id: SUBSCRIBE_DIALOGUE,
      maxMillisecondsToWait: DIALOGUE_TIMEOUT_MS,
    }),
  );
  // The flavor only adds `ctx.conversation`; the rest of the bot reaches it through the helpers below.
  bot.use(composer as unknown as Composer<BotContext>);
}

function controlsOf(ctx: BotContext) {
  return (ctx as Partial<ConversationFlavor<BotContext>>).conversation;
}

/**
 * Starts the /subscribe dialogue (a running one starts over); `edit` pre-fills it for a city the chat
 * follows. False where dialogues cannot run (a channel, an update without a sender).
 */
export async function openSubscribeDialogue(ctx: BotContext, edit?: Subscription): Promise<boolean> {
  const controls = controlsOf(ctx);
  if (!controls || dialogueKey(ctx.chat, dialogueUser(ctx)) === undefined) return false;
  if (controls.active(SUBSCRIBE_DIALOGUE) > 0) await controls.exit(SUBSCRIBE_DIALOGUE);
  const args: SubscribeDialogueArgs = { locale: ctx.locale, edit: edit ?? null };
  await controls.enter(SUBSCRIBE_DIALOGUE, args);
  return true;
}
