import type { I18n, I18nFlavor } from "@grammyjs/i18n";
import type { Context } from "grammy";
import type { Config } from "../config.js";
import type { Logger } from "../logger.js";
import type { Metrics } from "../metrics.js";
import type { ChatSettings } from "../store/index.js";
import type { Store } from "../store/store.js";

/** Everything handlers may use, passed in once by the composition root. */
export interface BotDeps {
  config: Config;
  store: Store;
  logger: Logger;
  i18n: I18n<BotContext>;
  now: () => Date;
  /** Counts updates handled; optional so tests can build a bot without it. */
  metrics?: Metrics;
}

export interface SitrepFlavor {
  deps: BotDeps;
  log: Logger;
  /** This chat's stored settings, loaded once per update (undefined for a chat never seen). */
  chatSettings: ChatSettings | undefined;
  /** The negotiated locale of this update ("en" | "uk"), for dates and place names. */
  locale: string;
}

export type BotContext = Context & I18nFlavor & SitrepFlavor;
