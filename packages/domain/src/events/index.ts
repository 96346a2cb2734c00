export type { DomainEvent, DomainEventType, EventData } from './domainEvent';
export { eventCatalogue, domainEventTypes, isDomainEventType } from './eventCatalogue';
export type { EventDefinition, EventUpcast } from './eventCatalogue';
export { eventDescriptions } from './descriptions';
export { upcastEvent, validateEvent } from './upcastEvent';
