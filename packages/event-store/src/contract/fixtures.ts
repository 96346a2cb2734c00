import { randomUUID } from 'node:crypto';
import type { EventMetadata, EventToAppend, RecordedEvent } from '../port';

export const metadataOf = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  tenant: '230102',
  actor: { id: 'user-230102-admin', tier: 'county', tenant: '230102' },
  correlationId: randomUUID(),
  causationId: null,
  occurredAt: '2018-05-14T09:30:00.000Z',
  ...overrides,
});

/** A catalogue-style event with a fresh id; any field can be overridden. */
export const eventOf = (overrides: Partial<EventToAppend> = {}): EventToAppend => ({
  eventId: randomUUID(),
  type: 'CatalogueItemDrafted',
  schemaVersion: 1,
  data: { name: '行政许可事项办理结果公开', area: '行政许可', timeLimitDays: 20 },
  metadata: metadataOf(),
  ...overrides,
});

export const eventsOf = (count: number, make: (index: number) => Partial<EventToAppend> = () => ({})) =>
  Array.from({ length: count }, (_, index) => eventOf(make(index)));

/** What the caller appended, as a recorded event carries it back. */
export const appended = (event: RecordedEvent): EventToAppend => ({
  eventId: event.eventId,
  type: event.type,
  schemaVersion: event.schemaVersion,
  data: event.data,
  metadata: event.metadata,
});

export { collect, eventually, sleep } from '@gongkai/testkit';
