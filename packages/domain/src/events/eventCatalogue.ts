import type { z } from 'zod';
import type { EventUpcast } from '../decider';
import { eventModules } from '../registry';
import type { StreamCategory } from '../streams';
import type { DomainEventType } from './domainEvent';

export type { EventUpcast } from '../decider';

export interface EventDefinition<T extends DomainEventType = DomainEventType> {
  type: T;
  /** The current version: events are written at it, older ones are upcast to it on read. */
  schemaVersion: number;
  schema: z.ZodType;
  category: StreamCategory;
  description: string;
  /** Upcasts from every older version, oldest first. */
  upcast?: readonly EventUpcast[];
}

const everyEvent = eventModules.flatMap((module) =>
  Object.entries(module.events).map(([type, spec]): EventDefinition => {
    const schema: z.ZodType = (module.eventSchemas as Readonly<Record<string, z.ZodType>>)[type]!;
    const upcasts = spec.upcasts ?? [];
    return {
      type: type as DomainEventType,
      schemaVersion: upcasts.length + 1,
      schema,
      category: module.category,
      description: spec.description,
      ...(upcasts.length > 0 && { upcast: upcasts }),
    };
  }),
);

/** Every event type: its current schema version and zod schema, its stream category and its upcasts. */
// Object.fromEntries forgets its keys: the entries are every event type of the registry's modules.
export const eventCatalogue = Object.fromEntries(
  everyEvent.map((definition) => [definition.type, definition]),
) as {
  readonly [T in DomainEventType]: EventDefinition<T>;
};

export const domainEventTypes = Object.keys(eventCatalogue) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType =>
  Object.hasOwn(eventCatalogue, type);
