import type { Provider } from '@nestjs/common';
import type { AppConfig } from '@saferplan/config/app-config';
import { APP_CONFIG, EVENT_STORE } from '@saferplan/config/tokens';
import type { EventStore } from '@saferplan/event-store/event-store.port';
import type { LeafPageReader } from '@saferplan/event-store';
import { AUDIT_LEAF_PAGES } from '../common/tree-head.service';
import { HeavyReads, heavyReadsOptionsOf } from './heavy-reads.service';

/** The server's heavy-read pool, sized and limited by HEAVY_READ_WORKERS, HEAVY_READS_PER_USER and HEAVY_READ_QUEUE. */
export const heavyReadsProvider: Provider = {
  provide: HeavyReads,
  inject: [EVENT_STORE, APP_CONFIG],
  useFactory: (store: EventStore, config: AppConfig) => new HeavyReads(store, heavyReadsOptionsOf(config)),
};

/** The Merkle log's catch-up reads its pages on the same workers (tree-head.service.ts). */
export const auditLeafPagesProvider: Provider = {
  provide: AUDIT_LEAF_PAGES,
  inject: [HeavyReads],
  useFactory: (heavyReads: HeavyReads): LeafPageReader => (request) => heavyReads.leafPage(request),
};
