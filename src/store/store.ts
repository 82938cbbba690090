import type Keyv from "keyv";
import { openKeyv } from "./backend.js";
import { DigestStateRepo } from "./digests.js";
import { FeedStateRepo } from "./feeds.js";
import { ChatRepo, IncidentRepo, SeenItemRepo } from "./index.js";
import { OutboxRepo } from "./outbox.js";

/** All repositories over one keyv backend. */
export class Store {
  readonly feeds: FeedStateRepo;
  readonly seen: SeenItemRepo;
  readonly incidents: IncidentRepo;
  readonly chats: ChatRepo;
  readonly outbox: OutboxRepo;
  readonly digests: DigestStateRepo;

  constructor(readonly keyv: Keyv) {
    this.feeds = new FeedStateRepo(keyv);
    this.seen = new SeenItemRepo(keyv);
    this.incidents = new IncidentRepo(keyv);
    this.chats = new ChatRepo(keyv);
    this.outbox = new OutboxRepo(keyv);
    this.digests = new DigestStateRepo(keyv);
  }

  static async open(storageUrl: string): Promise<Store> {
    return new Store(await openKeyv(storageUrl));
  }

  async close(): Promise<void> {
    await this.keyv.disconnect();
  }
}
