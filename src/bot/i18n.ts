import { fileURLToPath } from "node:url";
import { I18n } from "@grammyjs/i18n";
import type { BotContext } from "./context.js";

export const LOCALES_DIR = fileURLToPath(new URL("../../locales", import.meta.url));

/**
 * Fluent wording for both languages. The chat's own choice (/language) wins, then the user's
 * Telegram language when it is Ukrainian, then the configured default.
 */
export function createI18n(defaultLocale: string): I18n<BotContext> {
  const i18n = new I18n<BotContext>({
    defaultLocale,
    // Fluent wraps placeables in Unicode isolation marks by default; in Telegram they show up as
    // invisible junk around every city name and break copy-paste.
    fluentBundleOptions: { useIsolating: false },
    localeNegotiator: (ctx) => {
      if (ctx.chatSettings?.locale) return ctx.chatSettings.locale;
      const code = ctx.from?.language_code?.toLowerCase() ?? "";
      if (code.startsWith("uk")) return "uk";
      if (code.startsWith("en")) return "en";
      return defaultLocale;
    },
  });
  i18n.loadLocalesDirSync(LOCALES_DIR);
  return i18n;
}
