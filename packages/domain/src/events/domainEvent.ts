import type { CatalogueItemEvent } from '../catalogue';
import type { NationalReportEvent } from '../reporting';
import type { PilotUnitEvent } from '../pilot';
import type { IntakeEvent } from '../intake';
import type { MessageOfType } from '../primitives';

/** Every event of the domain, `{ type, data }`, data at its current schema version. */
export type DomainEvent = PilotUnitEvent | CatalogueItemEvent | NationalReportEvent | IntakeEvent;
export type DomainEventType = DomainEvent['type'];
export type EventData<T extends DomainEventType> = MessageOfType<DomainEvent, T>['data'];
