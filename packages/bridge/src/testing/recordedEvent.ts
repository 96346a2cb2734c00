import type { RecordedEvent } from '@gongkai/event-store';
import { eventCatalogue, isDomainEventType } from '@gongkai/domain';
import { marker } from './arbitraryEventData';

/** A recorded event of 道里区 whose metadata is all markers: none of it may reach the public. */
export const recordedEvent = (
  type: string,
  data: unknown,
  overrides: Partial<RecordedEvent> = {},
): RecordedEvent => ({
  eventId: '0b7f1f52-3c1e-5d0a-9a57-4f3e2b1c0d9e',
  type,
  schemaVersion: isDomainEventType(type) ? eventCatalogue[type].schemaVersion : 1,
  data,
  metadata: {
    tenant: '230102',
    actor: { id: marker('metadata.actor.id'), tier: 'county', tenant: '230102' },
    correlationId: marker('metadata.correlationId'),
    causationId: marker('metadata.causationId'),
    occurredAt: '2017-09-25T09:30:00+08:00',
  },
  streamId: 'catalogueItem-230102-edu-enrolment-scope',
  revision: 3,
  position: 42,
  recordedAt: '2026-11-28T04:00:00.000Z',
  ...overrides,
});
