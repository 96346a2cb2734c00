import { randomUUID } from 'node:crypto';
import { domainTesting, eventCatalogue, streamIdForCatalogueItem } from '@gongkai/domain';
import type { DomainEventType } from '@gongkai/domain';
import type { EventStore, EventToAppend, StreamAppend } from '@gongkai/event-store';

const { itemEvents } = domainTesting;
const TENANTS = ['230102', '230382', '231081'] as const;

const feedback = (itemId: string, index: number) => ({
  itemId,
  feedbackId: `fb-${index}`,
  kind: 'social-evaluation' as const,
  evaluator: '张三',
  satisfaction: 4,
  sampleSize: null,
  comment: '办事窗口态度很好，电话13800000000',
  recordedOn: '2017-10-20',
});

const toAppend = (tenant: string, type: DomainEventType, data: unknown): EventToAppend => ({
  eventId: randomUUID(),
  type,
  schemaVersion: eventCatalogue[type].schemaVersion,
  data,
  metadata: {
    tenant,
    actor: { id: `test:county-admin-${tenant}`, tier: 'county', tenant },
    correlationId: randomUUID(),
    causationId: null,
    occurredAt: '2017-10-20T09:00:00+08:00',
  },
});

/** One item's story: drafted and commented on (internal), its standard, publication and disclosures (public). */
const itemStory = (tenant: string, index: number, disclosures: number): StreamAppend => {
  const itemId = `item-${index}`;
  const events = itemEvents(itemId);
  const disclosed = Array.from({ length: disclosures }, (_, n) =>
    toAppend(tenant, 'DisclosurePublished', {
      ...events.disclosed.data,
      disclosureId: `d-${index}-${n}`,
    }),
  );
  return {
    streamId: streamIdForCatalogueItem(tenant, itemId),
    events: [
      toAppend(tenant, 'CatalogueItemDrafted', events.drafted.data),
      toAppend(tenant, 'StandardDefined', events.standardDefined().data),
      toAppend(tenant, 'CatalogueItemPublished', events.published.data),
      ...disclosed,
      toAppend(tenant, 'PublicFeedbackRecorded', feedback(itemId, index)),
    ],
  };
};

export interface PublicHistory {
  /** Ids of the events that must go out, in position order. */
  publicIds: string[];
  /** Ids of the events that must not. */
  internalIds: string[];
  head: number;
}

/**
 * Appends `items` catalogue items over three tenants, 100 items per commit (fast enough to seed
 * tens of thousands of events), each with `disclosures` disclosures: 2 internal events an item.
 */
export const appendPublicHistory = async (
  store: EventStore,
  { items, disclosures = 3, firstItem = 0 }: { items: number; disclosures?: number; firstItem?: number },
): Promise<PublicHistory> => {
  const history: PublicHistory = { publicIds: [], internalIds: [], head: 0 };
  for (let from = firstItem; from < firstItem + items; from += 100) {
    const appends = Array.from({ length: Math.min(100, firstItem + items - from) }, (_, n) =>
      itemStory(TENANTS[(from + n) % TENANTS.length]!, from + n, disclosures),
    );
    await store.appendMany(appends);
    for (const { events } of appends) {
      for (const event of events) {
        const internal = event.type === 'CatalogueItemDrafted' || event.type === 'PublicFeedbackRecorded';
        (internal ? history.internalIds : history.publicIds).push(event.eventId);
      }
    }
  }
  history.head = await store.headPosition();
  return history;
};
