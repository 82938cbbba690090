import type Keyv from "keyv";
import { KeyedMutex } from "./lock.js";
import { getRecord, setRecord } from "./records.js";

/** Kept apart from ChatSettings so that a /digest change and a digest send never overwrite each other. */
export interface DigestState {
  /** The scheduled slot last handled (sent, or skipped as quiet). */
  lastSlot: string;
  /** When the last digest's period ended. */
  lastSentAt: string;
}

export interface HeldAlerts {
  incidentIds: string[];
  since: string;
}

export class DigestStateRepo {
  private readonly mutex = new KeyedMutex();
  constructor(private readonly keyv: Keyv) {}

  async get(chatId: number, kind: "digest" | "held"): Promise<DigestState | undefined> {
    return getRecord<DigestState>(this.keyv, `digest:state:${kind}:${chatId}`);
  }

  async set(chatId: number, kind: "digest" | "held", state: DigestState): Promise<void> {
    await setRecord(this.keyv, `digest:state:${kind}:${chatId}`, state);
  }

  /** Remembers an alert kept back during a chat's quiet hours. */
  async hold(chatId: number, incidentId: string, now: Date): Promise<void> {
    const key = `held:${chatId}`;
    await this.mutex.run(key, async () => {
      const held = (await getRecord<HeldAlerts>(this.keyv, key)) ?? { incidentIds: [], since: now.toISOString() };
      if (!held.incidentIds.includes(incidentId)) held.incidentIds.push(incidentId);
      await setRecord(this.keyv, key, held);
    });
  }

  async held(chatId: number): Promise<HeldAlerts | undefined> {
    return getRecord<HeldAlerts>(this.keyv, `held:${chatId}`);
  }

  async clearHeld(chatId: number): Promise<void> {
    await this.mutex.run(`held:${chatId}`, () => this.keyv.delete(`held:${chatId}`));
  }
}
