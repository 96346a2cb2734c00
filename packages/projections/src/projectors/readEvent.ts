import type { DomainEvent } from '@gongkai/domain';
import { eventCatalogue, isDomainEventType, upcastEvent } from '@gongkai/domain';
import type { RecordedEvent } from '@gongkai/event-store';
import type { ProjectedEvent } from './types';

/**
 * The event at its current schema version. Events stored at an older version go through the
 * domain's `upcastEvent` (validated at their version, upcast, validated again). Events stored at the
 * current version were validated by the domain before they were appended (`validateEvent`), so a
 * replay trusts them instead of validating a million events a second time: validation was more than
 * half the cost of a rebuild. `validate: true` re-validates everything (a store written by others).
 */
export const readEvent = (recorded: RecordedEvent, options: { validate?: boolean } = {}): DomainEvent => {
  const { type, schemaVersion, data } = recorded;
  if (
    !options.validate &&
    isDomainEventType(type) &&
    eventCatalogue[type].schemaVersion === schemaVersion &&
    data !== null &&
    typeof data === 'object'
  ) {
    return { type, data } as DomainEvent;
  }
  return upcastEvent(type, schemaVersion, data);
};

export const toProjectedEvent = (
  recorded: RecordedEvent,
  options: { validate?: boolean } = {},
): ProjectedEvent => ({
  recorded,
  event: readEvent(recorded, options),
  position: recorded.position,
  tenant: recorded.metadata.tenant,
});
