import type { z } from 'zod';
import { InvalidEventError, UnknownEventTypeError } from '../errors';
import { formatIssues } from '../primitives/formatIssues';
import type { DomainEvent } from './domainEvent';
import { eventCatalogue, isDomainEventType } from './eventCatalogue';

const validate = (type: string, schemaVersion: number, schema: z.ZodType, data: unknown): unknown => {
  const result = schema.safeParse(data);
  if (!result.success)
    throw new InvalidEventError({ type, schemaVersion, issues: formatIssues(result.error) });
  return result.data;
};

/**
 * Reads stored event data at any known version: validates it at its version, upcasts it step by step
 * to the current version and validates the result. UNKNOWN_EVENT_TYPE / INVALID_EVENT otherwise.
 */
export const upcastEvent = (type: string, schemaVersion: number, data: unknown): DomainEvent => {
  if (!isDomainEventType(type)) throw new UnknownEventTypeError({ type });
  const definition = eventCatalogue[type];
  if (!Number.isInteger(schemaVersion) || schemaVersion < 1 || schemaVersion > definition.schemaVersion) {
    throw new UnknownEventTypeError({ type, schemaVersion });
  }
  let current = data;
  for (let version = schemaVersion; version < definition.schemaVersion; version++) {
    const upcast = definition.upcast?.find((candidate) => candidate.fromVersion === version);
    if (!upcast) throw new UnknownEventTypeError({ type, schemaVersion: version });
    current = upcast.upcast(validate(type, version, upcast.schema, current));
  }
  const valid = validate(type, definition.schemaVersion, definition.schema, current);
  return { type, data: valid } as DomainEvent;
};

/** Validates an event about to be written at the current version (a guard against decider bugs). */
export const validateEvent = (event: DomainEvent): DomainEvent => {
  const definition = eventCatalogue[event.type];
  return {
    type: event.type,
    data: validate(event.type, definition.schemaVersion, definition.schema, event.data),
  } as DomainEvent;
};
