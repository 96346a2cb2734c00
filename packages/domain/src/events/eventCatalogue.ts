import type { z } from 'zod';
import {
  catalogueItemLifecycleEventSchemas,
  disclosureEventSchemas,
  DisclosurePublishedV1Schema,
  StandardDefinedV1Schema,
  StandardRevisedV1Schema,
  upcastDisclosurePublishedV1,
  upcastStandardDefinedV1,
  upcastStandardRevisedV1,
} from '../catalogue';
import { AcceptanceConductedV1Schema, pilotUnitEventSchemas, upcastAcceptanceConductedV1 } from '../pilot';
import { intakeEventSchemas } from '../intake';
import { nationalReportEventSchemas } from '../reporting';
import type { StreamCategory } from '../streams';
import type { DomainEventType } from './domainEvent';
import { eventDescriptions } from './descriptions';

/** One step up the version ladder: data valid at `fromVersion` becomes data at `fromVersion + 1`. */
export interface EventUpcast {
  fromVersion: number;
  /** The schema of the `fromVersion` data (validated before upcasting). */
  schema: z.ZodType;
  upcast: (data: unknown) => unknown;
}

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

const step = <S extends z.ZodType>(
  fromVersion: number,
  schema: S,
  upcast: (data: z.output<S>) => unknown,
) => ({
  fromVersion,
  schema,
  // upcastEvent validates with `schema` before calling, so the cast only restores the type.
  upcast: (data: unknown) => upcast(data as z.output<S>),
});

const definitions = <T extends DomainEventType>(
  category: StreamCategory,
  schemas: Record<T, z.ZodType>,
): { [K in T]: EventDefinition<K> } =>
  Object.fromEntries(
    (Object.entries(schemas) as [T, z.ZodType][]).map(([type, schema]) => [
      type,
      { type, schemaVersion: 1, schema, category, description: eventDescriptions[type] },
    ]),
  ) as { [K in T]: EventDefinition<K> };

const withUpcasts = <T extends DomainEventType>(
  definition: EventDefinition<T>,
  upcast: readonly EventUpcast[],
): EventDefinition<T> => ({ ...definition, schemaVersion: upcast.length + 1, upcast });

const pilotUnit = definitions('pilotUnit', pilotUnitEventSchemas);
const catalogueItem = definitions('catalogueItem', {
  ...catalogueItemLifecycleEventSchemas,
  ...disclosureEventSchemas,
});
const nationalReport = definitions('nationalReport', nationalReportEventSchemas);
const intakeRejections = definitions('intakeRejections', intakeEventSchemas);

/** Every event type: its current schema version and zod schema, its stream category and its upcasts. */
export const eventCatalogue: { readonly [T in DomainEventType]: EventDefinition<T> } = {
  ...pilotUnit,
  AcceptanceConducted: withUpcasts(pilotUnit.AcceptanceConducted, [
    step(1, AcceptanceConductedV1Schema, upcastAcceptanceConductedV1),
  ]),
  ...catalogueItem,
  StandardDefined: withUpcasts(catalogueItem.StandardDefined, [
    step(1, StandardDefinedV1Schema, upcastStandardDefinedV1),
  ]),
  StandardRevised: withUpcasts(catalogueItem.StandardRevised, [
    step(1, StandardRevisedV1Schema, upcastStandardRevisedV1),
  ]),
  DisclosurePublished: withUpcasts(catalogueItem.DisclosurePublished, [
    step(1, DisclosurePublishedV1Schema, upcastDisclosurePublishedV1),
  ]),
  ...nationalReport,
  ...intakeRejections,
};

export const domainEventTypes = Object.keys(eventCatalogue) as DomainEventType[];

export const isDomainEventType = (type: string): type is DomainEventType =>
  Object.hasOwn(eventCatalogue, type);
