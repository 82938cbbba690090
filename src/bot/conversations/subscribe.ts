import type { Conversation } from "@grammyjs/conversations";
import type { Context, InlineKeyboard } from "grammy";
import { resolvePlaceQuery } from "../../analysis/gazetteer/index.js";
import type { ChatSettings, DeliveryMode, Subscription, SubscriptionKind } from "../../store/index.js";
import type { BotContext, BotDeps } from "../context.js";
import { isNotModified, MAX_QUERY_LENGTH } from "../features/city.js";
import {
  applySubscription,
  DEFAULT_DIGEST_TIME,
  MAX_SUBSCRIPTIONS,
  oblastOf,
  parseClockTime,
  type SaveOutcome,
} from "../features/subscriptionRules.js";
import { escapeHtml } from "../format/html.js";
import { placeName, type Translate } from "../format/incident.js";
import { formatSubscription } from "../format/subscriptions.js";
import {
  ANONYMOUS_ADMIN_ID,
  anonymousKeyboard,
  cityStepKeyboard,
  confirmStepKeyboard,
  DIALOGUE_PREFIX,
  type DialogueButton,
  type DialogueStep,
  decodeDialogue,
  kindsStepKeyboard,
  modeStepKeyboard,
  oblastStepKeyboard,
  suggestionKeyboard,
  timeStepKeyboard,
} from "./steps.js";

export const SUBSCRIBE_DIALOGUE = "subscribe";
/**
 * Version of the dialogue's code. Saved dialogues are replayed against the code, so a release that
 * changes the steps bumps this: states saved by the old code are then dropped, not misreplayed.
 */
export const SUBSCRIBE_DIALOGUE_VERSION = 1;
/** An answer after this long ends the dialogue instead; the update then goes to the usual handlers. */
export const DIALOGUE_TIMEOUT_MS = 6 * 3_600_000;

/** Arguments of `enter`: stored with the dialogue as JSON, so plain data only. */
export interface SubscribeDialogueArgs {
  /** The language the dialogue speaks, fixed when it starts. */
  locale: string;
  /** From /subscriptions → "step by step": the city is set and the current settings are marked. */
  edit?: Subscription | null;
}

export type DialogueConversation = Conversation<BotContext, Context>;

/** Thrown by a step when the user cancels; caught once at the top of the dialogue. */
class Cancelled extends Error {}

type Answer = { button: DialogueButton } | { text: string };

/** The command a message starts with ("cancel"), "" for one addressed to another bot, else undefined. */
function commandOf(ctx: Context): string | undefined {
  const message = ctx.message;
  const entity = message?.entities?.[0];
  if (!message?.text || entity?.type !== "bot_command" || entity.offset !== 0) return undefined;
  const [name = "", target] = message.text.slice(1, entity.length).toLowerCase().split("@");
  if (target && target !== ctx.me.username.toLowerCase()) return "";
  return name;
}

/**
 * The /subscribe dialogue: city → what → how → (digest time) → (oblast) → confirm → save.
 *
 * The plugin replays this function from its log on every update, so it only talks: reading and
 * writing the store happen in `conversation.external`, and everything it keeps in variables is
 * derived from the updates and the logged results.
 */
export function subscribeDialogue(deps: BotDeps) {
  return async function subscribe(
    conversation: DialogueConversation,
    first: Context,
    args: SubscribeDialogueArgs,
  ): Promise<void> {
    const locale = args.locale;
    const t: Translate = (key, vars) => deps.i18n.t(locale, key, vars);
    const chatId = first.chat!.id;
    const group = first.chat!.type !== "private";
    const anonymous = group && first.from?.id === ANONYMOUS_ADMIN_ID;
    /** The update answered last: the next message goes out through it (same topic, same chat). */
    let last: Context = first;
    /** The message that carries the current step's buttons. */
    let panel: number | undefined;

    /** Shows a step: edits the panel when its button was just pressed, else sends a new panel. */
    const show = async (text: string, keyboard?: InlineKeyboard): Promise<void> => {
      const markup = keyboard && anonymous ? anonymousKeyboard(keyboard) : keyboard;
      const other = { parse_mode: "HTML" as const, ...(markup ? { reply_markup: markup } : {}) };
      const pressed = last.callbackQuery?.message;
      if (pressed && pressed.date !== 0 && (panel === undefined || pressed.message_id === panel)) {
        try {
          await last.editMessageText(text, other);
          panel = pressed.message_id;
          return;
        } catch (error) {
          if (isNotModified(error)) {
            panel = pressed.message_id;
            return;
          }
          // Too old or gone: carry on in a new message.
        }
      }
      // The old panel's buttons would only answer "earlier step": take them away.
      if (panel !== undefined) await last.api.editMessageReplyMarkup(chatId, panel).catch(() => undefined);
      const sent = await last.reply(text, other);
      panel = sent.message_id;
    };

    /** A remark that leaves the panel where it is (a bad time, "use the buttons"). */
    const say = async (text: string): Promise<void> => {
      await last.reply(text, { parse_mode: "HTML" });
    };

    /**
     * Waits for the answer to `step`: a press of one of its buttons, or typed text when the step
     * takes text. Updates that are not for the dialogue go on to the bot's other handlers.
     */
    const answer = async (step: DialogueStep, takesText: boolean): Promise<Answer> => {
      for (;;) {
        const ctx = await conversation.wait();
        const query = ctx.callbackQuery;
        if (query?.data !== undefined) {
          if (!query.data.startsWith(DIALOGUE_PREFIX)) await conversation.skip({ next: true });
          const button = decodeDialogue(query.data);
          if (button?.step === "cancel") {
            await ctx.answerCallbackQuery();
            last = ctx;
            throw new Cancelled();
          }
          if (!button || button.step !== step || query.message?.message_id !== panel) {
            await ctx.answerCallbackQuery({ text: t("sub-dlg-old-button") });
            continue;
          }
          await ctx.answerCallbackQuery();
          last = ctx;
          return { button };
        }
        const text = ctx.message?.text;
        if (text === undefined) await conversation.skip({ next: true });
        const command = commandOf(ctx);
        if (command === "cancel") {
          last = ctx;
          throw new Cancelled();
        }
        // Other commands (/city, /latest…) work as usual while the dialogue waits.
        if (command !== undefined) await conversation.skip({ next: true });
        // In a group only a reply to the bot is an answer; other chatter is not for the dialogue.
        if (group && ctx.message?.reply_to_message?.from?.id !== ctx.me.id) await conversation.skip({ next: true });
        last = ctx;
        if (takesText) return { text: text! };
        await say(t("sub-dlg-use-buttons"));
      }
    };

    const askCity = async (): Promise<string> => {
      await show(t(group ? "sub-dlg-city-group" : "sub-dlg-city"), cityStepKeyboard(locale, t));
      for (;;) {
        const reply = await answer("city", true);
        if ("button" in reply) {
          if (reply.button.step === "city") return reply.button.city;
          continue;
        }
        const query = reply.text.trim();
        if (query.length > MAX_QUERY_LENGTH) {
          await say(t("sub-dlg-city-too-long"));
          continue;
        }
        const result = resolvePlaceQuery(query);
        if (result.kind === "match") return result.place.name;
        const notFound = t("city-not-found", { query: escapeHtml(query) });
        if (result.suggestions.length === 0) {
          await say(`${notFound}\n${t("sub-dlg-city-again")}`);
          continue;
        }
        const names = result.suggestions.slice(0, 5).map((p) => p.name);
        await show(`${notFound}\n${t("city-did-you-mean")}`, suggestionKeyboard(names, locale, t));
      }
    };

    const pick = async <S extends DialogueStep>(step: S): Promise<Extract<DialogueButton, { step: S }>> => {
      for (;;) {
        const reply = await answer(step, false);
        if ("button" in reply && reply.button.step === step)
          return reply.button as Extract<DialogueButton, { step: S }>;
      }
    };

    const askTime = async (zone: string): Promise<string> => {
      await show(t(group ? "sub-dlg-time-group" : "sub-dlg-time", { zone: escapeHtml(zone) }), timeStepKeyboard(t));
      for (;;) {
        const reply = await answer("time", true);
        if ("button" in reply) {
          if (reply.button.step === "time") return reply.button.time;
          continue;
        }
        const time = parseClockTime(reply.text);
        if (time) return time;
        await say(t("sub-dlg-time-bad"));
      }
    };

    try {
      const city = args.edit?.city ?? (await askCity());
      const cityName = escapeHtml(placeName(city, locale));
      const settings = await conversation.external(
        async (): Promise<ChatSettings | null> => (await deps.store.chats.get(chatId)) ?? null,
      );
      const current = settings?.subscriptions.find((s) => s.city === city);
      if (!current && (settings?.subscriptions.length ?? 0) >= MAX_SUBSCRIPTIONS) {
        await show(t("subscribe-limit", { max: MAX_SUBSCRIPTIONS }));
        return;
      }
      const intro = current ? `${t("sub-dlg-already", { city: cityName })}\n\n` : "";

      await show(intro + t("sub-dlg-kinds", { city: cityName }), kindsStepKeyboard(t, current?.kinds));
      const kinds: SubscriptionKind[] = (await pick("kinds")).kinds;

      await show(t("sub-dlg-mode", { city: cityName }), modeStepKeyboard(t, current?.mode));
      const mode: DeliveryMode = (await pick("mode")).mode;

      // A chat has one digest; a chat that has it already keeps its time.
      let time = settings?.digest?.time ?? null;
      if (mode !== "instant" && time === null) time = await askTime(settings?.timezone ?? deps.config.timezone);

      const oblast = oblastOf(city);
      let includeOblast = false;
      if (oblast && kinds.includes("strike")) {
        const oblastName = escapeHtml(placeName(oblast, locale));
        await show(
          t("sub-dlg-oblast", { city: cityName, oblast: oblastName }),
          oblastStepKeyboard(t, current?.includeOblast),
        );
        includeOblast = (await pick("oblast")).includeOblast;
      }

      const sub: Subscription = { city, includeOblast, kinds, mode };
      const shownTime = mode === "instant" ? null : time;
      await show(
        `${t("sub-dlg-confirm")}\n\n${formatSubscription(sub, shownTime, { t, locale })}`,
        confirmStepKeyboard(t),
      );
      await pick("save");

      const outcome = await conversation.external(async (): Promise<SaveOutcome> => {
        let result: SaveOutcome = "added";
        await deps.store.chats.update(
          chatId,
          (s) => {
            const applied = applySubscription(s, sub, time ?? DEFAULT_DIGEST_TIME);
            result = applied.outcome;
            return applied.settings;
          },
          deps.now(),
        );
        deps.logger.info({ chat: chatId, city, kinds, mode, includeOblast, outcome: result }, "subscription saved");
        return result;
      });
      if (outcome === "limit") {
        await show(t("subscribe-limit", { max: MAX_SUBSCRIPTIONS }));
        return;
      }
      await show(
        `${t(outcome === "added" ? "sub-dlg-saved" : "sub-dlg-updated")}\n\n${formatSubscription(sub, shownTime, { t, locale })}\n\n${t("sub-dlg-after")}`,
      );
    } catch (error) {
      if (!(error instanceof Cancelled)) throw error;
      await show(t("sub-dlg-cancelled"));
    }
  };
}
