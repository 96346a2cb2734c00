import type { MessageOfType } from '../primitives';
import type { RegisteredEvent } from '../registry';

/** Every event of the domain, `{ type, data }`, data at its current schema version. */
export type DomainEvent = RegisteredEvent;
export type DomainEventType = DomainEvent['type'];
export type EventData<T extends DomainEventType> = MessageOfType<DomainEvent, T>['data'];
