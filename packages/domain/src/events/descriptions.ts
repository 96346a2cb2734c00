import type { DomainEventType } from './domainEvent';
import { eventCatalogue } from './eventCatalogue';

/** One line per event, for the JSON Schemas integrators read (each decider module states them). */
export const eventDescriptions: Readonly<Record<DomainEventType, string>> = Object.fromEntries(
  Object.values(eventCatalogue).map((definition) => [definition.type, definition.description]),
) as Readonly<Record<DomainEventType, string>>;
