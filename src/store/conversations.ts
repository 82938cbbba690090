import type Keyv from "keyv";
import { getRecord, setRecord } from "./records.js";

const HOUR = 3_600_000;

/**
 * State of unfinished dialogues (the conversations plugin's replay log), one record per dialogue key.
 * Shaped as the plugin's read/write/delete storage adapter, so the plugin persists through it and a
 * restart in the middle of a dialogue resumes it.
 *
 * Keys carry a schema version (`conv:v1:<key>`): a release that changes the record's shape moves to
 * `v2` and old dialogues are simply forgotten (they expire with their TTL) instead of being misread.
 */
export class ConversationStateRepo<S> {
  /** A dialogue left untouched for a day is abandoned; its state goes away on its own. */
  static readonly TTL_MS = 24 * HOUR;
  static readonly PREFIX = "conv:v1:";

  constructor(private readonly keyv: Keyv) {}

  async read(key: string): Promise<S | undefined> {
    return getRecord<S>(this.keyv, ConversationStateRepo.PREFIX + key);
  }

  async write(key: string, state: S): Promise<void> {
    await setRecord(this.keyv, ConversationStateRepo.PREFIX + key, state, ConversationStateRepo.TTL_MS);
  }

  async delete(key: string): Promise<void> {
    await this.keyv.delete(ConversationStateRepo.PREFIX + key);
  }
}
